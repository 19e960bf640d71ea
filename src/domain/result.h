// Result<T>: a value or an Error that names the field, line or rule that failed.
// Casebook returns errors instead of throwing across layers, so callers must look at them.
#pragma once

#include "phrase.h"

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace casebook {

// Exit-code classes shared by the CLI and the GUI's messages.
enum class ErrorKind {
    BadInput,   // the user's data or file is wrong; nothing was changed
    Database,   // the database could not be opened, read or written
    Conflict,   // a rule forbids the change (workflow, two-year minimum, ...)
    NotFound,   // a record that was named does not exist
    Io,         // a file other than the casebook cannot be read or written (a missing import, an unwritable export)
    Internal,   // the program cannot do it here: a missing library (libxlsxwriter), a program error
};

struct Error {
    ErrorKind kind = ErrorKind::BadInput;
    std::string field;    // the field, column or rule the message is about ("" when none)
    std::string message;  // a sentence a user can act on
    // The message's parts when it is built from them (phrase.h), so that a front end can say it in its
    // reader's language; `message` is its English. Empty for a message that is a sentence of its own.
    Phrase phrase;

    // "field: message", or just the message.
    std::string text() const { return field.empty() ? message : field + ": " + message; }

    static Error badInput(std::string field, std::string message)
    {
        return {ErrorKind::BadInput, std::move(field), std::move(message)};
    }
    static Error badInput(std::string field, const char *message) { return badInput(std::move(field), std::string(message)); }
    static Error badInput(std::string field, Phrase message) { return said(ErrorKind::BadInput, std::move(field), std::move(message)); }
    static Error database(std::string message) { return {ErrorKind::Database, {}, std::move(message)}; }
    static Error conflict(std::string rule, std::string message)
    {
        return {ErrorKind::Conflict, std::move(rule), std::move(message)};
    }
    static Error conflict(std::string rule, const char *message) { return conflict(std::move(rule), std::string(message)); }
    static Error conflict(std::string rule, Phrase message) { return said(ErrorKind::Conflict, std::move(rule), std::move(message)); }
    static Error notFound(std::string what) { return {ErrorKind::NotFound, {}, std::move(what)}; }
    // `path` is the file the message is about.
    static Error io(std::string path, std::string message)
    {
        return {ErrorKind::Io, std::move(path), std::move(message)};
    }
    static Error internal(std::string message) { return {ErrorKind::Internal, {}, std::move(message)}; }

private:
    // An error said as a phrase: its English is the message, the phrase kept beside it.
    static Error said(ErrorKind kind, std::string field, Phrase message)
    {
        std::string english = message.str();
        return {kind, std::move(field), std::move(english), std::move(message)};
    }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success or an Error.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

// Propagate a failed Status/Result from the enclosing function.
#define CASEBOOK_TRY(expr)                                                                         \
    do {                                                                                           \
        if (auto casebook_try_status_ = (expr); !casebook_try_status_.ok())                        \
            return casebook_try_status_.error();                                                   \
    } while (false)

} // namespace casebook
