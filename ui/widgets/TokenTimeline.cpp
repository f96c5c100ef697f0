// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/TokenTimeline.h"

#include "core/Clock.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace csc {

namespace {

bool isDarkPalette(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < 128;
}

QColor stateColor(TokenValidity v, const QPalette &p)
{
    const bool dark = isDarkPalette(p);
    switch (v) {
    case TokenValidity::Valid:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case TokenValidity::ExpiresSoon:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa8, 0x5f, 0x00);
    case TokenValidity::Expired:
        return dark ? QColor(0xef, 0x6c, 0x6c) : QColor(0xc6, 0x28, 0x28);
    case TokenValidity::NotYetValid:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case TokenValidity::Unknown:
        break;
    }
    return p.color(QPalette::Mid);
}

QString timeText(const QDateTime &t)
{
    const QDateTime local = t.toLocalTime();
    return QStringLiteral("%1 %2").arg(QLocale().toString(local.date(), QLocale::ShortFormat),
                                       local.time().toString(QStringLiteral("HH:mm:ss")));
}

QString clockText(const QDateTime &t)
{
    return t.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

/// The painted bar (a child of TokenTimeline; reads its state).
class TokenTimelineBar : public QWidget
{
public:
    explicit TokenTimelineBar(TokenTimeline *owner) : QWidget(owner), m_owner(owner)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setMinimumWidth(240);
    }

    QSize sizeHint() const override { return {480, fontMetrics().height() * 3 + kBarHeight + 16}; }
    QSize minimumSizeHint() const override { return {240, sizeHint().height()}; }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    static constexpr int kBarHeight = 16;
    TokenTimeline *m_owner;
};

