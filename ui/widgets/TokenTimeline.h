// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inspect/TokenInspection.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTimer;

namespace csc {

/**
 * @brief A token's life on a time bar: issued → not before → expires, a "now" marker, the clock-skew
 * allowance as hatched bands at both ends, and the state (not yet valid, valid, expires soon, expired) both
 * coloured and written out with a live countdown ("Valid — expires in 42 min 10 s"), refreshed every second.
 *
 * Time comes from csc::Clock::now(), so tests move it with a ManualClock and call refresh(). The accessible
 * name and description carry the state and the times. Colours follow the palette (light and dark).
 */
class TokenTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit TokenTimeline(QWidget *parent = nullptr);

    /// The times to show (empty = "no times": the bar is hidden and the text says so).
    void setTimes(const TokenTimes &times);
    const TokenTimes &times() const { return m_times; }
    void setClockSkewSeconds(qint64 seconds);
    qint64 clockSkewSeconds() const { return m_skew; }
    void setExpiresSoonSeconds(qint64 seconds);

    /// The state at the last refresh.
    TokenValidity validity() const { return m_validity; }
    /// "Valid — expires in 42 min 10 s", "Expired 3 min ago", ... (what the state line shows).
    QString stateText() const;
    QString countdownText() const { return m_countdown; }
    /// Whether the countdown timer runs (only while the widget has times).
    bool isTicking() const;

    /// "2 d 3 h", "1 h 5 min", "4 min 10 s", "12 s" (translated).
    static QString formatDuration(qint64 seconds);

public slots:
    /// Re-reads Clock::now(), updates the state and text and repaints.
    void refresh();

signals:
    /// The state changed at a refresh (e.g. Valid → ExpiresSoon → Expired while watching).
    void validityChanged(csc::TokenValidity validity);

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class TokenTimelineBar;
    void updateAccessibility();

    TokenTimes m_times;
    qint64 m_skew = 300;
    qint64 m_soon = 300;
    TokenValidity m_validity = TokenValidity::Unknown;
    QDateTime m_now;
    QString m_countdown;
    QLabel *m_state;
    QWidget *m_bar;
    QLabel *m_legend;
    QTimer *m_timer;
};

} // namespace csc
