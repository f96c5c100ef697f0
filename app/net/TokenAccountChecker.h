// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CloudEnvironment.h"
#include "core/CosmosAccount.h"
#include "core/MasterKeySigner.h"
#include "core/Result.h"
#include "core/SecureBytes.h"
#include "core/SqlRbac.h"
#include "inspect/TokenInspection.h"
#include "net/KeysService.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace csc {

class AbstractJob;
class AzureSession;

/// One line of the Cosmos-aware checks.
struct AccountCheck
{
    enum class Status
    {
        Pass,
        Attention,
        Fail,
        Info
    };
    QString id; ///< stable: "audience", "tenant", "assignments", "local-auth", "permission", "key-kind", ...
    Status status = Status::Info;
    QString title;  ///< translated ("Audience fits this account")
    QString detail; ///< translated, what it means and what to do
};

/// A data-plane role assignment that applies to the token's principal (directly or through a group claim).
struct MatchedAssignment
{
    SqlRoleAssignment assignment;
    QString roleName;        ///< the definition's roleName ("Cosmos DB Built-in Data Reader")
    QStringList dataActions; ///< of the definition
    QString scopeText;       ///< "the whole account", "database shop", "container shop/orders"
    bool viaGroup = false;   ///< matched a `groups` claim rather than oid
};

/// Result of the checks for a JWT against the selected account.
struct JwtAccountReport
{
    QList<AccountCheck> checks;
    QList<MatchedAssignment> assignments;
};

/// Which of the account's keys made a master-key signature (or that none did).
struct MasterSignatureMatch
{
    std::optional<KeyKind> key; ///< nullopt: no key of the account produced the signature
    QString stringToSign;       ///< what was signed (verb/type/link/date; no secret), for display
    QList<AccountCheck> checks;
};

/// The permission a resource token came from, as far as the account tells.
struct PermissionMatch
{
    bool found = false;
    QString database;
    QString userId;
    QString permissionId;
    QString mode;
    QString resource;
    QString partitionKey;
    QList<AccountCheck> checks; ///< found/not found, remaining lifetime, revoked (etag changed) ...
};

/// Which key a connection string embeds, and the read-only alternative.
struct KeyIdentification
{
    std::optional<KeyKind> key; ///< nullopt: not a key of this account
    QList<AccountCheck> checks;
    /// The account's read-only connection string of the same flavour (secret: copy via SecretClipboard only);
    /// empty when the caller may not list read-only keys.
    SecureBytes readOnlyConnectionString;
};

/**
 * @brief The token inspector's Cosmos-aware checks against one account: audience and tenant, the data-plane
 * role assignments that apply to a JWT's principal, which account key signed a master-key signature, which
 * permission a resource token came from, which key a connection string embeds. Every call goes through the
 * session (ARM and the account's data plane); keys fetched for a comparison are wiped when the call ends and
 * never leave this class except the read-only connection string the user asked for.
 */
class TokenAccountChecker : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Done = std::function<void(const Result<T> &)>;

    TokenAccountChecker(AzureSession *session, CosmosAccount account, QObject *parent = nullptr);
    const CosmosAccount &account() const { return m_account; }

    /// Pure: does `audience` fit the account's data plane (its endpoint, with or without port 443/trailing
    /// slash, or the cloud's Cosmos resource), ARM (control plane only), or neither?
    static AccountCheck audienceCheck(const QString &audience, const CosmosAccount &account,
                                      const CloudEnvironment &cloud);
    /// Pure: the token's tid against the account's tenant.
    static AccountCheck tenantCheck(const QString &tokenTenant, const QString &accountTenant);

    /// Audience, tenant (the subscription's tenantId), local auth state, and the sqlRoleAssignments whose
    /// principalId is the token's oid or one of its groups.
    AbstractJob *checkJwt(const JwtSummary &jwt, QObject *context, Done<JwtAccountReport> done);
    /// Recomputes the signature with each of the account's keys (listKeys) for the stated request.
    AbstractJob *matchMasterSignature(const QByteArray &signature, const QByteArray &verb,
                                      const CosmosResource &resource, const QString &date, QObject *context,
                                      Done<MasterSignatureMatch> done);
    /// Finds the permission behind a resource token (local-cloud tokens name it; Azure's are sealed, then the
    /// answer says so), whether it still exists unchanged, and the remaining lifetime.
    AbstractJob *findPermission(const ResourceTokenInfo &token, QObject *context, Done<PermissionMatch> done);
    /// Compares `key` with the account's keys and fetches the read-only connection string to offer.
    AbstractJob *identifyKey(const SecureBytes &key, CosmosConnectionString::Flavor flavor, QObject *context,
                             Done<KeyIdentification> done);

private:
    QPointer<AzureSession> m_session;
    CosmosAccount m_account;
};

} // namespace csc
