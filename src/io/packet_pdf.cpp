// Typesetting the packet; see packet_pdf.h.
#include "packet_pdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <utility>

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

constexpr int kCellPadding = 9; // device pixels at 300 dpi

// Put before every element that starts a new page: the PDF typesets each part between two of them as
// its own document (renderPacketPdf). A comment, so escaped user text can never contain it.
const QString kPageBreakMark = QStringLiteral("<!--page-->");
QString pageMark(const QString &breakStyle) { return breakStyle.isEmpty() ? QString() : kPageBreakMark; }

// One table with a header row that Qt repeats on every page the table spans.
QString renderTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths,
                    bool breakBefore)
{
    QString html = (breakBefore ? kPageBreakMark : QString()) +
                   QStringLiteral("<table class='data' width='100%' cellspacing='0' cellpadding='%1'%2><thead><tr>")
                       .arg(kCellPadding)
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
const char *kStyle = R"(
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
            const QString files = attachmentNames(a.at("attachment_ids"), m_c.at("attachments"));
            if (!files.isEmpty())
                m_body += QStringLiteral("<p><b>Attachments:</b> ") + files + QStringLiteral("</p>");
        }
    }

    void communications()
    {
        section(QStringLiteral("Communications log"));
        QList<QStringList> rows;
        for (const auto &x : m_c.at("communications"))
            rows.append({date(x.at("occurred_on")), val(x.at("mode_label")), val(x.at("participants")),
                         val(x.at("summary")), val(x.at("follow_ups"))});
        m_body += rows.isEmpty() ? none("No communication is recorded in this period.")
                                 : table({"Date", "Mode", "Participants", "Summary", "Follow-ups"}, rows,
                                         {14, 11, 19, 37, 19});
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

// --- pages ----------------------------------------------------------------------------------

constexpr int kDpi = 300;
constexpr qreal kHeaderHeight = 0.45 * kDpi; // running header band, inside the page margins
constexpr qreal kFooterHeight = 0.40 * kDpi;

// One part of the packet: the HTML between two forced page breaks, typeset as its own document.
// What follows a forced break starts on a fresh page whatever comes before it, so its layout is the
// same either way; typeset apart, a part whose HTML did not change keeps its layout from one pass to
// the next, and only the parts a pass changed are laid out again.
struct Layout {
    QTextDocument document;
    qreal bodyHeight = 0;
    qreal width = 0;
};

// DejaVu Sans, with ligatures off: "fi" stays two letters, so text copied or searched in the PDF
// (and pdftotext) reads "Unified", not "Uni\ufb01ed". A tiny letter spacing is how Qt 6.4 turns them off.
QFont textFont(int pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans"), pointSize);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    return font;
}

void typeset(Layout &layout, QPagedPaintDevice &device, const QString &html)
{
    const QRectF paint = device.pageLayout().paintRectPixels(kDpi);
    layout.width = paint.width();
    layout.bodyHeight = paint.height() - kHeaderHeight - kFooterHeight;
    layout.document.setDocumentMargin(0);
    QTextOption option = layout.document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a 10,000-letter word still wraps
    layout.document.setDefaultTextOption(option);
    layout.document.setDefaultFont(textFont(9));
    layout.document.setDefaultStyleSheet(QLatin1String(kStyle));
    // The layout and its paint device (300 dpi metrics) and the page size come before the HTML, so the
    // text is laid out once, lazily (a pass that stops at a part's first problem lays out only up to
    // it). After the HTML, creating the layout and setting the page size each laid the whole part out
    // again (7 G of 15.5 G instructions); the PDF is the same either way (same pages, same pixels).
    // The paint device must never come after the page size: setting it does not re-do a layout made
    // with the screen's metrics (that order gave 93 pages with other line breaks than the PDF's own).
    layout.document.documentLayout()->setPaintDevice(&device);
    layout.document.setPageSize(QSizeF(layout.width, layout.bodyHeight));
    layout.document.setHtml(html);
}

// The packet's HTML (marked by PacketDocument) cut into its parts, each a document of its own. The
// element that starts a part loses its page-break style: it starts a document, hence a page.
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

// A place where the layout reads badly: a heading alone at the foot of a page, or a table row cut
// in two by a page break (when the row would fit on one page).
struct LayoutProblem {
    std::optional<int> heading;
    std::optional<std::pair<int, int>> row;
    std::vector<std::pair<int, int>> predictedRows; // later breaks of the same table piece, from row heights
    int pieceEnd = 0;                               // the row that starts the table's next piece
};

// A predicted break comes this much early (device pixels): a break predicted one row early costs some
// white space, one predicted late costs another layout pass.
constexpr qreal kPredictionMargin = 120;

// Each data row of a table as laid out: its first line's top, and its text bottom plus padding and border.
struct RowSpans {
    std::vector<qreal> tops, bottoms;
    qreal headerTop = 0; // the header's first line
};

qreal firstLineTop(const Layout &layout, const QTextBlock &b)
{
    const qreal top = layout.document.documentLayout()->blockBoundingRect(b).top();
    return b.layout() && b.layout()->lineCount() > 0 ? top + b.layout()->lineAt(0).y() : top;
}

RowSpans rowSpans(const Layout &layout, QTextTable *table)
{
    const auto blockAt = [&](int position) { return layout.document.findBlock(position); };
    RowSpans rows;
    for (int r = table->format().headerRowCount(); r < table->rows(); ++r) {
        qreal top = 1e12, bottom = 0;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            top = std::min(top, firstLineTop(layout, blockAt(cell.firstPosition())));
            bottom = std::max(bottom,
                              layout.document.documentLayout()->blockBoundingRect(blockAt(cell.lastPosition())).bottom());
        }
        rows.tops.push_back(top);
        rows.bottoms.push_back(bottom + kCellPadding + 4);
    }
    rows.headerTop = firstLineTop(layout, blockAt(table->cellAt(0, 0).firstPosition()));
    return rows;
}

