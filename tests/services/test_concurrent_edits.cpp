// Many people at once (issue #20): two connections to one casebook stand for two people. An edit
// remembers what it read; a save over a record somebody changed or deleted since is refused, says who
// and when, and writes nothing. The expected outcomes come from the text and docs/server.md
// ("How a team works with it"), not from the code: the person named is the one the test made save.
#include "service_test_support.h"

#include "services/record_defaults.h"

#include <atomic>
#include <thread>

using namespace casebook;
using namespace casebook::test;
using services::Casebook;

namespace {

// A second person's connection to the same casebook.
std::unique_ptr<Casebook> secondPerson(Casebook &first, const std::string &user)
{
    auto other = Casebook::open(first.location(), services::OpenMode::OpenExisting);
    REQUIRE(other.ok());
    (*other)->setUserName(user);
    (*other)->setBusyTimeout(30000);
    return std::move(*other);
}

// Who a connection writes into the audit trail: the account set for a file, the login role on a server.
std::string writer(Casebook &c, const std::string &account)
{
    if (!testingOnServer())
        return account;
    const std::string info = c.location(), key = "user=";
    const auto at = info.find(key);
    REQUIRE(at != std::string::npos);
    return info.substr(at + key.size(), info.find(' ', at) - at - key.size());
}

Activity firstActivity(Casebook &c, Id caseId)
{
    auto activities = c.recordsOf<Activity>(caseId);
    REQUIRE(activities.ok());
    REQUIRE_FALSE(activities->empty());
    return activities->front();
}

} // namespace

TEST_CASE("services: a save over a record somebody changed since it was read is refused, says who and what, writes nothing")
{
    WithCase w;
    w.c->setUserName("alice");
    auto bob = secondPerson(*w.c, "bob");

    const Activity aliceRead = firstActivity(*w.c, w.caseId);
    auto versionRead = w.c->rowVersion<Activity>(aliceRead.id);
    REQUIRE(versionRead.ok());
    CHECK(versionRead->version > 0); // the activity's "create" row

    const Activity bobRead = firstActivity(*bob, w.caseId);
    Activity bobs = bobRead;
    bobs.notes = "Bob called the county liaison";
    REQUIRE(bob->saveOver<Activity>(bobs, bobRead).ok());
    auto versionNow = w.c->rowVersion<Activity>(aliceRead.id);
    REQUIRE(versionNow.ok());
    CHECK(versionNow->version > versionRead->version);
    CHECK(versionNow->by == writer(*bob, "bob"));
    CHECK(versionNow->action == "update");

    Activity alices = aliceRead;
    alices.owner = "Alice";
    const std::string before = snapshot(*w.c);
    const auto rows = auditRows(*w.c);
    for (const bool byVersion : {false, true}) {
        auto refused = byVersion ? w.c->saveAtVersion<Activity>(alices, versionRead->version)
                                 : w.c->saveOver<Activity>(alices, aliceRead);
        REQUIRE_FALSE(refused.ok());
        CHECK(services::isEditConflict(refused.error()));
        CHECK(refused.error().kind == ErrorKind::Conflict);
        CHECK_THAT(refused.error().message, Catch::Contains("changed by " + writer(*bob, "bob") + " at " + versionNow->atUtc));
        CHECK_THAT(refused.error().message, Catch::Contains("notes: (empty) → Bob called the county liaison"));
        CHECK_THAT(refused.error().message, Catch::Contains("nothing was saved"));
        CHECK(snapshot(*w.c) == before);
        CHECK(auditRows(*w.c) == rows);
    }

    // Read again: the save goes through, keeping Bob's notes beside Alice's owner.
    Activity again = firstActivity(*w.c, w.caseId);
    again.owner = "Alice";
    auto saved = w.c->saveAtVersion<Activity>(again, versionNow->version);
    REQUIRE(saved.ok());
    auto stored = w.c->get<Activity>(aliceRead.id);
    REQUIRE(stored.ok());
    CHECK(stored->notes == "Bob called the county liaison");
    CHECK(stored->owner == "Alice");

    // Applying one's own values again writes over theirs, as the person chose.
    Activity mine = aliceRead;
    mine.notes = "Alice's notes win";
    REQUIRE(w.c->save<Activity>(mine).ok());
    stored = w.c->get<Activity>(aliceRead.id);
    REQUIRE(stored.ok());
    CHECK(stored->notes == "Alice's notes win");
}

