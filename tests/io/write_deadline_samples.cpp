// Writes the deadline sample casebook's listings for the Python checks registered in CTest:
// deadlines.ics (parsed back by python3-icalendar) and deadlines.json, overdue.json, case.json, range.json
// (validated against schemas/deadlines.schema.json by python3-jsonschema).
#include "support/cli_run.h"

#include "support/deadline_sample.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

using namespace casebook;

namespace {

bool writeListing(const std::string &db, const std::vector<std::string> &options, const std::string &file)
{
    std::vector<std::string> args{"--db", db, "deadlines"};
    args.insert(args.end(), options.begin(), options.end());
    const auto run = test::runCliCommand(args);
    if (run.code != 0) {
        std::cerr << "deadlines exited " << run.code << ": " << run.err;
        return false;
    }
    std::ofstream(file, std::ios::binary) << run.out;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: write_deadline_samples FOLDER\n";
        return 1;
    }
    const std::filesystem::path folder = argv[1];
    std::filesystem::create_directories(folder);
    const std::string db = (folder / "sample.sqlite").string();
    std::filesystem::remove(db);
    ::setenv("CASEBOOK_TODAY", test::kDeadlineSampleToday, 1);
    test::DeadlineSample sample;
    {
        auto opened = storage::Database::open(db, storage::Database::OpenMode::CreateNew);
        if (!opened) {
            std::cerr << opened.error().text() << "\n";
            return 3;
        }
        sample = test::insertDeadlineSample(**opened);
    }
    const bool ok = writeListing(db, {"--within", "400", "--format", "ics"}, (folder / "deadlines.ics").string()) &&
                    writeListing(db, {"--within", "400", "--format", "json"}, (folder / "deadlines.json").string()) &&
                    writeListing(db, {"--overdue", "--format", "json"}, (folder / "overdue.json").string()) &&
                    writeListing(db, {"--case", std::to_string(sample.closed), "--format", "json"},
                                 (folder / "case.json").string()) &&
                    writeListing(db, {"--from", "2025-01-01", "--to", "2025-12-31", "--format", "json"},
                                 (folder / "range.json").string());
    return ok ? 0 : 2;
}
