// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/KeyVaultService.h"

#include "core/AzCli.h"
#include "core/ConnectionProfile.h"
#include "core/CosmosAccount.h"
#include "core/Logging.h"
#include "net/ApiClient.h"
#include "net/AzureSession.h"
#include "net/JobBinding.h"
#include "net/JobFlow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

namespace csc {

namespace {

ApiError notSignedIn()
{
    return ApiError::validation(KeyVaultService::tr("Not signed in to Azure."));
}

ApiError notAVault(const QString &vaultId)
{
    return ApiError::validation(KeyVaultService::tr("\"%1\" is not the id of a key vault.").arg(vaultId));
}

ApiError badVaultUri(const QUrl &vaultUri)
{
    return ApiError::validation(
        KeyVaultService::tr("\"%1\" is not the https address of a key vault.").arg(vaultUri.toString()));
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString pathSegment(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

Result<KeyVault> parseVault(const QJsonObject &o)
{
    return KeyVault::fromJson(o);
}

Result<KeyVaultKey> parseKey(const QJsonObject &o)
{
    return KeyVaultKey::fromJson(o);
}

} // namespace

KeyVaultService::KeyVaultService(AzureSession *session, QObject *parent) : QObject(parent), m_session(session)
{}

KeyVaultService::~KeyVaultService() = default;

// ---------------------------------------------------------------------------------------------------------------
// Pure helpers

QUrl KeyVaultService::vaultUrl(const QString &subscriptionId, const QString &resourceGroup,
                               const QString &name) const
{
    if (!m_session || subscriptionId.isEmpty() || resourceGroup.isEmpty() || name.isEmpty())
        return {};
    return m_session->environment().armUrl(
        QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.KeyVault/vaults/%3")
            .arg(pathSegment(subscriptionId), pathSegment(resourceGroup), pathSegment(name)),
        armApiVersion());
}

QUrl KeyVaultService::vaultIdUrl(const QString &vaultId, const QString &suffix) const
{
    QString id = vaultId.trimmed();
    while (id.endsWith(QLatin1Char('/')))
        id.chop(1);
    const ArmResourceId rid = ArmResourceId::parse(id);
    if (rid.subscriptionId.isEmpty() || rid.resourceGroup.isEmpty() || rid.name.isEmpty())
        return {};
    const QString expected =
        QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.KeyVault/vaults/%3")
            .arg(rid.subscriptionId, rid.resourceGroup, rid.name);
    if (id.compare(expected, Qt::CaseInsensitive) != 0 || !validateVaultName(rid.name).ok())
        return {};
    QUrl url = vaultUrl(rid.subscriptionId, rid.resourceGroup, rid.name);
    if (!suffix.isEmpty() && !url.isEmpty())
        url.setPath(url.path() + suffix);
    return url;
}

QUrl KeyVaultService::dataUrl(const QUrl &vaultUri, const QString &path)
{
    if (!vaultUri.isValid() || vaultUri.scheme() != QLatin1String("https") || vaultUri.host().isEmpty() ||
        !vaultUri.userInfo().isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(vaultUri.host());
    if (vaultUri.port() != -1)
        url.setPort(vaultUri.port());
    url.setPath(path);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("api-version"), dataApiVersion());
    url.setQuery(q);
    return url;
}

bool KeyVaultService::isVaultHostOfThisCloud(const QUrl &vaultUri) const
{
    if (!m_session)
        return false;
    const CloudEnvironment env = m_session->environment();
    if (env.id == CloudEnvironment::Id::Custom || env.keyVaultSuffix.isEmpty())
        return true;
    const QString host = vaultUri.host();
    return host.size() > env.keyVaultSuffix.size() && host.endsWith(env.keyVaultSuffix, Qt::CaseInsensitive);
}

Result<QUrl> KeyVaultService::keyUrl(const QUrl &vaultUri, const QString &path) const
{
    const QUrl url = dataUrl(vaultUri, path);
    if (url.isEmpty())
        return badVaultUri(vaultUri);
    if (!isVaultHostOfThisCloud(url))
        return ApiError::validation(
            tr("%1 is not a Key Vault address of this cloud (*%2); the Key Vault sign-in "
               "is only sent to the cloud's vaults.")
                .arg(vaultUri.host(), m_session->environment().keyVaultSuffix));
    return url;
}

Result<void> KeyVaultService::validateVaultName(const QString &name)
{
    if (name.size() < 3 || name.size() > 24)
        return ApiError::validation(tr("A vault name has 3 to 24 characters."));
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9-]+$"));
    if (!allowed.match(name).hasMatch())
        return ApiError::validation(tr("A vault name may only contain letters, digits and dashes."));
    if (!name.at(0).isLetter())
        return ApiError::validation(tr("A vault name must start with a letter."));
    if (name.endsWith(QLatin1Char('-')))
        return ApiError::validation(tr("A vault name must end with a letter or a digit."));
    if (name.contains(QLatin1String("--")))
        return ApiError::validation(tr("A vault name must not contain two dashes in a row."));
    return {};
}

Result<void> KeyVaultService::validateKeyName(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9-]{1,127}$"));
    if (!allowed.match(name).hasMatch())
        return ApiError::validation(tr("A key name has 1 to 127 letters, digits and dashes."));
    return {};
}

QJsonObject KeyVaultService::newVaultBody(const NewVault &vault)
{
    QJsonObject properties{
        {QStringLiteral("tenantId"), vault.tenantId},
        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                                            {QStringLiteral("name"), QStringLiteral("standard")}}},
        {QStringLiteral("enableSoftDelete"), true},
        {QStringLiteral("softDeleteRetentionInDays"), vault.softDeleteRetentionInDays},
        {QStringLiteral("enableRbacAuthorization"), vault.enableRbacAuthorization},
        {QStringLiteral("accessPolicies"), QJsonArray()},
    };
    // Purge protection is `true` or omitted: it cannot be switched off.
    if (vault.enablePurgeProtection)
        properties.insert(QStringLiteral("enablePurgeProtection"), true);
    return QJsonObject{{QStringLiteral("location"), vault.location},
                       {QStringLiteral("properties"), properties}};
}

