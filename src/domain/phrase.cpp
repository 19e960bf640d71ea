// Phrase; see phrase.h.
#include "phrase.h"

namespace casebook {

Phrase::Phrase(std::string text)
{
    if (!text.empty())
        m_node = std::make_shared<const Node>(Node{{}, {}, {}, std::move(text)});
}

Phrase Phrase::of(std::string pattern, std::vector<Phrase> args)
{
    std::vector<std::string> english;
    english.reserve(args.size());
    for (const auto &a : args)
        english.push_back(a.str());
    std::string text = fillPattern(pattern, english);
    Phrase out;
    out.m_node = std::make_shared<const Node>(Node{std::move(pattern), {}, std::move(args), std::move(text)});
    return out;
}

Phrase Phrase::label(std::string text, std::string enumName)
{
    Phrase out;
    std::string english = text;
    out.m_node = std::make_shared<const Node>(Node{std::move(text), std::move(enumName), {}, std::move(english)});
    return out;
}

namespace {
const std::string kNone;
const std::vector<Phrase> kNoArgs;
} // namespace

const std::string &Phrase::str() const { return m_node ? m_node->english : kNone; }
const std::string &Phrase::pattern() const { return m_node ? m_node->pattern : kNone; }
const std::string &Phrase::enumName() const { return m_node ? m_node->enumName : kNone; }
const std::vector<Phrase> &Phrase::args() const { return m_node ? m_node->args : kNoArgs; }

std::string fillPattern(std::string_view pattern, const std::vector<std::string> &args)
{
    std::string out;
    out.reserve(pattern.size() + 16 * args.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size()) {
            const char next = pattern[i + 1];
            if (next == '%') {
                out += '%';
                ++i;
                continue;
            }
            if (next >= '1' && next <= '9') {
                const auto k = std::size_t(next - '1');
                if (k < args.size())
                    out += args[k];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace casebook
