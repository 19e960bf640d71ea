// Phrase; see phrase.h.
#include "phrase.h"

namespace casebook {

Phrase::Phrase(std::string text)
{
    if (!text.empty()) {
        auto node = std::make_shared<Node>();
        node->english = std::move(text);
        m_node = std::move(node);
    }
}

Phrase Phrase::of(std::string_view pattern, std::vector<Phrase> args)
{
    std::vector<std::string> english;
    english.reserve(args.size());
    for (const auto &a : args)
        english.push_back(a.str());
    std::string text = fillPattern(pattern, english);
    auto node = std::make_shared<Node>();
    node->pattern = std::string(pattern);
    node->args = std::move(args);
    node->english = std::move(text);
    Phrase out;
    out.m_node = std::move(node);
    return out;
}

Phrase Phrase::label(std::string text, std::string enumName)
{
    auto node = std::make_shared<Node>();
    node->english = text;
    node->pattern = std::move(text);
    node->enumName = std::move(enumName);
    Phrase out;
    out.m_node = std::move(node);
    return out;
}

Phrase Phrase::deferred(std::string kept, Decoder decode)
{
    auto node = std::make_shared<Node>();
    node->kept = std::move(kept);
    node->decode = decode;
    Phrase out;
    out.m_node = std::move(node);
    return out;
}

const Phrase::Node *Phrase::parts() const
{
    if (!m_node || !m_node->decode)
        return m_node.get();
    std::call_once(m_node->once, [node = m_node.get()] { node->decoded = node->decode(node->kept).m_node; });
    return m_node->decoded.get();
}

namespace {
const std::string kNone;
const std::vector<Phrase> kNoArgs;
} // namespace

const std::string &Phrase::str() const
{
    const Node *n = parts();
    return n ? n->english : kNone;
}
bool Phrase::isText() const
{
    const Node *n = parts();
    return !n || n->pattern.empty();
}
const std::string &Phrase::pattern() const
{
    const Node *n = parts();
    return n ? n->pattern : kNone;
}
const std::string &Phrase::enumName() const
{
    const Node *n = parts();
    return n ? n->enumName : kNone;
}
const std::vector<Phrase> &Phrase::args() const
{
    const Node *n = parts();
    return n ? n->args : kNoArgs;
}

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
