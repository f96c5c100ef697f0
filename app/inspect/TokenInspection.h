// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inspect/ConnectionString.h"
#include "inspect/CosmosCredential.h"
#include "inspect/Jwt.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace csc {

/// What kind of credential the inspector recognised.
enum class CredentialKind
{
    Unknown,         ///< not recognised (or empty, too large, not text): see InspectionReport::error
    Jwt,             ///< an Entra ID access or ID token
    BearerHeader,    ///< `Authorization: Bearer <jwt>` / `Bearer <jwt>`
    CosmosMaster,    ///< `type=master&ver=1.0&sig=...`
    CosmosResource,  ///< `type=resource&ver=1&sig=...;...;` sent as an authorization header value
    CosmosAad,       ///< `type=aad&ver=1.0&sig=<jwt>`
    ResourceToken,   ///< a bare resource token (the `_token` of a permission)
    PermissionJson,  ///< a permission document with `_token`
    ConnectionString ///< a Cosmos DB connection string
};

/// Stable names for JSON ("jwt", "bearer-header", "cosmos-master", ...).
QString credentialKindId(CredentialKind kind);
/// Translated names ("Entra ID access token", "Cosmos DB master-key signature", ...).
QString credentialKindName(CredentialKind kind);

/// One row of the details: grouped by section, with a plain-language explanation.
struct InspectionField
{
    QString section;     ///< translated group ("Header", "Claims", "Authorization", "Connection string", ...)
    QString name;        ///< raw name ("aud", "AccountEndpoint", "sig")
    QString label;       ///< translated short label ("Audience"); empty for unknown claims
    QString value;       ///< display value; secrets are masked or reduced to their length, never shown
    QString explanation; ///< translated; empty for unknown claims (shown raw)
    bool secret = false; ///< the value stands for a secret (masked)
};

/// One finding in the warnings list.
struct InspectionWarning
{
    enum class Severity
    {
        Info,
        Warning,
        Critical
    };
    QString code; ///< stable ("expired", "not-yet-valid", "long-lifetime", "alg-none", "master-key",
                  ///< "broad-scope", "privileged-role", "read-write-key", "certificate-validation-off",
                  ///< "plain-http", "wrong-audience", "wrong-tenant", ...)
    Severity severity = Severity::Warning;
    QString text;   ///< translated: what is wrong
    QString advice; ///< translated: what to do

    static QString severityId(Severity severity); ///< "info", "warning", "critical"
};

/// Where a token stands in time.
enum class TokenValidity
{
    Unknown,     ///< no times known (master signatures, Azure resource tokens, connection strings)
    NotYetValid, ///< now + skew < nbf (or iat when there is no nbf)
    Valid,
    ExpiresSoon, ///< valid, but exp - now <= the "expires soon" threshold
    Expired      ///< now - skew >= exp
};
QString tokenValidityId(TokenValidity validity);   ///< "unknown", "not-yet-valid", "valid", ...
QString tokenValidityName(TokenValidity validity); ///< translated

/// The times a token carries (invalid QDateTime = absent).
struct TokenTimes
{
    QDateTime issuedAt;
    QDateTime notBefore;
    QDateTime expiresAt;

    bool isEmpty() const { return !issuedAt.isValid() && !notBefore.isValid() && !expiresAt.isValid(); }
    /// exp - (nbf or iat) in seconds; -1 when unknown.
    qint64 lifetimeSeconds() const;
    /// The state at `now` with a clock skew allowance on both ends.
    TokenValidity validityAt(const QDateTime &now, qint64 skewSeconds, qint64 expiresSoonSeconds) const;
};