// Paginates rows by their heights alone, the row `from` placed at `y`: the rows (indexes) that start a
// new page, whose first line lies `freshOffset` below the page's top. A row that would cross the first
// page's foot `firstMargin` or less below it, or a later page's foot `kPredictionMargin` or less, starts one.
std::vector<std::size_t> paginateRows(const RowSpans &rows, std::size_t from, qreal y, qreal freshOffset,
                                      qreal bodyHeight, qreal firstMargin)
{
    const auto pageAt = [&](qreal at) { return int(at / bodyHeight); };
    std::vector<std::size_t> breaks;
    for (std::size_t i = from; i < rows.tops.size(); ++i) {
        const qreal height = rows.bottoms[i] - rows.tops[i];
        if (height > 0.8 * bodyHeight)
            break;
        const qreal margin = breaks.empty() ? firstMargin : kPredictionMargin;
        if (i > from && pageAt(y) != pageAt(y + height - 1 + margin)) {
            breaks.push_back(i);
            y = (pageAt(y) + 1) * bodyHeight + freshOffset;
        }
        const bool samePage = i + 1 < rows.tops.size() && pageAt(rows.tops[i]) == pageAt(rows.tops[i + 1]);
        y += samePage ? rows.tops[i + 1] - rows.tops[i] : height;
    }
    return breaks;
}

// Where a table continued on a new page puts its first row, estimated from where it lies under the
// header here (a continued header's first line lies about 91 px below the page's top), rounded up so a
// predicted break is early, not late.
qreal continuedRowOffset(const RowSpans &rows) { return rows.tops.front() - rows.headerTop + 100; }

