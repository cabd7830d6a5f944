// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace slipway {

// What went wrong, in one line a user can act on. `kind` lets callers pick an exit code
// or a reaction (reload on Stale, retry on Locked) without parsing the text.
struct Error {
    enum class Kind {
        Usage,      // bad arguments or bad input data
        Validation, // a value breaks a domain rule
        NotFound,
        Stale,      // row_version moved on: someone else saved first
        Permission, // read-only file or a role that may not do this
        Locked,     // another program holds the file past the busy timeout
        DiskFull,
        ReadOnly,
        NotDatabase,
        Corrupt,
        NewerSchema,
        Io,
        Internal,
        Refused, // a rule of the release lifecycle does not allow it (names the guard)
    };
    Kind kind = Kind::Internal;
    QString message;
};

// A value or an Error; small and explicit, since std::expected is C++23.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_ok(false)
        , m_error(std::move(error)) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

} // namespace slipway
