// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CosmosAccount.h"
#include "core/Result.h"
#include "core/SecureBytes.h"
#include "net/RestJob.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace csc {

class AzureSession;

/// The four account keys of Microsoft.DocumentDB/databaseAccounts.
enum class KeyKind
{
    Primary,
    Secondary,
    PrimaryReadonly,
    SecondaryReadonly
};

/**
 * @brief The keys of one account as `listKeys` (all four) or `readonlykeys` (the two read-only ones) return
 * them. Each key is a base64 string held in a SecureBytes; absent keys stay empty. Copies are deep and wipe
 * themselves.
 */
struct AccountKeys
{
    SecureBytes primaryMasterKey;
    SecureBytes secondaryMasterKey;
    SecureBytes primaryReadonlyMasterKey;
    SecureBytes secondaryReadonlyMasterKey;

    const SecureBytes &key(KeyKind kind) const;
    bool hasReadWriteKeys() const { return !primaryMasterKey.isEmpty() || !secondaryMasterKey.isEmpty(); }
    bool isEmpty() const;

    /// Parses a listKeys / readonlykeys body. Wipes `body` (and the parser's string copies it can reach)
    /// before returning; a Parse error if it is not a JSON object holding at least one key.
    static Result<AccountKeys> parse(QByteArray &body);
};

/// One entry of `listConnectionStrings`. Only connectionString is secret.
struct ConnectionStringInfo
{
    SecureBytes connectionString; ///< `AccountEndpoint=...;AccountKey=...;`
    QString description;          ///< e.g. "Primary SQL Connection String"
    QString keyKind;              ///< Primary, Secondary, PrimaryReadonly, SecondaryReadonly (may be empty)
    QString type; ///< Sql, Table, MongoDB, Cassandra, Gremlin, SqlDedicatedGateway ... (may be empty)
};
using ConnectionStrings = QList<ConnectionStringInfo>;

/**
 * @brief ARM key operations on one Cosmos DB account (api-version 2025-10-15): list the read-write keys, the
 * read-only keys and the connection strings, regenerate a key, and switch key-based authentication
 * (`disableLocalAuth`) and key-based metadata writes (`disableKeyBasedMetadataWriteAccess`) on or off.
 *
 * Uses the session's ApiClient and ARM authorizer; the session is not owned (when it goes away, started jobs
 * finish with Cancelled and new calls fail with a Validation error). Every call starts one job and returns it
 * (so the caller can show it or abort() it); `done` is called exactly once unless `context` is destroyed
 * first. Responses holding keys are marked sensitive (never logged, not even redacted), are parsed into
 * SecureBytes and their body buffers are wiped. Keys are fetched on demand and never cached here. Lives on
 * the session's thread.
 */