// Finds what one pass fixes: the FIRST problem of each part. Only the first: fixing it moves everything
// after it in its part, so later problems there are judged again in the next pass; the parts after the
// next forced break do not move. When no part has a problem, also the page of each section (for the
// contents). Tables split by earlier fixes appear as several pieces; `hints` says where each piece starts.
PacketLayoutHints analyse(const std::vector<Layout *> &parts, const PacketLayoutHints &hints)
{
    PacketLayoutHints next = hints;
    std::map<int, std::vector<int>> pieceStarts;
    for (const auto &[table, row] : hints.tableBreaks)
        pieceStarts[table].push_back(row);
    int index = -1; // body headings, counted from 0 ("Contents" is -1)
    int logical = 0;
    std::size_t piece = 0;
    bool problems = false;

    for (Layout *layout : parts) {
        const auto pageAt = [&](qreal y) { return int(y / layout->bodyHeight); };
        // Where a block's first line is: a block moved to the next page keeps its top margin behind.
        const auto pageOf = [&](const QTextBlock &b) { return pageAt(firstLineTop(*layout, b)); };
        std::optional<LayoutProblem> first;
        bool done = false; // the part's first problem is found (or its table is predicted anew): only count
        std::optional<std::pair<int, int>> lastHeading; // (page, index) of the last body heading seen
        for (auto it = layout->document.rootFrame()->begin(); !it.atEnd(); ++it) {
            if (it.currentFrame() == nullptr) {
                const QTextBlock b = it.currentBlock();
                const int level = b.blockFormat().headingLevel();
                if (level != 2 && level != 3)
                    continue;
                if (index++ < 0)
                    continue; // "Contents"
                if (done)
                    continue;
                lastHeading = std::pair{pageOf(b), index - 1};
                if (const QTextBlock after = b.next(); after.isValid() && pageOf(after) > pageOf(b) &&
                                                       !hints.breakBefore.contains(index - 1)) {
                    first = LayoutProblem{index - 1, std::nullopt, {}, 0};
                    done = true;
                }
                continue;
            }
            auto *table = qobject_cast<QTextTable *>(it.currentFrame());
            if (!table || table->format().headerRowCount() == 0)
                continue; // fact lists and the contents are not data tables
            const int thisLogical = logical;
            const std::size_t thisPiece = piece;
            // A table is cut into one piece more than it has breaks after its first row.
            if (++piece > std::size_t(std::count_if(pieceStarts[logical].begin(), pieceStarts[logical].end(),
                                                    [](int row) { return row > 0; }))) {
                ++logical;
                piece = 0;
            }
            if (done)
                continue;
            std::vector<int> starts{0};
            for (int row : pieceStarts[thisLogical])
                if (row > 0)
                    starts.push_back(row);
            const int header = table->format().headerRowCount();
            const RowSpans spans = rowSpans(*layout, table);
            const std::vector<qreal> &tops = spans.tops, &bottoms = spans.bottoms;
            // Where a table continued on a new page puts its first row (under the margin and header):
            // measured when this piece starts its part, else estimated.
            const bool startsPart = thisPiece > 0 || table->firstPosition() <= 1 + layout->document.begin().length();
            const qreal freshOffset = tops.empty() ? 0
                                      : startsPart ? tops.front() - pageAt(tops.front()) * layout->bodyHeight
                                                   : continuedRowOffset(spans);
            // Once a row starts a new page, the rows after it can be paginated by their heights alone:
            // predicting those breaks fixes a long table in one pass instead of one pass per page.
            const auto predictAfter = [&](std::size_t from, bool cut) {
                std::vector<std::pair<int, int>> more;
                const qreal y = (pageAt(tops[from]) + (cut ? 1 : 0)) * layout->bodyHeight + freshOffset;
                for (std::size_t i : paginateRows(spans, from, y, freshOffset, layout->bodyHeight, kPredictionMargin))
                    more.emplace_back(thisLogical, starts[thisPiece] + int(i));
                return more;
            };
            int previousPage = -1;
            for (std::size_t i = 0; i < tops.size() && !done; ++i) {
                const int r = header + int(i);
                const qreal top = tops[i], bottom = bottoms[i];
                // Qt either cuts a row at the page's foot or pushes it to the next page and stretches the
                // row above it down to the foot; both read badly, so the table is continued as a new
                // table (with its header) on the next page instead.
                const bool cut = pageAt(top) != pageAt(bottom - 1) && bottom - top < 0.8 * layout->bodyHeight;
                const bool pushed = previousPage >= 0 && pageAt(top) > previousPage;
                previousPage = pageAt(top);
                if (!cut && !pushed)
                    continue;
                const int logicalRow = starts[thisPiece] + (r - header);
                if (r == header && thisPiece == 0 && lastHeading && lastHeading->first == pageAt(top)) {
                    // The table's first row: the heading above it (on the same page) moves with it.
                    if (!hints.breakBefore.contains(lastHeading->second)) {
                        first = LayoutProblem{lastHeading->second, std::nullopt, {}, 0};
                        done = true;
                    }
                    continue;
                }
                if ((r > header || thisPiece == 0) && !hints.tableBreaks.contains({thisLogical, logicalRow})) {
                    first = LayoutProblem{std::nullopt, std::pair{thisLogical, logicalRow}, predictAfter(i, cut),
                                          starts[thisPiece] + int(tops.size())};
                    done = true;
                }
            }
        }
        if (!first)
            continue;
        problems = true;
        if (first->heading)
            next.breakBefore.insert(*first->heading);
        if (first->row) {
            // The piece's later breaks were predicted from the old layout: predict them anew. The
            // table's next pieces start a page of their own and are judged on their own.
            const int table = first->row->first, row = first->row->second; // (clang 14 cannot capture bindings)
            std::erase_if(next.tableBreaks, [&](const auto &b) {
                return b.first == table && b.second > row && b.second < first->pieceEnd;
            });
            next.tableBreaks.insert(*first->row);
            next.tableBreaks.insert(first->predictedRows.begin(), first->predictedRows.end());
        }
    }
    if (problems)
        return next; // the contents' page numbers are filled once nothing moves any more
    next.tocPages.clear();
    int pageOffset = 0;
    bool contents = true;
    for (Layout *layout : parts) {
        auto *docLayout = layout->document.documentLayout();
        for (auto it = layout->document.rootFrame()->begin(); !it.atEnd(); ++it) {
            const QTextBlock b = it.currentBlock();
            if (it.currentFrame() != nullptr || b.blockFormat().headingLevel() != 2)
                continue;
            if (std::exchange(contents, false))
                continue;
            const qreal top = docLayout->blockBoundingRect(b).top() +
                              (b.layout() && b.layout()->lineCount() > 0 ? b.layout()->lineAt(0).y() : 0);
            next.tocPages.push_back(pageOffset + int(top / layout->bodyHeight) + 1);
        }
        pageOffset += layout->document.pageCount();
    }
    return next;
}

