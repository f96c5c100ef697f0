// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/EncryptionService.h"

#include "core/AzCli.h"
#include "core/KeyVault.h"
#include "net/ApiClient.h"
#include "net/AzureSession.h"
#include "net/JobBinding.h"

#include <QJsonDocument>

#include <memory>

#include <utility>

namespace csc {

namespace {

const QLatin1String kFirstParty("FirstPartyIdentity");
const QLatin1String kSystemAssigned("SystemAssignedIdentity");
const QLatin1String kUserAssignedPrefix("UserAssignedIdentity=");

ApiError notSignedIn()
{
    return ApiError::validation(EncryptionService::tr("Not signed in to Azure."));
}

template <typename T>
void deliver(const QPointer<QObject> &context, bool hasContext, const EncryptionService::Done<T> &done,
             const Result<T> &result)
{
    if (hasContext && !context)
        return;
    done(result);
}

/// The resource id without blanks and trailing slashes.
QString trimmedId(const QString &id)
{
    QString s = id.trimmed();
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

/// Whether `id` is `/subscriptions/{sub}/resourceGroups/{rg}/providers/{ns}/{type}/{name}` for that provider
/// and type.
bool isResourceId(const QString &id, QLatin1String providerAndType)
{
    const QString s = trimmedId(id);
    const ArmResourceId rid = ArmResourceId::parse(s);
    if (rid.subscriptionId.isEmpty() || rid.resourceGroup.isEmpty() || rid.name.isEmpty())
        return false;
    const QString expected = QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/%3/%4")
                                 .arg(rid.subscriptionId, rid.resourceGroup, providerAndType, rid.name);
    return s.compare(expected, Qt::CaseInsensitive) == 0 && !rid.name.contains(QLatin1Char('?')) &&
           !rid.name.contains(QLatin1Char('#'));
}

} // namespace

EncryptionService::EncryptionService(AzureSession *session, QString accountId, QObject *parent)
    : QObject(parent), m_session(session), m_accountId(std::move(accountId))
{}

EncryptionService::~EncryptionService() = default;

// ---------------------------------------------------------------------------------------------------------------
// Pure helpers

bool EncryptionService::isUserAssignedIdentityId(const QString &id)
{
    return isResourceId(id, QLatin1String("Microsoft.ManagedIdentity/userAssignedIdentities"));
}

bool EncryptionService::isValidDefaultIdentity(const QString &value)
{
    if (value == kFirstParty || value == kSystemAssigned)
        return true;
    return value.startsWith(kUserAssignedPrefix) &&
           isUserAssignedIdentityId(value.mid(kUserAssignedPrefix.size()));
}

QString EncryptionService::userAssignedDefaultIdentity(const QString &identityId)
{
    return kUserAssignedPrefix + trimmedId(identityId);
}

QJsonObject EncryptionService::identityPatch(const CosmosAccount &current, bool systemAssigned,
                                             const QString &userAssignedId)
{
    const bool system = systemAssigned || current.identity.hasSystemAssigned();
    QStringList users = current.identity.userAssignedIdentities.keys();
    const QString added = trimmedId(userAssignedId);
    if (!added.isEmpty() && !users.contains(added, Qt::CaseInsensitive))
        users << added;
    QString type;
    if (system && !users.isEmpty())
        type = QStringLiteral("SystemAssigned,UserAssigned");
    else if (system)
        type = QStringLiteral("SystemAssigned");
    else if (!users.isEmpty())
        type = QStringLiteral("UserAssigned");
    else
        type = QStringLiteral("None");
    QJsonObject identity{{QStringLiteral("type"), type}};
    if (!users.isEmpty()) {
        QJsonObject map;
        for (const QString &id : users)
            map.insert(id, QJsonObject());
        identity.insert(QStringLiteral("userAssignedIdentities"), map);
    }
    return QJsonObject{{QStringLiteral("identity"), identity}};
}

QJsonObject EncryptionService::keyPatch(const QString &keyUri, const QString &defaultIdentity)
{
    QJsonObject properties{{QStringLiteral("keyVaultKeyUri"), keyUri}};
    if (!defaultIdentity.isEmpty())
        properties.insert(QStringLiteral("defaultIdentity"), defaultIdentity);
    return QJsonObject{{QStringLiteral("properties"), properties}};
}

QString EncryptionService::azAssignIdentityCommand(const QString &accountId, bool systemAssigned,
                                                   const QString &userAssignedId)
{
    QStringList identities;
    if (systemAssigned)
        identities << AzCli::quote(QStringLiteral("[system]"));
    if (!userAssignedId.isEmpty())
        identities << AzCli::quote(trimmedId(userAssignedId));
    if (identities.isEmpty())
        return {}; // without --identities az would assign the system identity
    return QStringLiteral("az cosmosdb identity assign %1 --identities %2")
        .arg(AzCli::nameArgs(accountId), identities.join(QLatin1Char(' ')));
}

QString EncryptionService::azDefaultIdentityCommand(const QString &accountId, const QString &defaultIdentity)
{
    return QStringLiteral("az cosmosdb update %1 --default-identity %2")
        .arg(AzCli::nameArgs(accountId), AzCli::quote(defaultIdentity));
}

QString EncryptionService::azKeyUriCommand(const QString &accountId, const QString &keyUri,
                                           const QString &defaultIdentity)
{
    QString cmd = QStringLiteral("az cosmosdb update %1 --key-uri %2")
                      .arg(AzCli::nameArgs(accountId), AzCli::quote(keyUri));
    if (!defaultIdentity.isEmpty())
        cmd += QStringLiteral(" --default-identity ") + AzCli::quote(defaultIdentity);
    return cmd;
}

// ---------------------------------------------------------------------------------------------------------------
// Requests

template <typename T>
std::nullptr_t EncryptionService::failLater(QObject *context, const Done<T> &done, const ApiError &error)
{
    jobs::failLater(context, this, done, error);
    return nullptr;
}

QUrl EncryptionService::accountUrl() const
{
    if (!m_session || !isResourceId(m_accountId, QLatin1String("Microsoft.DocumentDB/databaseAccounts")))
        return {};
    return m_session->environment().armUrl(trimmedId(m_accountId), apiVersion());
}

void EncryptionService::finishWithAccount(const RestResult &r, QPointer<QObject> context, bool hasContext,
                                          Done<CosmosAccount> done)
{
    if (hasContext && !context)
        return;
    if (!r.ok()) {
        done(r.error());
        return;
    }
    const QJsonObject obj = r.value().json();
    if (obj.contains(QLatin1String("id")) && obj.contains(QLatin1String("properties"))) {
        done(CosmosAccount::fromJson(obj));
        return;
    }
    // The operation completed without returning the account: read it.
    const QUrl url = accountUrl();
    if (url.isEmpty()) {
        done(notSignedIn());
        return;
    }
    RestRequest req("GET", url);
    req.authorizer = m_session->armAuthorizer();
    req.description = tr("Read account");
    RestJob *job = m_session->client()->send(req);
    connect(job, &RestJob::finished, hasContext ? context.data() : this,
            [context, hasContext, done = std::move(done)](const RestResult &account) {
                if (!account.ok()) {
                    deliver<CosmosAccount>(context, hasContext, done, account.error());
                    return;
                }
                deliver<CosmosAccount>(context, hasContext, done,
                                       CosmosAccount::fromJson(account.value().json()));
            });
}

void EncryptionService::connectAccountResult(LroJob *job, QObject *context, Done<CosmosAccount> done)
{
    const QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    const QPointer<EncryptionService> self(this);
    // A QWidget context emits destroyed() while QPointers to it are still set: the flag marks it gone.
    auto alive = std::make_shared<bool>(true);
    connect(job, &LroJob::finished, context ? context : this,
            [self, ctx, hasContext, alive, done = std::move(done)](const RestResult &r) {
                if (!*alive)
                    return;
                if (self) {
                    self->finishWithAccount(r, ctx, hasContext, done);
                    return;
                }
                deliver<CosmosAccount>(ctx, hasContext, done,
                                       r.ok() ? Result<CosmosAccount>(ApiError::cancelled())
                                              : Result<CosmosAccount>(r.error()));
            });
    if (context)
        connect(context, &QObject::destroyed, job, [job, alive] {
            *alive = false;
            job->abort();
        });
}

LroJob *EncryptionService::patch(const QJsonObject &body, const QString &description, QObject *context,
                                 Done<CosmosAccount> done)
{
    const QUrl url = accountUrl();
    RestRequest req("PATCH", url);
    req.authorizer = m_session->armAuthorizer();
    req.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    req.retryNonIdempotent = true; // the same identities/key sent twice change nothing
    req.description = description;
    LroJob *job = m_session->client()->sendLongRunning(req); // the final GET reads the account
    job->setDefaultPollIntervalMs(m_pollMs);
    connectAccountResult(job, context, std::move(done));
    return job;
}

LroJob *EncryptionService::addIdentities(const CosmosAccount &current, bool systemAssigned,
                                         const QString &userAssignedId, QObject *context,
                                         Done<CosmosAccount> done)
{
    if (!m_session)
        return failLater<CosmosAccount>(context, done, notSignedIn());
    if (accountUrl().isEmpty())
        return failLater<CosmosAccount>(
            context, done,
            ApiError::validation(tr("\"%1\" is not the id of a Cosmos DB account.").arg(m_accountId)));
    if (!systemAssigned && userAssignedId.isEmpty())
        return failLater<CosmosAccount>(context, done,
                                        ApiError::validation(tr("Choose the identity to add.")));
    if (!userAssignedId.isEmpty() && !isUserAssignedIdentityId(userAssignedId))
        return failLater<CosmosAccount>(
            context, done,
            ApiError::validation(
                tr("\"%1\" is not the id of a user-assigned managed identity.").arg(userAssignedId)));
    const QString name = ArmResourceId::parse(m_accountId).name;
    const QString description =
        systemAssigned && !userAssignedId.isEmpty()
            ? tr("Add the system-assigned and a user-assigned identity to %1").arg(name)
        : systemAssigned
            ? tr("Turn on the system-assigned identity of %1").arg(name)
            : tr("Add the identity %1 to %2").arg(ArmResourceId::parse(userAssignedId).name, name);
    return patch(identityPatch(current, systemAssigned, userAssignedId), description, context,
                 std::move(done));
}

LroJob *EncryptionService::setDefaultIdentity(const QString &defaultIdentity, QObject *context,
                                              Done<CosmosAccount> done)
{
    if (!m_session)
        return failLater<CosmosAccount>(context, done, notSignedIn());
    if (accountUrl().isEmpty())
        return failLater<CosmosAccount>(
            context, done,
            ApiError::validation(tr("\"%1\" is not the id of a Cosmos DB account.").arg(m_accountId)));
    if (!isValidDefaultIdentity(defaultIdentity))
        return failLater<CosmosAccount>(
            context, done,
            ApiError::validation(
                tr("The default identity must be FirstPartyIdentity, SystemAssignedIdentity or "
                   "UserAssignedIdentity=<the id of a user-assigned identity>.")));
    return patch(QJsonObject{{QStringLiteral("properties"),
                              QJsonObject{{QStringLiteral("defaultIdentity"), defaultIdentity}}}},
                 tr("Set the default identity of %1").arg(ArmResourceId::parse(m_accountId).name), context,
                 std::move(done));
}

LroJob *EncryptionService::setKeyVaultKeyUri(const QString &keyUri, const QString &defaultIdentity,
                                             QObject *context, Done<CosmosAccount> done)
{
    if (!m_session)
        return failLater<CosmosAccount>(context, done, notSignedIn());
    if (accountUrl().isEmpty())
        return failLater<CosmosAccount>(
            context, done,
            ApiError::validation(tr("\"%1\" is not the id of a Cosmos DB account.").arg(m_accountId)));
    const Result<KeyVaultKeyId> key = KeyVaultKeyId::parse(keyUri);
    if (!key.ok())
        return failLater<CosmosAccount>(context, done, key.error());
    if (!defaultIdentity.isEmpty() && !isValidDefaultIdentity(defaultIdentity))
        return failLater<CosmosAccount>(
            context, done,
            ApiError::validation(
                tr("The default identity must be FirstPartyIdentity, SystemAssignedIdentity or "
                   "UserAssignedIdentity=<the id of a user-assigned identity>.")));
    return patch(keyPatch(keyUri.trimmed(), defaultIdentity),
                 tr("Set the customer-managed key of %1").arg(ArmResourceId::parse(m_accountId).name),
                 context, std::move(done));
}

AbstractJob *EncryptionService::refresh(QObject *context, Done<CosmosAccount> done)
{
    if (!m_session)
        return failLater<CosmosAccount>(context, done, notSignedIn());
    const QUrl url = accountUrl();
    if (url.isEmpty())
        return failLater<CosmosAccount>(
            context, done,
            ApiError::validation(tr("\"%1\" is not the id of a Cosmos DB account.").arg(m_accountId)));
    RestRequest req("GET", url);
    req.authorizer = m_session->armAuthorizer();
    req.description = tr("Read account %1").arg(ArmResourceId::parse(m_accountId).name);
    RestJob *job = m_session->client()->send(req);
    jobs::bind<RestJob, RestResult>(job, context, [done](const RestResult &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        done(CosmosAccount::fromJson(r.value().json()));
    });
    return job;
}

} // namespace csc