QJsonObject KeyVaultService::patchBody(VaultFix fix, const KeyVault &current)
{
    QJsonObject properties;
    switch (fix) {
    case VaultFix::EnableSoftDelete:
        properties.insert(QStringLiteral("enableSoftDelete"), true);
        break;
    case VaultFix::EnablePurgeProtection:
        properties.insert(QStringLiteral("enablePurgeProtection"), true);
        break;
    case VaultFix::AllowTrustedServices: {
        // networkAcls is replaced as a whole: keep the rules the vault has.
        QJsonObject acls = current.raw.value(QLatin1String("properties"))
                               .toObject()
                               .value(QLatin1String("networkAcls"))
                               .toObject();
        if (acls.isEmpty()) {
            QJsonArray ips;
            for (const QString &ip : current.ipRules)
                ips.append(QJsonObject{{QStringLiteral("value"), ip}});
            QJsonArray subnets;
            for (const QString &subnet : current.virtualNetworkRules)
                subnets.append(QJsonObject{{QStringLiteral("id"), subnet}});
            acls.insert(QStringLiteral("defaultAction"), current.networkDefaultAction.isEmpty()
                                                             ? QStringLiteral("Allow")
                                                             : current.networkDefaultAction);
            acls.insert(QStringLiteral("ipRules"), ips);
            acls.insert(QStringLiteral("virtualNetworkRules"), subnets);
        }
        acls.insert(QStringLiteral("bypass"), QStringLiteral("AzureServices"));
        properties.insert(QStringLiteral("networkAcls"), acls);
        break;
    }
    case VaultFix::EnablePublicNetworkAccess:
        properties.insert(QStringLiteral("publicNetworkAccess"), QStringLiteral("Enabled"));
        break;
    }
    return QJsonObject{{QStringLiteral("properties"), properties}};
}

QJsonObject KeyVaultService::accessPolicyBody(const KeyVaultAccessPolicy &policy)
{
    return QJsonObject{{QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("accessPolicies"), QJsonArray{policy.toJson()}}}}};
}

