// Escaping control characters in the CLI's output; see terminal_text.h.
#include "terminal_text.h"

#include <sstream>

namespace casebook::cli {

namespace {

const char *kHex = "0123456789ABCDEF";

} // namespace

std::string terminalText(std::string_view text)
{
    std::ostringstream out;
    {
        TerminalTextBuffer buffer(out);
        std::ostream escaped(&buffer);
        escaped << text;
    }
    return out.str();
}

TerminalTextBuffer::~TerminalTextBuffer()
{
    finishPending();
    m_target.flush();
}

void TerminalTextBuffer::finishPending()
{
    if (m_pendingCr)
        m_target << "\\x0D";
    if (m_pendingC2)
        m_target.put(char(0xC2));
    m_pendingCr = m_pendingC2 = false;
}

void TerminalTextBuffer::put(unsigned char c)
{
    if (m_pendingCr) {
        m_pendingCr = false;
        if (c == '\n') {
            m_target << "\r\n";
            return;
        }
        m_target << "\\x0D";
    }
    if (m_pendingC2) {
        m_pendingC2 = false;
        if (c >= 0x80 && c <= 0x9F) {
            m_target << "\\u00" << kHex[c >> 4] << kHex[c & 0xF];
            return;
        }
        m_target.put(char(0xC2));
    }
    if (c == '\r') {
        m_pendingCr = true;
    } else if (c == 0xC2) {
        m_pendingC2 = true;
    } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
        m_target << "\\x" << kHex[c >> 4] << kHex[c & 0xF];
    } else {
        m_target.put(char(c));
    }
}

TerminalTextBuffer::int_type TerminalTextBuffer::overflow(int_type c)
{
    if (!traits_type::eq_int_type(c, traits_type::eof()))
        put(static_cast<unsigned char>(traits_type::to_char_type(c)));
    return traits_type::not_eof(c);
}

std::streamsize TerminalTextBuffer::xsputn(const char *s, std::streamsize n)
{
    std::streamsize start = 0;
    for (std::streamsize i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        const bool plain = !m_pendingCr && !m_pendingC2 && c >= 0x20 && c != 0x7F && c != 0xC2;
        if (plain || ((c == '\n' || c == '\t') && !m_pendingCr && !m_pendingC2))
            continue;
        m_target.write(s + start, i - start);
        put(c);
        start = i + 1;
    }
    m_target.write(s + start, n - start);
    return n;
}

int TerminalTextBuffer::sync()
{
    m_target.flush();
    return 0;
}

} // namespace casebook::cli
