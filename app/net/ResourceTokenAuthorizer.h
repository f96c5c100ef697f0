// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/SecureBytes.h"
#include "net/RequestAuthorizer.h"

#include <QByteArray>

namespace csc {

/**
 * @brief Authorizes Cosmos DB data-plane requests with a resource token (a permission's `_token`,
 * `type=resource&ver=1&sig=...;...;`): `authorization` = the token percent-encoded as the SDKs do
 * (encodeURIComponent), plus `x-ms-date` and `x-ms-version` as on every SDK request. No HMAC is computed: the
 * token is opaque and only the service can verify it.
 *
 * The token is held in a SecureBytes. An empty token makes authorize() fail with a Validation error.
 * authorize() answers synchronously; invalidate() returns false (an expired token needs a new permission
 * read).
 */
class ResourceTokenAuthorizer : public RequestAuthorizer
{
public:
    explicit ResourceTokenAuthorizer(const SecureBytes &token,
                                     QByteArray apiVersion = QByteArrayLiteral("2020-07-15"));
    void authorize(const RestRequest &request, QObject *context, Done done) override;
    /// The headers for one request at `date` (an IMF-fixdate).
    HeaderList headersFor(const QString &date) const;

private:
    SecureBytes m_token;
    QByteArray m_version;
};

} // namespace csc
