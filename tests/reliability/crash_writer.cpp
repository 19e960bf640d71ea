// The writer process of the crash test (and of the concurrency tests): real Casebook storage code
// doing real user actions. Modes:
//   crash_writer crash DB SEED      random actions until killed; after each COMMIT returns it writes
//                                   one report line to stdout (see crash_protocol.h)
//   crash_writer hold DB            takes the write lock, says "locked", keeps it until stdin closes
//   crash_writer import DB FILE     one Dashboard import; says "inside ROWS" midway and waits for a
//                                   line on stdin; then "imported ROWS"
//   crash_writer insert DB          one district insert; prints the error and exits 3 on failure
#include "crash_protocol.h"

#include "io/dashboard_import.h"
#include "storage/case_store.h"
#include "support/sample_data.h"

#include "domain/workflow.h"

#include <cstdio>
#include <filesystem>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <string>

#include <unistd.h>

using namespace casebook;
using namespace casebook::storage;

namespace {

// write(2) straight to the pipe: the parent sees the line even if we die right after it.
void report(const std::string &line)
{
    const std::string text = line + "\n";
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, text.data() + done, text.size() - done);
        if (n <= 0)
            std::_Exit(4);
        done += std::size_t(n);
    }
}

[[noreturn]] void die(const std::string &what, const Error &e)
{
    std::cerr << "crash_writer: " << what << ": " << e.text() << "\n";
    std::_Exit(3);
}

// The newest audit row of a record: the one the transaction just committed wrote.
Id lastAuditId(Database &db, const std::string &table, Id recordId)
{
    auto v = db.connection().scalar("SELECT max(id) FROM audit_log WHERE table_name = ? AND record_id = ?",
                                    {table, recordId});
    if (!v)
        die("reading the audit log", v.error());
    const auto *id = std::get_if<std::int64_t>(&*v);
    return id ? *id : 0;
}

class Writer {
public:
    Writer(Database &db, std::uint64_t seed, std::string scratch) : m_db(db), m_rng(seed), m_scratch(std::move(scratch)) {}

