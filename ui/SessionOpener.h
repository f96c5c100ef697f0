// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ConnectionProfile.h"
#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QCoreApplication>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QObject;

namespace csc {

class AzureSession;
class RequestLog;
class SecretStore;

/**
 * @brief Turns a connection profile into a live AzureSession. The SessionController asks its openers in order
 * and uses the first whose handles() accepts the profile.
 *
 * This is the seam for profiles that need more than a stored secret: the local cloud's opener (next issue)
 * starts the emulator first, then creates the session against it.
 */
class SessionOpener
{
public:
    /// What signing in needs: the complete profile and its secret.
    struct SignIn
    {
        ConnectionProfile profile;
        SecureBytes secret;
    };
    using Done = std::function<void(Result<std::unique_ptr<AzureSession>>)>;
    using Resolved = std::function<void(Result<SignIn>)>;
    virtual ~SessionOpener() = default;
    virtual bool handles(const ConnectionProfile &profile) const = 0;
    /// Completes `profile` and finds its secret (used by "Test connection" and by open()). Calls `done`
    /// exactly once, later, unless `context` is destroyed first.
    virtual void resolve(const ConnectionProfile &profile, QObject *context, Resolved done) = 0;
    /// Calls `done` exactly once, later, unless `context` is destroyed first.
    virtual void open(const ConnectionProfile &profile, QObject *context, Done done) = 0;
};

/**
 * @brief Opens Entra client-secret profiles: reads the client secret from the SecretStore and creates the
 * session (the secret lives only in SecureBytes on the way).
 */
class ClientSecretOpener : public SessionOpener
{
    Q_DECLARE_TR_FUNCTIONS(csc::ClientSecretOpener)
public:
    ClientSecretOpener(SecretStore *store, QNetworkAccessManager *nam, RequestLog *log);
    bool handles(const ConnectionProfile &profile) const override;
    void resolve(const ConnectionProfile &profile, QObject *context, Resolved done) override;
    void open(const ConnectionProfile &profile, QObject *context, Done done) override;

    /// The user-facing error for a secret that cannot be read (NotFound becomes "enter the secret").
    static ApiError secretReadError(const ConnectionProfile &profile, const ApiError &error);

private:
    QPointer<SecretStore> m_store;
    QNetworkAccessManager *m_nam;
    RequestLog *m_log;
};

} // namespace csc