void TokenTimelineBar::paintEvent(QPaintEvent *)
{
    const TokenTimes &times = m_owner->m_times;
    if (times.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor state = stateColor(m_owner->m_validity, pal);
    const qint64 skew = m_owner->m_skew;
    const QDateTime now = m_owner->m_now.isValid() ? m_owner->m_now : Clock::now();

    // What the token covers: from not-before (or issued) to expiry; missing ends get an hour for drawing.
    QDateTime start = times.notBefore.isValid() ? times.notBefore : times.issuedAt;
    QDateTime end = times.expiresAt;
    if (!start.isValid())
        start = end.addSecs(-3600);
    if (!end.isValid())
        end = start.addSecs(3600);
    QDateTime first = start;
    if (times.issuedAt.isValid())
        first = std::min(first, times.issuedAt);
    qint64 a = first.toSecsSinceEpoch() - (times.notBefore.isValid() ? skew : 0);
    a = std::min(a, start.toSecsSinceEpoch() - skew);
    qint64 b = end.toSecsSinceEpoch() + skew;
    const qint64 span = std::max<qint64>(1, b - a);
    const qint64 n = now.toSecsSinceEpoch();
    // Include "now" when it is near; far away, the marker sits at the edge with an arrow.
    bool nowOutside = false;
    if (n < a) {
        if (a - n <= span)
            a = n;
        else
            nowOutside = true;
    } else if (n > b) {
        if (n - b <= span)
            b = n;
        else
            nowOutside = true;
    }
    const qint64 pad = std::max<qint64>(1, (b - a) / 25);
    a -= pad;
    b += pad;

    const int margin = 8;
    const int left = margin;
    const int width = std::max(10, this->width() - 2 * margin);
    const int top = fm.height() + 6;
    const QRectF bar(left, top, width, kBarHeight);
    auto xOf = [&](qint64 t) {
        const double f = double(std::clamp(t, a, b) - a) / double(b - a);
        return left + f * width;
    };

    // Track.
    QPainterPath track;
    track.addRoundedRect(bar, 4, 4);
    p.fillPath(track, pal.color(QPalette::Base));
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.drawPath(track);

    p.save();
    p.setClipPath(track);
    // Clock-skew allowance: hatched before not-before and after expiry.
    QColor hatch = state;
    hatch.setAlpha(170);
    const double s0 = xOf(start.toSecsSinceEpoch() - skew);
    const double s1 = xOf(start.toSecsSinceEpoch());
    const double e0 = xOf(end.toSecsSinceEpoch());
    const double e1 = xOf(end.toSecsSinceEpoch() + skew);
    p.fillRect(QRectF(s0, bar.top(), s1 - s0, bar.height()), QBrush(hatch, Qt::BDiagPattern));
    p.fillRect(QRectF(e0, bar.top(), e1 - e0, bar.height()), QBrush(hatch, Qt::BDiagPattern));
    // The validity window.
    QColor fill = state;
    fill.setAlpha(m_owner->m_validity == TokenValidity::Expired ? 120 : 210);
    p.fillRect(QRectF(s1, bar.top(), e0 - s1, bar.height()), fill);
    p.restore();

    // Ticks and labels below the bar: issued / not before at the start, expires at the end.
    p.setPen(QPen(text, 1));
    const double labelTop = bar.bottom() + 4;
    auto tick = [&](double x, const QString &line1, const QString &line2, Qt::Alignment align) {
        p.drawLine(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom() + 3));
        const int w = std::max(fm.horizontalAdvance(line1), fm.horizontalAdvance(line2)) + 4;
        double lx = align == Qt::AlignLeft ? x - 2 : align == Qt::AlignRight ? x - w + 2 : x - w / 2.0;
        lx = std::clamp(lx, 0.0, double(this->width() - w));
        const QRectF r(lx, labelTop, w, fm.height() * 2 + 2);
        p.drawText(r, int(align) | Qt::AlignTop, line1 + QLatin1Char('\n') + line2);
    };
    const bool sameStart =
        !times.issuedAt.isValid() || !times.notBefore.isValid() || times.issuedAt == times.notBefore;
    if (times.issuedAt.isValid() || times.notBefore.isValid()) {
        const QString what = sameStart ? (times.issuedAt.isValid() ? TokenTimeline::tr("Issued")
                                                                   : TokenTimeline::tr("Not before"))
                                       : TokenTimeline::tr("Not before");
        tick(s1, what, clockText(start), Qt::AlignLeft);
        if (!sameStart)
            tick(xOf(times.issuedAt.toSecsSinceEpoch()), TokenTimeline::tr("Issued"),
                 clockText(times.issuedAt), Qt::AlignHCenter);
    }
    if (times.expiresAt.isValid())
        tick(e0, TokenTimeline::tr("Expires"), clockText(end), Qt::AlignRight);

    // "Now" marker above the bar.
    const double nx = nowOutside ? (n < a ? bar.left() : bar.right()) : xOf(n);
    QPen nowPen(text, 2);
    p.setPen(nowPen);
    p.drawLine(QPointF(nx, bar.top() - 4), QPointF(nx, bar.bottom() + 4));
    QString nowLabel = TokenTimeline::tr("Now %1").arg(clockText(now));
    if (nowOutside)
        nowLabel = n < a ? TokenTimeline::tr("◀ Now (%1 earlier)").arg(TokenTimeline::formatDuration(a - n))
                         : TokenTimeline::tr("Now (%1 later) ▶").arg(TokenTimeline::formatDuration(n - b));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const int lw = QFontMetrics(bold).horizontalAdvance(nowLabel) + 4;
    const double lx = std::clamp(nx - lw / 2.0, 0.0, std::max(0.0, double(this->width() - lw)));
    p.drawText(QRectF(lx, 0, lw, fm.height() + 2), Qt::AlignLeft | Qt::AlignTop, nowLabel);
}

// ---------------------------------------------------------------------------------------------------------------

TokenTimeline::TokenTimeline(QWidget *parent)
    : QWidget(parent), m_state(new QLabel), m_legend(new QLabel), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("tokenTimeline"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state->setObjectName(QStringLiteral("timelineState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    QFont f = m_state->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_state->setFont(f);
    m_bar = new TokenTimelineBar(this);
    m_bar->setObjectName(QStringLiteral("timelineBar"));
    m_legend->setObjectName(QStringLiteral("timelineLegend"));
    m_legend->setTextFormat(Qt::PlainText);
    m_legend->setWordWrap(true);
    m_legend->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_state);
    layout->addWidget(m_bar);
    layout->addWidget(m_legend);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TokenTimeline::refresh);
    setFocusPolicy(Qt::TabFocus);
    refresh();
}

void TokenTimeline::setTimes(const TokenTimes &times)
{
    m_times = times;
    if (m_times.isEmpty())
        m_timer->stop();
    else if (!m_timer->isActive())
        m_timer->start();
    refresh();
}

void TokenTimeline::setClockSkewSeconds(qint64 seconds)
{
    m_skew = std::max<qint64>(0, seconds);
    refresh();
}

void TokenTimeline::setExpiresSoonSeconds(qint64 seconds)
{
    m_soon = std::max<qint64>(0, seconds);
    refresh();
}

