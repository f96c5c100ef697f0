// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "SecretStore.h"

#include "core/Logging.h"

#include <QPointer>

#include <utility>

namespace csc {

SessionSecretStore::SessionSecretStore(KeychainStore *keychain, QObject *parent)
    : SecretStore(parent), m_keychain(keychain), m_memory(new MemoryStore(this))
{
    if (m_keychain)
        m_keychain->setParent(this);
}

void SessionSecretStore::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_keychain) {
        deliverLater(nullptr, this,
                     [this]() { finishProbe(false, tr("No system keychain is configured.")); });
        return;
    }
    qCInfo(lcSecrets).noquote() << "Checking the system keychain:" << m_keychain->backendName();
    m_keychain->probe(this, [this](Result<void> result) {
        if (result.ok()) {
            finishProbe(true, {});
            return;
        }
        qCInfo(lcSecrets).noquote() << "System keychain not usable:" << result.error().code
                                    << result.error().details.join(QStringLiteral("; "));
        finishProbe(false, result.error().message);
    });
}

void SessionSecretStore::finishProbe(bool keychainUsable, const QString &why)
{
    m_ready = true;
    m_keychainUsable = keychainUsable;
    if (keychainUsable) {
        m_reason.clear();
        qCInfo(lcSecrets).noquote() << "Secrets are stored in the system keychain:"
                                    << m_keychain->backendName();
    } else {
        m_reason = tr("%1 Secrets you enter are kept in memory for this session "
                      "only and are never written to disk; the console will ask for them again next time.")
                       .arg(why);
        qCInfo(lcSecrets).noquote()
            << "No usable system keychain; secrets are kept in memory for this session only";
    }
    emit availabilityDetermined(m_keychainUsable, m_reason);
    const QList<std::function<void()>> queued = std::exchange(m_queued, {});
    for (const auto &op : queued)
        op();
}

template <typename Op> void SessionSecretStore::whenReady(QObject *context, Op op)
{
    if (m_ready) {
        op(context);
        return;
    }
    // Wait for the probe. If the caller's context dies meanwhile, the operation still runs (a write or
    // removal must not be lost) but nobody is called back: a dead context is replaced by this store and a
    // no-op callback.
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    m_queued.append([guard, hadContext, op]() { op(hadContext && !guard ? nullptr : guard.data()); });
    start();
}

void SessionSecretStore::write(const QString &key, const SecureBytes &value, QObject *context, WriteDone done)
{
    const bool hadContext = context != nullptr;
    whenReady(context, [this, key, value, hadContext, done](QObject *ctx) {
        if (hadContext && !ctx)
            active()->write(key, value, this, {});
        else
            active()->write(key, value, ctx, done);
    });
}

void SessionSecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    const bool hadContext = context != nullptr;
    whenReady(context, [this, key, hadContext, done](QObject *ctx) {
        if (hadContext && !ctx)
            return;
        active()->read(key, ctx, done);
    });
}

void SessionSecretStore::remove(const QString &key, QObject *context, WriteDone done)
{
    const bool hadContext = context != nullptr;
    whenReady(context, [this, key, hadContext, done](QObject *ctx) {
        if (hadContext && !ctx)
            active()->remove(key, this, {});
        else
            active()->remove(key, ctx, done);
    });
}

bool SessionSecretStore::isPersistent() const
{
    return m_ready && m_keychainUsable;
}

QString SessionSecretStore::backendName() const
{
    if (!m_ready)
        return tr("system keychain (checking…)");
    return active()->backendName();
}

SecretStore *SessionSecretStore::active() const
{
    if (m_keychainUsable && m_keychain)
        return m_keychain;
    return m_memory;
}

} // namespace csc
