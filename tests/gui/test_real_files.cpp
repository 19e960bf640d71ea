// The findings and reconcile pages on Dashboard files in CDE's published layouts
// (tests/fixtures/dashboard/layouts): every student-group code a real file carries (SBA and CAA in the
// 2024 ELA and math files) has its row and tooltip, a case opened from the findings records the
// qualifying groups with it in one undo step, and switching casebooks with the findings open is safe.
// Run under AddressSanitizer by the asan suite, where reading past the grid's headers is caught.
#include "gui_driver.h"

#include "case_page.h"
#include "findings_page.h"
#include "main_window.h"
#include "reconcile_page.h"
#include "session.h"

#include "io/dashboard_import.h"
#include "io/demo.h"
#include "storage/case_store.h"
#include "storage/dashboard_store.h"
#include "storage/official_store.h"

#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

#include <filesystem>

using namespace casebook;
using namespace casebook::app;
using casebook::test::onNextModal;

namespace {

const std::filesystem::path kLayouts = std::filesystem::path(CASEBOOK_FIXTURE_DIR) / "dashboard" / "layouts";

struct Fixture {
    test::TempDir dir;
    MainWindow window;
    Fixture()
    {
        qputenv("CASEBOOK_TODAY", "2025-01-15");
        window.resize(1200, 760);
        window.show();
        const QString path = QString::fromStdString(dir.file("real.sqlite"));
        REQUIRE(window.openCasebook(path, true));
        auto d = session().save<District>(std::nullopt, District{.cds = "0161119", .name = "Sample Unified",
                                                                 .county = "Alameda"}, "add");
        REQUIRE(d.ok());
        for (const auto *name : {"eladownload2024.txt", "mathdownload2024.txt", "chronicdownload2024.txt"}) {
            auto report = io::importDashboardFile(session().casebook().database(), (kLayouts / "2024" / name).string());
            REQUIRE(report.ok());
        }
        session().notifyChanged();
    }
    CasebookSession &session() { return *window.session(); }
    FindingsPage *findings() { return window.findChild<FindingsPage *>(); }
    QTableWidget *grid() { return findings()->findChild<QTableWidget *>(QStringLiteral("grid")); }
};

} // namespace

TEST_CASE("Real-layout files: every group code has a row, and every cell's tooltip names its own row and column")
{
    Fixture f;
    f.window.showFindings();
    auto *grid = f.grid();
    QStringList rows;
    for (int r = 0; r < grid->rowCount(); ++r)
        rows << grid->verticalHeaderItem(r)->text();
    // The 2024 files carry ALL, SWD, LTEL, FOS and the populations SBA and CAA (ela24.asp).
    CHECK(rows.contains(QStringLiteral("Took the Smarter Balanced Summative Assessment")));
    CHECK(rows.contains(QStringLiteral("Took the California Alternate Assessment")));
    CHECK(rows.contains(QStringLiteral("Long-Term English Learners")));
    CHECK(grid->rowCount() == 6);
    int cells = 0;
    for (int r = 0; r < grid->rowCount(); ++r)
        for (int c = 0; c < grid->columnCount(); ++c)
            if (auto *item = grid->item(r, c)) {
                ++cells;
                CHECK(item->toolTip().startsWith(rows[r] + QStringLiteral(", ")));
                CHECK(item->toolTip().contains(grid->horizontalHeaderItem(c)->text().simplified()));
            }
    CHECK(cells == 16); // ELA 6 rows, math 6, chronic 4
    const QString text = f.findings()->findChild<QTextBrowser *>(QStringLiteral("determination"))->toPlainText();
    CHECK(text.contains(QStringLiteral("Qualifying student groups")));
    CHECK(text.contains(QStringLiteral("Long-Term English Learners: Priority 4 (ELA Red, Math Red) and Priority 5 "
                                       "(Chronic Absenteeism Red) — CDE letter B")));
    CHECK(text.contains(QStringLiteral("meeting the criteria in one priority only")));
}

TEST_CASE("A case opened from real-layout findings has exactly its qualifying groups, in one undo step")
{
    Fixture f;
    f.window.showFindings();
    onNextModal([](QDialog *box) { box->accept(); }); // the from-findings form as proposed
    const Id created = f.findings()->createRequiredCase();
    REQUIRE(created != 0);
    auto groups = storage::listWhere<QualifyingGroup>(f.session().casebook().database(), "case_id", created);
    REQUIRE(groups.ok());
    // LTEL: ELA and math for Priority 4, chronic absenteeism for Priority 5 — and no one else.
    REQUIRE(groups->size() == 3);
    for (const auto &g : *groups)
        CHECK(g.studentGroup == "LTEL");
    f.session().undoStack()->undo();
    CHECK_FALSE(storage::get<Case>(f.session().casebook().database(), created).ok());
    CHECK(storage::listWhere<QualifyingGroup>(f.session().casebook().database(), "case_id", created)->empty());
    f.session().undoStack()->redo();
    CHECK(storage::listWhere<QualifyingGroup>(f.session().casebook().database(), "case_id", created)->size() == 3);
}

TEST_CASE("Switching casebooks with the findings of real-layout files open")
{
    Fixture f;
    f.window.showFindings();
    const QString demo = QString::fromStdString(f.dir.file("demo.sqlite"));
    {
        auto db = storage::Database::open(demo.toStdString(), storage::Database::OpenMode::CreateNew);
        REQUIRE(db.ok());
        REQUIRE(io::createDemoCasebook(**db, *Date::parse("2025-01-15")).ok());
    }
    REQUIRE(f.window.openCasebook(demo));
    f.window.showFindings();
    auto *grid = f.grid();
    REQUIRE(grid->rowCount() > 0);
    for (int r = 0; r < grid->rowCount(); ++r)
        for (int c = 0; c < grid->columnCount(); ++c)
            if (auto *item = grid->item(r, c))
                CHECK_FALSE(item->toolTip().isEmpty());
    // And back to the first, whose grid has the SBA and CAA rows again.
    REQUIRE(f.window.openCasebook(QString::fromStdString(f.dir.file("real.sqlite"))));
    f.window.showFindings();
    CHECK(f.grid()->rowCount() == 6);
}