QString KeyVaultService::azCreateVaultCommand(const NewVault &vault)
{
    QString cmd =
        QStringLiteral("az keyvault create --name %1 --resource-group %2 --location %3 "
                       "--enable-rbac-authorization %4")
            .arg(AzCli::quote(vault.name), AzCli::quote(vault.resourceGroup), AzCli::quote(vault.location),
                 vault.enableRbacAuthorization ? QStringLiteral("true") : QStringLiteral("false"));
    if (vault.enablePurgeProtection)
        cmd += QStringLiteral(" --enable-purge-protection true");
    cmd += QStringLiteral(" --retention-days %1").arg(vault.softDeleteRetentionInDays);
    return cmd;
}

QString KeyVaultService::azFixCommand(const KeyVault &vault, VaultFix fix)
{
    QString option;
    switch (fix) {
    case VaultFix::EnableSoftDelete:
        option = QStringLiteral("--enable-soft-delete true");
        break;
    case VaultFix::EnablePurgeProtection:
        option = QStringLiteral("--enable-purge-protection true");
        break;
    case VaultFix::AllowTrustedServices:
        option = QStringLiteral("--bypass AzureServices");
        break;
    case VaultFix::EnablePublicNetworkAccess:
        option = QStringLiteral("--public-network-access Enabled");
        break;
    }
    return QStringLiteral("az keyvault update --name %1 --resource-group %2 %3")
        .arg(AzCli::quote(vault.name), AzCli::quote(vault.resourceGroup), option);
}

QString KeyVaultService::azSetPolicyCommand(const KeyVault &vault, const KeyVaultAccessPolicy &policy)
{
    const auto quoted = [](const QStringList &values) {
        QStringList out;
        for (const QString &v : values)
            out << AzCli::quote(v);
        return out.join(QLatin1Char(' '));
    };
    QString cmd =
        QStringLiteral("az keyvault set-policy --name %1 --resource-group %2 --object-id %3")
            .arg(AzCli::quote(vault.name), AzCli::quote(vault.resourceGroup), AzCli::quote(policy.objectId));
    if (!policy.applicationId.isEmpty())
        cmd += QStringLiteral(" --application-id ") + AzCli::quote(policy.applicationId);
    if (!policy.keys.isEmpty())
        cmd += QStringLiteral(" --key-permissions ") + quoted(policy.keys);
    if (!policy.secrets.isEmpty())
        cmd += QStringLiteral(" --secret-permissions ") + quoted(policy.secrets);
    if (!policy.certificates.isEmpty())
        cmd += QStringLiteral(" --certificate-permissions ") + quoted(policy.certificates);
    return cmd;
}

QString KeyVaultService::azCreateKeyCommand(const QString &vaultName, const QString &keyName, int keySize)
{
    return QStringLiteral(
               "az keyvault key create --vault-name %1 --name %2 --kty RSA --size %3 --ops wrapKey "
               "unwrapKey")
        .arg(AzCli::quote(vaultName), AzCli::quote(keyName))
        .arg(keySize);
}

QString KeyVaultService::azRotateKeyCommand(const QString &vaultName, const QString &keyName)
{
    return QStringLiteral("az keyvault key rotate --vault-name %1 --name %2")
        .arg(AzCli::quote(vaultName), AzCli::quote(keyName));
}

// ---------------------------------------------------------------------------------------------------------------
// Requests

template <typename T>
AbstractJob *KeyVaultService::failLater(QObject *context, const Done<T> &done, const ApiError &error)
{
    jobs::failLater(context, this, done, error);
    return nullptr;
}

RestRequest KeyVaultService::armRequest(const QByteArray &method, const QUrl &url) const
{
    RestRequest r(method, url);
    r.authorizer = m_session->armAuthorizer();
    return r;
}

RestRequest KeyVaultService::dataRequest(const QByteArray &method, const QUrl &url) const
{
    RestRequest r(method, url);
    r.authorizer = m_session->authorizerFor(m_session->environment().keyVaultScope);
    return r;
}

AbstractJob *KeyVaultService::sendVaultRequest(const RestRequest &request, QObject *context,
                                               Done<KeyVault> done)
{
    RestJob *job = m_session->client()->send(request);
    const QByteArray method = request.method;
    const QUrl url = request.url;
    jobs::bind<RestJob, RestResult>(job, context, [done, method, url](const RestResult &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        done(jobs::parseBody<KeyVault>(r.value(), method, url, parseVault));
    });
    return job;
}

