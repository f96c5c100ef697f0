// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "SecretStore.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

namespace csc {

namespace {

/// Translated sentence for a keychain failure; never contains secret material.
QString failureMessage(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::AccessDeniedByUser:
        return KeychainStore::tr(
            "Access to the system keychain was refused. Allow the Cosmos Security Console to use the "
            "keychain and try again.");
    case QKeychain::AccessDenied:
        return KeychainStore::tr(
            "The system keychain is locked or refused access. Unlock it (for example by logging in "
            "to the desktop again) and try again.");
    case QKeychain::CouldNotDeleteEntry:
        return KeychainStore::tr("The system keychain could not delete the secret.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        break;
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    return KeychainStore::tr(
        "No system keychain (Secret Service) is available. GNOME Keyring, KWallet or another Secret "
        "Service provider must be running and unlocked in this desktop session.");
#else
    return KeychainStore::tr("The system keychain is not available.");
#endif
}

QString errorCode(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return SecretStore::notFoundCode();
    case QKeychain::CouldNotDeleteEntry:
        return QStringLiteral("CouldNotDeleteEntry");
    case QKeychain::AccessDeniedByUser:
        return QStringLiteral("AccessDeniedByUser");
    case QKeychain::AccessDenied:
        return QStringLiteral("AccessDenied");
    case QKeychain::NoBackendAvailable:
        return QStringLiteral("NoBackendAvailable");
    case QKeychain::NotImplemented:
        return QStringLiteral("NotImplemented");
    case QKeychain::OtherError:
        return QStringLiteral("OtherError");
    }
    return QStringLiteral("OtherError");
}

ApiError keychainError(const QKeychain::Job *job, const QString &key)
{
    ApiError e;
    e.kind = ApiError::Kind::SecretStore;
    e.code = errorCode(job->error());
    e.target = key; // the key's name, never its value
    if (job->error() == QKeychain::EntryNotFound)
        e.message = KeychainStore::tr("No secret is stored in the system keychain under “%1”.").arg(key);
    else
        e.message = failureMessage(job->error());
    if (!job->errorString().isEmpty())
        e.details << job->errorString();
    return e;
}

QString probeKey()
{
    return QStringLiteral("console/availability-probe");
}

/**
 * Keeps a reference to the job's secret buffer and wipes it once the job (which shares it) is gone: the
 * buffer is then ours alone, so SecureBytes::wipe really overwrites the bytes instead of skipping a shared
 * buffer.
 */
void wipeWhenJobIsGone(QKeychain::Job *job, QByteArray bytes)
{
    auto held = std::make_shared<QByteArray>(std::move(bytes));
    QObject::connect(job, &QObject::destroyed, [held]() { SecureBytes::wipe(*held); });
}

} // namespace

KeychainStore::KeychainStore(QString service, QObject *parent)
    : SecretStore(parent), m_service(std::move(service))
{}

// Jobs have no parent: they run to completion even if this store is destroyed meanwhile (QtKeychain's
// backends call back into the job), and delete themselves after `finished`.

void KeychainStore::write(const QString &key, const SecureBytes &value, QObject *context, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false); // never a plain-text file, whatever the library's default is
    job->setAutoDelete(true);
    job->setKey(key);
    // A private deep copy: if the job shared the caller's buffer, SecureBytes could not wipe it later.
    QByteArray copy(value.bytes().constData(), value.size());
    job->setBinaryData(copy);
    wipeWhenJobIsGone(job, std::move(copy));
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, job,
            [key, guard, hadContext, done = std::move(done)](QKeychain::Job *j) {
                if (hadContext && !guard)
                    return;
                Result<void> result;
                if (j->error() != QKeychain::NoError) {
                    if (key != probeKey()) // the probe's caller reports its outcome
                        qCWarning(lcSecrets).noquote()
                            << "Keychain write of" << key << "failed:" << j->errorString();
                    result = keychainError(j, key);
                }
                deliverLater(guard.data(), QCoreApplication::instance(), [result, done]() {
                    if (done)
                        done(result);
                });
            });
    job->start();
}

void KeychainStore::read(const QString &key, QObject *context, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, job,
            [key, guard, hadContext, done = std::move(done)](QKeychain::Job *j) {
                auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
                if (j->error() != QKeychain::NoError) {
                    if (j->error() != QKeychain::EntryNotFound)
                        qCWarning(lcSecrets).noquote()
                            << "Keychain read of" << key << "failed:" << j->errorString();
                    if (hadContext && !guard)
                        return;
                    const ApiError error = keychainError(j, key);
                    deliverLater(guard.data(), QCoreApplication::instance(), [error, done]() {
                        if (done)
                            done(Result<SecureBytes>(error));
                    });
                    return;
                }
                QByteArray data = readJob->binaryData();
                SecureBytes secret(data); // deep copy
                wipeWhenJobIsGone(j, std::move(data));
                if (hadContext && !guard)
                    return;
                deliverLater(guard.data(), QCoreApplication::instance(), [secret, done]() {
                    if (done)
                        done(Result<SecureBytes>(secret));
                });
            });
    job->start();
}

void KeychainStore::remove(const QString &key, QObject *context, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, job,
            [key, guard, hadContext, done = std::move(done)](QKeychain::Job *j) {
                if (hadContext && !guard)
                    return;
                Result<void> result;
                // A missing entry is success: the secret is gone either way.
                if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
                    qCWarning(lcSecrets).noquote()
                        << "Keychain delete of" << key << "failed:" << j->errorString();
                    result = keychainError(j, key);
                }
                deliverLater(guard.data(), QCoreApplication::instance(), [result, done]() {
                    if (done)
                        done(result);
                });
            });
    job->start();
}

QString KeychainStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_IOS)
    return tr("iOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#elif defined(Q_OS_ANDROID)
    return tr("Android Keystore");
#else
    return tr("Secret Service (GNOME Keyring, KWallet …)");
#endif
}

void KeychainStore::probe(QObject *context, WriteDone done)
{
    // Reads of a missing entry succeed (EntryNotFound) even without any Secret Service, so only a write tells
    // whether secrets can be stored. The canary is random bytes, not a secret, and is deleted right away.
    QByteArray canary(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(canary.begin(), canary.end());
    const SecureBytes value(canary);
    SecureBytes::wipe(canary);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QPointer<KeychainStore> self(this);
    write(probeKey(), value, this, [self, guard, hadContext, done](Result<void> written) {
        if (!written.ok()) {
            if (!hadContext || guard) {
                if (done)
                    done(written);
            }
            return;
        }
        self->remove(probeKey(), self, [guard, hadContext, done](Result<void> removed) {
            if (hadContext && !guard)
                return;
            if (done)
                done(removed);
        });
    });
}

} // namespace csc
