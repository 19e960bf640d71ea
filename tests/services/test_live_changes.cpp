// Live changes and lost connections (issue #20), on the throwaway test cluster and on a file. Each
// person is their own login role on the server (as docs/server.md sets a team up), so "whose change" is
// the role the server recorded, not anything the code under test chose. Waits are bounded polls of the
// watch's socket, never timing assertions.
#include "services/casebook.h"
#include "services/live_changes.h"
#include "services/server_admin.h"

#include "support/raw_sqlite.h"
#include "support/server_team.h"
#include "support/sample_data.h"
#include "support/temp_dir.h"
#include "support/test_engine.h"

#include <catch2/catch.hpp>

#include <poll.h>
#include <unistd.h>

#include <algorithm>

using namespace casebook;
using services::Casebook;
using services::LiveChanges;

namespace {

std::unique_ptr<Casebook> openAs(const std::string &location, services::OpenMode mode = services::OpenMode::OpenExisting)
{
    auto c = Casebook::open(location, mode);
    INFO(location << ": " << (c ? "" : c.error().text()));
    REQUIRE(c.ok());
    return std::move(*c);
}

// Waits (at most 20 s) until the server wakes the watch; true when it did.
bool wokenWithin(const LiveChanges &watch)
{
    pollfd fd{watch.socket(), POLLIN, 0};
    return ::poll(&fd, 1, 20000) == 1 && (fd.revents & POLLIN);
}

// Asks the watch until `want` is among the changes it reports (at most 20 tries, each after a wake-up
// on a server); the changes seen on the way.
std::vector<services::AuditEntry> changesUntil(LiveChanges &watch, const std::function<bool(const services::AuditEntry &)> &want)
{
    std::vector<services::AuditEntry> seen;
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (watch.socket() >= 0)
            (void)wokenWithin(watch);
        auto got = watch.changes();
        REQUIRE(got.ok());
        seen.insert(seen.end(), got->begin(), got->end());
        if (std::any_of(got->begin(), got->end(), want))
            break;
    }
    return seen;
}

Communication call(Id caseId, const std::string &summary)
{
    Communication c;
    c.caseId = caseId;
    c.occurredOn = test::date("2026-02-03");
    c.mode = CommunicationMode::Phone;
    c.summary = summary;
    return c;
}

} // namespace

TEST_CASE("Live: what another person commits wakes an open window's watch, named as theirs; another district's stays unseen")
{
    test::ServerTeam team;
    auto alice = openAs(team.as(team.alice));
    auto watch = LiveChanges::watch(*alice);
    REQUIRE(watch.ok());
    REQUIRE((*watch)->socket() >= 0);
    auto none = (*watch)->changes();
    REQUIRE(none.ok());
    CHECK(none->empty());

    auto bob = openAs(team.as(team.bob));
    auto logged = bob->add<Communication>(call(1, "Bob called the county liaison"));
    REQUIRE(logged.ok());
    const auto isBobsCall = [&](const services::AuditEntry &e) {
        return e.table == "communications" && e.recordId == logged->record.id && e.action == "create";
    };
    CHECK(wokenWithin(**watch));
    auto seen = changesUntil(**watch, isBobsCall);
    auto found = std::find_if(seen.begin(), seen.end(), isBobsCall);
    REQUIRE(found != seen.end());
    CHECK(found->osUser == team.bob);
    CHECK(found->caseId == std::optional<Id>(1));
    CHECK_FALSE((*watch)->isOwn(*found));

    // Carol's change in her own district wakes the watch (a notification carries nothing) but reads as
    // nothing: row-level security hides her district's trail from Alice.
    auto carol = openAs(team.as(team.carol));
    REQUIRE(carol->add<Communication>(call(team.otherCase, "Carol's call")).ok());
    REQUIRE(wokenWithin(**watch));
    auto hidden = (*watch)->changes();
    REQUIRE(hidden.ok());
    CHECK(std::none_of(hidden->begin(), hidden->end(), [&](const services::AuditEntry &e) { return e.osUser == team.carol; }));

    // Alice's own change is hers.
    auto mine = alice->add<Communication>(call(1, "Alice's follow-up"));
    REQUIRE(mine.ok());
    const auto isAlices = [&](const services::AuditEntry &e) { return e.table == "communications" && e.recordId == mine->record.id; };
    auto own = changesUntil(**watch, isAlices);
    auto entry = std::find_if(own.begin(), own.end(), isAlices);
    REQUIRE(entry != own.end());
    CHECK(entry->osUser == team.alice);
    CHECK((*watch)->isOwn(*entry));
}

TEST_CASE("Live: on a file, the watch asked on a timer sees what another connection wrote, and whose it was")
{
    test::TempDir dir;
    const std::string file = dir.file("shared.sqlite");
    auto alice = openAs(file, services::OpenMode::CreateNew);
    alice->setUserName("alice");
    REQUIRE(alice->fillWithDemo(test::date("2026-03-01")).ok());
    auto watch = LiveChanges::watch(*alice);
    REQUIRE(watch.ok());
    CHECK((*watch)->socket() == -1);
    auto bob = openAs(file);
    bob->setUserName("bob");
    auto logged = bob->add<Communication>(call(1, "Bob called"));
    REQUIRE(logged.ok());
    auto seen = (*watch)->changes();
    REQUIRE(seen.ok());
    REQUIRE(seen->size() == 1);
    CHECK(seen->front().osUser == "bob");
    CHECK(seen->front().recordId == logged->record.id);
    CHECK_FALSE((*watch)->isOwn(seen->front()));
    auto again = (*watch)->changes();
    REQUIRE(again.ok());
    CHECK(again->empty()); // each change once
}

TEST_CASE("A connection the server cut is made again by itself at the next step, and every write is noted once")
{
    test::ServerTeam team;
    auto alice = openAs(team.as(team.alice));
    auto watch = LiveChanges::watch(*alice);
    REQUIRE(watch.ok());
    const auto callsBefore = test::rawCount(team.server, "communications");
    // The server ends every connection of Alice's (an administrator's pg_terminate_backend, as a restart
    // or a network drop would).
    test::rawExec(team.server, "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity WHERE usename = '" +
                                   team.alice + "'");

    // Her next save connects again and goes through, once.
    auto logged = alice->add<Communication>(call(1, "After the cut"));
    INFO((logged ? "" : logged.error().text()));
    REQUIRE(logged.ok());
    CHECK(test::rawCount(team.server, "communications") == callsBefore + 1);
    // The watch connects again too and goes on from where it was.
    const auto isIt = [&](const services::AuditEntry &e) { return e.table == "communications" && e.recordId == logged->record.id; };
    auto seen = changesUntil(**watch, isIt);
    CHECK(std::any_of(seen.begin(), seen.end(), isIt));
    CHECK((*watch)->reconnections() == 1);
    // Each write transaction left its token, by which a COMMIT whose answer was lost is checked.
    CHECK(test::rawCount(team.server, "casebook_operations") >= 1);
}
