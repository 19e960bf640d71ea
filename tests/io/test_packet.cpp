// The documentation packet read back as its recipient would: the zip's files, the PDF's text and
// page count, packet.json against its schema, attachment hashes, hostile text and file names.
#include "io_sample.h"
#include "packet_reading.h"

#include "support/cli_run.h"
#include "io/json_schema.h"
#include "io/packet.h"
#include "io/packet_html.h"
#include "io/safe_file_name.h"
#include "storage/repository.h"
#include "storage/transfer.h"

#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

#include <fstream>
#include <set>

using namespace casebook;
using casebook::test::TempDir;
using nlohmann::json;

namespace {

struct Exported {
    io::PacketReport report;
    std::map<std::string, QByteArray> files;
    json packet;
    std::string text; // pdftotext -raw: the text in the order it was drawn, a table cell at a time
    std::string pdfPath;
};

Exported exportAndRead(storage::Database &db, const TempDir &dir, io::PacketRequest request)
{
    if (request.outPath.empty())
        request.outPath = dir.file("packet.zip");
    auto report = io::exportPacket(db, request);
    if (!report)
        FAIL(report.error().text());
    Exported e{*report, test::readZip(request.outPath), {}, {}, dir.file("packet.pdf")};
    REQUIRE(e.files.contains("packet.pdf"));
    REQUIRE(e.files.contains("packet.json"));
    e.packet = json::parse(e.files["packet.json"].toStdString());
    QFile pdf(QString::fromStdString(e.pdfPath));
    REQUIRE(pdf.open(QIODevice::WriteOnly));
    pdf.write(e.files["packet.pdf"]);
    pdf.close();
    e.text = test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QString::fromStdString(e.pdfPath),
                                                         QStringLiteral("-")});
    return e;
}

io::PacketRequest requestFor(Id caseId, const std::string &today = "2025-11-15")
{
    io::PacketRequest r;
    r.caseId = caseId;
    r.today = test::date(today);
    r.generator = "Casebook test";
    return r;
}

// pdftotext joins a table row's cells on one line and may wrap a cell's text: compare words only.
std::string words(const std::string &text)
{
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.empty())
            out += ' ';
        out += c;
        space = false;
    }
    return out;
}

} // namespace

