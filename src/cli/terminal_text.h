// Everything casebook-cli prints passes through TerminalTextBuffer: a stored title or file name with
// ESC, OSC 52 (clipboard), a bell or a backspace would otherwise act on the user's terminal. Control
// characters are shown as \xNN (C1 controls as \u0080..\u009F); new lines, tabs and CR before LF pass.
#pragma once

#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace casebook::cli {

// The text with its control characters escaped, as TerminalTextBuffer prints it.
std::string terminalText(std::string_view text);

class TerminalTextBuffer : public std::streambuf {
public:
    explicit TerminalTextBuffer(std::ostream &target) : m_target(target) {}
    ~TerminalTextBuffer() override;
    TerminalTextBuffer(const TerminalTextBuffer &) = delete;
    TerminalTextBuffer &operator=(const TerminalTextBuffer &) = delete;

protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char *s, std::streamsize n) override;
    int sync() override;

private:
    void put(unsigned char c);
    void finishPending();
    std::ostream &m_target;
    bool m_pendingCr = false; // a CR passes only before an LF
    bool m_pendingC2 = false; // 0xC2 starts the UTF-8 C1 controls (U+0080..U+009F)
};

} // namespace casebook::cli