AbstractJob *KeyVaultService::sendKeyRequest(const RestRequest &request, QObject *context,
                                             Done<KeyVaultKey> done)
{
    RestJob *job = m_session->client()->send(request);
    const QByteArray method = request.method;
    const QUrl url = request.url;
    jobs::bind<RestJob, RestResult>(job, context, [done, method, url](const RestResult &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        done(jobs::parseBody<KeyVaultKey>(r.value(), method, url, parseKey));
    });
    return job;
}

AbstractJob *KeyVaultService::listKeyItems(const RestRequest &request, bool newestFirst, QObject *context,
                                           Done<QList<KeyVaultKey>> done)
{
    PagedJob *job = m_session->client()->sendPaged(request, PagedJob::Mode::ArmNextLink);
    jobs::bind<PagedJob, Result<QJsonArray>>(job, context, [done, newestFirst](const Result<QJsonArray> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        QList<KeyVaultKey> out;
        for (const QJsonValue &v : r.value()) {
            Result<KeyVaultKey> key = KeyVaultKey::fromJson(v.toObject());
            if (key.ok())
                out.append(std::move(key).value());
            else
                qCWarning(lcNet) << "skipping an unreadable key:" << key.error().message;
        }
        if (newestFirst) {
            // Versions come oldest first; equal creation times keep that order reversed.
            std::reverse(out.begin(), out.end());
            std::stable_sort(out.begin(), out.end(), [](const KeyVaultKey &a, const KeyVaultKey &b) {
                return a.created.isValid() && (!b.created.isValid() || a.created > b.created);
            });
        }
        done(out);
    });
    return job;
}

// ---------------------------------------------------------------------------------------------------------------
// ARM: vaults

AbstractJob *KeyVaultService::listVaults(const QString &subscriptionId, QObject *context,
                                         Done<QList<KeyVault>> done)
{
    if (!m_session)
        return failLater<QList<KeyVault>>(context, done, notSignedIn());
    if (!ConnectionProfile::isGuid(subscriptionId))
        return failLater<QList<KeyVault>>(
            context, done, ApiError::validation(tr("\"%1\" is not a subscription id.").arg(subscriptionId)));
    RestRequest req = armRequest(
        "GET",
        m_session->environment().armUrl(
            QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/vaults").arg(subscriptionId),
            armApiVersion()));
    req.description = tr("List key vaults of subscription %1").arg(subscriptionId);
    PagedJob *job = m_session->client()->sendPaged(req, PagedJob::Mode::ArmNextLink);
    jobs::bind<PagedJob, Result<QJsonArray>>(job, context, [done](const Result<QJsonArray> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        QList<KeyVault> out;
        for (const QJsonValue &v : r.value()) {
            Result<KeyVault> vault = KeyVault::fromJson(v.toObject());
            if (vault.ok())
                out.append(std::move(vault).value());
            else
                qCWarning(lcNet) << "skipping an unreadable key vault:" << vault.error().message;
        }
        done(out);
    });
    return job;
}

AbstractJob *KeyVaultService::getVault(const QString &vaultId, QObject *context, Done<KeyVault> done)
{
    if (!m_session)
        return failLater<KeyVault>(context, done, notSignedIn());
    const QUrl url = vaultIdUrl(vaultId);
    if (url.isEmpty())
        return failLater<KeyVault>(context, done, notAVault(vaultId));
    RestRequest req = armRequest("GET", url);
    req.description = tr("Read key vault %1").arg(ArmResourceId::parse(vaultId).name);
    return sendVaultRequest(req, context, std::move(done));
}

