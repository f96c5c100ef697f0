// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ApiError.h"
#include "core/SecureBytes.h"
#include "net/RequestAuthorizer.h"

#include <QByteArray>

namespace csc {

/**
 * @brief Signs every attempt of a Cosmos DB data-plane request with an account key (primary, secondary or
 * read-only): a fresh `x-ms-date` (RFC 7231, from csc::Clock), `x-ms-version` and the percent-encoded
 * `type=master&ver=1.0&sig=...` authorization (MasterKeySigner).
 *
 * The key is decoded once and held only in a SecureBytes (wiped when the authorizer is destroyed). An invalid
 * key makes every authorize() fail with a Validation error, so nothing is sent. authorize() answers
 * synchronously; invalidate() returns false (a 401 is never helped by re-signing with the same key).
 * Thread-safe for concurrent authorize() calls (no mutable state).
 */
class MasterKeyAuthorizer : public RequestAuthorizer
{
public:
    /// `x-ms-version` the official SDKs send (@azure/cosmos, azure-cosmos).
    static QByteArray defaultApiVersion() { return QByteArrayLiteral("2020-07-15"); }

    explicit MasterKeyAuthorizer(const SecureBytes &base64Key, QByteArray apiVersion = defaultApiVersion());
    ~MasterKeyAuthorizer() override;

    bool isKeyValid() const { return m_valid; }
    QByteArray apiVersion() const { return m_version; }

    void authorize(const RestRequest &request, QObject *context, Done done) override;

    /// The three headers for one request at `date` (an IMF-fixdate); exposed for tests and for callers that
    /// build requests by hand. Empty when the key is invalid.
    HeaderList headersFor(const QByteArray &method, const QUrl &url, const QString &date) const;

private:
    SecureBytes m_decodedKey;
    ApiError m_keyError;
    bool m_valid = false;
    QByteArray m_version;
};

} // namespace csc