class KeysService : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Done = std::function<void(const Result<T> &)>;

    /// Which list `az cosmosdb keys list --type` shows.
    enum class ListType
    {
        Keys,
        ReadOnlyKeys,
        ConnectionStrings
    };
    /// The account properties changed by the PATCH operations.
    enum class AuthSetting
    {
        DisableLocalAuth,                  ///< properties.disableLocalAuth
        DisableKeyBasedMetadataWriteAccess ///< properties.disableKeyBasedMetadataWriteAccess
    };

    /// `accountId`:
    /// /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.DocumentDB/databaseAccounts/{name}
    KeysService(AzureSession *session, QString accountId, QObject *parent = nullptr);
    ~KeysService() override;

    static QString apiVersion() { return QStringLiteral("2025-10-15"); }
    QString accountId() const { return m_accountId; }
    /// Poll interval used when the service sends no Retry-After (default 5000 ms; tests shorten it).
    void setDefaultPollIntervalMs(int ms) { m_pollMs = ms; }

    /// `POST {account}/listKeys`: all four keys. Needs
    /// `Microsoft.DocumentDB/databaseAccounts/listKeys/action`.
    AbstractJob *listKeys(QObject *context, Done<AccountKeys> done);
    /// `POST {account}/readonlykeys`: the two read-only keys (the other two stay empty).
    AbstractJob *listReadOnlyKeys(QObject *context, Done<AccountKeys> done);
    /// `POST {account}/listConnectionStrings`.
    AbstractJob *listConnectionStrings(QObject *context, Done<ConnectionStrings> done);

    /// `POST {account}/regenerateKey` with
    /// `{"keyKind":"primary|secondary|primaryReadonly|secondaryReadonly"}`, a long-running operation (200, or
    /// 202 + Azure-AsyncOperation/Location polling). On success `done` gets the account read afterwards (its
    /// keysMetadata carries the new generation time). The returned LroJob reports progressed(status,
    /// percent); abort() stops waiting (done gets Cancelled; the operation may still complete on the
    /// service). Not retried automatically (regenerating twice would invalidate the new key).
    LroJob *regenerateKey(KeyKind kind, QObject *context, Done<CosmosAccount> done);

    /// `PATCH {account}` with `{"properties":{"disableLocalAuth":value}}` (or
    /// disableKeyBasedMetadataWriteAccess) as a long-running operation ending with a GET of the account.
    LroJob *setAuthSetting(AuthSetting setting, bool value, QObject *context, Done<CosmosAccount> done);
    LroJob *setDisableLocalAuth(bool disable, QObject *context, Done<CosmosAccount> done)
    {
        return setAuthSetting(AuthSetting::DisableLocalAuth, disable, context, std::move(done));
    }
    LroJob *setDisableKeyBasedMetadataWriteAccess(bool disable, QObject *context, Done<CosmosAccount> done)
    {
        return setAuthSetting(AuthSetting::DisableKeyBasedMetadataWriteAccess, disable, context,
                              std::move(done));
    }

    /// "primary", "secondary", "primaryReadonly", "secondaryReadonly" (ARM keyKind and az --key-kind).
    static QString keyKindName(KeyKind kind);
    /// "Primary", ... as connection-string entries name them.
    static QString keyKindDisplayName(KeyKind kind);
    /// The JSON field of listKeys: "primaryMasterKey", ..., "secondaryReadonlyMasterKey".
    static QString keyFieldName(KeyKind kind);
    static QString settingPropertyName(AuthSetting setting); ///< "disableLocalAuth", ...
    /// The PATCH body for one setting (compact JSON).
    static QByteArray settingPatchBody(AuthSetting setting, bool value);

    /// Parses a listConnectionStrings body and wipes it; a Parse error if `connectionStrings` is missing.
    static Result<ConnectionStrings> parseConnectionStrings(QByteArray &body);

    /// The equivalent Azure CLI commands, copyable. Never contain a key. Names that need it are single-quoted
    /// for POSIX shells. `az cosmosdb keys regenerate --name X --resource-group Y --key-kind primary`
    static QString azRegenerateCommand(const QString &accountId, KeyKind kind);
    /// `az cosmosdb keys list --name X --resource-group Y --type keys|read-only-keys|connection-strings`
    static QString azListCommand(const QString &accountId, ListType type);
    /// `az cosmosdb update --name X --resource-group Y --disable-local-auth true` (or
    /// `--disable-key-based-metadata-write-access`)
    static QString azUpdateCommand(const QString &accountId, AuthSetting setting, bool value);

private:
    QUrl actionUrl(const QString &action) const;
    RestRequest armRequest(const QByteArray &method, const QUrl &url) const;
    AbstractJob *fetchKeys(const QString &action, const QString &description, QObject *context,
                           Done<AccountKeys> done);
    /// Finishes an account-changing LRO: parses the final GET, or reads the account when the operation ended
    /// without returning it.
    void connectAccountResult(LroJob *job, QObject *context, Done<CosmosAccount> done);
    void finishWithAccount(const RestResult &r, QPointer<QObject> context, bool hasContext,
                           Done<CosmosAccount> done);
    ApiError sessionGone() const;

    QPointer<AzureSession> m_session;
    QString m_accountId;
    int m_pollMs = 5000;
};

} // namespace csc