AbstractJob *KeyVaultService::createVault(const NewVault &vault, QObject *context, Done<KeyVault> done)
{
    if (!m_session)
        return failLater<KeyVault>(context, done, notSignedIn());
    if (auto ok = validateVaultName(vault.name); !ok)
        return failLater<KeyVault>(context, done, ok.error());
    if (!ConnectionProfile::isGuid(vault.subscriptionId))
        return failLater<KeyVault>(context, done,
                                   ApiError::validation(tr("Choose the subscription of the new vault.")));
    if (vault.resourceGroup.trimmed().isEmpty() || vault.location.trimmed().isEmpty())
        return failLater<KeyVault>(
            context, done,
            ApiError::validation(tr("Choose the resource group and the location of the new vault.")));
    if (!ConnectionProfile::isGuid(vault.tenantId))
        return failLater<KeyVault>(
            context, done,
            ApiError::validation(tr("The tenant of the new vault must be a tenant id (a GUID).")));
    if (vault.softDeleteRetentionInDays < 7 || vault.softDeleteRetentionInDays > 90)
        return failLater<KeyVault>(context, done,
                                   ApiError::validation(tr("Deleted keys are kept for 7 to 90 days.")));
    RestRequest req = armRequest("PUT", vaultUrl(vault.subscriptionId, vault.resourceGroup, vault.name));
    req.body = compact(newVaultBody(vault));
    req.description = tr("Create key vault %1").arg(vault.name);
    // 200/201, possibly with provisioningState RegisteringDns: wait for the vault to be ready.
    LroJob *job = m_session->client()->sendLongRunning(req);
    const QUrl url = req.url;
    jobs::bind<LroJob, RestResult>(job, context, [done, url](const RestResult &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        done(jobs::parseBody<KeyVault>(r.value(), "PUT", url, parseVault));
    });
    return job;
}

AbstractJob *KeyVaultService::applyFix(const QString &vaultId, VaultFix fix, QObject *context,
                                       Done<KeyVault> done)
{
    if (!m_session)
        return failLater<KeyVault>(context, done, notSignedIn());
    const QUrl url = vaultIdUrl(vaultId);
    if (url.isEmpty())
        return failLater<KeyVault>(context, done, notAVault(vaultId));
    const QString name = ArmResourceId::parse(vaultId).name;
    QString description;
    switch (fix) {
    case VaultFix::EnableSoftDelete:
        description = tr("Turn on soft delete for key vault %1").arg(name);
        break;
    case VaultFix::EnablePurgeProtection:
        description = tr("Turn on purge protection for key vault %1").arg(name);
        break;
    case VaultFix::AllowTrustedServices:
        description = tr("Allow trusted Microsoft services through the firewall of key vault %1").arg(name);
        break;
    case VaultFix::EnablePublicNetworkAccess:
        description = tr("Turn on public network access for key vault %1").arg(name);
        break;
    }
    if (fix != VaultFix::AllowTrustedServices) {
        RestRequest req = armRequest("PATCH", url);
        req.body = compact(patchBody(fix, KeyVault()));
        req.retryNonIdempotent = true; // setting a property to the same value twice changes nothing
        req.description = description;
        return sendVaultRequest(req, context, std::move(done));
    }
    // The bypass lives in networkAcls, which is replaced as a whole: read the vault's rules first.
    auto flow = jobs::Flow<KeyVault>::start(description, this, context, std::move(done));
    const QPointer<KeyVaultService> self(this);
    RestRequest get = armRequest("GET", url);
    get.description = tr("Read key vault %1").arg(name);
    flow->follow(
        sendVaultRequest(get, flow->job(), [flow, self, url, description](const Result<KeyVault> &current) {
            if (!flow->live())
                return;
            if (!current.ok() || !self || !self->m_session) {
                flow->answer(current.ok() ? Result<KeyVault>(notSignedIn()) : current);
                return;
            }
            RestRequest patch = self->armRequest("PATCH", url);
            patch.body = compact(patchBody(VaultFix::AllowTrustedServices, current.value()));
            patch.retryNonIdempotent = true;
            patch.description = description;
            flow->follow(self->sendVaultRequest(
                patch, flow->job(), [flow](const Result<KeyVault> &updated) { flow->answer(updated); }));
        }));
    return flow->job();
}

