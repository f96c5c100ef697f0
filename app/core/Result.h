// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ApiError.h"

#include <utility>
#include <variant>

namespace csc {

/**
 * @brief A value or an ApiError; what core and net return instead of bool + out-parameters.
 *
 * Copyable when T is. Accessing value() on an error (or error() on a value) is a programming error (asserts).
 */
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(ApiError error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const ApiError &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, ApiError> m_v;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(ApiError error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const ApiError &error() const { return m_error; }

private:
    ApiError m_error;
    bool m_ok = true;
};

} // namespace csc
