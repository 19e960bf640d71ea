// Streaming delimited-text reader; see delimited_text.h.
#include "delimited_text.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>

namespace casebook::io {

namespace {

constexpr std::size_t kChunkSize = 1 << 16;

// Windows-1252's 0x80-0x9F; the rest of the upper half is Latin-1 (U+00A0-U+00FF).
constexpr std::array<char16_t, 32> kCp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

bool hasHighBytes(const std::string &s)
{
    for (unsigned char c : s)
        if (c >= 0x80)
            return true;
    return false;
}

// Splits one record into `fields`, reusing their strings; returns false when a quoted field is
// still open at the end (it continues on the next line).
bool split(const std::string &line, char delimiter, std::vector<std::string> &fields)
{
    std::size_t count = 0;
    const auto nextField = [&]() -> std::string & {
        if (count == fields.size())
            fields.emplace_back();
        return fields[count++];
    };
    if (line.find('"') == std::string::npos) { // the usual case: no quoting at all
        std::size_t start = 0;
        for (;;) {
            const std::size_t end = line.find(delimiter, start);
            nextField().assign(line, start, end == std::string::npos ? std::string::npos : end - start);
            if (end == std::string::npos)
                break;
            start = end + 1;
        }
        fields.resize(count);
        return true;
    }
    std::string *field = &nextField();
    field->clear();
    bool quoted = false, atStart = true;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    *field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                *field += c;
            }
        } else if (c == delimiter) {
            field = &nextField();
            field->clear();
            atStart = true;
            continue;
        } else if (c == '"' && atStart) {
            quoted = true;
        } else {
            *field += c;
        }
        atStart = false;
    }
    fields.resize(count);
    return !quoted;
}

} // namespace

std::string lowerAscii(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string upperAscii(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    return s;
}

std::string trimBlanks(const std::string &s)
{
    const auto first = s.find_first_not_of(" \t");
    return first == std::string::npos ? std::string() : s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

bool isValidUtf8(const std::string &s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
        if (extra < 0 || (extra == 1 && c < 0xC2))
            return false;
        if (extra > 0 && i + std::size_t(extra) >= s.size())
            return false; // a sequence cut short at the end
        for (int k = 1; k <= extra; ++k)
            if ((static_cast<unsigned char>(s[i + std::size_t(k)]) >> 6) != 0x2)
                return false;
        i += std::size_t(extra) + 1;
    }
    return true;
}

bool hasUtf8Character(const std::string &s)
{
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
        if (extra == 0 || i + extra >= s.size())
            continue;
        bool continuation = true;
        for (std::size_t k = 1; k <= extra; ++k)
            continuation = continuation && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (continuation)
            return true;
    }
    return false;
}

std::string toUtf8(const std::string &bytes)
{
    if (!hasHighBytes(bytes) || isValidUtf8(bytes))
        return bytes;
    std::string out;
    out.reserve(bytes.size() + 8);
    for (unsigned char c : bytes) {
        if (c < 0x80)
            out += char(c);
        else if (c < 0xA0)
            appendUtf8(out, kCp1252High[c - 0x80]);
        else
            appendUtf8(out, c);
    }
    return out;
}

Result<std::string> sha256OfFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::io(path, "cannot read the file");
    storage::Sha256 hash;
    std::vector<char> buffer(kChunkSize);
    while (in) {
        in.read(buffer.data(), std::streamsize(buffer.size()));
        if (in.gcount() > 0)
            hash.add(buffer.data(), std::size_t(in.gcount()));
    }
    return hash.hex();
}