// A heading pass 0 moves to a new page starts a part of its own, and a long data table in that part
// would be laid out whole once more (Qt lays out a table frame whole) only to find its first page break.
// That break is found from a probe instead: the new part up to the table's first row, typeset (a few
// paragraphs), gives where that row lands; the rows' heights are the ones just laid out (a row's height
// does not depend on where it lies). Only while no table is split yet, so table k is the k-th data table.
void predictMovedTables(const std::vector<Layout *> &parts, const ordered &content, QPagedPaintDevice &device,
                        const std::map<QString, std::unique_ptr<Layout>> &laidOut, PacketLayoutHints &next)
{
    if (!next.tableBreaks.empty())
        return;
    std::vector<std::pair<Layout *, QTextTable *>> tables;
    for (Layout *layout : parts)
        for (auto it = layout->document.rootFrame()->begin(); !it.atEnd(); ++it)
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()); table && table->format().headerRowCount() > 0)
                tables.emplace_back(layout, table);
    const QString dataTable = QStringLiteral("<table class='data'");
    int tablesBefore = 0;
    PacketDocument document(content, next);
    for (const QString &html : splitAtPageBreaks(document.html())) {
        const int here = int(html.count(dataTable));
        const qsizetype at = html.indexOf(dataTable);
        const qsizetype firstRowEnd = at < 0 ? -1 : html.indexOf(QStringLiteral("</tr>"), html.indexOf(QStringLiteral("<tbody>"), at));
        if (laidOut.contains(html) || firstRowEnd < 0 || std::size_t(tablesBefore) >= tables.size()) {
            tablesBefore += here;
            continue;
        }
        Layout probe;
        typeset(probe, device, html.left(firstRowEnd + 5) + QStringLiteral("</tbody></table></body></html>"));
        const auto pageAt = [&](qreal y) { return int(y / probe.bodyHeight); };
        bool stranded = false; // a heading of the probe at a page's foot: the next pass moves it first
        for (QTextBlock b = probe.document.begin(); b.isValid() && b.next().isValid(); b = b.next())
            if (const int level = b.blockFormat().headingLevel(); (level == 2 || level == 3) &&
                                                                   pageAt(firstLineTop(probe, b.next())) > pageAt(firstLineTop(probe, b)))
                stranded = true;
        QTextTable *probeTable = nullptr;
        for (auto it = probe.document.rootFrame()->begin(); !it.atEnd(); ++it)
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()); table && table->format().headerRowCount() > 0)
                probeTable = table;
        const auto &[oldLayout, oldTable] = tables[std::size_t(tablesBefore)];
        const RowSpans rows = rowSpans(*oldLayout, oldTable);
        if (!stranded && probeTable && !rows.tops.empty()) {
            const RowSpans first = rowSpans(probe, probeTable);
            const qreal top = first.tops.front(), bottom = first.bottoms.front();
            if (pageAt(top) == pageAt(bottom - 1) && pageAt(top) == pageAt(first.headerTop))
                for (std::size_t row : paginateRows(rows, 0, top, continuedRowOffset(rows), probe.bodyHeight, 0))
                    next.tableBreaks.insert({tablesBefore, int(row)});
        }
        tablesBefore += here;
    }
}