    void run()
    {
        ensureDistrict();
        for (;;) {
            switch (pick(0, 9)) {
            case 0: case 1: createOneCase(); break;
            case 2: case 3: case 4: addCommunication(); break;
            case 5: updateCommunication(); break;
            case 6: attach(); break;
            case 7: transition(); break;
            case 8: completeActivity(); break;
            default: importDashboard(); break;
            }
        }
    }

private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }

    void ensureDistrict()
    {
        auto districts = listAll<District>(m_db);
        if (!districts)
            die("listing districts", districts.error());
        if (!districts->empty()) {
            m_districtId = districts->front().id;
            return;
        }
        auto d = insert<District>(m_db, District{.cds = "0161119", .name = "Sample Unified", .county = "Alameda"});
        if (!d)
            die("inserting the district", d.error());
        m_districtId = d->id;
        report(protocol::line("district", d->id, lastAuditId(m_db, "districts", d->id)));
    }

    std::optional<Id> anyCase()
    {
        auto v = m_db.connection().scalar("SELECT id FROM cases ORDER BY random() LIMIT 1");
        if (!v)
            die("choosing a case", v.error());
        if (const auto *id = std::get_if<std::int64_t>(&*v))
            return *id;
        return std::nullopt;
    }

    void createOneCase()
    {
        Case c = pick(0, 1) ? test::requiredCase(m_districtId) : test::boardRequestCase(m_districtId);
        c.title += " #" + std::to_string(pick(1, 1000000));
        auto stored = createCase(m_db, c);
        if (!stored)
            die("creating a case", stored.error());
        report(protocol::line("case", stored->id, lastAuditId(m_db, "cases", stored->id)));
    }

    void addCommunication()
    {
        auto caseId = anyCase();
        if (!caseId)
            return createOneCase();
        Communication c{.caseId = *caseId, .occurredOn = *Date::parse("2025-03-01"), .mode = CommunicationMode::Email,
                        .participants = "County office",
                        .summary = "rev 0 " + std::string(std::size_t(pick(0, 2000)), 'x')};
        auto stored = insert<Communication>(m_db, c);
        if (!stored)
            die("adding a communication", stored.error());
        report(protocol::line("communication", stored->id, lastAuditId(m_db, "communications", stored->id)));
    }

    void updateCommunication()
    {
        auto v = m_db.connection().scalar("SELECT id FROM communications ORDER BY random() LIMIT 1");
        if (!v)
            die("choosing a communication", v.error());
        const auto *id = std::get_if<std::int64_t>(&*v);
        if (!id)
            return addCommunication();
        auto c = get<Communication>(m_db, *id);
        if (!c)
            die("reading a communication", c.error());
        // A revision that only grows, across writer processes too (audit ids never go back), so
        // the parent can tell "this update or a later one".
        auto newest = m_db.connection().scalar("SELECT max(id) + 1 FROM audit_log");
        if (!newest)
            die("reading the audit log", newest.error());
        const std::int64_t rev = std::get<std::int64_t>(*newest);
        c->summary = "rev " + std::to_string(rev);
        auto stored = update<Communication>(m_db, *c);
        if (!stored)
            die("updating a communication", stored.error());
        report(protocol::line("update", *id, lastAuditId(m_db, "communications", *id), std::to_string(rev)));
    }

    void attach()
    {
        auto caseId = anyCase();
        if (!caseId)
            return createOneCase();
        std::vector<unsigned char> bytes(std::size_t(pick(0, 48 * 1024)));
        for (auto &b : bytes)
            b = static_cast<unsigned char>(m_rng());
        auto stored = addAttachment(m_db, *caseId, AttachmentOwner::Case, 0, "minutes.pdf", "application/pdf", bytes);
        if (!stored)
            die("adding an attachment", stored.error());
        report(protocol::line("attachment", stored->id, lastAuditId(m_db, "attachments", stored->id), stored->sha256));
    }

    void transition()
    {
        auto caseId = anyCase();
        if (!caseId)
            return createOneCase();
        auto c = get<Case>(m_db, *caseId);
        if (!c)
            die("reading a case", c.error());
        const auto next = nextStates(*c);
        if (next.empty())
            return;
        const CaseStatus to = next[std::size_t(pick(0, int(next.size()) - 1))];
        auto moved = transitionCase(m_db, *caseId, to, *Date::parse("2025-09-01"));
        if (!moved) {
            if (moved.error().kind == ErrorKind::Conflict)
                return; // a workflow rule said no: not a commit
            die("moving a case", moved.error());
        }
        report(protocol::line("transition", *caseId, lastAuditId(m_db, "cases", *caseId), std::string(enumCode(to))));
    }

    void completeActivity()
    {
        auto caseId = anyCase();
        if (!caseId)
            return createOneCase();
        auto activities = listWhere<Activity>(m_db, "case_id", *caseId);
        if (!activities)
            die("listing activities", activities.error());
        if (activities->empty())
            return;
        Activity a = (*activities)[std::size_t(pick(0, int(activities->size()) - 1))];
        if (a.status == ActivityStatus::Complete)
            return;
        a.status = ActivityStatus::Complete;
        a.evidence = "minutes of the meeting";
        auto stored = update<Activity>(m_db, a);
        if (!stored) {
            if (stored.error().kind != ErrorKind::Database)
                return; // validation refused it: not a commit
            die("completing an activity", stored.error());
        }
        report(protocol::line("activity", a.id, lastAuditId(m_db, "activities", a.id)));
    }

    // A small ELA file with random results: each file differs, so each import replaces the last.
    void importDashboard()
    {
        const std::string path = m_scratch + "/eladownload2024.txt";
        {
            std::ofstream out(path, std::ios::binary | std::ios::trunc);
            out << "cds\trtype\tschoolname\tdistrictname\tcountyname\tcharter_flag\tcoe_flag\tdass_flag\t"
                   "studentgroup\tcurrdenom\tcurrstatus\tpriordenom\tpriorstatus\tchange\tstatuslevel\t"
                   "changelevel\tcolor\tbox\treportingyear\n";
            static const char *groups[] = {"ALL", "SWD", "EL", "SED", "HI", "WH", "AA", "AS"};
            const int schools = pick(1, 20);
            for (int s = 0; s <= schools; ++s) {
                const std::string school = std::to_string(s == 0 ? 0 : 1300000 + s);
                const std::string cds = "0161119" + std::string(7 - school.size(), '0') + school;
                for (const char *g : groups)
                    out << cds << '\t' << (s == 0 ? "D" : "S") << "\tSchool " << s << "\tSample Unified\tAlameda\t\t\t\t"
                        << g << '\t' << pick(30, 900) << '\t' << pick(-120, 40) << ".5\t" << pick(30, 900) << "\t-10.0\t"
                        << "1.5\t" << pick(1, 5) << '\t' << pick(1, 5) << '\t' << pick(0, 5) << '\t' << pick(1, 25)
                        << "\t2024\n";
            }
        }
        auto r = io::importDashboardFile(m_db, path);
        if (!r)
            die("importing a Dashboard file", r.error());
        if (r->outcome != io::ImportOutcome::Unchanged)
            report(protocol::line("dashboard", r->importId, lastAuditId(m_db, "dashboard_imports", r->importId),
                                  std::to_string(r->rows)));
    }

    Database &m_db;
    std::mt19937_64 m_rng;
    std::string m_scratch;
    Id m_districtId = 0;
};

} // namespace

int main(int argc, char **argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    if (argc < 3 || (mode == "crash" && argc != 4) || (mode == "import" && argc != 4)) {
        std::cerr << "usage: crash_writer crash DB SEED | hold DB | import DB FILE | insert DB\n";
        return 1;
    }
    auto db = Database::open(argv[2], Database::OpenMode::CreateIfMissing);
    if (!db) {
        std::cerr << db.error().text() << "\n";
        return 3;
    }
    if (mode == "crash") {
        const std::string scratch = std::string(argv[2]) + ".scratch";
        std::filesystem::create_directories(scratch);
        Writer(**db, std::strtoull(argv[3], nullptr, 10), scratch).run();
    } else if (mode == "hold") {
        auto tx = WriteTransaction::begin(**db);
        if (!tx)
            die("taking the write lock", tx.error());
        report("locked");
        std::string ignored;
        while (std::getline(std::cin, ignored)) {
        }
        if (auto s = tx->commit(); !s)
            die("committing", s.error());
    } else if (mode == "import") {
        // Once the import is under way (inside its transaction, rows written), say "inside ROWS"
        // and wait for a line on stdin, so the parent can act while the import is half done.
        io::DashboardImportOptions options;
        bool told = false;
        options.progress = [&](const io::ImportProgress &p) {
            if (!told && p.rows > 0) {
                told = true;
                report("inside " + std::to_string(p.rows));
                std::string go;
                std::getline(std::cin, go);
            }
            return true;
        };
        auto r = io::importDashboardFile(**db, argv[3], options);
        if (!r)
            die("importing", r.error());
        report("imported " + std::to_string(r->rows));
    } else if (mode == "insert") {
        auto d = insert<District>(**db, District{.cds = "0161200", .name = "Other Unified"});
        if (!d) {
            std::cerr << d.error().text() << "\n";
            return 3;
        }
    } else {
        std::cerr << "crash_writer: unknown mode " << mode << "\n";
        return 1;
    }
    return 0;
}
