// Parsing of the global options, command dispatch and help texts.
#include "cli.h"

#include "command.h"
#include "terminal_text.h"

#include "io/output_file.h"

#include "io/paths.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <sstream>

namespace casebook::cli {

namespace {

std::string synopsis(const Command &c)
{
    std::string s = (c.onServer ? "casebook-cli --db URI " : "casebook-cli [--db PATH] ") + c.name;
    for (const auto &o : c.options)
        s += " [" + o.name + (o.valueName.empty() ? "" : " " + o.valueName) + "]";
    if (!c.arguments.empty())
        s += " " + c.arguments;
    return s;
}

std::string commandHelp(const Command &c)
{
    std::ostringstream out;
    out << "Usage: " << synopsis(c) << "\n\n" << c.summary << "\n";
    if (!c.description.empty())
        out << "\n" << c.description << "\n";
    out << "\nOptions:\n";
    for (const auto &o : c.options)
        out << "  " << o.name << (o.valueName.empty() ? "" : " " + o.valueName) << "\n      " << o.help << "\n";
    if (c.onServer)
        out << "  --db URI\n      The server casebook (required): a PostgreSQL connection URI\n"
               "      (postgresql://host/dbname, postgresql:///dbname?host=/socket/dir&port=N) or libpq\n"
               "      key=value string (host=... dbname=..., service=NAME). Leave the password to libpq's\n"
               "      ~/.pgpass: Casebook never prints or keeps one (messages show it as ***).\n";
    else
        out << "  --db PATH|URI\n      The casebook: a file (default: the default casebook in your data folder), or a\n"
               "      casebook on a PostgreSQL server (postgresql://HOST/DB or service=NAME; docs/server.md).\n";
    out << "  --help\n      Show this help.\n";
    return out.str();
}

const Command *findCommand(const std::vector<std::string> &args, std::size_t &consumed)
{
    // Two-word commands ("import dashboard") win over one-word ones.
    for (std::size_t words = 2; words >= 1; --words) {
        if (args.size() < words)
            continue;
        std::string name = args[0];
        for (std::size_t i = 1; i < words; ++i)
            name += " " + args[i];
        for (const auto &c : allCommands())
            if (c.name == name) {
                consumed = words;
                return &c;
            }
    }
    return nullptr;
}

} // namespace

std::string mainHelp()
{
    std::ostringstream out;
    out << "Usage: casebook-cli [--db PATH] COMMAND [OPTIONS] [ARGUMENTS]\n\n"
           "Casebook keeps the obligations of board policy BP 0520 (Intervention for Underperforming\n"
           "Schools) as cases in one SQLite file, or in a casebook a team shares on a PostgreSQL server.\n"
           "This tool scripts what the desktop application does.\n\n"
           "Global options:\n"
           "  --db PATH    The casebook file to use. Without it: the default casebook\n"
           "               (" << io::defaultDatabasePath() << ").\n"
           "  --db URI     A casebook on a PostgreSQL server: postgresql://HOST/DB, or a libpq\n"
           "               string such as service=NAME (docs/server.md). Casebook never stores a\n"
           "               password: libpq reads ~/.pgpass or PGPASSWORD.\n"
           "  --help       Show this help; COMMAND --help shows a command's help.\n"
           "  --version    Show the version.\n\nCommands:\n";
    std::size_t width = 0;
    for (const auto &c : allCommands())
        width = std::max(width, c.name.size());
    for (const auto &c : allCommands())
        out << "  " << c.name << std::string(width + 2 - c.name.size(), ' ') << c.summary << "\n";
    out << "\nExit codes: 0 success, 1 usage error, 2 bad input (nothing was changed; also a change a\n"
           "rule forbids, or a record that does not exist), 3 database error (the casebook could not be\n"
           "opened, read or written; check found problems; a listing or export left out a record it\n"
           "could not read, naming it), 4 file error (a file to import cannot be read, an export or\n"
           "folder cannot be written), 5 internal error (a library Casebook needs is missing, or a\n"
           "program error).\n";
    return out.str();
}

int runCli(const std::vector<std::string> &argsIn, std::ostream &rawOut, std::ostream &rawErr, bool outIsTerminal)
{
    // Stored text (titles, names, file names) may hold terminal escapes: every line printed is escaped.
    TerminalTextBuffer outBuffer(rawOut), errBuffer(rawErr);
    std::ostream out(&outBuffer), err(&errBuffer);
    std::vector<std::string> args;
    Context ctx{{}, false, {}, {}, out, err, outIsTerminal};
    // Global options come before the command.
    std::size_t i = 0;
    for (; i < argsIn.size(); ++i) {
        const std::string &a = argsIn[i];
        if (a == "--db" || a.rfind("--db=", 0) == 0) {
            if (a == "--db") {
                if (i + 1 >= argsIn.size()) {
                    err << "casebook-cli: --db needs a file path or a server URI\n";
                    return Usage;
                }
                ctx.dbPath = argsIn[++i];
            } else {
                ctx.dbPath = a.substr(5);
            }
            ctx.dbGiven = true;
        } else if (a == "--help" || a == "-h" || a == "help") {
            if (a == "help" && i + 1 < argsIn.size()) {
                std::vector<std::string> rest(argsIn.begin() + long(i) + 1, argsIn.end());
                std::size_t consumed = 0;
                if (const Command *c = findCommand(rest, consumed)) {
                    out << commandHelp(*c);
                    return Ok;
                }
            }
            out << mainHelp();
            return Ok;
        } else if (a == "--version") {
            args.assign({"version"});
            i = argsIn.size();
            break;
        } else {
            break;
        }
    }
    if (args.empty())
        args.assign(argsIn.begin() + long(i), argsIn.end());
    if (args.empty()) {
        err << "casebook-cli: no command given\n\n" << mainHelp();
        return Usage;
    }
    std::size_t consumed = 0;
    const Command *command = findCommand(args, consumed);
    if (!command) {
        err << "casebook-cli: unknown command \"" << args[0] << "\"; see casebook-cli --help\n";
        return Usage;
    }
    for (std::size_t k = consumed; k < args.size(); ++k) {
        const std::string &a = args[k];
        if (a == "--help" || a == "-h") {
            out << commandHelp(*command);
            return Ok;
        }
        if (a.rfind("--", 0) == 0 && a.size() > 2) {
            const auto eq = a.find('=');
            const std::string name = a.substr(0, eq);
            if (name == "--db") {
                if (eq != std::string::npos) {
                    ctx.dbPath = a.substr(eq + 1);
                } else if (k + 1 < args.size()) {
                    ctx.dbPath = args[++k];
                } else {
                    err << "casebook-cli " << command->name << ": --db needs a file path or a server URI\n";
                    return Usage;
                }
                ctx.dbGiven = true;
                continue;
            }
            const auto spec = std::find_if(command->options.begin(), command->options.end(),
                                           [&](const OptionSpec &o) { return o.name == name; });
            if (spec == command->options.end()) {
                err << "casebook-cli " << command->name << ": unknown option " << name << "; see casebook-cli "
                    << command->name << " --help\n";
                return Usage;
            }
            if (spec->valueName.empty()) {
                if (eq != std::string::npos) {
                    err << "casebook-cli " << command->name << ": " << name << " takes no value\n";
                    return Usage;
                }
                ctx.options[name] = "";
            } else if (eq != std::string::npos) {
                ctx.options[name] = a.substr(eq + 1);
            } else if (k + 1 < args.size()) {
                ctx.options[name] = args[++k];
            } else {
                err << "casebook-cli " << command->name << ": " << name << " needs a value (" << spec->valueName
                    << ")\n";
                return Usage;
            }
        } else {
            ctx.positional.push_back(a);
        }
    }
    const int count = int(ctx.positional.size());
    if (count < command->minPositional || (command->maxPositional >= 0 && count > command->maxPositional)) {
        err << "casebook-cli " << command->name << ": wrong number of arguments\nUsage: " << synopsis(*command)
            << "\n";
        return Usage;
    }
    if (!ctx.dbGiven)
        ctx.dbPath = io::defaultDatabasePath();
    // One rule for every --out: never the casebook itself or its -wal, -shm or -journal file.
    if (ctx.has("--out"))
        if (auto s = io::checkOutputIsNotCasebook(ctx.option("--out"), ctx.dbPath); !s)
            return ctx.fail(s.error());
    return command->run(ctx);
}

std::unique_ptr<services::Casebook> Context::openDatabase(services::OpenMode mode)
{
    auto db = services::Casebook::open(dbPath, mode);
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    if (!(*db)->report().backupPath.empty())
        err << "Casebook: " << dbPath << " was upgraded from schema version "
            << (*db)->report().schemaVersionBefore << " to " << (*db)->report().schemaVersion
            << "; a copy of the old file is at " << (*db)->report().backupPath << "\n";
    return std::move(*db);
}

std::optional<std::int64_t> parseWholeNumber(std::string_view text, std::int64_t low, std::int64_t high)
{
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || text.front() == '+' || ec != std::errc{} || end != text.data() + text.size() || value < low ||
        value > high)
        return std::nullopt;
    return value;
}

