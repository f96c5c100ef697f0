// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>

namespace csc {

/**
 * @brief The time seam: production code asks Clock::now() instead of QDateTime::currentDateTimeUtc(), so
 * tests can move time (token expiry, key age, clipboard countdowns). Not thread-safe to override while in
 * use.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime utcNow() const;

    static QDateTime now();
    /// Installs a test clock (not owned); nullptr restores the system clock.
    static void setInstance(Clock *clock);
};

/// A clock for tests that stands still until advanced.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc()) : m_now(std::move(start)) {}
    QDateTime utcNow() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime &t) { m_now = t; }

private:
    QDateTime m_now;
};

} // namespace csc
