// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/CustomerManagedKeys.h"

#include "core/Clock.h"
#include "emulator/ArmErrors.h"
#include "emulator/KeyVaultDataPlane.h"
#include "emulator/ManagedIdentitiesProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <openssl/rand.h>

namespace csc::emu::CustomerManagedKeys {

namespace {

ApiError bad(const QString &message)
{
    ApiError e = ApiError::make(ApiError::Kind::Http, message);
    e.httpStatus = 400;
    e.code = QStringLiteral("BadRequest");
    return e;
}

bool eq(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool hasSystem(const QJsonObject &identity)
{
    return identity.value(QStringLiteral("type"))
        .toString()
        .contains(QLatin1String("SystemAssigned"), Qt::CaseInsensitive);
}

bool hasUser(const QJsonObject &identity)
{
    return identity.value(QStringLiteral("type"))
        .toString()
        .contains(QLatin1String("UserAssigned"), Qt::CaseInsensitive);
}

QSet<QString> userIds(const QJsonObject &identity)
{
    QSet<QString> out;
    if (!hasUser(identity))
        return out;
    const QJsonObject map = identity.value(QStringLiteral("userAssignedIdentities")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        out.insert(it.key().toLower());
    return out;
}

QString b64url(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString kvMessage(const KeyVaultReply &reply)
{
    return reply.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

/// The vault a key URI's host names: `{vault}.vault.azure.net`, or one of the live vault listeners.
QString vaultOfHost(const EmuContext &ctx, const QUrl &uri)
{
    const QString host = uri.host().toLower();
    const QString suffix = QStringLiteral(".vault.azure.net");
    if (host.endsWith(suffix) && uri.port(443) == 443) {
        const QString label = host.left(host.size() - suffix.size());
        return label.contains(u'.') ? QString() : label;
    }
    if (!ctx.vaultUriOf)
        return {};
    for (const QString &name : ctx.store->vaultNames()) {
        const QUrl live(ctx.vaultUriOf(name));
        if (live.isValid() && eq(live.host(), uri.host()) && live.port() == uri.port())
            return name;
    }
    return {};
}

} // namespace

Result<QString> defaultPrincipal(const EmuContext &ctx, const QJsonObject &resource, const QString &tenantId)
{
    const QJsonObject identity = resource.value(QStringLiteral("identity")).toObject();
    const QString di = resource.value(QStringLiteral("properties"))
                           .toObject()
                           .value(QStringLiteral("defaultIdentity"))
                           .toString(QStringLiteral("FirstPartyIdentity"));
    if (di.isEmpty() || eq(di, QStringLiteral("FirstPartyIdentity"))) {
        const auto sp = ctx.store->principalByAppId(tenantId, QLatin1String(kFirstPartyAppId));
        if (!sp)
            return bad(
                QStringLiteral("UndefinedDefaultIdentity (4015): the default identity "
                               "'FirstPartyIdentity' has no service principal in tenant '%1' (the Azure "
                               "Cosmos DB application %2). Use a managed identity of the account as "
                               "defaultIdentity instead.")
                    .arg(tenantId, QLatin1String(kFirstPartyAppId)));
        return sp->objectId;
    }
    if (eq(di, QStringLiteral("SystemAssignedIdentity"))) {
        if (!hasSystem(identity))
            return bad(QStringLiteral("UndefinedDefaultIdentity (4015): the default identity "
                                      "'SystemAssignedIdentity' cannot be used because the account has no "
                                      "system-assigned identity. Enable it first (identity.type "
                                      "'SystemAssigned'), grant it access to the key vault, then set "
                                      "defaultIdentity."));
        return identity.value(QStringLiteral("principalId")).toString();
    }
    const QString prefix = QStringLiteral("UserAssignedIdentity=");
    if (di.startsWith(prefix, Qt::CaseInsensitive)) {
        const QString id = di.mid(prefix.size());
        const QJsonObject map = identity.value(QStringLiteral("userAssignedIdentities")).toObject();
        if (hasUser(identity)) {
            for (auto it = map.begin(); it != map.end(); ++it) {
                if (eq(it.key(), id))
                    return it.value().toObject().value(QStringLiteral("principalId")).toString();
            }
        }
        return bad(
            QStringLiteral("UndefinedDefaultIdentity (4015): the default identity '%1' cannot be used "
                           "because the user-assigned identity '%2' is not assigned to the account. Add "
                           "it to identity.userAssignedIdentities first.")
                .arg(di, id));
    }
    return bad(
        QStringLiteral("Invalid value '%1' for property 'defaultIdentity'. Allowed values: "
                       "FirstPartyIdentity, SystemAssignedIdentity, UserAssignedIdentity=<resource id>.")
            .arg(di));
}

Result<KeyInUse> locateKey(const EmuContext &ctx, const QString &keyUri)
{
    const QUrl uri(keyUri, QUrl::StrictMode);
    const QStringList path = uri.path().split(u'/', Qt::SkipEmptyParts);
    KeyInUse key;
    if (uri.isValid() && uri.scheme() == QLatin1String("https") && !uri.hasQuery() && !uri.hasFragment() &&
        path.size() >= 2 && path.size() <= 3 && path[0] == QLatin1String("keys"))
        key.vault = vaultOfHost(ctx, uri);
    if (key.vault.isEmpty())
        return bad(QStringLiteral("InvalidKeyVaultKeyURI (4006): the key vault key URI '%1' is not valid.")
                       .arg(keyUri));
    const auto vault = ctx.store->vaultByName(key.vault);
    if (!vault)
        return bad(QStringLiteral("KeyVaultNotFound (4017): the key vault '%1' of the key URI '%2' could not "
                                  "be found.")
                       .arg(key.vault, keyUri));
    key.vault = vault->name;
    key.name = path[1];
    key.version = path.size() == 3 ? path[2] : QString();
    return key;
}

Result<KeyInUse> checkKey(const EmuContext &ctx, const QString &keyUri, const QString &objectId)
{
    const QUrl uri(keyUri, QUrl::StrictMode);
    const QStringList path = uri.path().split(u'/', Qt::SkipEmptyParts);
    const auto invalidUri = [&] {
        return bad(
            QStringLiteral("InvalidKeyVaultKeyURI (4006): the key vault key URI '%1' is not valid. Use "
                           "https://{vault}.vault.azure.net/keys/{key} (versionless, so new key "
                           "versions are picked up) or https://{vault}.vault.azure.net/keys/{key}/"
                           "{version}.")
                .arg(keyUri));
    };
    if (!uri.isValid() || uri.scheme() != QLatin1String("https") || uri.hasQuery() || uri.hasFragment() ||
        path.size() < 2 || path.size() > 3 || path[0] != QLatin1String("keys"))
        return invalidUri();
    KeyInUse key;
    key.vault = vaultOfHost(ctx, uri);
    if (key.vault.isEmpty())
        return invalidUri();
    key.name = path[1];
    const QString version = path.size() == 3 ? path[2] : QString();
    const auto vault = ctx.store->vaultByName(key.vault);
    if (!vault)
        return bad(QStringLiteral("KeyVaultNotFound (4017): the key vault '%1' of the key URI '%2' could not "
                                  "be found. Check the vault name, or create the vault first.")
                       .arg(key.vault, keyUri));
    key.vault = vault->name;
    const QJsonObject vprops = vault->resource.value(QStringLiteral("properties")).toObject();
    if (!vprops.value(QStringLiteral("enableSoftDelete")).toBool(true) ||
        !vprops.value(QStringLiteral("enablePurgeProtection")).toBool())
        return bad(
            QStringLiteral("The key vault '%1' cannot hold a customer-managed key for Azure Cosmos DB: "
                           "soft delete and purge protection must both be enabled on the vault. Enable "
                           "purge protection (properties.enablePurgeProtection = true) on the vault, "
                           "then try again.")
                .arg(key.vault));
    if (!ctx.keyVaultExecute)
        return bad(QStringLiteral("KeyVaultServiceUnavailable (4004): the key vault '%1' cannot be reached.")
                       .arg(key.vault));
    const auto denied = [&](const KeyVaultReply &reply) {
        return bad(QStringLiteral("KeyVaultAuthenticationFailure (4002): the account's default identity "
                                  "(object id %1) cannot use the key '%2': %3 Grant that identity the key "
                                  "permissions get, wrapKey and unwrapKey (access policy) or the Key Vault "
                                  "Crypto Service Encryption User role on the vault, make sure the key is "
                                  "enabled, then try again.")
                       .arg(objectId, keyUri, kvMessage(reply)));
    };
    KeyVaultRequest get;
    get.vault = key.vault;
    get.method = "GET";
    get.path = {QStringLiteral("keys"), key.name};
    if (!version.isEmpty())
        get.path << version;
    get.objectId = objectId;
    get.trustedService = true;
    const KeyVaultReply got = ctx.keyVaultExecute(get);
    if (got.status == 404)
        return bad(QStringLiteral("KeyVaultKeyNotFound (4003): the key '%1' was not found in the key vault "
                                  "'%2'. Check the key name (and version), or create the key first.")
                       .arg(keyUri, key.vault));
    if (got.status != 200)
        return denied(got);
    const QJsonObject jwk = got.body.value(QStringLiteral("key")).toObject();
    const QJsonObject attrs = got.body.value(QStringLiteral("attributes")).toObject();
    key.version = jwk.value(QStringLiteral("kid")).toString().section(u'/', -1);
    const QString kty = jwk.value(QStringLiteral("kty")).toString();
    if (kty != QLatin1String("RSA") && kty != QLatin1String("RSA-HSM"))
        return bad(
            QStringLiteral("The key '%1' is of type '%2'. Azure Cosmos DB customer-managed keys must be "
                           "RSA keys (2048, 3072 or 4096 bits).")
                .arg(keyUri, kty));
    const qsizetype bits = QByteArray::fromBase64(jwk.value(QStringLiteral("n")).toString().toLatin1(),
                                                  QByteArray::Base64UrlEncoding)
                               .size() *
                           8;
    if (bits < 2048)
        return bad(QStringLiteral("The RSA key '%1' has %2 bits. Azure Cosmos DB customer-managed keys must "
                                  "have at least 2048 bits.")
                       .arg(keyUri)
                       .arg(bits));
    if (!attrs.value(QStringLiteral("enabled")).toBool(true))
        return bad(
            QStringLiteral("KeyVaultAuthenticationFailure (4002): the key '%1' (version %2) is disabled. "
                           "Enable the key version, or use another key, then try again.")
                .arg(keyUri, key.version));
    const qint64 nowS = Clock::now().toSecsSinceEpoch();
    if ((attrs.contains(QStringLiteral("exp")) && attrs.value(QStringLiteral("exp")).toInteger() <= nowS) ||
        (attrs.contains(QStringLiteral("nbf")) && attrs.value(QStringLiteral("nbf")).toInteger() > nowS))
        return bad(
            QStringLiteral("KeyVaultAuthenticationFailure (4002): the key '%1' (version %2) is expired "
                           "or not yet valid. Adjust its activation and expiration dates, or use another "
                           "key, then try again.")
                .arg(keyUri, key.version));
    QStringList ops;
    for (const QJsonValue &v : jwk.value(QStringLiteral("key_ops")).toArray())
        ops << v.toString();
    if (!ops.contains(QStringLiteral("wrapKey")) || !ops.contains(QStringLiteral("unwrapKey")))
        return bad(
            QStringLiteral("The key '%1' does not allow the operations wrapKey and unwrapKey (its key_ops "
                           "are: %2). Azure Cosmos DB needs both; update the key's permitted operations.")
                .arg(keyUri, ops.join(QStringLiteral(", "))));
    // Wrap and unwrap a throw-away data encryption key, as the account will.
    QByteArray probe(32, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(probe.data()), static_cast<int>(probe.size()));
    KeyVaultRequest wrap = get;
    wrap.method = "POST";
    wrap.path = {QStringLiteral("keys"), key.name, key.version, QStringLiteral("wrapkey")};
    wrap.body = QJsonDocument(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                                          {QStringLiteral("value"), b64url(probe)}})
                    .toJson(QJsonDocument::Compact);
    const KeyVaultReply wrapped = ctx.keyVaultExecute(wrap);
    if (wrapped.status != 200)
        return denied(wrapped);
    KeyVaultRequest unwrap = wrap;
    unwrap.path = {QStringLiteral("keys"), key.name, key.version, QStringLiteral("unwrapkey")};
    unwrap.body =
        QJsonDocument(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                                  {QStringLiteral("value"), wrapped.body.value(QStringLiteral("value"))}})
            .toJson(QJsonDocument::Compact);
    const KeyVaultReply unwrapped = ctx.keyVaultExecute(unwrap);
    if (unwrapped.status != 200)
        return denied(unwrapped);
    if (QByteArray::fromBase64(unwrapped.body.value(QStringLiteral("value")).toString().toLatin1(),
                               QByteArray::Base64UrlEncoding) != probe)
        return bad(
            QStringLiteral("KeyVaultWrapUnwrapFailure (4005): wrapping and unwrapping with the key '%1' "
                           "did not round-trip.")
                .arg(keyUri));
    return key;
}

Result<QJsonObject> resolve(const EmuContext &ctx, const CosmosAccount &before, QJsonObject after,
                            const QJsonObject &patch, const QString &tenantId)
{
    const QJsonObject oldIdentity = before.resource.value(QStringLiteral("identity")).toObject();
    QJsonObject identity = after.value(QStringLiteral("identity")).toObject();
    const QJsonObject inProps = patch.value(QStringLiteral("properties")).toObject();
    const bool identityInPatch = patch.contains(QStringLiteral("identity"));
    if (identityInPatch) {
        const QJsonObject req = patch.value(QStringLiteral("identity")).toObject();
        const QString type = req.value(QStringLiteral("type")).toString();
        static const QStringList types{QStringLiteral("None"), QStringLiteral("SystemAssigned"),
                                       QStringLiteral("UserAssigned"),
                                       QStringLiteral("SystemAssigned,UserAssigned")};
        QString canonical;
        for (const QString &t : types) {
            if (eq(QString(type).remove(u' '), t))
                canonical = t;
        }
        if (canonical.isEmpty())
            return bad(QStringLiteral("Invalid value '%1' for identity.type. Allowed values: None, "
                                      "SystemAssigned, UserAssigned, 'SystemAssigned,UserAssigned'.")
                           .arg(type));
        identity.insert(QStringLiteral("type"), canonical);
        if (req.contains(QStringLiteral("userAssignedIdentities")) && !hasUser(identity))
            return bad(
                QStringLiteral("identity.userAssignedIdentities can only be given with the identity type "
                               "'UserAssigned' or 'SystemAssigned,UserAssigned' (was '%1').")
                    .arg(canonical));
        if (hasUser(identity)) {
            QJsonObject map = identity.value(QStringLiteral("userAssignedIdentities")).toObject();
            if (!req.contains(QStringLiteral("userAssignedIdentities")))
                map = oldIdentity.value(QStringLiteral("userAssignedIdentities")).toObject();
            if (map.isEmpty())
                return bad(
                    QStringLiteral("The identity type '%1' needs at least one user-assigned identity in "
                                   "identity.userAssignedIdentities.")
                        .arg(canonical));
            const QJsonObject oldMap = oldIdentity.value(QStringLiteral("userAssignedIdentities")).toObject();
            for (auto it = map.begin(); it != map.end(); ++it) {
                bool known = false;
                for (auto o = oldMap.begin(); o != oldMap.end(); ++o) {
                    if (eq(o.key(), it.key())) {
                        known = hasUser(oldIdentity);
                        if (known)
                            it.value() = o.value();
                    }
                }
                if (known)
                    continue;
                bool wellFormed = false;
                const auto uami = ManagedIdentitiesProvider::byId(*ctx.store, it.key(), &wellFormed);
                if (!wellFormed)
                    return bad(
                        QStringLiteral("Invalid user-assigned identity '%1' in "
                                       "identity.userAssignedIdentities: expected a resource id "
                                       "/subscriptions/{subscription}/resourceGroups/{group}/providers/"
                                       "Microsoft.ManagedIdentity/userAssignedIdentities/{name}.")
                            .arg(it.key()));
                if (!uami)
                    return bad(
                        QStringLiteral("The user-assigned identity '%1' was not found. Create it "
                                       "(Microsoft.ManagedIdentity/userAssignedIdentities) or remove it "
                                       "from identity.userAssignedIdentities.")
                            .arg(it.key()));
                const QJsonObject p = uami->resource.value(QStringLiteral("properties")).toObject();
                it.value() =
                    QJsonObject{{QStringLiteral("principalId"), p.value(QStringLiteral("principalId"))},
                                {QStringLiteral("clientId"), p.value(QStringLiteral("clientId"))}};
            }
            identity.insert(QStringLiteral("userAssignedIdentities"), map);
        }
        after.insert(QStringLiteral("identity"), identity);
    }
    const bool identityChanged = identityInPatch && (hasSystem(identity) != hasSystem(oldIdentity) ||
                                                     userIds(identity) != userIds(oldIdentity));
    const QJsonObject oldProps = before.resource.value(QStringLiteral("properties")).toObject();
    QJsonObject props = after.value(QStringLiteral("properties")).toObject();
    const QString keyUri = props.value(QStringLiteral("keyVaultKeyUri")).toString();
    const bool keyChanged = inProps.contains(QStringLiteral("keyVaultKeyUri")) &&
                            !eq(inProps.value(QStringLiteral("keyVaultKeyUri")).toString(),
                                oldProps.value(QStringLiteral("keyVaultKeyUri")).toString());
    if (identityChanged && keyChanged)
        return bad(QStringLiteral("The managed identities (identity) and the customer-managed key "
                                  "(keyVaultKeyUri) of a database account cannot be changed in the same "
                                  "update. Update the identity first, grant it access to the key, then set "
                                  "keyVaultKeyUri in a separate request."));
    if (inProps.contains(QStringLiteral("keyVaultKeyUri")) &&
        !inProps.value(QStringLiteral("keyVaultKeyUri")).isString())
        return bad(QStringLiteral("Invalid value for property 'keyVaultKeyUri': a string is expected."));
    if (!oldProps.value(QStringLiteral("keyVaultKeyUri")).toString().isEmpty() &&
        inProps.contains(QStringLiteral("keyVaultKeyUri")) && keyUri.isEmpty())
        return bad(QStringLiteral("The customer-managed key of a database account cannot be removed: an "
                                  "account encrypted with a customer-managed key keeps using one."));
    if (oldProps.value(QStringLiteral("keyVaultKeyUri")).toString().isEmpty() && keyUri.isEmpty() &&
        inProps.contains(QStringLiteral("keyVaultKeyUri")))
        props.remove(QStringLiteral("keyVaultKeyUri"));
    const bool defaultChanged = inProps.contains(QStringLiteral("defaultIdentity")) &&
                                !eq(inProps.value(QStringLiteral("defaultIdentity")).toString(),
                                    oldProps.value(QStringLiteral("defaultIdentity")).toString());
    QString principal;
    if (identityInPatch || defaultChanged || keyChanged) {
        auto p = defaultPrincipal(ctx, after, tenantId);
        const bool firstParty = props.value(QStringLiteral("defaultIdentity"))
                                    .toString(QStringLiteral("FirstPartyIdentity"))
                                    .compare(QLatin1String("FirstPartyIdentity"), Qt::CaseInsensitive) == 0;
        // Without a key, the first-party identity is only needed once a key is set.
        if (!p && (!firstParty || !keyUri.isEmpty()))
            return p.error();
        if (p)
            principal = p.value();
    }
    const auto oldPrincipal = defaultPrincipal(ctx, before.resource, tenantId);
    const bool principalChanged =
        !principal.isEmpty() && (!oldPrincipal || oldPrincipal.value() != principal);
    if (!keyUri.isEmpty() && (keyChanged || principalChanged)) {
        auto key = checkKey(ctx, keyUri, principal);
        if (!key)
            return key.error();
        props.insert(QStringLiteral("keyVaultKeyUriVersion"), key.value().version);
        props.insert(QStringLiteral("customerManagedKeyStatus"), QLatin1String(kAccessConfirmed));
    }
    after.insert(QStringLiteral("properties"), props);
    return after;
}

Result<void> syncPrincipals(const EmuContext &ctx, const QJsonObject &beforeIdentity,
                            const QJsonObject &afterIdentity, const QString &tenantId,
                            const QString &accountName)
{
    const QString oldId = hasSystem(beforeIdentity)
                              ? beforeIdentity.value(QStringLiteral("principalId")).toString()
                              : QString();
    const QString newId =
        hasSystem(afterIdentity) ? afterIdentity.value(QStringLiteral("principalId")).toString() : QString();
    if (oldId == newId)
        return {};
    if (!oldId.isEmpty()) {
        if (auto r = ctx.store->deletePrincipal(oldId); !r)
            return r;
    }
    if (newId.isEmpty() || ctx.store->principalByObjectId(newId))
        return {};
    Principal sp;
    sp.objectId = newId;
    sp.tenantId = tenantId;
    sp.appId = newGuid();
    sp.displayName = accountName;
    return ctx.store->addPrincipal(sp, SecureBytes());
}

} // namespace csc::emu::CustomerManagedKeys