AbstractJob *KeyVaultService::changeAccessPolicy(const QString &vaultId, const QString &kind,
                                                 const KeyVaultAccessPolicy &policy,
                                                 const QString &description, QObject *context,
                                                 Done<KeyVault> done)
{
    if (!m_session)
        return failLater<KeyVault>(context, done, notSignedIn());
    const QUrl url = vaultIdUrl(vaultId, QStringLiteral("/accessPolicies/") + kind);
    if (url.isEmpty())
        return failLater<KeyVault>(context, done, notAVault(vaultId));
    if (!ConnectionProfile::isGuid(policy.objectId))
        return failLater<KeyVault>(
            context, done,
            ApiError::validation(tr("An access policy names its principal by object id (a GUID).")));
    if (!ConnectionProfile::isGuid(policy.tenantId))
        return failLater<KeyVault>(
            context, done,
            ApiError::validation(tr("An access policy needs the tenant id (a GUID) of its principal.")));
    if (!policy.applicationId.isEmpty() && !ConnectionProfile::isGuid(policy.applicationId))
        return failLater<KeyVault>(
            context, done,
            ApiError::validation(tr("The application id of an access policy must be a GUID.")));
    if (policy.keys.isEmpty() && policy.secrets.isEmpty() && policy.certificates.isEmpty())
        return failLater<KeyVault>(
            context, done, ApiError::validation(tr("Choose at least one permission of the access policy.")));
    const QUrl getUrl = vaultIdUrl(vaultId);
    auto flow = jobs::Flow<KeyVault>::start(description, this, context, std::move(done));
    RestRequest put = armRequest("PUT", url);
    put.body = compact(accessPolicyBody(policy));
    put.description = description;
    RestJob *job = m_session->client()->send(put);
    const QPointer<KeyVaultService> self(this);
    jobs::bind<RestJob, RestResult>(job, flow->job(), [flow, self, getUrl](const RestResult &r) {
        if (!flow->live())
            return;
        if (!r.ok()) {
            flow->answer(r.error());
            return;
        }
        if (!self || !self->m_session) {
            flow->answer(notSignedIn());
            return;
        }
        RestRequest get = self->armRequest("GET", getUrl);
        get.description = tr("Read key vault %1").arg(ArmResourceId::parse(getUrl.path()).name);
        flow->follow(self->sendVaultRequest(get, flow->job(),
                                            [flow](const Result<KeyVault> &vault) { flow->answer(vault); }));
    });
    flow->follow(job);
    return flow->job();
}

AbstractJob *KeyVaultService::addAccessPolicy(const QString &vaultId, const KeyVaultAccessPolicy &policy,
                                              QObject *context, Done<KeyVault> done)
{
    return changeAccessPolicy(vaultId, QStringLiteral("add"), policy,
                              tr("Add an access policy for %1 to key vault %2")
                                  .arg(policy.objectId, ArmResourceId::parse(vaultId).name),
                              context, std::move(done));
}

AbstractJob *KeyVaultService::removeAccessPolicy(const QString &vaultId, const KeyVaultAccessPolicy &policy,
                                                 QObject *context, Done<KeyVault> done)
{
    return changeAccessPolicy(vaultId, QStringLiteral("remove"), policy,
                              tr("Remove the access policy of %1 from key vault %2")
                                  .arg(policy.objectId, ArmResourceId::parse(vaultId).name),
                              context, std::move(done));
}

// ---------------------------------------------------------------------------------------------------------------
// Data plane: keys

AbstractJob *KeyVaultService::listKeys(const QUrl &vaultUri, QObject *context, Done<QList<KeyVaultKey>> done)
{
    if (!m_session)
        return failLater<QList<KeyVaultKey>>(context, done, notSignedIn());
    const Result<QUrl> checked = keyUrl(vaultUri, QStringLiteral("/keys"));
    if (!checked.ok())
        return failLater<QList<KeyVaultKey>>(context, done, checked.error());
    QUrl url = checked.value();
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("maxresults"), QStringLiteral("25"));
    url.setQuery(q);
    RestRequest req = dataRequest("GET", url);
    req.description = tr("List the keys of %1").arg(vaultUri.host());
    return listKeyItems(req, false, context, std::move(done));
}

AbstractJob *KeyVaultService::listKeyVersions(const QUrl &vaultUri, const QString &name, QObject *context,
                                              Done<QList<KeyVaultKey>> done)
{
    if (!m_session)
        return failLater<QList<KeyVaultKey>>(context, done, notSignedIn());
    if (auto ok = validateKeyName(name); !ok)
        return failLater<QList<KeyVaultKey>>(context, done, ok.error());
    const Result<QUrl> checked = keyUrl(vaultUri, QStringLiteral("/keys/%1/versions").arg(name));
    if (!checked.ok())
        return failLater<QList<KeyVaultKey>>(context, done, checked.error());
    QUrl url = checked.value();
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("maxresults"), QStringLiteral("25"));
    url.setQuery(q);
    RestRequest req = dataRequest("GET", url);
    req.description = tr("List the versions of key %1").arg(name);
    return listKeyItems(req, true, context, std::move(done));
}

