// The patterns a phrase (domain/phrase.h) is said with, for tests that check each is listed for
// translation.
#pragma once

#include "domain/phrase.h"
#include "domain/result.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace casebook::test {

// Every pattern of `p` and of the phrases inside it; text as it is and domain values' labels (translated
// where their enum's labels are) left out.
inline void collectPatterns(const Phrase &p, std::vector<std::string> &out)
{
    if (p.isText() || !p.enumName().empty())
        return;
    out.push_back(p.pattern());
    for (const auto &a : p.args())
        collectPatterns(a, out);
}

// The patterns of the refusals' phrases; each refusal must keep a phrase whose English is its message.
inline std::vector<std::string> refusalPatterns(const std::vector<Error> &refusals)
{
    std::vector<std::string> patterns;
    for (const auto &e : refusals) {
        INFO(e.message);
        REQUIRE_FALSE(e.phrase.empty());
        CHECK(e.phrase.str() == e.message);
        collectPatterns(e.phrase, patterns);
    }
    return patterns;
}

} // namespace casebook::test
