// A sentence the domain builds for people to read, kept as its parts so that each front end can say it
// in its reader's language: an English pattern with %1…%9 and its arguments, each text as it is (a
// date, a number, a title someone wrote) or another phrase. The domain uses no Qt: the desktop window
// lists every pattern for translation (src/app/domain_labels.cpp, checked by a test against
// deadlinePatterns()) and renders a phrase with its translations; the CLI, the exports and the packet
// read str(), the English. A phrase is shared by its copies, like SharedText, and its English is built
// once.
#pragma once

#include <memory>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace casebook {

class Phrase {
public:
    Phrase() = default;
    // Text as it is, never translated (implicit, as SharedText's: where a string was).
    Phrase(std::string text); // NOLINT(google-explicit-constructor)
    Phrase(std::string_view text) : Phrase(std::string(text)) {}
    Phrase(const char *text) : Phrase(std::string(text)) {}

    // A translatable pattern ("the communication schedule of %1 is %2") with its arguments.
    static Phrase of(std::string_view pattern, std::vector<Phrase> args = {});
    // A domain value's label, translated where the labels of its enum are (`enumName`: EnumTraits' name).
    static Phrase label(std::string text, std::string enumName);
    // A phrase kept in another form (storage's), turned into its parts by `decode` the first time
    // anything of it is read: a reminder list reads thousands of kept phrases and shows a few.
    using Decoder = Phrase (*)(std::string_view kept);
    static Phrase deferred(std::string kept, Decoder decode);

    const std::string &str() const; // the English
    operator const std::string &() const { return str(); } // NOLINT(google-explicit-constructor)
    bool empty() const { return !m_node; }

    // Text as it is: no pattern, no arguments.
    bool isText() const;
    const std::string &pattern() const;            // empty for text
    const std::string &enumName() const;           // a label's enum, else empty
    const std::vector<Phrase> &args() const;

    friend bool operator==(const Phrase &a, const Phrase &b) { return a.str() == b.str(); }
    friend bool operator==(const Phrase &a, const std::string &b) { return a.str() == b; }
    friend bool operator==(const Phrase &a, const char *b) { return a.str() == b; }
    friend std::ostream &operator<<(std::ostream &out, const Phrase &p) { return out << p.str(); }

private:
    struct Node {
        std::string pattern; // empty: `english` is text as it is
        std::string enumName;
        std::vector<Phrase> args;
        std::string english;
        // A deferred phrase: `kept` decoded once into `decoded`, which every read then uses.
        std::string kept;
        Decoder decode = nullptr;
        mutable std::once_flag once;
        mutable std::shared_ptr<const Node> decoded;
    };
    // The node that holds the parts (a deferred phrase's decoded one); null when empty.
    const Node *parts() const;
    std::shared_ptr<const Node> m_node; // null when empty
};

// `pattern` with %1…%9 replaced by `args` in one pass (an argument's own "%1" stays as it is); "%%"
// is one "%". The one substitution every front end uses.
std::string fillPattern(std::string_view pattern, const std::vector<std::string> &args);

} // namespace casebook
