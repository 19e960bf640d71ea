// The policy text exists once, and it is the adopted text. The SHA-256 below is that of
// BP 0520 as the district adopted it (../shared/policy/BP0520.txt, 2775b30d...), computed from the
// adopted file with sha256sum, not by Casebook.
#include "io/packet_policy.h"
#include "io/policy_text.h"
#include "storage/sha256.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace casebook;

TEST_CASE("The bundled BP 0520 is the adopted text, byte for byte")
{
    const std::string &text = io::adoptedPolicyText();
    REQUIRE_FALSE(text.empty());
    const std::vector<unsigned char> bytes(text.begin(), text.end());
    CHECK(storage::sha256Hex(bytes) == "2775b30d2aa959a682bdd0c0aefd90d1adef3d0cf0fa574f8455d408e3d46cf2");
}

TEST_CASE("Packets quote the adopted text: every quoted paragraph is in it, whole")
{
    // The adopted file breaks the required-assistance sentence across a blank line; it is one sentence.
    const auto required = io::policyClause("required");
    REQUIRE(required.size() == 1);
    CHECK(required[0].find("for a minimum of two years, maintain regular communication with, and provide timely "
                           "documentation to, the County Superintendent") != std::string::npos);
    CHECK(required[0].ends_with("or substantially similar activities. (Education Code 52071)"));

    // The request clause: its introduction and items 1-5; the SPI clause: its introduction and three actions.
    CHECK(io::policyClause("request").size() == 6);
    const auto spiClause = io::policyClause("spi");
    REQUIRE(spiClause.size() == 4);
    CHECK(spiClause[3].starts_with("3. A determination to stay or rescind"));

    const auto &paragraphs = io::policyParagraphs();
    for (const auto kind : {CaseKind::TechnicalAssistance, CaseKind::SpiIntervention, CaseKind::SchoolPlan})
        for (const auto origin : {TaOrigin::BoardRequest, TaOrigin::Required}) {
            Case c;
            c.kind = kind;
            c.origin = origin;
            const auto obligation = io::obligationFor(c);
            REQUIRE_FALSE(obligation.policyText.empty());
            for (const auto &quoted : obligation.policyText)
                CHECK(std::find(paragraphs.begin(), paragraphs.end(), quoted) != paragraphs.end());
        }
    CHECK(io::policyClause("no such clause").empty());
}