AbstractJob *KeyVaultService::getKey(const KeyVaultKeyId &id, QObject *context, Done<KeyVaultKey> done)
{
    if (!m_session)
        return failLater<KeyVaultKey>(context, done, notSignedIn());
    if (auto ok = validateKeyName(id.name); !ok)
        return failLater<KeyVaultKey>(context, done, ok.error());
    const QString path = id.version.isEmpty()
                             ? QStringLiteral("/keys/%1").arg(id.name)
                             : QStringLiteral("/keys/%1/%2").arg(id.name, pathSegment(id.version));
    const Result<QUrl> url = keyUrl(id.vaultUri, path);
    if (!url.ok())
        return failLater<KeyVaultKey>(context, done, url.error());
    RestRequest req = dataRequest("GET", url.value());
    req.description = tr("Read key %1").arg(id.name);
    return sendKeyRequest(req, context, std::move(done));
}

AbstractJob *KeyVaultService::createKey(const QUrl &vaultUri, const QString &name, int keySize,
                                        QObject *context, Done<KeyVaultKey> done)
{
    if (!m_session)
        return failLater<KeyVaultKey>(context, done, notSignedIn());
    if (auto ok = validateKeyName(name); !ok)
        return failLater<KeyVaultKey>(context, done, ok.error());
    if (keySize != 2048 && keySize != 3072 && keySize != 4096)
        return failLater<KeyVaultKey>(context, done,
                                      ApiError::validation(tr("An RSA key has 2048, 3072 or 4096 bits.")));
    const Result<QUrl> url = keyUrl(vaultUri, QStringLiteral("/keys/%1/create").arg(name));
    if (!url.ok())
        return failLater<KeyVaultKey>(context, done, url.error());
    RestRequest req = dataRequest("POST", url.value());
    req.body = compact(QJsonObject{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("key_size"), keySize},
        {QStringLiteral("key_ops"), QJsonArray{QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}},
        {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), true}}},
    });
    req.retryNonIdempotent = false; // a repeat would add a second version
    req.description = tr("Create key %1").arg(name);
    return sendKeyRequest(req, context, std::move(done));
}

AbstractJob *KeyVaultService::rotateKey(const QUrl &vaultUri, const QString &name, QObject *context,
                                        Done<KeyVaultKey> done)
{
    if (!m_session)
        return failLater<KeyVaultKey>(context, done, notSignedIn());
    if (auto ok = validateKeyName(name); !ok)
        return failLater<KeyVaultKey>(context, done, ok.error());
    const Result<QUrl> url = keyUrl(vaultUri, QStringLiteral("/keys/%1/rotate").arg(name));
    if (!url.ok())
        return failLater<KeyVaultKey>(context, done, url.error());
    RestRequest req = dataRequest("POST", url.value());
    req.retryNonIdempotent = false; // a repeat would add a second version
    req.description = tr("Rotate key %1").arg(name);
    return sendKeyRequest(req, context, std::move(done));
}

AbstractJob *KeyVaultService::setKeyEnabled(const KeyVaultKeyId &id, bool enabled, QObject *context,
                                            Done<KeyVaultKey> done)
{
    if (!m_session)
        return failLater<KeyVaultKey>(context, done, notSignedIn());
    if (auto ok = validateKeyName(id.name); !ok)
        return failLater<KeyVaultKey>(context, done, ok.error());
    // An empty version updates the latest one (`PATCH /keys/{name}/`, as the Azure SDKs send it).
    const Result<QUrl> url =
        keyUrl(id.vaultUri, QStringLiteral("/keys/%1/%2").arg(id.name, pathSegment(id.version)));
    if (!url.ok())
        return failLater<KeyVaultKey>(context, done, url.error());
    RestRequest req = dataRequest("PATCH", url.value());
    req.body = compact(
        QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), enabled}}}});
    req.retryNonIdempotent = true; // setting the same value twice changes nothing
    req.description = enabled ? tr("Enable key %1").arg(id.name) : tr("Disable key %1").arg(id.name);
    return sendKeyRequest(req, context, std::move(done));
}

} // namespace csc
