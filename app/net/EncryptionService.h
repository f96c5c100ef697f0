// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CosmosAccount.h"
#include "core/Result.h"
#include "net/RestJob.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <cstddef>
#include <functional>

namespace csc {

class AzureSession;

/**
 * @brief The encryption-related updates of one Cosmos DB account through ARM (api-version 2025-10-15), each a
 * long-running `PATCH {account}` ending with the account read afterwards (like KeysService::setAuthSetting):
 * managed identities, `defaultIdentity` and `keyVaultKeyUri`. Azure refuses an update that changes the
 * identities and the key together, so these are separate calls. The returned LroJob reports progressed()
 * and can be aborted (the operation may still complete in Azure). The session is not owned.
 */
class EncryptionService : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Done = std::function<void(const Result<T> &)>;
    static QString apiVersion() { return QStringLiteral("2025-10-15"); }

    EncryptionService(AzureSession *session, QString accountId, QObject *parent = nullptr);
    ~EncryptionService() override;

    QString accountId() const { return m_accountId; }
    void setDefaultPollIntervalMs(int ms) { m_pollMs = ms; }

    /// Adds the system-assigned identity and/or the user-assigned identity `userAssignedId` (empty: none) to
    /// the identities `current` already has (never removes one). Body: `{"identity":{"type":…,
    /// "userAssignedIdentities":{id:{}}}}`.
    LroJob *addIdentities(const CosmosAccount &current, bool systemAssigned, const QString &userAssignedId,
                          QObject *context, Done<CosmosAccount> done);
    /// `{"properties":{"defaultIdentity":…}}` — FirstPartyIdentity, SystemAssignedIdentity or
    /// UserAssignedIdentity=<id>.
    LroJob *setDefaultIdentity(const QString &defaultIdentity, QObject *context, Done<CosmosAccount> done);
    /// `{"properties":{"keyVaultKeyUri":…}}` (plus defaultIdentity when not empty and different from the
    /// account's; identity blocks are never sent here).
    LroJob *setKeyVaultKeyUri(const QString &keyUri, const QString &defaultIdentity, QObject *context,
                              Done<CosmosAccount> done);
    /// Re-reads the account (GET) so customerManagedKeyStatus is current.
    AbstractJob *refresh(QObject *context, Done<CosmosAccount> done);

    static QJsonObject identityPatch(const CosmosAccount &current, bool systemAssigned,
                                     const QString &userAssignedId);
    static QJsonObject keyPatch(const QString &keyUri, const QString &defaultIdentity);
    /// The defaultIdentity string for a user-assigned identity id.
    static QString userAssignedDefaultIdentity(const QString &identityId);

    /// `az cosmosdb identity assign --name N --resource-group G [--identities '[system]' ID]`
    static QString azAssignIdentityCommand(const QString &accountId, bool systemAssigned,
                                           const QString &userAssignedId);
    /// `az cosmosdb update --name N --resource-group G --default-identity X`
    static QString azDefaultIdentityCommand(const QString &accountId, const QString &defaultIdentity);
    /// `az cosmosdb update --name N --resource-group G --key-uri U [--default-identity X]`
    static QString azKeyUriCommand(const QString &accountId, const QString &keyUri,
                                   const QString &defaultIdentity);

    /// Whether `value` is FirstPartyIdentity, SystemAssignedIdentity or UserAssignedIdentity=<identity id>.
    static bool isValidDefaultIdentity(const QString &value);
    /// Whether `id` is the id of a Microsoft.ManagedIdentity/userAssignedIdentities resource.
    static bool isUserAssignedIdentityId(const QString &id);

private:
    template <typename T>
    std::nullptr_t failLater(QObject *context, const Done<T> &done, const ApiError &error);
    QUrl accountUrl() const; ///< empty when accountId is not a database account id
    LroJob *patch(const QJsonObject &body, const QString &description, QObject *context,
                  Done<CosmosAccount> done);
    /// Finishes an account-changing LRO with the account: parses the final GET, or reads the account when the
    /// operation ended without returning it.
    void connectAccountResult(LroJob *job, QObject *context, Done<CosmosAccount> done);
    void finishWithAccount(const RestResult &r, QPointer<QObject> context, bool hasContext,
                           Done<CosmosAccount> done);

    QPointer<AzureSession> m_session;
    QString m_accountId;
    int m_pollMs = 5000;
};

} // namespace csc
