// An immutable string shared by its copies, like QString's implicit sharing but without Qt (the
// domain layer uses none): a case's title repeated on each of its thousands of deadlines is one
// allocation, and copying a deadline copies a pointer (docs/performance.md, the reminder list).
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace casebook {

class SharedText {
public:
    SharedText() = default;
    SharedText(std::string text) // NOLINT(google-explicit-constructor): used where a string was
        : m_text(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text)))
    {
    }
    SharedText(std::string_view text) : SharedText(std::string(text)) {}
    SharedText(const char *text) : SharedText(std::string(text)) {}

    const std::string &str() const { return m_text ? *m_text : empty_(); }
    operator const std::string &() const { return str(); } // NOLINT(google-explicit-constructor)
    bool empty() const { return !m_text; }

    friend bool operator==(const SharedText &a, const SharedText &b) { return a.str() == b.str(); }
    friend bool operator==(const SharedText &a, const std::string &b) { return a.str() == b; }
    friend bool operator==(const SharedText &a, const char *b) { return a.str() == b; }
    friend std::ostream &operator<<(std::ostream &out, const SharedText &t) { return out << t.str(); }

private:
    static const std::string &empty_()
    {
        static const std::string none;
        return none;
    }
    std::shared_ptr<const std::string> m_text; // null when empty
};

} // namespace casebook
