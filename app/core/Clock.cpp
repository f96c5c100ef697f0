// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/Clock.h"

namespace csc {

namespace {
Clock *g_clock = nullptr;
}

QDateTime Clock::utcNow() const
{
    return QDateTime::currentDateTimeUtc();
}

QDateTime Clock::now()
{
    return g_clock ? g_clock->utcNow() : QDateTime::currentDateTimeUtc();
}

void Clock::setInstance(Clock *clock)
{
    g_clock = clock;
}

} // namespace csc
