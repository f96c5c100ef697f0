// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/TokenCredential.h"

#include <QCoreApplication>

namespace csc {

BearerAuthorizer::BearerAuthorizer(TokenCredential *credential, QString scope)
    : m_credential(credential), m_scope(std::move(scope))
{}

void BearerAuthorizer::authorize(const RestRequest &request, QObject *context, Done done)
{
    Q_UNUSED(request)
    if (!m_credential) {
        done(ApiError::make(
            ApiError::Kind::Auth,
            QCoreApplication::translate("csc::BearerAuthorizer",
                                        "The sign-in for this connection has ended; connect again.")));
        return;
    }
    m_credential->getToken(m_scope, context, [done = std::move(done)](const Result<AccessToken> &token) {
        if (!token.ok()) {
            done(token.error());
            return;
        }
        QByteArray value = QByteArrayLiteral("Bearer ") + token.value().token.bytes();
        HeaderList headers{{QByteArrayLiteral("Authorization"), value}};
        SecureBytes::wipe(value);
        done(std::move(headers));
    });
}

bool BearerAuthorizer::invalidate()
{
    if (!m_credential)
        return false;
    m_credential->invalidate(m_scope);
    return true;
}

} // namespace csc
