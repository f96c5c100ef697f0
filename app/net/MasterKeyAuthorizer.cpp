// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/MasterKeyAuthorizer.h"

#include "core/Clock.h"
#include "core/MasterKeySigner.h"

#include <utility>

namespace csc {

MasterKeyAuthorizer::MasterKeyAuthorizer(const SecureBytes &base64Key, QByteArray apiVersion)
    : m_version(std::move(apiVersion))
{
    Result<SecureBytes> key = MasterKeySigner::decodeKey(base64Key);
    if (key.ok()) {
        m_decodedKey = std::move(key).value();
        m_valid = true;
    } else {
        m_keyError = key.error();
    }
}

MasterKeyAuthorizer::~MasterKeyAuthorizer() = default;

HeaderList MasterKeyAuthorizer::headersFor(const QByteArray &method, const QUrl &url,
                                           const QString &date) const
{
    if (!m_valid)
        return {};
    const CosmosResource resource = MasterKeySigner::resourceFromUrl(url);
    return {{QByteArrayLiteral("authorization"),
             MasterKeySigner::authorizationHeaderWithDecodedKey(m_decodedKey, method, resource, date)},
            {QByteArrayLiteral("x-ms-date"), date.toLatin1()},
            {QByteArrayLiteral("x-ms-version"), m_version}};
}

void MasterKeyAuthorizer::authorize(const RestRequest &request, QObject *context, Done done)
{
    Q_UNUSED(context) // answers synchronously
    if (!m_valid) {
        done(m_keyError);
        return;
    }
    done(headersFor(request.method.toUpper(), request.url, MasterKeySigner::httpDate(Clock::now())));
}

} // namespace csc
