// A streaming reader for the text files state agencies publish and staff re-save: tab-delimited
// or CSV with quoted fields, UTF-8 with or without a byte-order mark or Windows-1252, CRLF or LF.
// It holds one record in memory at a time, so a statewide file of any size reads in bounded memory.
// Every record knows its line number, and every error names the file and line. It can hash the
// file's bytes as it reads them, so an importer needs no second pass for the file's SHA-256.
#pragma once

#include "domain/result.h"
#include "storage/sha256.h"

#include <cstdint>
#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::io {

class DelimitedTextReader {
public:
    enum class FileHash { None, WhileReading };
    static Result<DelimitedTextReader> open(const std::string &path, FileHash hash = FileHash::None);

    // Reads lines until `isHeader` accepts one (at most `maxSkipped` lines before it are skipped,
    // for spreadsheets saved with title rows). The header fixes the delimiter: tab when the line
    // has a tab, otherwise comma. Returns the header's fields, trimmed.
    Result<std::vector<std::string>> readHeader(
        const std::function<bool(const std::vector<std::string> &)> &isHeader = {}, int maxSkipped = 0);

    // Reads the next data record into `fields` (reusing its strings); false at the end of the file.
    // A record with a different number of fields than the header is an error; when it is the file's
    // last line and has no line break, the error says the file was cut off.
    Result<bool> next(std::vector<std::string> &fields);
    // The same, with the fields as views into the reader's own buffers: no copies, and valid only
    // until the next call.
    Result<bool> next(std::vector<std::string_view> &fields);

    // With FileHash::WhileReading, once next() has returned false: the SHA-256 of every byte of the
    // file (byte-order mark and blank lines included), the same as sha256OfFile().
    Result<std::string> sha256();

    int line() const { return m_recordLine; } // physical line where the current record starts
    const std::string &path() const { return m_path; }
    std::string fileName() const;
    std::int64_t bytesRead() const { return m_bytesRead; }
    std::int64_t fileSize() const { return m_fileSize; }
    char delimiter() const { return m_delimiter; }

    // "eladownload2024.txt line 12": the start of every error message about the current record.
    std::string where() const;
    std::string where(const std::string &column) const;

private:
    DelimitedTextReader() = default;
    bool fill();                                        // the next chunk of the file; false at its end
    bool readLine(std::string &line, bool &terminated); // one physical line, decoded to UTF-8
    bool readFirstLine(bool &terminated); // the next non-blank line into m_line; false at the end
    Status splitRecord(std::vector<std::string> &fields, bool &terminated); // may read more lines
    Result<bool> checkColumns(std::size_t found, bool lastUnterminated) const;

    std::string m_path;
    std::unique_ptr<std::ifstream> m_in;
    std::vector<char> m_chunk; // read in chunks; lines are cut out of it
    std::size_t m_chunkPos = 0, m_chunkEnd = 0;
    bool m_endOfFile = false;
    std::unique_ptr<storage::Sha256> m_hash;
    std::string m_sha256;
    std::int64_t m_fileSize = 0;
    std::int64_t m_bytesRead = 0;
    int m_physicalLine = 0;
    int m_recordLine = 0;
    char m_delimiter = '\t';
    std::size_t m_columns = 0;
    std::string m_line;
    std::string m_record; // a record whose quoted field spans lines
    std::string m_more;
    std::vector<std::string> m_quotedFields;
    bool m_tooLong = false; // readLine refused a line (too long, or mixed encodings): the reader refuses the file
    bool m_mixedEncoding = false;
    Error tooLong() const;
};

// The longest line or record (a quoted field may span lines) a delimited file may have: the state's
// files have lines of a few hundred bytes, and a longer one is refused instead of held in memory.
inline constexpr std::size_t kMaxRecordBytes = 1024 * 1024;

// Small text helpers for header names and values: ASCII case, surrounding blanks and tabs.
std::string lowerAscii(std::string s);
std::string upperAscii(std::string s);
std::string trimBlanks(const std::string &s);

// Windows-1252 (or Latin-1) bytes to UTF-8; text that already is valid UTF-8 passes unchanged.
std::string toUtf8(const std::string &bytes);
bool isValidUtf8(const std::string &bytes);
// Whether the bytes hold at least one well-formed multi-byte UTF-8 character.
bool hasUtf8Character(const std::string &bytes);

// The SHA-256 of a file's bytes, read in chunks (lowercase hex).
Result<std::string> sha256OfFile(const std::string &path);

} // namespace casebook::io
