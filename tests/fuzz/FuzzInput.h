// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace csc::fuzz {

/// The fuzzer's bytes as a view (no copy): reads past the end stay visible to AddressSanitizer.
inline QByteArrayView view(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// An invariant of the code under test was broken: crash so libFuzzer keeps the input.
[[noreturn]] inline void broken()
{
    std::abort();
}

} // namespace csc::fuzz
