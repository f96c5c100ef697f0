// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CloudEnvironment.h"
#include "core/SecureBytes.h"
#include "net/RestTypes.h"
#include "net/TokenCredential.h"

#include <QDateTime>
#include <QList>
#include <QPointer>

namespace csc {

class ApiClient;
class RestJob;

/**
 * @brief The token-endpoint half that every Entra ID credential shares: sends one
 * `POST {authority}/{tenant}/oauth2/v2.0/token` (application/x-www-form-urlencoded) and turns the answer into
 * an AccessToken.
 *
 * Credentials only supply their grant parameters: ClientSecretCredential sends client_id, scope,
 * grant_type=client_credentials and client_secret; the certificate assertion (client_assertion_type +
 * client_assertion), auth code + PKCE (code, redirect_uri, code_verifier), device code (device_code) and
 * refresh_token grants reuse requestToken() unchanged. Field values are SecureBytes because most of them are
 * secret; the request is never logged with its body (RequestLog only records method, URL and status) and the
 * response is marked sensitive. Token requests are safe to repeat, so they are retried like idempotent
 * requests (network errors, 408/429/5xx) but never on other 4xx answers.
 *
 * Entra errors (`error`, `error_description`, `error_codes`, `trace_id`, `correlation_id`) come back as
 * ApiErrors of kind Http with `code` = `error`, parsed by ApiClient. A copyable value; `client` is not owned.
 * Lives on the ApiClient's thread.
 */
class EntraTokenClient
{
public:
    /// One name=value pair of the form body; the value may be secret.
    struct FormField
    {
        QByteArray name;
        SecureBytes value;
    };
    using Form = QList<FormField>;
    static FormField field(const char *name, const QString &value);
    static FormField secretField(const char *name, const SecureBytes &value)
    {
        return {QByteArray(name), value};
    }

    EntraTokenClient(ApiClient *client, CloudEnvironment cloud, QString tenantId);

    ApiClient *client() const; ///< null once the ApiClient is destroyed
    const CloudEnvironment &cloud() const { return m_cloud; }
    QString tenantId() const { return m_tenantId; }
    /// {authority}/{tenant}/oauth2/v2.0/token of the cloud.
    QUrl tokenEndpoint() const;

    /**
     * Posts `form` to the token endpoint and calls `done` exactly once with the parsed token for `scope`
     * (unless `context` is destroyed first). Returns the job so the caller can abort it (then `done` gets
     * Cancelled), or nullptr when the ApiClient is gone (then `done` gets an Auth error, queued).
     */
    RestJob *requestToken(const QString &scope, const Form &form, QObject *context,
                          TokenCredential::Done done) const;

    /// Percent-encodes every name and value (RFC 3986 unreserved characters kept, everything else %XX) and
    /// joins them with '&'. The result holds secrets: wipe it after use.
    static QByteArray encodeForm(const Form &form);
    /// Reads `access_token`, `token_type` (Bearer, optional) and `expires_in` (number or numeric string; else
    /// `expires_on`, epoch seconds, as number or string) from a token endpoint answer received for a request
    /// sent at `sentAt`. A Parse error when something required is missing.
    static Result<AccessToken> parseTokenResponse(const RestResponse &response, const QString &scope,
                                                  const QDateTime &sentAt);
    /// When to ask again: 5 minutes before expiry, or half-way through the lifetime when it is under 10
    /// minutes.
    static QDateTime refreshAfter(const QDateTime &issuedAt, const QDateTime &expiresOn);

private:
    QPointer<ApiClient> m_client;
    CloudEnvironment m_cloud;
    QString m_tenantId;
};

} // namespace csc
