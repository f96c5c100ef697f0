// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/SecretClipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QSettings>
#include <QTimer>

namespace csc {

namespace {

QByteArray digestOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QClipboard *systemClipboard()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ? QGuiApplication::clipboard()
                                                                         : nullptr;
}

} // namespace

SecretClipboard::SecretClipboard(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &SecretClipboard::tick);
    if (QClipboard *clipboard = systemClipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &SecretClipboard::onClipboardChanged);
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &SecretClipboard::clearNow);
}

SecretClipboard::~SecretClipboard()
{
    // A panel that goes away does not leave its secret behind.
    clearNow();
}

int SecretClipboard::clearSeconds() const
{
    if (!m_settings)
        return kDefaultClearSeconds;
    bool ok = false;
    const int seconds = m_settings->value(clearSecondsKey(), kDefaultClearSeconds).toInt(&ok);
    return ok && seconds >= 0 ? seconds : kDefaultClearSeconds;
}

QMimeData *SecretClipboard::createMimeData(const SecureBytes &value)
{
    auto *mime = new QMimeData;
    mime->setData(QStringLiteral("text/plain;charset=utf-8"), value.bytes());
    mime->setData(QStringLiteral("text/plain"), value.bytes());
    // KDE Klipper, GNOME/other clipboard managers that follow KDE's hint: do not keep it in the history.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // macOS: NSPasteboard concealed type (clipboard managers skip it).
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArray());
    // Windows: no clipboard history, no cloud clipboard, no monitoring (registered formats via Qt's
    // windows-mime mapping; DWORD 0 / any value as the documents ask).
    const QByteArray zero(4, '\0');
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""),
                  zero);
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""), zero);
    mime->setData(QStringLiteral(
                      "application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""),
                  QByteArrayLiteral("1"));
    return mime;
}

void SecretClipboard::copy(const SecureBytes &value, const QString &what)
{
    QClipboard *clipboard = systemClipboard();
    if (!clipboard || value.isEmpty())
        return;
    // Set before setMimeData(): dataChanged() arrives synchronously and must see the new value as ours.
    m_digest = digestOf(value.bytes());
    m_what = what;
    clipboard->setMimeData(createMimeData(value), QClipboard::Clipboard);
    const int seconds = clearSeconds();
    m_secondsLeft = seconds;
    if (seconds > 0)
        m_timer->start();
    else
        m_timer->stop();
    emit copied(what, seconds);
    if (seconds > 0)
        emit countdownChanged(m_secondsLeft);
}

bool SecretClipboard::holdsOurValue() const
{
    QClipboard *clipboard = systemClipboard();
    if (!clipboard || m_digest.isEmpty())
        return false;
    const QMimeData *mime = clipboard->mimeData(QClipboard::Clipboard);
    if (!mime || !mime->hasText())
        return false;
    QByteArray text = mime->data(QStringLiteral("text/plain"));
    if (text.isEmpty()) {
        QString asText = mime->text();
        text = asText.toUtf8();
        SecureBytes::wipe(asText);
    }
    const bool ours = digestOf(text) == m_digest;
    SecureBytes::wipe(text);
    return ours;
}

QString SecretClipboard::statusText() const
{
    if (m_digest.isEmpty())
        return {};
    if (m_secondsLeft > 0)
        return tr("%1 copied; the clipboard is cleared in %n s", nullptr, m_secondsLeft).arg(m_what);
    return tr("%1 copied; the clipboard is cleared when you quit").arg(m_what);
}

void SecretClipboard::tick()
{
    if (m_secondsLeft <= 0) {
        m_timer->stop();
        return;
    }
    --m_secondsLeft;
    if (m_secondsLeft > 0) {
        emit countdownChanged(m_secondsLeft);
        return;
    }
    clearNow();
}

void SecretClipboard::onClipboardChanged()
{
    if (m_digest.isEmpty() || holdsOurValue())
        return;
    // Something else was copied meanwhile: leave it alone and stop counting.
    stop();
    emit finished(false);
}

void SecretClipboard::clearNow()
{
    if (m_digest.isEmpty())
        return;
    const bool ours = holdsOurValue();
    stop(); // before clear(): the dataChanged() it emits must find nothing to do
    if (ours) {
        if (QClipboard *clipboard = systemClipboard())
            clipboard->clear(QClipboard::Clipboard);
    }
    emit finished(ours);
}

void SecretClipboard::stop()
{
    m_timer->stop();
    m_digest.clear();
    m_what.clear();
    const bool wasCounting = m_secondsLeft > 0;
    m_secondsLeft = 0;
    if (wasCounting)
        emit countdownChanged(0);
}

} // namespace csc