TEST_CASE("services: an unchanged record saves, and a save that changes nothing leaves the version as it was")
{
    WithCase w;
    const Activity read = firstActivity(*w.c, w.caseId);
    auto v1 = w.c->rowVersion<Activity>(read.id);
    REQUIRE(v1.ok());
    REQUIRE(w.c->saveOver<Activity>(read, read).ok()); // nothing changed: no audit row
    auto v2 = w.c->rowVersion<Activity>(read.id);
    REQUIRE(v2.ok());
    CHECK(v2->version == v1->version);
    Activity changed = read;
    changed.evidence = "Minutes of 2025-03-04";
    REQUIRE(w.c->saveAtVersion<Activity>(changed, v1->version).ok());
    auto v3 = w.c->rowVersion<Activity>(read.id);
    REQUIRE(v3.ok());
    CHECK(v3->version > v1->version);
}

TEST_CASE("services: editing a case somebody deleted meanwhile is refused, naming who deleted it")
{
    WithCase w;
    w.c->setUserName("alice");
    auto bob = secondPerson(*w.c, "bob");
    auto read = w.c->get<Case>(w.caseId);
    REQUIRE(read.ok());
    const Activity activity = firstActivity(*w.c, w.caseId);
    REQUIRE(bob->remove<Case>(w.caseId).ok());
    auto deleted = w.c->rowVersion<Case>(w.caseId);
    REQUIRE(deleted.ok());
    CHECK(deleted->action == "delete");

    Case mine = *read;
    mine.title = "Renamed after the delete";
    auto refused = w.c->saveOver<Case>(mine, *read);
    REQUIRE_FALSE(refused.ok());
    CHECK(services::isEditConflict(refused.error()));
    CHECK(refused.error().message == "case " + std::to_string(w.caseId) + " was deleted by " + writer(*bob, "bob") +
                                         " at " + deleted->atUtc + "; nothing was saved");
    // Its activities went with it: an activity's edit says the same of the activity.
    auto gone = w.c->saveOver<Activity>(activity, activity);
    REQUIRE_FALSE(gone.ok());
    CHECK_THAT(gone.error().message, Catch::StartsWith("activity " + std::to_string(activity.id) + " was deleted by "));
    // A record that never was is simply not found.
    CHECK(w.c->whyGone<Case>(w.caseId + 1000).kind == ErrorKind::NotFound);
}

