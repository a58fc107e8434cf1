#pragma once

#include "ErrorKind.h"

#include <QString>

#include <utility>
#include <variant>

namespace earshot {

// An error that crosses a layer: its kind for the code that reacts to it, and a message for
// people (already translated where it is shown to operators).
struct Error
{
    ErrorKind kind;
    QString message;
};

// A value or an Error. Layers return these instead of throwing.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    [[nodiscard]] bool ok() const
    {
        return std::holds_alternative<T>(m_data);
    }
    explicit operator bool() const
    {
        return ok();
    }

    [[nodiscard]] const T &value() const &
    {
        return std::get<T>(m_data);
    }
    [[nodiscard]] T &value() &
    {
        return std::get<T>(m_data);
    }
    // By value, so `for (x : f().value())` over a temporary Result keeps what it iterates
    // alive (a reference into the temporary would dangle).
    [[nodiscard]] T value() &&
    {
        return std::get<T>(std::move(m_data));
    }
    [[nodiscard]] const Error &error() const
    {
        return std::get<Error>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

[[nodiscard]] inline Status success()
{
    return Status(Done{});
}

} // namespace earshot