Result<DelimitedTextReader> DelimitedTextReader::open(const std::string &path, FileHash hash)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return Error::badInput(path, "this is a folder, not a file; name the file inside it");
    if (!std::filesystem::is_regular_file(path, ec))
        return Error::io(path, "no such file");
    DelimitedTextReader r;
    r.m_path = path;
    r.m_fileSize = std::int64_t(std::filesystem::file_size(path, ec));
    r.m_in = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*r.m_in)
        return Error::io(path, "cannot read the file");
    if (r.m_fileSize == 0)
        return Error::badInput(r.fileName(), "the file is empty; expected a header line and data lines");
    if (hash == FileHash::WhileReading)
        r.m_hash = std::make_unique<storage::Sha256>();
    r.m_chunk.resize(kChunkSize);
    r.fill();
    // A UTF-16 export (Excel's "Unicode text") would read as garbage: say so instead.
    const char *bom = r.m_chunk.data();
    const auto got = r.m_chunkEnd;
    const bool utf8Bom = got >= 3 && bom[0] == '\xEF' && bom[1] == '\xBB' && bom[2] == '\xBF';
    if (got >= 2 && ((bom[0] == '\xFF' && bom[1] == '\xFE') || (bom[0] == '\xFE' && bom[1] == '\xFF')))
        return Error::badInput(r.fileName(), "the file is UTF-16 text; save it as UTF-8 or as tab-delimited text");
    r.m_chunkPos = utf8Bom ? 3 : 0;
    r.m_bytesRead = utf8Bom ? 3 : 0;
    return r;
}

std::string DelimitedTextReader::fileName() const { return std::filesystem::path(m_path).filename().string(); }

std::string DelimitedTextReader::where() const { return fileName() + " line " + std::to_string(m_recordLine); }

std::string DelimitedTextReader::where(const std::string &column) const
{
    return where() + ", column " + column;
}

bool DelimitedTextReader::fill()
{
    if (m_endOfFile)
        return false;
    m_in->read(m_chunk.data(), std::streamsize(m_chunk.size()));
    m_chunkPos = 0;
    m_chunkEnd = std::size_t(m_in->gcount());
    if (m_hash)
        m_hash->add(m_chunk.data(), m_chunkEnd);
    m_endOfFile = m_chunkEnd == 0;
    return !m_endOfFile;
}

bool DelimitedTextReader::readLine(std::string &line, bool &terminated)
{
    line.clear();
    bool any = false;
    terminated = false;
    while (m_chunkPos < m_chunkEnd || fill()) {
        const char *start = m_chunk.data() + m_chunkPos;
        const std::size_t available = m_chunkEnd - m_chunkPos;
        const auto *end = static_cast<const char *>(std::memchr(start, '\n', available));
        any = true;
        const std::size_t piece = end ? std::size_t(end - start) : available;
        if (line.size() + piece > kMaxRecordBytes) {
            // Refused where it starts, with no more of it read into memory.
            m_tooLong = true;
            m_recordLine = m_physicalLine + 1;
            line.clear();
            return false;
        }
        if (end) {
            line.append(start, std::size_t(end - start));
            m_chunkPos += std::size_t(end - start) + 1;
            terminated = true;
            break;
        }
        line.append(start, available);
        m_chunkPos = m_chunkEnd;
    }
    if (!any) {
        terminated = true;
        return false;
    }
    m_bytesRead += std::int64_t(line.size()) + (terminated ? 1 : 0);
    ++m_physicalLine;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (hasHighBytes(line)) {
        // A line that is not UTF-8 is read as Windows-1252, CDE's encoding; one that holds UTF-8
        // characters beside bytes that are not would be stored as garbled names: refused.
        if (!isValidUtf8(line) && hasUtf8Character(line)) {
            m_tooLong = true; // refused, like a line too long: the reader stops here
            m_mixedEncoding = true;
            m_recordLine = m_physicalLine;
            line.clear();
            return false;
        }
        line = toUtf8(line);
    }
    return true;
}

Error DelimitedTextReader::tooLong() const
{
    if (m_mixedEncoding)
        return Error::badInput(where(), "the line mixes UTF-8 characters with bytes of another encoding "
                                        "(Windows-1252?); save the file in one encoding");
    return Error::badInput(where(), "the line is longer than " + std::to_string(kMaxRecordBytes) +
                                        " bytes (1 MiB), which no line of the state's files is; is this the right file?");
}

bool DelimitedTextReader::readFirstLine(bool &terminated)
{
    const auto blank = [](const std::string &line) {
        return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
    };
    terminated = true;
    do {
        if (!readLine(m_line, terminated))
            return false;
    } while (blank(m_line) && terminated); // blank lines
    if (blank(m_line))
        return false; // blank, unterminated last line
    m_recordLine = m_physicalLine;
    return true;
}

