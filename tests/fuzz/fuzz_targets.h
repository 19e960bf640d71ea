// The bodies of Casebook's libFuzzer targets, as plain functions: the fuzz build wraps each in
// LLVMFuzzerTestOneInput (fuzz_entry.cpp), and the normal test suite replays the seed corpus and
// every saved crash through the same functions (tests/reliability/test_fuzz_replay.cpp).
// A target aborts (a fuzzer "crash") when Casebook breaks one of its own promises on the input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace casebook::fuzz {

// A target that finds a broken promise reports it on stderr and aborts, which libFuzzer records as a
// crash with its input. The replay in the test suite asks for a BrokenPromise exception instead, so
// it can name the input and go on with the next one.
struct BrokenPromise : std::runtime_error {
    using std::runtime_error::runtime_error;
};
void throwOnBrokenPromise(bool enabled);
[[noreturn]] void brokenPromise(const std::string &what);

int dashboardImport(const std::uint8_t *data, std::size_t size); // io::importDashboardFile
int essaImport(const std::uint8_t *data, std::size_t size);      // io::importEssaFile
int recordJson(const std::uint8_t *data, std::size_t size);      // JSON object -> fromFields<T> -> validate
int codesAndDates(const std::uint8_t *data, std::size_t size);   // Date::parse, CDS codes, enums, UTF-8
// Slot for the JSON interchange import (io::importCasebook, branch packet): until it is on main
// this target only parses the text as JSON; see docs/reliability.md.
int jsonImport(const std::uint8_t *data, std::size_t size);
// Export of a casebook whose attachment is the input repeated up to 25 MiB, read back by the import's checks.
int jsonRoundTrip(const std::uint8_t *data, std::size_t size);

using Target = int (*)(const std::uint8_t *, std::size_t);
Target targetNamed(std::string_view name); // "dashboard_import" ... ; null when unknown

} // namespace casebook::fuzz