std::unique_ptr<services::Casebook> Context::openForReading()
{
    if (!std::filesystem::exists(dbPath) || services::canWriteCasebookAt(dbPath))
        return openDatabase(services::OpenMode::OpenExisting);
    auto file = openDatabase(services::OpenMode::ReadOnly);
    if (!file)
        return nullptr;
    auto copy = file->upgradedCopyInMemory();
    if (!copy) {
        fail(copy.error());
        return nullptr;
    }
    err << "Casebook: " << dbPath << " cannot be written where it is (a read-only disk or a folder you may not "
        << "write to): it was opened read-only, and nothing is written to it\n";
    return std::move(*copy);
}

int Context::fail(const Error &error)
{
    err << "casebook-cli: " << error.text() << "\n";
    switch (error.kind) {
    case ErrorKind::Database: return DatabaseError;
    case ErrorKind::Io: return IoError;
    case ErrorKind::Internal: return InternalError;
    case ErrorKind::BadInput:
    case ErrorKind::Conflict:
    case ErrorKind::NotFound: break;
    }
    return BadInput;
}

const std::vector<Command> &allCommands()
{
    static const std::vector<Command> commands = [] {
        std::vector<Command> c;
        addCoreCommands(c);
        addRecordCommands(c);
        addDeadlineCommands(c);
        addImportCommands(c);
        addFindingsCommands(c);
        addGenerateCommands(c);
        addInterchangeCommands(c);
        addPacketCommands(c);
        addRescueCommands(c);
        addPublishCommands(c);
        addServerCommands(c);
        return c;
    }();
    return commands;
}

} // namespace casebook::cli