Status DelimitedTextReader::splitRecord(std::vector<std::string> &fields, bool &terminated)
{
    if (split(m_line, m_delimiter, fields))
        return {};
    m_record = m_line;
    do {
        if (!terminated || !readLine(m_more, terminated)) {
            if (m_tooLong)
                return tooLong();
            return Error::badInput(where(), "a quoted field is never closed: the file ends inside it "
                                            "(is the file cut off?)");
        }
        m_record += '\n';
        m_record += m_more;
        if (m_record.size() > kMaxRecordBytes)
            return Error::badInput(where(), "a quoted field runs on for more than " + std::to_string(kMaxRecordBytes) +
                                                " bytes (1 MiB); is a closing quote missing?");
    } while (!split(m_record, m_delimiter, fields));
    return {};
}

Result<bool> DelimitedTextReader::checkColumns(std::size_t found, bool lastUnterminated) const
{
    if (found == m_columns)
        return true;
    if (lastUnterminated && found < m_columns)
        return Error::badInput(where(), "the line is truncated: the file ends after " + std::to_string(found) + " of " +
                                            std::to_string(m_columns) +
                                            " columns without a line break (was the download cut off?)");
    const std::string name = m_delimiter == '\t' ? "tab" : "comma";
    return Error::badInput(where(), "expected " + std::to_string(m_columns) + " " + name + "-separated columns " +
                                        "like the header, found " + std::to_string(found));
}

Result<std::vector<std::string>> DelimitedTextReader::readHeader(
    const std::function<bool(const std::vector<std::string> &)> &isHeader, int maxSkipped)
{
    std::vector<std::string> fields;
    for (int attempt = 0; attempt <= maxSkipped; ++attempt) {
        bool terminated = true;
        do {
            if (!readLine(m_line, terminated))
                return m_tooLong ? tooLong() : Error::badInput(fileName(), "the file has no header line");
        } while (m_line.find_first_not_of(" \t") == std::string::npos && terminated);
        m_recordLine = m_physicalLine;
        m_delimiter = m_line.find('\t') != std::string::npos ? '\t' : ',';
        split(m_line, m_delimiter, fields);
        for (auto &f : fields)
            f = trimBlanks(f);
        if (!isHeader || isHeader(fields)) {
            m_columns = fields.size();
            return fields;
        }
        if (!terminated)
            break;
    }
    return Error::badInput(fileName(), "no header line found in the first " + std::to_string(maxSkipped + 1) +
                                           " lines");
}

Result<bool> DelimitedTextReader::next(std::vector<std::string> &fields)
{
    bool terminated = true;
    if (!readFirstLine(terminated)) {
        if (m_tooLong)
            return tooLong();
        return false;
    }
    CASEBOOK_TRY(splitRecord(fields, terminated));
    return checkColumns(fields.size(), !terminated);
}

Result<bool> DelimitedTextReader::next(std::vector<std::string_view> &fields)
{
    bool terminated = true;
    if (!readFirstLine(terminated)) {
        if (m_tooLong)
            return tooLong();
        return false;
    }
    // The usual case: no quotes, and the fields are pieces of the line (one pass over its bytes).
    fields.clear();
    const char *start = m_line.data();
    const char *const end = start + m_line.size();
    for (const char *p = start; p != end; ++p) {
        if (*p == m_delimiter) {
            fields.emplace_back(start, std::size_t(p - start));
            start = p + 1;
        } else if (*p == '"') {
            CASEBOOK_TRY(splitRecord(m_quotedFields, terminated));
            fields.assign(m_quotedFields.begin(), m_quotedFields.end());
            return checkColumns(fields.size(), !terminated);
        }
    }
    fields.emplace_back(start, std::size_t(end - start));
    return checkColumns(fields.size(), !terminated);
}

Result<std::string> DelimitedTextReader::sha256()
{
    if (!m_hash || !m_endOfFile)
        return Error::internal(fileName() + ": the file's SHA-256 is known only once the whole file was read");
    if (m_sha256.empty())
        m_sha256 = m_hash->hex();
    return m_sha256;
}

} // namespace casebook::io
