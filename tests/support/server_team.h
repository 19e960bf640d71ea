// A team on the throwaway test cluster, as docs/server.md sets one up: the demo district 0199999 and a
// second district (0299999, with one board request), and three login roles of their own — alice and
// bob on the demo district, carol on the other — each granted as staff. For tests of several people.
#pragma once

#include "services/casebook.h"
#include "services/server_admin.h"

#include "support/raw_sqlite.h"
#include "support/sample_data.h"
#include "support/temp_dir.h"
#include "support/test_engine.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <string>

namespace casebook::test {

inline int serverTeams = 0;

struct ServerTeam {
    TempDir dir;
    std::string server = newCasebookLocation(dir);
    // Roles belong to the whole cluster: named for this process and this team.
    std::string suffix = std::to_string(::getpid()) + "_" + std::to_string(++serverTeams);
    std::string alice = "alice_" + suffix, bob = "bob_" + suffix, carol = "carol_" + suffix;
    Id otherCase = 0;
    ServerTeam()
    {
        auto dba = services::Casebook::open(server, services::OpenMode::CreateNew);
        REQUIRE(dba.ok());
        REQUIRE((*dba)->fillWithDemo(date("2026-03-01")).ok());
        auto other = (*dba)->add<District>({0, "0299999", "Other Unified", "Alameda"});
        REQUIRE(other.ok());
        auto made = (*dba)->add<Case>(boardRequestCase(other->record.id));
        REQUIRE(made.ok());
        otherCase = made->record.id;
        for (const auto &[role, district] : {std::pair{alice, "0199999"}, {bob, "0199999"}, {carol, "0299999"}}) {
            rawExec(server, "CREATE ROLE " + role + " LOGIN");
            REQUIRE(services::grantServer(server, role, district, services::ServerAccess::Staff).ok());
        }
    }
    // The casebook's connection string for one of the team.
    std::string as(const std::string &role) const { return server + " user=" + role; }
};

} // namespace casebook::test
