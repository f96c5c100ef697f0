// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace csc {

/**
 * @brief Where secrets (client secrets, remembered keys, refresh tokens) live: the OS keychain, or memory for
 * this session only. Never a file.
 *
 * Asynchronous: `done` is called exactly once, later (never synchronously from the call), unless `context` is
 * destroyed first. Keys follow "profile/<id>/<kind>" or "<subscription>/<account>/<kind>".
 * A missing entry is an ApiError of kind SecretStore with code "NotFound".
 */
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    using WriteDone = std::function<void(Result<void>)>;
    using ReadDone = std::function<void(Result<SecureBytes>)>;

    virtual void write(const QString &key, const SecureBytes &value, QObject *context, WriteDone done) = 0;
    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    virtual void remove(const QString &key, QObject *context, WriteDone done) = 0; ///< missing = success
    /// true when secrets survive a restart (a real keychain)
    virtual bool isPersistent() const = 0;
    /// translated, e.g. "Secret Service (GNOME Keyring)" / "memory (this session only)"
    virtual QString backendName() const = 0;
    static QString notFoundCode() { return QStringLiteral("NotFound"); }

protected:
    /// Runs `call` later from the event loop, never synchronously. With a `context`, the call runs in the
    /// context's thread and is dropped if the context is destroyed first; without one (nullptr) it is queued
    /// on `owner`.
    static void deliverLater(QObject *context, QObject *owner, std::function<void()> call)
    {
        QPointer<QObject> guard(context);
        const bool hadContext = context != nullptr;
        QMetaObject::invokeMethod(
            hadContext ? context : owner,
            [guard, hadContext, call = std::move(call)]() {
                if (hadContext && !guard)
                    return;
                call();
            },
            Qt::QueuedConnection);
    }
};

/// Secrets in memory for the life of the object (wiped on removal and destruction). For tests and the
/// fallback.
class MemoryStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    ~MemoryStore() override;
    void write(const QString &key, const SecureBytes &value, QObject *context, WriteDone done) override;
    void read(const QString &key, QObject *context, ReadDone done) override;
    void remove(const QString &key, QObject *context, WriteDone done) override;
    bool isPersistent() const override { return false; }
    QString backendName() const override;

private:
    QHash<QString, SecureBytes> m_values;
};

/**
 * @brief The OS keychain through QtKeychain (Secret Service/libsecret on Linux, Keychain on macOS, Credential
 * Manager on Windows), insecure fallback off. `service` names the application's entries.
 */
class KeychainStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainStore(QString service = QStringLiteral("cosmos-security-console"),
                           QObject *parent = nullptr);
    void write(const QString &key, const SecureBytes &value, QObject *context, WriteDone done) override;
    void read(const QString &key, QObject *context, ReadDone done) override;
    void remove(const QString &key, QObject *context, WriteDone done) override;
    bool isPersistent() const override { return true; }
    QString backendName() const override;
    /// Writes and deletes a canary entry: success means the keychain is usable now (reads of missing entries
    /// succeed even when no Secret Service exists, so only a write tells).
    void probe(QObject *context, WriteDone done);

private:
    QString m_service;
};

/**
 * @brief What the application uses: the keychain when probe() succeeds, otherwise memory for this session
 * only, with unavailableReason() saying why (shown plainly in the UI). Until the probe has finished,
 * operations wait (the first operation starts the probe if start() was not called); an operation whose
 * context dies while waiting still runs, without its callback.
 */
class SessionSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit SessionSecretStore(KeychainStore *keychain, QObject *parent = nullptr); ///< takes ownership
    void start(); ///< runs the probe; emits availabilityDetermined
    bool isReady() const { return m_ready; }
    void write(const QString &key, const SecureBytes &value, QObject *context, WriteDone done) override;
    void read(const QString &key, QObject *context, ReadDone done) override;
    void remove(const QString &key, QObject *context, WriteDone done) override;
    bool isPersistent() const override;
    QString backendName() const override;
    QString unavailableReason() const { return m_reason; } ///< empty when the keychain works
signals:
    void availabilityDetermined(bool persistent, const QString &reason);

private:
    SecretStore *active() const;
    void finishProbe(bool keychainUsable, const QString &why);
    /// Runs op(context) now when the probe has finished, else after it (with nullptr if the context died).
    template <typename Op> void whenReady(QObject *context, Op op);
    KeychainStore *m_keychain;
    MemoryStore *m_memory;
    bool m_started = false;
    bool m_ready = false;
    bool m_keychainUsable = false;
    QString m_reason;
    QList<std::function<void()>> m_queued;
};

} // namespace csc
