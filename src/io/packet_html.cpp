// The packet's HTML; see packet_html.h.
#include "packet_html.h"

#include <QList>
#include <QPair>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

namespace casebook::io {

namespace {

using ordered = nlohmann::ordered_json;

// --- text -----------------------------------------------------------------------------------

// User text as HTML: escaped, line breaks kept. Never anything else.
QString esc(const std::string &text)
{
    return QString::fromStdString(text).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// A JSON value as escaped text; "—" for null or empty.
QString val(const ordered &v)
{
    if (v.is_null() || (v.is_string() && v.get<std::string>().empty()))
        return QStringLiteral("—");
    if (v.is_string())
        return esc(v.get<std::string>());
    return esc(v.dump());
}


// Dates and amounts never wrap: a table cell that starts with this span is laid out on one line
// per <br>.
const QString kNoWrapSpan = QStringLiteral("<span class='nowrap'>");
QString nowrap(const QString &escaped) { return kNoWrapSpan + escaped + QStringLiteral("</span>"); }
QString date(const ordered &v) { return nowrap(val(v)); }

// Put before every element that starts a new page: the PDF typesets each part between two of them as
// its own document (packetHtmlParts). A comment, so escaped user text can never contain it.
const QString kPageBreakMark = QStringLiteral("<!--page-->");
QString pageMark(const QString &breakStyle) { return breakStyle.isEmpty() ? QString() : kPageBreakMark; }

// One table with a header row that Qt repeats on every page the table spans.
QString renderTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths,
                    bool breakBefore)
{
    QString html = (breakBefore ? kPageBreakMark : QString()) +
                   QStringLiteral("<table class='data' width='100%' cellspacing='0' cellpadding='%1'%2><thead><tr>")
                       .arg(kPacketCellPadding)
                       .arg(breakBefore ? QStringLiteral(" style='page-break-before: always'") : QString());
    for (int i = 0; i < headers.size(); ++i)
        html += QStringLiteral("<th%1>%2</th>")
                    .arg(i < widths.size() ? QStringLiteral(" width='%1%'").arg(widths[i]) : QString(), headers[i]);
    html += QStringLiteral("</tr></thead><tbody>");
    for (const auto &row : rows) {
        html += QStringLiteral("<tr>");
        for (const auto &cell : row)
            html += (cell.startsWith(kNoWrapSpan) ? QStringLiteral("<td style='white-space: nowrap; border-color: #8a8a8a; border-style: solid'>") : QStringLiteral("<td>")) +
                    cell + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

QString none(const char *what) { return QStringLiteral("<p class='none'>%1</p>").arg(QLatin1String(what)); }


// Key/value rows without a header (the cover and summary facts).
QString facts(const QList<QPair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table class='facts' cellspacing='0' cellpadding='6'>");
    for (const auto &[k, v] : rows)
        html += QStringLiteral("<tr><td class='key'>%1</td><td>%2</td></tr>").arg(k, v);
    return html + QStringLiteral("</table>");
}

QString attachmentNames(const ordered &ids, const ordered &attachments)
{
    QStringList names;
    for (const auto &id : ids)
        for (const auto &a : attachments)
            if (a.at("id") == id)
                names << val(a.at("packet_path"));
    return names.isEmpty() ? QString() : names.join(QStringLiteral("<br>"));
}

// Qt's rich text takes lengths in device pixels; the PDF is laid out at 300 dpi (25 px = 6 pt).
const char *const kStyle = R"(
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #111; }
h1 { font-size: 20pt; font-weight: bold; margin-top: 0px; margin-bottom: 50px; color: #1d3557; }
h2 { font-size: 13.5pt; font-weight: bold; margin-top: 55px; margin-bottom: 25px; color: #1d3557; }
h3 { font-size: 10.5pt; font-weight: bold; margin-top: 45px; margin-bottom: 10px; }
p { margin-top: 8px; margin-bottom: 17px; }
table.data { border-collapse: collapse; border-color: #8a8a8a; border-style: solid; margin-top: 17px; margin-bottom: 0px; }
table.data th { background-color: #dfe6ee; font-weight: bold; text-align: left; white-space: nowrap; border-color: #8a8a8a; border-style: solid; }
table.data td { border-color: #8a8a8a; border-style: solid; vertical-align: top; }
table.facts { margin-bottom: 25px; }
table.facts td.key { font-weight: bold; padding-right: 50px; }
p.none { color: #555; font-style: italic; }
p.policy { margin-left: 60px; margin-bottom: 20px; color: #222; }
p.cover { margin-top: 40px; }
.small { font-size: 8pt; color: #444; }
.hash { font-family: 'DejaVu Sans Mono'; font-size: 6.5pt; }
.nowrap { white-space: nowrap; }
)";


// --- the document ---------------------------------------------------------------------------

class PacketDocument {
public:
    PacketDocument(const ordered &c, const PacketLayoutHints &hints) : m_c(c), m_hints(hints) {}

    QString html()
    {
        cover();
        summary();
        obligation();
        if (!m_c.at("activities").empty())
            activities(); // technical-assistance cases only
        communications();
        documentation();
        partners();
        recommendations();
        if (!m_c.at("spi_actions").empty() || m_c.at("case").at("kind") == "spi_intervention")
            spiActions();
        if (!m_c.at("school_plan").is_null())
            schoolPlan();
        deadlines();
        attachments();
        // The contents come right after the cover, but are built last, when every section is known.
        return QStringLiteral("<html><body>") + m_cover +
               contents() + m_body + QStringLiteral("</body></html>");
    }

    const QStringList &sections() const { return m_sections; }

private:
    void section(const QString &title)
    {
        m_sections << title;
        const QString style = breakBefore();
        m_body += pageMark(style) + QStringLiteral("<h2%1>%2. %3</h2>").arg(style).arg(m_sections.size()).arg(title);
    }

    // A data table; a row the previous pass saw split across two pages starts a new page instead
    // (the table continues there under its repeated header).
    QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths = {})
    {
        const int index = m_tables++;
        QString html;
        QList<QStringList> piece;
        bool breakBefore = false;
        for (int r = 0; r < rows.size(); ++r) {
            if (m_hints.tableBreaks.contains({index, r})) {
                if (!piece.isEmpty())
                    html += renderTable(headers, piece, widths, breakBefore);
                piece.clear();
                breakBefore = true;
            }
            piece.append(rows[r]);
        }
        return html + renderTable(headers, piece, widths, breakBefore);
    }

    QString subheading(const QString &escapedTitle)
    {
        const QString style = breakBefore();
        return pageMark(style) + QStringLiteral("<h3%1>%2</h3>").arg(style, escapedTitle);
    }

    // Headings the previous layout pass left alone at the bottom of a page start a new page.
    QString breakBefore()
    {
        return m_hints.breakBefore.contains(m_headings++) ? QStringLiteral(" style='page-break-before: always'")
                                                          : QString();
    }

    void cover()
    {
        const ordered &k = m_c.at("case");
        const ordered &d = m_c.at("district");
        QList<QPair<QString, QString>> rows{
            {QStringLiteral("District"), val(d.at("name")) + QStringLiteral(" (CDS ") + val(d.at("cds")) + ")"},
        };
        if (!m_c.at("school").is_null())
            rows.append({QStringLiteral("School"), val(m_c.at("school").at("name")) + QStringLiteral(" (CDS ") +
                                                       val(m_c.at("school").at("cds")) + ")"});
        rows.append({QStringLiteral("Case"), val(k.at("title")) + QStringLiteral(" (Casebook case ") +
                                                 val(k.at("id")) + ")"});
        rows.append({QStringLiteral("Type"), val(k.at("kind_label")) +
                                                 (k.at("origin_label").is_null() ? QString()
                                                                                 : QStringLiteral(" — ") + val(k.at("origin_label")))});
        rows.append({QStringLiteral("Period"), val(m_c.at("period").at("from")) + QStringLiteral(" to ") +
                                                   val(m_c.at("period").at("to"))});
        rows.append({QStringLiteral("For"), QStringLiteral("County Superintendent of Schools") +
                                                (k.at("county_contact").get<std::string>().empty()
                                                     ? QString()
                                                     : QStringLiteral(" — ") + val(k.at("county_contact")))});
        if (!m_c.at("prepared").at("by").get<std::string>().empty())
            rows.append({QStringLiteral("Prepared by"), val(m_c.at("prepared").at("by"))});
        rows.append({QStringLiteral("Date"), val(m_c.at("prepared").at("on"))});
        m_cover = QStringLiteral("<p class='small' style='margin-top: 300px'>BP 0520 — Intervention for Underperforming Schools</p>"
                                 "<h1>Documentation packet for the County Superintendent of Schools</h1>") +
                  facts(rows) +
                  QStringLiteral("<p class='small cover'>This packet documents the district's obligation, its activities, "
                                 "communications and documentation for the period above. The same content is in "
                                 "packet.json; the attached files are in the attachments folder, listed with their "
                                 "SHA-256 in the last section.</p>");
    }

    QString contents() const
    {
        QString html = kPageBreakMark + QStringLiteral("<h2 style='page-break-before: always'>Contents</h2><table width='100%' "
                                      "cellspacing='0' cellpadding='8'>");
        for (int i = 0; i < m_sections.size(); ++i) {
            const QString page = i < int(m_hints.tocPages.size()) ? QString::number(m_hints.tocPages[std::size_t(i)])
                                                            : QStringLiteral("00");
            html += QStringLiteral("<tr><td width='6%'>%1.</td><td>%2</td><td width='10%' align='right'>%3</td></tr>")
                        .arg(i + 1)
                        .arg(m_sections[i], page);
        }
        return html + QStringLiteral("</table>");
    }

    void summary()
    {
        section(QStringLiteral("The case"));
        const ordered &k = m_c.at("case");
        QList<QPair<QString, QString>> rows{{QStringLiteral("Status"), val(k.at("status_label"))},
                                            {QStringLiteral("Opened"), val(k.at("opened_on"))},
                                            {QStringLiteral("Closed"), val(k.at("closed_on"))},
                                            {QStringLiteral("Owner"), val(k.at("owner"))},
                                            {QStringLiteral("County contact"), val(k.at("county_contact"))}};
        if (!k.at("earliest_close_on").is_null())
            rows.append({QStringLiteral("Two-year minimum ends"), val(k.at("earliest_close_on"))});
        if (k.at("kind") == "spi_intervention") {
            rows.append({QStringLiteral("Academic trustee (BP 0520: academic advisor)"), val(k.at("academic_advisor"))});
            rows.append({QStringLiteral("State Board approved the identification"),
                         k.at("sbe_identification_on").is_null()
                             ? QStringLiteral("awaiting State Board approval (Education Code 52072.1(a))")
                             : val(k.at("sbe_identification_on")) + QStringLiteral(" ") +
                                   val(k.at("sbe_identification_reference"))});
            rows.append({QStringLiteral("CCEE determination"),
                         val(k.at("ccee_determination_on")) + QStringLiteral(" ") + val(k.at("ccee_determination"))});
        }
        if (k.at("kind") == "technical_assistance" && k.at("origin") == "required") {
            rows.append({QStringLiteral("Identified (CDE)"),
                         val(k.at("identified_on")) + QStringLiteral(" ") + val(k.at("identification_year"))});
            rows.append({QStringLiteral("County Superintendent's letter"), val(k.at("county_letter_on"))});
            if (!k.at("reidentified_on").is_null())
                rows.append({QStringLiteral("Identified again"), val(k.at("reidentified_on"))});
        }
        if (k.at("comm_schedule") != "none")
            rows.append({QStringLiteral("Communication schedule"),
                         val(k.at("comm_schedule_label")) + QStringLiteral(" from ") + val(k.at("comm_schedule_start"))});
        m_body += facts(rows);
        if (!k.at("notes").get<std::string>().empty())
            m_body += subheading(QStringLiteral("Notes")) + QStringLiteral("<p>") + val(k.at("notes")) + QStringLiteral("</p>");
        m_body += subheading(QStringLiteral("Qualifying student groups"));
        QList<QStringList> rows2;
        for (const auto &g : m_c.at("qualifying_groups"))
            rows2.append({val(g.at("student_group_name")), val(g.at("indicator_name")),
                          val(g.at("priority")) + QStringLiteral(" — ") + val(g.at("priority_name")),
                          g.at("cde_letter").is_null() ? QStringLiteral("—") : val(g.at("cde_letter"))});
        m_body += rows2.isEmpty() ? none("None recorded.")
                                  : table({"Student group", "Indicator", "LCFF priority", "CDE letter"}, rows2,
                                          {28, 28, 34, 10});
    }

    void obligation()
    {
        section(QStringLiteral("The obligation and its basis"));
        const ordered &o = m_c.at("obligation");
        m_body += QStringLiteral("<p><b>What is required:</b> ") + val(o.at("summary")) + QStringLiteral("</p>");
        m_body += QStringLiteral("<p><b>Legal basis:</b> ") + val(o.at("legal_basis")) + QStringLiteral("</p>");
        m_body += QStringLiteral("<p><b>Board policy (") + val(o.at("policy")) + QStringLiteral("):</b></p>");
        for (const auto &paragraph : o.at("policy_text"))
            m_body += QStringLiteral("<p class='policy'>") + val(paragraph) + QStringLiteral("</p>");
    }

    void activities()
    {
        section(QStringLiteral("Activities 1–5 (Education Code 52071)"));
        const ordered &list = m_c.at("activities");
        if (list.empty()) {
            m_body += none("This type of case has no Ed Code 52071 activities.");
            return;
        }
        QList<QStringList> rows;
        for (const auto &a : list)
            rows.append({val(a.at("area")), val(a.at("title")), val(a.at("status_label")), val(a.at("owner")),
                         date(a.at("due_on")), date(a.at("completed_on"))});
        m_body += table({"#", "Activity", "Status", "Owner", "Due", "Completed"}, rows, {4, 34, 15, 21, 13, 13});
        for (const auto &a : list) {
            m_body += subheading(val(a.at("area")) + QStringLiteral(". ") + val(a.at("title")));
            m_body += QStringLiteral("<p class='small'>") + val(a.at("description")) + QStringLiteral("</p>");
            const QString completed = a.at("completed_on").is_null()
                                          ? QString()
                                          : QStringLiteral(", completed on ") + date(a.at("completed_on"));
            m_body += QStringLiteral("<p><b>Status:</b> ") + val(a.at("status_label")) + completed + QStringLiteral("</p>");
            m_body += QStringLiteral("<p><b>Evidence:</b> ") + val(a.at("evidence")) + QStringLiteral("</p>");
            if (!a.at("notes").get<std::string>().empty())
                m_body += QStringLiteral("<p><b>Notes:</b> ") + val(a.at("notes")) + QStringLiteral("</p>");
            const QString documents = documentationTitles(a.at("documentation_item_ids"));
            if (!documents.isEmpty())
                m_body += QStringLiteral("<p><b>Documentation:</b> ") + documents + QStringLiteral("</p>");
            const QString files = attachmentNames(a.at("attachment_ids"), m_c.at("attachments"));
            if (!files.isEmpty())
                m_body += QStringLiteral("<p><b>Attachments:</b> ") + files + QStringLiteral("</p>");
        }
    }

    // The documentation items an activity's evidence consists of: title, submission and their files.
    QString documentationTitles(const ordered &ids) const
    {
        QStringList lines;
        for (const auto &id : ids)
            for (const auto &d : m_c.at("documentation_items"))
                if (d.at("id") == id) {
                    QString line = val(d.at("title")) + QStringLiteral(" (") +
                                   (d.at("submitted_on").is_null() ? QStringLiteral("not submitted")
                                                                   : QStringLiteral("submitted ") + date(d.at("submitted_on"))) +
                                   QStringLiteral(")");
                    const QString files = attachmentNames(d.at("attachment_ids"), m_c.at("attachments"));
                    if (!files.isEmpty())
                        line += QStringLiteral(": ") + QString(files).replace(QStringLiteral("<br>"), QStringLiteral(", "));
                    lines << line;
                }
        return lines.join(QStringLiteral("<br>"));
    }

    void communications()
    {
        section(QStringLiteral("Communications log"));
        QList<QStringList> rows;
        for (const auto &x : m_c.at("communications")) {
            // The subject leads the summary; a scheduled contact it answers is named after it.
            QString summary = val(x.at("summary"));
            if (!x.at("subject").get<std::string>().empty())
                summary = QStringLiteral("<b>") + val(x.at("subject")) + QStringLiteral("</b><br>") + summary;
            if (const ordered &answers = x.at("answers"); !answers.is_null())
                summary += QStringLiteral("<br><i>Answers the scheduled contact of ") + date(answers.at("due_on")) +
                           (answers.at("purpose").get<std::string>().empty() ? QString()
                                                                             : QStringLiteral(": ") + val(answers.at("purpose"))) +
                           QStringLiteral("</i>");
            rows.append({date(x.at("occurred_on")), val(x.at("direction_label")), val(x.at("mode_label")),
                         val(x.at("participants")), summary, val(x.at("follow_ups"))});
        }
        m_body += rows.isEmpty() ? none("No communication is recorded in this period.")
                                 : table({"Date", "Direction", "Mode", "Participants", "Summary", "Follow-ups"}, rows,
                                         {12, 11, 9, 17, 35, 16});
    }

    void documentation()
    {
        section(QStringLiteral("Documentation items"));
        QList<QStringList> rows;
        for (const auto &d : m_c.at("documentation_items")) {
            const ordered &t = d.at("timeliness");
            QString status = val(t.at("label"));
            if (t.at("days_late").get<int>() > 0)
                status += QStringLiteral(" (%1 days)").arg(t.at("days_late").get<int>());
            rows.append({val(d.at("title")),
                         d.at("activity_area") == 0 ? QStringLiteral("—") : val(d.at("activity_area")),
                         val(d.at("recipient")), date(d.at("due_on")), date(d.at("submitted_on")), status});
        }
        m_body += rows.isEmpty() ? none("No documentation item is due or submitted in this period.")
                                 : table({"Document", "Area", "Recipient", "Due", "Submitted", "Timeliness"}, rows,
                                         {26, 7, 21, 14, 14, 18});
    }

    void partners()
    {
        section(QStringLiteral("Service-provider partners"));
        QList<QStringList> rows;
        for (const auto &p : m_c.at("partners"))
            rows.append({val(p.at("name")), val(p.at("type_label")), val(p.at("scope")),
                         date(p.at("start_on")) + QStringLiteral("<br>to ") +
                             (p.at("end_on").is_null() ? QStringLiteral("ongoing") : val(p.at("end_on"))),
                         nowrap(val(p.at("cost")))});
        if (rows.isEmpty()) {
            m_body += none("No partner is engaged in this period.");
            return;
        }
        rows.append({QStringLiteral("<b>Total</b>"), {}, {}, {}, nowrap(QStringLiteral("<b>") + val(m_c.at("partner_cost_total")) + "</b>")});
        m_body += table({"Partner", "Type", "Scope", "Engaged", "Cost"}, rows, {26, 18, 26, 16, 14});
    }

    void recommendations()
    {
        section(QStringLiteral("CCEE recommendations and their consideration"));
        QList<QStringList> rows;
        for (const auto &r : m_c.at("ccee_recommendations"))
            rows.append({date(r.at("received_on")), val(r.at("text")), val(r.at("lcap_goal")),
                         val(r.at("consideration_label")), val(r.at("rationale"))});
        m_body += rows.isEmpty() ? none("No CCEE recommendation has been received.")
                                 : table({"Received", "Recommendation", "LCAP goal", "Consideration", "Reasons"}, rows,
                                         {14, 32, 12, 14, 28});
    }

    void spiActions()
    {
        section(QStringLiteral("SPI actions (Education Code 52072.1)"));
        QList<QStringList> rows;
        for (const auto &s : m_c.at("spi_actions"))
            rows.append({val(s.at("kind_label")), val(s.at("description")), val(s.at("status_label")),
                         s.at("sbe_approved_on").is_null() ? QStringLiteral("awaiting")
                                                           : date(s.at("sbe_approved_on")),
                         date(s.at("due_on")), date(s.at("completed_on")), val(s.at("outcome"))});
        m_body += rows.isEmpty() ? none("No SPI action is recorded.")
                                 : table({"Action", "Description", "Status", "State Board approval", "Due", "Completed",
                                          "Outcome"},
                                         rows, {15, 22, 12, 12, 11, 11, 17});
    }

    void schoolPlan()
    {
        const ordered &p = m_c.at("school_plan");
        section(QStringLiteral("School plan (") + val(p.at("designation")) + QStringLiteral(")"));
        m_body += facts({{QStringLiteral("Designation"), val(p.at("designation_label")) + QStringLiteral(", ") +
                                                              val(p.at("designation_year"))},
                         {QStringLiteral("Approved by the school"), val(p.at("approved_by_school_on"))},
                         {QStringLiteral("Approved by the district"), val(p.at("approved_by_district_on"))},
                         {QStringLiteral("Approved by the State"), val(p.at("approved_by_state_on"))},
                         {QStringLiteral("External partner"), val(p.at("external_partner"))}});
        m_body += subheading(QStringLiteral("Needs assessment")) + QStringLiteral("<p>") + val(p.at("needs_assessment")) + "</p>";
        m_body += subheading(QStringLiteral("Resource inequities")) + QStringLiteral("<p>") + val(p.at("resource_inequities")) + "</p>";
        m_body += subheading(QStringLiteral("Stakeholder involvement")) + QStringLiteral("<p>") + val(p.at("stakeholder_involvement")) + "</p>";
        m_body += subheading(QStringLiteral("Evidence-based interventions"));
        QList<QStringList> rows;
        for (const auto &i : p.at("interventions"))
            rows.append({val(i.at("description")), val(i.at("evidence_tier")), val(i.at("target_group_name")),
                         nowrap(val(i.at("cost")))});
        m_body += rows.isEmpty() ? none("None recorded.")
                                 : table({"Intervention", "ESSA tier", "Student group", "Cost"}, rows, {52, 10, 22, 16});
        m_body += subheading(QStringLiteral("Monitoring reviews"));
        QList<QStringList> reviews;
        for (const auto &m : p.at("monitoring_reviews"))
            reviews.append({date(m.at("due_on")), date(m.at("held_on")), val(m.at("outcome"))});
        m_body += reviews.isEmpty() ? none("None recorded.") : table({"Due", "Held", "Outcome"}, reviews, {15, 15, 70});
    }

    void deadlines()
    {
        section(QStringLiteral("Upcoming deadlines"));
        QList<QStringList> rows;
        for (const auto &d : m_c.at("upcoming_deadlines"))
            rows.append({date(d.at("due_on")) + (d.at("state") == "overdue" ? QStringLiteral("<br><b>overdue</b>") : QString()),
                         val(d.at("what")), val(d.at("owner")), esc(reason(d))});
        m_body += rows.isEmpty() ? none("No deadline is coming up.")
                                 : table({"Due", "What", "Owner", "Why it is due"}, rows, {14, 30, 18, 38});
    }

    // The engine's explanation starts by repeating the deadline's title; the table shows that already.
    static std::string reason(const ordered &deadline)
    {
        std::string because = deadline.at("because").get<std::string>();
        const std::string prefix = deadline.at("what").get<std::string>() + " — ";
        if (because.starts_with(prefix))
            because = because.substr(prefix.size());
        if (!because.empty())
            because[0] = char(std::toupper(static_cast<unsigned char>(because[0])));
        return because;
    }

    void attachments()
    {
        section(QStringLiteral("Index of attachments"));
        QList<QStringList> rows;
        for (const auto &a : m_c.at("attachments"))
            rows.append({val(a.at("packet_path")) + QStringLiteral("<br><span class='small'>added as: ") +
                             val(a.at("file_name")) + QStringLiteral("</span>"),
                         val(a.at("owner_label")) + QStringLiteral(" ") + val(a.at("owner_id")), val(a.at("size")),
                         QStringLiteral("<span class='hash'>") + val(a.at("sha256")) + QStringLiteral("</span>")});
        m_body += rows.isEmpty() ? none("No file is attached.")
                                 : table({"File in this packet", "Attached to", "Bytes", "SHA-256"}, rows, {32, 18, 8, 42});
    }

    const ordered &m_c;
    const PacketLayoutHints &m_hints;
    int m_headings = 0;
    int m_tables = 0;
    QString m_cover;
    QString m_body;
    QStringList m_sections;
};


// The packet's HTML (marked by PacketDocument) cut into its parts.
QStringList splitAtPageBreaks(const QString &markedHtml)
{
    const QString open = QStringLiteral("<html><body>"), close = QStringLiteral("</body></html>");
    const QString breakStyle = QStringLiteral(" style='page-break-before: always'");
    QStringList parts = markedHtml.mid(open.size(), markedHtml.size() - open.size() - close.size()).split(kPageBreakMark);
    for (int i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            const qsizetype style = parts[i].indexOf(breakStyle);
            if (style >= 0 && style < parts[i].indexOf(QLatin1Char('>')))
                parts[i].remove(style, breakStyle.size());
        }
        parts[i] = open + parts[i] + close;
    }
    return parts;
}


} // namespace

QString packetHtml(const ordered &content, const PacketLayoutHints &hints)
{
    PacketDocument document(content, hints);
    return document.html().remove(kPageBreakMark);
}

QStringList packetHtmlParts(const ordered &content, const PacketLayoutHints &hints)
{
    PacketDocument document(content, hints);
    return splitAtPageBreaks(document.html());
}

QString packetStyleSheet() { return QLatin1String(kStyle); }

} // namespace casebook::io