bool TokenTimeline::isTicking() const
{
    return m_timer->isActive();
}

QString TokenTimeline::formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 d = seconds / 86400;
    const qint64 h = (seconds % 86400) / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (d > 0)
        return h > 0 ? tr("%1 d %2 h").arg(d).arg(h) : tr("%1 d").arg(d);
    if (h > 0)
        return m > 0 ? tr("%1 h %2 min").arg(h).arg(m) : tr("%1 h").arg(h);
    if (m > 0)
        return tr("%1 min %2 s").arg(m).arg(s);
    return tr("%1 s").arg(s);
}

QString TokenTimeline::stateText() const
{
    return m_state->text();
}

void TokenTimeline::refresh()
{
    m_now = Clock::now();
    const TokenValidity before = m_validity;
    m_validity = m_times.isEmpty() ? TokenValidity::Unknown : m_times.validityAt(m_now, m_skew, m_soon);

    const QDateTime start = m_times.notBefore.isValid() ? m_times.notBefore : m_times.issuedAt;
    const QDateTime end = m_times.expiresAt;
    QString detail;
    switch (m_validity) {
    case TokenValidity::Unknown:
        detail = tr("this credential carries no validity times");
        break;
    case TokenValidity::NotYetValid:
        detail = start.isValid() ? tr("becomes valid in %1 (at %2, allowing %3 of clock skew)")
                                       .arg(formatDuration(m_now.secsTo(start) - m_skew), clockText(start),
                                            formatDuration(m_skew))
                                 : QString();
        break;
    case TokenValidity::Valid:
        detail = end.isValid()
                     ? tr("expires in %1 (at %2)").arg(formatDuration(m_now.secsTo(end)), clockText(end))
                     : tr("no expiry time");
        break;
    case TokenValidity::ExpiresSoon:
        detail = m_now.secsTo(end) >= 0
                     ? tr("expires in %1 (at %2)").arg(formatDuration(m_now.secsTo(end)), clockText(end))
                     : tr("expired %1 ago, still inside the %2 clock-skew allowance")
                           .arg(formatDuration(end.secsTo(m_now)), formatDuration(m_skew));
        break;
    case TokenValidity::Expired:
        detail = end.isValid()
                     ? tr("expired %1 ago (at %2)").arg(formatDuration(end.secsTo(m_now)), timeText(end))
                     : QString();
        break;
    }
    m_countdown = detail;
    const QString name =
        m_validity == TokenValidity::Unknown ? tr("No validity times") : tokenValidityName(m_validity);
    m_state->setText(
        detail.isEmpty() || m_validity == TokenValidity::Unknown
            ? (m_validity == TokenValidity::Unknown ? tr("No validity times: %1").arg(detail) : name)
            : tr("%1 — %2").arg(name, detail));
    QPalette statePalette = m_state->palette();
    statePalette.setColor(QPalette::WindowText, m_validity == TokenValidity::Unknown
                                                    ? palette().color(QPalette::WindowText)
                                                    : stateColor(m_validity, palette()));
    m_state->setPalette(statePalette);

    QStringList legend;
    if (m_times.issuedAt.isValid())
        legend << tr("Issued %1").arg(timeText(m_times.issuedAt));
    if (m_times.notBefore.isValid())
        legend << tr("Not before %1").arg(timeText(m_times.notBefore));
    if (m_times.expiresAt.isValid())
        legend << tr("Expires %1").arg(timeText(m_times.expiresAt));
    if (m_times.lifetimeSeconds() >= 0)
        legend << tr("Lifetime %1").arg(formatDuration(m_times.lifetimeSeconds()));
    if (!m_times.isEmpty())
        legend << tr("Clock-skew allowance %1 (hatched)").arg(formatDuration(m_skew));
    m_legend->setText(legend.join(QStringLiteral(" · ")));
    m_bar->setVisible(!m_times.isEmpty());
    m_legend->setVisible(!m_times.isEmpty());
    m_bar->update();
    updateAccessibility();
    if (before != m_validity)
        emit validityChanged(m_validity);
}

void TokenTimeline::updateAccessibility()
{
    setAccessibleName(tr("Token timeline: %1").arg(m_state->text()));
    setAccessibleDescription(m_legend->text());
    m_bar->setAccessibleName(tr("Time bar"));
    m_bar->setAccessibleDescription(m_legend->text());
}

void TokenTimeline::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        refresh();
}

} // namespace csc