TEST_CASE("services: moving a case is judged on the activities as stored, not as the mover last saw them")
{
    TempDir dir;
    auto alice = newCasebook(dir);
    const auto sample = insertSampleDistrict(alice->database());
    auto made = alice->createCase(requiredCase(sample.district.id), {});
    REQUIRE(made.ok());
    const Id caseId = made->record.id;
    REQUIRE(alice->transition(caseId, CaseStatus::Active, date("2025-02-01")).ok());
    auto activities = alice->recordsOf<Activity>(caseId);
    REQUIRE(activities.ok());
    for (Activity a : *activities) { // docs/workflows.md: activities_complete needs activities 1-5 done
        a.status = ActivityStatus::Complete;
        a.completedOn = date("2025-03-01");
        REQUIRE(alice->save<Activity>(a).ok());
    }
    // Alice sees five completed activities; Bob reopens one before she moves the case.
    auto bob = secondPerson(*alice, "bob");
    Activity reopened = firstActivity(*bob, caseId);
    reopened.status = ActivityStatus::InProgress;
    reopened.completedOn.reset();
    REQUIRE(bob->saveOver<Activity>(reopened, firstActivity(*bob, caseId)).ok());

    auto refused = alice->transition(caseId, CaseStatus::ActivitiesComplete, date("2025-03-02"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
    auto stored = alice->get<Case>(caseId);
    REQUIRE(stored.ok());
    CHECK(stored->status == CaseStatus::Active);
}

TEST_CASE("services: no update is lost when eight people edit one activity at once")
{
    WithCase w;
    const Id activityId = firstActivity(*w.c, w.caseId).id;
    constexpr int kPeople = 8, kEdits = 6;
    std::vector<std::unique_ptr<Casebook>> people;
    for (int p = 0; p < kPeople; ++p)
        people.push_back(secondPerson(*w.c, "person" + std::to_string(p)));
    std::atomic<int> conflicts = 0, failures = 0;
    std::vector<std::thread> threads;
    for (int p = 0; p < kPeople; ++p)
        threads.emplace_back([&, p] {
            for (int e = 0; e < kEdits; ++e) {
                // Read, add one's own line, save; refused because somebody saved first: read again.
                for (;;) {
                    auto read = people[p]->get<Activity>(activityId);
                    if (!read) {
                        ++failures;
                        return;
                    }
                    Activity mine = *read;
                    mine.notes += "[" + std::to_string(p) + "." + std::to_string(e) + "]";
                    auto saved = people[p]->saveOver<Activity>(mine, *read);
                    if (saved)
                        break;
                    if (!services::isEditConflict(saved.error())) {
                        ++failures;
                        return;
                    }
                    ++conflicts;
                }
            }
        });
    for (auto &t : threads)
        t.join();
    REQUIRE(failures == 0);
    auto stored = w.c->get<Activity>(activityId);
    REQUIRE(stored.ok());
    // Every person's every line is there exactly once: no save wrote over another unseen.
    for (int p = 0; p < kPeople; ++p)
        for (int e = 0; e < kEdits; ++e) {
            const std::string line = "[" + std::to_string(p) + "." + std::to_string(e) + "]";
            const auto at = stored->notes.find(line);
            CHECK(at != std::string::npos);
            CHECK(stored->notes.find(line, at + 1) == std::string::npos);
        }
    CHECK(stored->notes.size() == std::size_t(kPeople * kEdits) * 5);
    // The trail has one update per line saved.
    auto trail = w.c->caseHistory(w.caseId);
    REQUIRE(trail.ok());
    CHECK(std::count_if(trail->begin(), trail->end(), [&](const services::AuditEntry &e) {
              return e.table == "activities" && e.recordId == activityId && e.action == "update";
          }) == kPeople * kEdits);
    INFO("conflicts detected and retried: " << conflicts.load());
    SUCCEED();
}

TEST_CASE("services: two people importing the same Dashboard file at once: one imports it, the other finds it current")
{
    WithCase w;
    const std::string file = (kDashboardFixtures / "eladownload2024.txt").string();
    auto bob = secondPerson(*w.c, "bob");
    auto carol = secondPerson(*w.c, "carol");
    std::vector<io::ImportOutcome> outcomes(2);
    std::atomic<int> failures = 0;
    std::vector<std::thread> importers;
    Casebook *people[] = {bob.get(), carol.get()};
    for (int i = 0; i < 2; ++i)
        importers.emplace_back([&, i] {
            auto report = people[i]->importDashboardFile(file, {});
            if (!report)
                ++failures;
            else
                outcomes[std::size_t(i)] = report->outcome;
        });
    for (auto &t : importers)
        t.join();
    REQUIRE(failures == 0);
    std::sort(outcomes.begin(), outcomes.end());
    // io/dashboard_import.h: Imported for the first file of an indicator and year, Unchanged for the very
    // file that is already current.
    CHECK(outcomes == std::vector<io::ImportOutcome>{io::ImportOutcome::Imported, io::ImportOutcome::Unchanged});
    // The results are there once: as many as one import alone stores.
    TempDir alone;
    auto single = newCasebook(alone);
    REQUIRE(single->importDashboardFile(file, {}).ok());
    auto together = w.c->dashboardResults("01611190000000", 2024);
    auto once = single->dashboardResults("01611190000000", 2024);
    REQUIRE(together.ok());
    REQUIRE(once.ok());
    CHECK_FALSE(once->empty());
    CHECK(together->size() == once->size());
}
