// The command table of casebook-cli: each command declares its options and help text here, so
// `--help` and the parser can never disagree.
#pragma once

#include "services/casebook.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string_view>
#include <ostream>
#include <string>
#include <vector>

namespace casebook::cli {

// One per ErrorKind (Context::fail), except that a conflict and an unknown record are bad input (2).
enum ExitCode { Ok = 0, Usage = 1, BadInput = 2, DatabaseError = 3, IoError = 4, InternalError = 5 };

struct OptionSpec {
    std::string name;      // "--format"
    std::string valueName; // "text|json"; empty for a flag
    std::string help;
};

struct Context;

struct Command {
    std::string name;        // "cases", or "import dashboard" for a two-word command
    std::string arguments;   // "FILE...", shown in the synopsis
    std::string summary;     // one line for the command list
    std::string description; // paragraphs for `COMMAND --help`
    std::vector<OptionSpec> options;
    int minPositional = 0;
    int maxPositional = 0;   // -1: any number
    std::function<int(Context &)> run;
    // A command on a server casebook (`server ...`): --db is a PostgreSQL connection URI or string, and
    // required; the help says so.
    bool onServer = false;
};

struct Context {
    std::string dbPath; // --db, or the default database
    bool dbGiven = false;
    std::map<std::string, std::string> options; // given options; flags map to ""
    std::vector<std::string> positional;
    std::ostream &out;
    std::ostream &err;
    bool outIsTerminal = false;

    bool has(const std::string &option) const { return options.contains(option); }
    std::string option(const std::string &name, const std::string &fallback = {}) const
    {
        auto it = options.find(name);
        return it == options.end() ? fallback : it->second;
    }
    // Opens the database; prints the error and returns null on failure. Only init, demo and
    // import json create a casebook that does not exist (CreateIfMissing); rescue and generate
    // create their --out (CreateNew).
    std::unique_ptr<services::Casebook> openDatabase(services::OpenMode mode =
                                                        services::OpenMode::OpenExisting);
    // For commands that only read (cases, show, history, search, deadlines, export json): a casebook
    // that cannot be written where it is (read-only media, a folder without write permission) is
    // opened read-only, upgraded in memory if it is older, and the user is told nothing is written.
    std::unique_ptr<services::Casebook> openForReading();
    // Prints an error and returns its exit code (see ExitCode).
    int fail(const Error &error);
    // The option's YYYY-MM-DD date (nullopt when not given), or the error naming the option.
    Result<std::optional<Date>> dateOption(const std::string &name) const
    {
        if (!has(name))
            return std::optional<Date>{};
        auto d = Date::parse(option(name), name);
        if (!d)
            return d.error();
        return std::optional<Date>(*d);
    }
};

// A whole number in [low, high] written in decimal digits (a leading '-' when low < 0), or nullopt:
// never an exception, whatever the text (a 20-digit id is simply out of range).
std::optional<std::int64_t> parseWholeNumber(std::string_view text, std::int64_t low, std::int64_t high);

// Registers the commands of one area; each commands_*.cpp defines one of these.
void addCoreCommands(std::vector<Command> &commands);
void addRecordCommands(std::vector<Command> &commands); // commands_records.cpp
void addDeadlineCommands(std::vector<Command> &commands);
void addImportCommands(std::vector<Command> &commands);   // commands_import.cpp
void addFindingsCommands(std::vector<Command> &commands); // commands_findings.cpp
void addGenerateCommands(std::vector<Command> &commands); // commands_generate.cpp
void addInterchangeCommands(std::vector<Command> &commands);
void addPacketCommands(std::vector<Command> &commands);
void addRescueCommands(std::vector<Command> &commands); // commands_rescue.cpp
void addPublishCommands(std::vector<Command> &commands); // commands_publish.cpp
void addServerCommands(std::vector<Command> &commands); // commands_server.cpp

const std::vector<Command> &allCommands();

} // namespace casebook::cli