TEST_CASE("The reconcile page puts CDE's letters beside Casebook's, and says where they agree")
{
    Fixture f;
    f.window.showReconcile();
    auto *page = f.window.findChild<ReconcilePage *>();
    CHECK(page->showsEmptyState());
    OfficialDetermination cde;
    cde.districtCds = "0161119";
    cde.year = 2024;
    cde.leaName = "Sample Unified";
    cde.status = "Differentiated Assistance";
    cde.differentiatedAssistance = true;
    cde.groups = {{"LTEL", 'B'}, {"SWD", 'C'}};
    REQUIRE(storage::storeOfficialDeterminations(f.session().casebook().database(), 2024, "assistancestatus24.xlsx",
                                                 std::string(64, 'a'), {cde})
                .ok());
    f.session().notifyChanged();
    f.window.showReconcile();
    REQUIRE_FALSE(page->showsEmptyState());
    auto *tree = page->findChild<QTreeWidget *>(QStringLiteral("districts"));
    REQUIRE(tree->topLevelItemCount() == 1);
    auto *district = tree->topLevelItem(0);
    CHECK(district->text(0).contains(QStringLiteral("0161119")));
    CHECK(district->text(3) == QStringLiteral("1 difference"));
    QStringList lines;
    for (int i = 0; i < district->childCount(); ++i) {
        auto *child = district->child(i);
        lines << child->text(0) + QLatin1Char('|') + child->text(1) + QLatin1Char('|') + child->text(2) +
                     QLatin1Char('|') + child->text(3);
        for (int k = 0; k < child->childCount(); ++k)
            lines << child->child(k)->text(0);
    }
    // LTEL: B on both sides. SWD: CDE C (5, 6); Casebook finds only Priority 5 for SWD, so no letter.
    CHECK(lines.contains(QStringLiteral("Long-Term English Learners (LTEL)|B (priorities 4, 5)|B (priorities 4, 5)|agrees")));
    CHECK(lines.contains(QStringLiteral("Students with Disabilities (SWD)|C (priorities 5, 6)|no letter|differs")));
    CHECK(lines.contains(QStringLiteral("Only CDE lists priority 5, 6 (no criterion met in the imported Dashboard files).")));
}

TEST_CASE("CDE's exit decision shows on the school's plan, and one step records the exit with the file as evidence")
{
    test::TempDir dir;
    MainWindow window;
    qputenv("CASEBOOK_TODAY", "2025-01-15");
    const QString path = QString::fromStdString(dir.file("demo.sqlite"));
    {
        auto db = storage::Database::open(path.toStdString(), storage::Database::OpenMode::CreateNew);
        REQUIRE(db.ok());
        REQUIRE(io::createDemoCasebook(**db, *Date::parse("2025-01-15")).ok());
    }
    REQUIRE(window.openCasebook(path));
    auto &s = *window.session();
    auto cases = storage::listCaseSummaries(s.casebook().database());
    const auto plan = std::find_if(cases->begin(), cases->end(), [](const auto &c) { return c.kind == CaseKind::SchoolPlan; });
    REQUIRE(plan != cases->end());
    auto c = storage::get<Case>(s.casebook().database(), plan->id);
    REQUIRE(c.ok());
    // Refused before monitoring (the workflow's guard), and nothing of it is kept.
    c->status = CaseStatus::PlanApproved;
    REQUIRE(storage::update<Case>(s.casebook().database(), *c).ok());
    CHECK_FALSE(storage::exitSchoolPlan(s.casebook().database(), c->id, *Date::parse("2025-01-15"), "early").ok());
    CHECK_FALSE(storage::get<Case>(s.casebook().database(), c->id)->exitedOn);
    c->status = CaseStatus::Monitoring; // a plan being monitored when CDE's file arrives
    REQUIRE(storage::update<Case>(s.casebook().database(), *c).ok());
    storage::EssaStatus exit{plan->schoolCds, 2024, "CSI Low Perform", "", "", "CSIEXIT"};
    REQUIRE(storage::storeEssaStatus(s.casebook().database(), exit, "essaassistance24.xlsx", std::string(64, 'e')).ok());
    window.showCase(plan->id);
    auto *overview = window.casePage()->findChild<QTextBrowser *>(QStringLiteral("overview"));
    REQUIRE(overview);
    CHECK(overview->toPlainText().contains(QStringLiteral("CSIEXIT: the school exits (2024–25 ESSA assistance file "
                                                          "essaassistance24.xlsx)")));
    onNextModal([](QDialog *box) { qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
    window.casePage()->recordCdeExit();
    auto after = storage::get<Case>(s.casebook().database(), plan->id);
    CHECK(after->status == CaseStatus::Exited);
    CHECK(after->exitedOn == *Date::parse("2025-01-15"));
    CHECK_THAT(after->exitReason, Catch::Contains("essaassistance24.xlsx") && Catch::Contains(std::string(64, 'e')) &&
                                      Catch::Contains("CSIEXIT"));
    s.undoStack()->undo(); // one step back: monitoring, no exit date
    after = storage::get<Case>(s.casebook().database(), plan->id);
    CHECK(after->status == CaseStatus::Monitoring);
    CHECK_FALSE(after->exitedOn);
}