/// What the inspector can say about an Entra JWT at a glance (Cosmos-aware checks and the summary use it).
struct JwtSummary
{
    bool v2 = false; ///< ver 2.0
    bool appOnly =
        false; ///< an application (client-credentials / managed identity) token: idtyp app, or no scp
    bool idToken = false; ///< an ID token (aud is a client id and there is no scp/roles), not an access token
    QString issuer;
    QString audience;
    QString tenantId;
    QString objectId;
    QString appId;      ///< appid (v1) or azp (v2)
    QString subject;    ///< upn / preferred_username / unique_name / name, for display
    QStringList scopes; ///< scp split on spaces
    QStringList roles;
    QStringList groups;
};

/// Tunables of an inspection (the panel's settings, the CLI's options).
struct InspectOptions
{
    QDateTime now;                                 ///< required (Clock::now() in the app)
    qint64 clockSkewSeconds = 300;                 ///< allowance on nbf/exp (Entra's default is 5 min)
    qint64 expiresSoonSeconds = 300;               ///< "expires soon" threshold
    qint64 maxTokenLifetimeSeconds = 24 * 3600;    ///< policy: longer-lived JWTs get a warning
    qint64 maxResourceTokenLifetimeSeconds = 3600; ///< policy: resource tokens (service default 1 h)
};

/**
 * @brief The whole analysis of one pasted input: kind, details with explanations, times, warnings, and the
 * parsed credential for the follow-up checks (signature verification, Cosmos-aware checks, master-key form).
 *
 * Holds no copy of the input; secrets (master signature, key, resource token) are only in the parsed
 * structures, never in `fields`, `summary`, toJson() or toText().
 */
struct InspectionReport
{
    CredentialKind kind = CredentialKind::Unknown;
    QString summary; ///< translated one-liner ("Entra ID v2.0 access token for https://cosmos.azure.com,
                     ///< app-only")
    QString error;   ///< translated reason when kind is Unknown or the recognised form is malformed
    QList<InspectionField> fields;
    QList<InspectionWarning> warnings;
    TokenTimes times;
    TokenValidity validity = TokenValidity::Unknown; ///< at InspectOptions::now

    std::optional<Jwt> jwt; ///< Jwt, BearerHeader, CosmosAad
    std::optional<JwtSummary> jwtSummary;
    std::optional<CosmosAuthValue> cosmosAuth;      ///< CosmosMaster, CosmosResource, CosmosAad
    std::optional<ResourceTokenInfo> resourceToken; ///< CosmosResource, ResourceToken, PermissionJson
    std::optional<PermissionDocument> permission;   ///< PermissionJson
    std::optional<CosmosConnectionString> connectionString;

    enum class Verdict
    {
        Valid,     ///< recognised, well-formed, not expired / not yet valid, no critical warning
        Invalid,   ///< recognised but malformed, expired, not yet valid, or a critical warning (alg none ...)
        Unreadable ///< nothing recognisable
    };
    Verdict verdict() const;
    static QString verdictId(Verdict verdict); ///< "valid", "invalid", "unreadable"

    bool hasWarning(const QString &code) const;
    /// Machine-readable form for `inspect --json` (no secrets): kind, summary, verdict, validity, times (ISO
    /// 8601 UTC + epoch), lifetime, fields, warnings, error.
    QJsonObject toJson() const;
    /// Human-readable form for `inspect` (no secrets), sections and aligned columns, ending with warnings.
    QString toText() const;
};

/**
 * @brief Detects what `input` is and analyses it. Pure (time comes from options.now), deterministic, bounded:
 * inputs over kMaxInput bytes, empty input, binary input and non-UTF-8 text are reported as Unknown with a
 * clear error. Tries, in order: connection string, permission JSON, `Authorization:`/`Bearer` header lines,
 * Cosmos authorization values (raw or percent-encoded), bare resource tokens, JWTs (also a JWT inside a
 * `type=aad` value); nested encodings are peeled a bounded number of times.
 */
class TokenInspector
{
public:
    static constexpr qsizetype kMaxInput = 1024 * 1024;
    static InspectionReport inspect(QByteArrayView input, const InspectOptions &options);
};

} // namespace csc