TEST_CASE("The packet zip holds packet.pdf, packet.json and the attachments under safe names with matching hashes")
{
    TempDir dir;
    auto db = test::openCasebook(dir.file("c.sqlite"));
    const auto filled = test::fillCasebook(*db);
    const auto e = exportAndRead(*db, dir, requestFor(filled.required.id));

    CHECK(e.files.size() == 2 + filled.attachments.size());
    CHECK(e.report.files.size() == e.files.size());
    std::set<std::string> lower;
    for (const auto &[name, bytes] : e.files) {
        if (name == "packet.pdf" || name == "packet.json")
            continue;
        INFO(name);
        REQUIRE(name.rfind("attachments/", 0) == 0);
        const std::string base = name.substr(std::string("attachments/").size());
        CHECK(base.find('/') == std::string::npos);
        CHECK(base.find('\\') == std::string::npos);
        CHECK(base.find("..") == std::string::npos);
        CHECK(base.find(':') == std::string::npos);
        CHECK(std::none_of(base.begin(), base.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; }));
        std::string stem = base.substr(0, base.find('.'));
        std::transform(stem.begin(), stem.end(), stem.begin(), ::toupper);
        for (const char *device : {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"})
            CHECK(stem != device);
        std::string folded = base;
        std::transform(folded.begin(), folded.end(), folded.begin(), ::tolower);
        CHECK(lower.insert(folded).second); // no two names the same, even ignoring case
    }
    // Each attachment's bytes in the zip hash to the SHA-256 that packet.json and the casebook give.
    REQUIRE(e.packet["attachments"].size() == filled.attachments.size());
    for (const auto &a : e.packet["attachments"]) {
        const auto path = a["packet_path"].get<std::string>();
        INFO(path);
        REQUIRE(e.files.contains(path));
        const auto hash = QCryptographicHash::hash(e.files.at(path), QCryptographicHash::Sha256).toHex().toStdString();
        CHECK(hash == a["sha256"].get<std::string>());
        const auto original = std::find_if(filled.attachments.begin(), filled.attachments.end(),
                                           [&](const Attachment &x) { return x.id == a["id"].get<Id>(); });
        REQUIRE(original != filled.attachments.end());
        CHECK(original->sha256 == hash);
        CHECK(a["file_name"] == original->fileName);
    }
}

TEST_CASE("packet.pdf has every section and record, page numbers, and shows hostile text literally")
{
    TempDir dir;
    auto db = test::openCasebook(dir.file("c.sqlite"));
    const auto filled = test::fillCasebook(*db);
    const auto e = exportAndRead(*db, dir, requestFor(filled.required.id));
    const std::string text = words(e.text);

    for (const char *expected :
         {"Documentation packet for the County Superintendent of Schools", "Sample Unified", "0161119",
          "Differentiated assistance 2024 Dashboard", "2025-01-15 to 2025-11-15", "Contents", "1. The case",
          "The obligation and its basis", "Education Code 52071", "for a minimum of two years",
          "Activities 1–5", "Communications log", "Kick-off meeting", "Documentation items",
          "Strengths and weaknesses memo", "On time", "Late (15 days)", "Overdue (15 days)",
          "Service-provider partners", "$12,500.00", "CCEE recommendations and their consideration",
          "Adopt a tiered attendance plan", "Declined", "Upcoming deadlines", "Index of attachments",
          "Students with Disabilities", "end of long note", "Completed", "Complete, completed on 2025-04-02"})
        CHECK_THAT(text, Catch::Contains(expected));
    // Hostile text is shown, never interpreted: the markup and the entity come out as typed.
    CHECK_THAT(text, Catch::Contains(test::kScript));
    CHECK_THAT(text, Catch::Contains("Fish &amp; Chips &lt;b&gt;"));
    CHECK_THAT(text, Catch::Contains("Dashboard review memo <script>alert(1)</script>"));
    // Right-to-left text and emoji survive. pdftotext returns shaped Arabic as presentation forms,
    // one glyph at a time between bidi marks; NFKC and dropping the marks and spaces gives the words
    // back in logical order.
    QString glyphs = QString::fromStdString(e.text).normalized(QString::NormalizationForm_KC);
    glyphs.remove(QRegularExpression(QStringLiteral("[\\s\\x{202A}-\\x{202E}]")));
    CHECK(glyphs.contains(QStringLiteral("تقرير")));
    CHECK(glyphs.contains(QStringLiteral("פגישה")));
    // Emoji are drawn from the Symbola font (fonts-symbola); Qt's PDF writer gives characters outside
    // the BMP no text mapping, so pdftotext cannot return them: check the font is in the PDF.
    CHECK_THAT(test::runTool(QStringLiteral("pdffonts"), {QString::fromStdString(e.pdfPath)}), Catch::Contains("Symbola"));
    CHECK_THAT(e.packet.dump(), Catch::Contains("📎🎉"));
    // Every attachment's hash is in the index (a 64-digit hash may wrap inside its cell).
    for (const auto &a : filled.attachments)
        CHECK_THAT(text, Catch::Contains(a.sha256.substr(0, 24)));

    // Page count as pdfinfo sees it, and "Page n of N" on every page.
    const std::string info = test::runTool(QStringLiteral("pdfinfo"), {QString::fromStdString(e.pdfPath)});
    CHECK_THAT(info, Catch::Contains("Pages:           " + std::to_string(e.report.pages)));
    CHECK(e.report.pages >= 6);
    for (int page = 1; page <= e.report.pages; ++page)
        CHECK_THAT(text, Catch::Contains("Page " + std::to_string(page) + " of " + std::to_string(e.report.pages)));

    // Nothing runs off the page: every word lies inside the page margins (0.7 in = 50.4 pt).
    const auto all = test::pdfWords(e.pdfPath);
    REQUIRE(all.size() > 500);
    for (const auto &w : all) {
        INFO(w.text);
        CHECK(w.xMin >= 50.4 - 1);
        CHECK(w.xMax <= w.pageWidth - 50.4 + 1);
        CHECK(w.yMax <= w.pageHeight - 36 + 1);
    }
}

TEST_CASE("The packet's HTML escapes every user text")
{
    TempDir dir;
    auto db = test::openCasebook(dir.file("c.sqlite"));
    const auto filled = test::fillCasebook(*db);
    const auto e = exportAndRead(*db, dir, requestFor(filled.required.id));
    const QString html = io::packetHtml(nlohmann::ordered_json::parse(e.packet.dump()));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK(html.contains(QStringLiteral("Fish &amp;amp; Chips &amp;lt;b&amp;gt;")));
}

TEST_CASE("packet.json is valid against packet.schema.json, and the schema rejects bad packets")
{
    TempDir dir;
    auto db = test::openCasebook(dir.file("c.sqlite"));
    const auto filled = test::fillCasebook(*db);
    for (const auto &g : {QualifyingGroup{.caseId = filled.required.id, .studentGroup = "SWD", .indicator = "ELA",
                                          .priority = 4},
                          QualifyingGroup{.caseId = filled.required.id, .studentGroup = "SWD", .indicator = "CHRONIC",
                                          .priority = 5},
                          QualifyingGroup{.caseId = filled.required.id, .studentGroup = "EL", .indicator = "ELPI",
                                          .priority = 4}})
        REQUIRE(storage::insert<QualifyingGroup>(*db, g).ok());
    const auto e = exportAndRead(*db, dir, requestFor(filled.required.id));
    const json &good = e.packet;
    REQUIRE(io::validateAgainstSchema(good, io::kPacketSchema, "packet.json").ok());
    // CDE's legend: B = priorities 4 and 5; one priority has no letter.
    for (const auto &g : good["qualifying_groups"])
        if (g["student_group"] == "SWD" || g["student_group"] == "EL")
            CHECK(g["cde_letter"] == (g["student_group"] == "SWD" ? json("B") : json(nullptr)));
    CHECK(good["version"] == 5);
    // An activity's evidence: the documentation items that document it (docs/packet.md).
    const auto documenting = [&](int area) {
        std::vector<std::string> titles;
        for (const auto &id : good["activities"][std::size_t(area - 1)]["documentation_item_ids"])
            for (const auto &d : good["documentation_items"])
                if (d["id"] == id)
                    titles.push_back(d["title"].get<std::string>());
        return titles;
    };
    CHECK(documenting(1) == std::vector<std::string>{"Strengths and weaknesses memo"});
    CHECK(documenting(2) == std::vector<std::string>{"Root-cause analysis"});
    CHECK(documenting(3).empty());
    CHECK_THAT(words(e.text), Catch::Contains("Documentation: Strengths and weaknesses memo (submitted 2025-03-28)"));
    // Communications logged without a direction say so.
    CHECK(good["communications"][0]["direction"] == "not_recorded");
    CHECK(good["communications"][0]["direction_label"] == "Not recorded");
    CHECK(good["communications"][0]["answers"].is_null());
    CHECK(good["period"]["basis"] == "whole_case");
    CHECK(good["communications"].size() == 3);
    CHECK(good["documentation_items"][1]["timeliness"]["status"] == "late");
    CHECK(good["documentation_items"][1]["timeliness"]["days_late"] == 15);
    CHECK(good["documentation_items"][2]["timeliness"]["status"] == "overdue");
    CHECK(good["activities"].size() == 5);
    CHECK(good["obligation"]["legal_basis"].get<std::string>().find("52071") != std::string::npos);
    CHECK(good["school_plan"].is_null());
    // Upcoming deadlines come from the deadline engine, with its explanation.
    const auto &deadlines = good["upcoming_deadlines"];
    const auto overdueItem = std::find_if(deadlines.begin(), deadlines.end(), [](const json &d) {
        return d["source"] == "documentation_item" && d["state"] == "overdue";
    });
    REQUIRE(overdueItem != deadlines.end());
    CHECK_THAT((*overdueItem)["because"].get<std::string>(), Catch::Contains("because"));
    CHECK_THAT(words(e.text), Catch::Contains("Why it is due"));

    struct Bad {
        const char *what;
        std::function<void(json &)> edit;
        const char *pointer;
    };
    const std::vector<Bad> bad{
        {"no period", [](json &d) { d.erase("period"); }, "at /"},
        {"unknown timeliness", [](json &d) { d["documentation_items"][0]["timeliness"]["status"] = "soon"; },
         "at /documentation_items/0/timeliness/status"},
        {"path traversal", [](json &d) { d["attachments"][0]["packet_path"] = "attachments/../../etc/passwd"; },
         "at /attachments/0/packet_path"},
        {"bad date", [](json &d) { d["period"]["from"] = "last week"; }, "at /period/from"},
        {"extra field", [](json &d) { d["case"]["secret"] = 1; }, "at /case"},
    };
    for (const auto &b : bad) {
        INFO(b.what);
        json doc = good;
        b.edit(doc);
        auto status = io::validateAgainstSchema(doc, io::kPacketSchema, "packet.json");
        REQUIRE_FALSE(status.ok());
        CHECK_THAT(status.error().text(), Catch::Contains(std::string("packet.json ") + b.pointer));
    }
}

TEST_CASE("Without --from a packet covers the time since the last packet, which is recorded in the settings")
{
    TempDir dir;
    auto db = test::openCasebook(dir.file("c.sqlite"));
    const auto filled = test::fillCasebook(*db);
    const Id id = filled.required.id;

    auto first = exportAndRead(*db, dir, requestFor(id, "2025-06-30"));
    CHECK(first.report.period.basis == "whole_case");
    CHECK(first.report.period.from == filled.required.openedOn);
    CHECK(first.packet["communications"].size() == 2);
    auto stored = storage::readSetting(*db, io::lastPacketSettingKey(id));
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK(json::parse(**stored)["to"] == "2025-06-30");

    auto second = exportAndRead(*db, dir, requestFor(id, "2025-11-15"));
    CHECK(second.report.period.basis == "since_last_packet");
    CHECK(second.report.period.from == test::date("2025-07-01"));
    CHECK(second.packet["communications"].size() == 1); // only 2025-09-03
    // The late item submitted in July belongs to the new period; the outstanding one stays listed.
    CHECK(second.packet["documentation_items"].size() == 2);

    // A third packet the same day repeats the period of the last one instead of an empty one.
    auto again = exportAndRead(*db, dir, requestFor(id, "2025-11-15"));
    CHECK(again.report.period.basis == "last_packet_again");
    CHECK(again.report.period.from == test::date("2025-07-01"));
    CHECK(again.report.period.to == test::date("2025-11-15"));

    auto given = requestFor(id, "2025-11-15");
    given.from = test::date("2025-05-01");
    given.to = test::date("2025-05-31");
    auto third = exportAndRead(*db, dir, given);
    CHECK(third.report.period.basis == "given");
    CHECK(third.packet["communications"].size() == 1);

    auto backwards = requestFor(id, "2025-11-15");
    backwards.from = test::date("2025-12-01");
    backwards.to = test::date("2025-11-01");
    backwards.outPath = dir.file("never.zip");
    auto refused = io::exportPacket(*db, backwards);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(QFile::exists(QString::fromStdString(backwards.outPath)));
}

TEST_CASE("A school-plan packet shows the plan, its interventions and reviews")
{
    TempDir dir;
    auto db = test::openCasebook(dir.file("c.sqlite"));
    const auto filled = test::fillCasebook(*db);
    const auto e = exportAndRead(*db, dir, requestFor(filled.schoolPlan.id));
    REQUIRE(io::validateAgainstSchema(e.packet, io::kPacketSchema, "packet.json").ok());
    CHECK(e.packet["school"]["cds"] == "01611190130229");
    CHECK(e.packet["school_plan"]["interventions"].size() == 1);
    const std::string text = words(e.text);
    CHECK_THAT(text, Catch::Contains("School plan (CSI)"));
    CHECK_THAT(text, Catch::Contains("Tier 2 reading intervention"));
    CHECK_THAT(text, Catch::Contains("20 USC 6311"));
    CHECK_THAT(text, Catch::Contains("Sample High"));
    CHECK_THAT(text, !Catch::Contains("Activities 1–5")); // only technical assistance has them
}

TEST_CASE("Safe file names: no folders, devices, reserved or control characters, no repeats")
{
    CHECK(io::safeFileName("../../x") == "x");
    CHECK(io::safeFileName("/etc/passwd") == "passwd");
    CHECK(io::safeFileName("C:\\Windows\\win.ini") == "win.ini");
    CHECK(io::safeFileName("CON") == "_CON");
    CHECK(io::safeFileName("con.txt") == "_con.txt");
    CHECK(io::safeFileName("LPT1.log") == "_LPT1.log");
    CHECK(io::safeFileName("a:b") == "a_b");
    CHECK(io::safeFileName("bad\x01name\n.txt") == "bad_name_.txt");
    CHECK(io::safeFileName("..") == "attachment");
    CHECK(io::safeFileName("") == "attachment");
    CHECK(io::safeFileName("report. ") == "report");
    CHECK(io::safeFileName("تقرير.pdf") == "تقرير.pdf");
    CHECK(QString::fromStdString(io::safeFileName(std::string(300, 'a') + ".pdf")).size() <= 120);
    CHECK(io::safeFileName(std::string(300, 'a') + ".pdf").ends_with(".pdf"));
    io::UniqueFileNames names;
    CHECK(names.add("minutes.txt") == "minutes.txt");
    CHECK(names.add("Minutes.TXT") == "Minutes (2).TXT");
    CHECK(names.add("minutes.txt") == "minutes (3).txt");
}

TEST_CASE("A packet's file is offered under the district's name and the period, in characters safe everywhere")
{
    const io::PacketPeriod period{*Date::parse("2025-01-15"), *Date::parse("2025-11-15"), "given"};
    CHECK(io::packetFileName("Sample Unified", period, "zip") ==
          "Casebook packet \u2013 Sample Unified \u2013 2025-01-15\u20132025-11-15.zip");
    // A slash would make a folder and a colon is reserved on Windows: neither reaches the name.
    CHECK(io::packetFileName("A/B: Joint Unified", period, "pdf") ==
          "Casebook packet \u2013 A-B_ Joint Unified \u2013 2025-01-15\u20132025-11-15.pdf");
}

TEST_CASE("casebook-cli export packet writes the zip and refuses a bad case id")
{
    TempDir dir;
    Id caseId = 0;
    {
        auto db = test::openCasebook(dir.file("c.sqlite"));
        caseId = test::fillCasebook(*db).required.id;
    }
    qputenv("CASEBOOK_TODAY", "2025-11-15");
    const auto exported = test::runCliCommand(
        {"--db", dir.file("c.sqlite"), "export", "packet", std::to_string(caseId), "--out", dir.file("p.zip")});
    qunsetenv("CASEBOOK_TODAY");
    INFO(exported.err);
    CHECK(exported.code == 0);
    CHECK_THAT(exported.out, Catch::Contains("2025-01-15 to 2025-11-15"));
    CHECK(test::readZip(dir.file("p.zip")).contains("packet.pdf"));
    // Without --prepared-by nobody is named: never the operating-system account.
    const auto unnamed = nlohmann::json::parse(test::readZip(dir.file("p.zip")).at("packet.json").toStdString());
    CHECK(unnamed.at("prepared").at("by") == "");

    // --prepared-by names the person, as written, in packet.json and on the PDF's cover.
    const auto named = test::runCliCommand({"--db", dir.file("c.sqlite"), "export", "packet", std::to_string(caseId),
                                            "--to", "2025-11-15", "--prepared-by", "Maria Lopez, Director of Accountability",
                                            "--out", dir.file("named.zip")});
    INFO(named.err);
    REQUIRE(named.code == 0);
    const auto zip = test::readZip(dir.file("named.zip"));
    CHECK(nlohmann::json::parse(zip.at("packet.json").toStdString()).at("prepared").at("by") ==
          "Maria Lopez, Director of Accountability");
    {
        QFile pdf(QString::fromStdString(dir.file("named.pdf")));
        REQUIRE(pdf.open(QIODevice::WriteOnly));
        pdf.write(zip.at("packet.pdf"));
    }
    CHECK_THAT(test::runTool(QStringLiteral("pdftotext"), {QString::fromStdString(dir.file("named.pdf")), QStringLiteral("-")}),
               Catch::Contains("Maria Lopez, Director of Accountability"));

    const auto unknown =
        test::runCliCommand({"--db", dir.file("c.sqlite"), "export", "packet", "999", "--out", dir.file("q.zip")});
    CHECK(unknown.code == 2);
    CHECK_THAT(unknown.err, Catch::Contains("case 999 does not exist"));
    CHECK(test::runCliCommand({"--db", dir.file("c.sqlite"), "export", "packet", "x", "--out", dir.file("q.zip")}).code ==
          2);
    CHECK_FALSE(QFile::exists(QString::fromStdString(dir.file("q.zip"))));
}
