// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/SecureBytes.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QMimeData;
class QSettings;
class QTimer;

namespace csc {

/**
 * @brief Copies secrets (keys, connection strings, tokens) to the system clipboard the way a password
 * manager does (KeePassXC `gui/Clipboard.cpp`): the data is marked as secret for clipboard managers and
 * history (`x-kde-passwordManagerHint: secret`, the macOS concealed type, the Windows history/cloud
 * exclusions), and the clipboard is cleared after a countdown and when the application quits, but only
 * while it still holds the value copied last. Only a SHA-256 digest of that value is kept, never the value.
 *
 * The countdown comes from QSettings `clipboard/clearSeconds` (default 30; 0 = never clear by time). Lives on
 * the GUI thread.
 */
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultClearSeconds = 30;
    static QString clearSecondsKey() { return QStringLiteral("clipboard/clearSeconds"); }

    /// `settings` (may be null) is read at every copy, so a changed countdown applies to the next copy.
    explicit SecretClipboard(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~SecretClipboard() override;

    /// Puts `value` on the clipboard, marked secret, and starts the countdown. `what` (translated, e.g.
    /// "Primary key") is only used for the status text.
    void copy(const SecureBytes &value, const QString &what);
    /// The mime data copy() puts on the clipboard (text/plain plus the concealment hints). Caller owns it.
    static QMimeData *createMimeData(const SecureBytes &value);

    /// Seconds until the clipboard is cleared; 0 when no countdown runs.
    int secondsLeft() const { return m_secondsLeft; }
    bool isCountingDown() const { return m_secondsLeft > 0; }
    /// What was copied last (while the countdown runs), e.g. "Primary key".
    QString what() const { return m_what; }
    /// True while the clipboard holds the value copied last.
    bool holdsOurValue() const;
    /// Translated status: "Primary key copied; the clipboard is cleared in 27 s", or empty.
    QString statusText() const;

public slots:
    /// Clears the clipboard now if it still holds our value; stops the countdown either way.
    void clearNow();

signals:
    void copied(const QString &what, int clearSeconds);
    /// Every second of the countdown.
    void countdownChanged(int secondsLeft);
    /// The countdown ended: `clearedByUs` is false when the clipboard already held something else.
    void finished(bool clearedByUs);

private:
    void tick();
    void onClipboardChanged();
    void stop();
    int clearSeconds() const;

    QSettings *m_settings;
    QTimer *m_timer;
    QByteArray m_digest; ///< SHA-256 of the value copied last; empty when none
    QString m_what;
    int m_secondsLeft = 0;
};

} // namespace csc