void paintPages(const std::vector<Layout *> &parts, QPdfWriter &writer, const QString &header, const QString &footer)
{
    QPainter painter(&writer);
    int pages = 0;
    for (Layout *part : parts)
        pages += part->document.pageCount();
    const QFont small = textFont(7);
    int pageNumber = 0;
    for (Layout *part : parts)
        for (int page = 0; page < part->document.pageCount(); ++page, ++pageNumber) {
            Layout &layout = *part;
            if (pageNumber > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, kHeaderHeight - page * layout.bodyHeight);
            const QRectF clip(0, page * layout.bodyHeight, layout.width, layout.bodyHeight);
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, Qt::black);
            layout.document.documentLayout()->draw(&painter, context);
            painter.restore();

            painter.setFont(small);
            painter.setPen(QColor(0x44, 0x44, 0x44));
            const QRectF top(0, 0, layout.width, kHeaderHeight * 0.6);
            const QString right = QStringLiteral("BP 0520 documentation packet");
            const QFontMetricsF metrics(small, &writer);
            const qreal room = layout.width - metrics.horizontalAdvance(right) - metrics.horizontalAdvance(QStringLiteral("MMMM"));
            painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(header, Qt::ElideRight, room));
            painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, right);
            painter.drawLine(QPointF(0, kHeaderHeight * 0.6), QPointF(layout.width, kHeaderHeight * 0.6));
            const qreal footerTop = kHeaderHeight + layout.bodyHeight + kFooterHeight * 0.35;
            const QRectF bottom(0, footerTop, layout.width, kFooterHeight * 0.65);
            painter.drawLine(QPointF(0, footerTop), QPointF(layout.width, footerTop));
            painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, footer);
            painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
                             QStringLiteral("Page %1 of %2").arg(pageNumber + 1).arg(pages));
        }
}

// Header and footer lines are drawn as plain text (QPainter::drawText never reads markup).
QString plain(const ordered &v) { return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString(); }

} // namespace

QString packetHtml(const ordered &content, const PacketLayoutHints &hints)
{
    PacketDocument document(content, hints);
    return document.html().remove(kPageBreakMark);
}

Status ensureGuiApplication()
{
    if (auto *app = QCoreApplication::instance()) {
        if (!qobject_cast<QGuiApplication *>(app))
            return Error::internal("internal: writing a PDF needs a QGuiApplication, and this program created a "
                                   "QCoreApplication");
        return {};
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "casebook";
    static char *argv[] = {name, nullptr};
    static QGuiApplication *app = new QGuiApplication(argc, argv); // lives as long as the program
    Q_UNUSED(app);
    return {};
}

Result<RenderedPdf> renderPacketPdf(const ordered &content)
{
    CASEBOOK_TRY(ensureGuiApplication());
    const QString header = plain(content.at("district").at("name")) + QStringLiteral(" — ") +
                           plain(content.at("case").at("title"));
    const QString footer = QStringLiteral("Period %1 to %2 · prepared %3 by %4")
                               .arg(plain(content.at("period").at("from")), plain(content.at("period").at("to")),
                                    plain(content.at("prepared").at("on")), plain(content.at("prepared").at("by")));
    RenderedPdf out;
    QBuffer buffer(&out.bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageMargins(QMarginsF(0.7, 0.5, 0.7, 0.5), QPageLayout::Inch);
    writer.setTitle(QStringLiteral("Documentation packet: ") + header);
    writer.setCreator(plain(content.at("prepared").at("generator")));

    // Lay out until nothing moves: each pass moves headings stranded at a page's foot to the next
    // page, continues tables on a new page before a row that would be cut, and fills the contents'
    // page numbers (as wide as their placeholders, so they move nothing). A part whose HTML a pass did
    // not change keeps its layout.
    PacketLayoutHints hints;
    std::map<QString, std::unique_ptr<Layout>> laidOut; // by the part's HTML
    std::vector<Layout *> parts;
    for (int pass = 0; pass < 200; ++pass) {
        std::map<QString, std::unique_ptr<Layout>> kept;
        parts.clear();
        PacketDocument document(content, hints);
        for (const QString &html : splitAtPageBreaks(document.html())) {
            auto &layout = kept[html];
            if (!layout) {
                if (auto old = laidOut.find(html); old != laidOut.end()) {
                    layout = std::move(old->second);
                } else {
                    layout = std::make_unique<Layout>();
                    typeset(*layout, writer, html);
                }
            }
            parts.push_back(layout.get());
        }
        laidOut = std::move(kept);
        const PacketLayoutHints found = analyse(parts, hints);
        if (found.tocPages == hints.tocPages && found.breakBefore == hints.breakBefore &&
            found.tableBreaks == hints.tableBreaks)
            break;
        hints = found;
        if (pass == 0)
            predictMovedTables(parts, content, writer, laidOut, hints);
    }
    paintPages(parts, writer, header, footer);
    for (Layout *part : parts)
        out.pages += part->document.pageCount();
    buffer.close();
    return out;
}

} // namespace casebook::io
