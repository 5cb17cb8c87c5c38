#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace rd {

// The result of an operation that either yields a value or a translated,
// user-facing error message. Core APIs return this instead of throwing.
template <typename T>
class Expected
{
public:
    Expected(T value) : m_value(std::move(value)) {}
    static Expected failure(QString error) { return Expected(std::move(error), 0); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const QString &error() const { return m_error; }

private:
    Expected(QString error, int) : m_error(std::move(error)) {}
    std::optional<T> m_value;
    QString m_error;
};

// For operations with nothing to return but success.
class Status
{
public:
    Status() = default;
    static Status failure(QString error) { Status s; s.m_error = std::move(error); s.m_failed = true; return s; }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace rd
