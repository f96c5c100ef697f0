// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "SessionOpener.h"

#include "net/AzureSession.h"
#include "secrets/SecretStore.h"

#include <QTimer>

namespace csc {

ClientSecretOpener::ClientSecretOpener(SecretStore *store, QNetworkAccessManager *nam, RequestLog *log)
    : m_store(store), m_nam(nam), m_log(log)
{}

bool ClientSecretOpener::handles(const ConnectionProfile &profile) const
{
    return profile.authMethod == ConnectionProfile::AuthMethod::ClientSecret && !profile.localCloud;
}

ApiError ClientSecretOpener::secretReadError(const ConnectionProfile &profile, const ApiError &error)
{
    if (error.code == SecretStore::notFoundCode()) {
        ApiError e = ApiError::make(
            ApiError::Kind::Auth, tr("No client secret is stored for the connection “%1”. Open Connections, "
                                     "enter the client secret and save.")
                                      .arg(profile.name));
        e.code = error.code;
        return e;
    }
    return error;
}

void ClientSecretOpener::resolve(const ConnectionProfile &profile, QObject *context, Resolved done)
{
    if (!m_store) {
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, context, [guard, done] {
            if (guard)
                done(ApiError::make(ApiError::Kind::SecretStore, tr("No secret store is available.")));
        });
        return;
    }
    m_store->read(profile.secretKey(ConnectionProfile::clientSecretKind()), context,
                  [profile, done](Result<SecureBytes> secret) {
                      if (!secret.ok()) {
                          done(secretReadError(profile, secret.error()));
                          return;
                      }
                      done(SignIn{profile, secret.value()});
                  });
}

void ClientSecretOpener::open(const ConnectionProfile &profile, QObject *context, Done done)
{
    QNetworkAccessManager *nam = m_nam;
    RequestLog *log = m_log;
    resolve(profile, context, [nam, log, done](Result<SignIn> signIn) {
        if (!signIn.ok()) {
            done(signIn.error());
            return;
        }
        done(AzureSession::create(signIn.value().profile, signIn.value().secret, nam, log));
    });
}

} // namespace csc
