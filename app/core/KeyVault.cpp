// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/KeyVault.h"

#include "core/CosmosAccount.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace csc {

namespace {

/// Translation context of this file's messages.
struct KeyVaultTr
{
    Q_DECLARE_TR_FUNCTIONS(csc::KeyVault)
};

ApiError parseError(const QString &message)
{
    return ApiError::make(ApiError::Kind::Parse, message);
}

QString str(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString();
}

/// A boolean property; `fallback` when absent or not a boolean.
bool flag(const QJsonObject &o, QLatin1String key, bool fallback)
{
    const QJsonValue v = o.value(key);
    return v.isBool() ? v.toBool() : fallback;
}

/// The strings of a JSON array (other entries skipped).
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a) {
        if (e.isString())
            out << e.toString();
    }
    return out;
}

/// `field` of every object in a JSON array, skipping empty values.
QStringList fieldOfEach(const QJsonValue &v, QLatin1String field)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a) {
        const QString s = e.toObject().value(field).toString();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

bool containsCi(const QStringList &list, QLatin1String value)
{
    return list.contains(value, Qt::CaseInsensitive);
}

/// Unix epoch seconds (Key Vault attributes); invalid when absent, not a number or out of range.
QDateTime epochTime(const QJsonValue &v)
{
    if (!v.isDouble())
        return {};
    const double secs = v.toDouble();
    // Year 1 to 9999, as QDateTime and Key Vault can express them.
    if (!std::isfinite(secs) || secs < -62135596800.0 || secs > 253402300799.0)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(secs), Qt::UTC);
}

/// ARM timestamps ("2026-01-10T08:00:00.1234567Z"); Qt reads at most milliseconds.
QDateTime isoTime(const QString &s)
{
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (t.isValid())
        return t.toUTC();
    const qsizetype d = s.indexOf(QLatin1Char('.'), s.indexOf(QLatin1Char('T')));
    if (d < 0)
        return {};
    qsizetype end = d + 1;
    while (end < s.size() && s.at(end).isDigit())
        ++end;
    t = QDateTime::fromString(s.left(std::min(end, d + 4)) + s.mid(end), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

/// Bits of a big-endian unsigned integer given as base64url (an RSA modulus `n`); 0 when unreadable.
int modulusBits(const QString &n)
{
    if (n.isEmpty())
        return 0;
    const auto decoded = QByteArray::fromBase64Encoding(
        n.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                          QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return 0;
    const QByteArray &bytes = *decoded;
    qsizetype first = 0;
    while (first < bytes.size() && bytes.at(first) == 0)
        ++first;
    if (first == bytes.size())
        return 0;
    int top = 0;
    for (auto b = quint8(bytes.at(first)); b != 0; b >>= 1)
        ++top;
    const qint64 bits = qint64(bytes.size() - first - 1) * 8 + top;
    return bits > 1 << 20 ? 0 : int(bits);
}

bool isHex32(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Fa-f]{32}$"));
    return re.match(s).hasMatch();
}

bool isKeyName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9-]{1,127}$"));
    return re.match(s).hasMatch();
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// AzureRoles

QString AzureRoles::displayName(const QString &roleGuid)
{
    static const struct
    {
        const char *guid;
        const char *name;
    } roles[] = {
        {kKeyVaultCryptoServiceEncryptionUser,
         QT_TRANSLATE_NOOP("csc::AzureRoles", "Key Vault Crypto Service Encryption User")},
        {kKeyVaultAdministrator, QT_TRANSLATE_NOOP("csc::AzureRoles", "Key Vault Administrator")},
        {kKeyVaultCryptoUser, QT_TRANSLATE_NOOP("csc::AzureRoles", "Key Vault Crypto User")},
        {kKeyVaultReader, QT_TRANSLATE_NOOP("csc::AzureRoles", "Key Vault Reader")},
        {"4633458b-17de-408a-b874-0445c86b69e6",
         QT_TRANSLATE_NOOP("csc::AzureRoles", "Key Vault Secrets User")},
        {"8e3af657-a8ff-443c-a75c-2fe8c4bcb635", QT_TRANSLATE_NOOP("csc::AzureRoles", "Owner")},
        {"b24988ac-6180-42a0-ab88-20f7382dd24c", QT_TRANSLATE_NOOP("csc::AzureRoles", "Contributor")},
        {"acdd72a7-3385-48ef-bd42-f606fba81ae7", QT_TRANSLATE_NOOP("csc::AzureRoles", "Reader")},
        {"18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
         QT_TRANSLATE_NOOP("csc::AzureRoles", "User Access Administrator")},
    };
    const QString guid = roleGuid.trimmed();
    for (const auto &r : roles) {
        if (guid.compare(QLatin1String(r.guid), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("csc::AzureRoles", r.name);
    }
    return roleGuid;
}

// ---------------------------------------------------------------------------------------------------------------
// KeyVaultAccessPolicy

Result<KeyVaultAccessPolicy> KeyVaultAccessPolicy::fromJson(const QJsonObject &json)
{
    KeyVaultAccessPolicy p;
    p.tenantId = str(json, QLatin1String("tenantId"));
    p.objectId = str(json, QLatin1String("objectId"));
    if (p.objectId.isEmpty())
        return parseError(KeyVaultTr::tr("An access policy has no objectId."));
    if (p.tenantId.isEmpty())
        return parseError(KeyVaultTr::tr("The access policy of %1 has no tenantId.").arg(p.objectId));
    p.applicationId = str(json, QLatin1String("applicationId"));
    const QJsonValue permissions = json.value(QLatin1String("permissions"));
    if (!permissions.isUndefined() && !permissions.isNull() && !permissions.isObject())
        return parseError(
            KeyVaultTr::tr("The permissions of the access policy of %1 are not an object.").arg(p.objectId));
    const QJsonObject perms = permissions.toObject();
    p.keys = strings(perms.value(QLatin1String("keys")));
    p.secrets = strings(perms.value(QLatin1String("secrets")));
    p.certificates = strings(perms.value(QLatin1String("certificates")));
    return p;
}

QJsonObject KeyVaultAccessPolicy::toJson() const
{
    QJsonObject permissions{{QStringLiteral("keys"), QJsonArray::fromStringList(keys)}};
    if (!secrets.isEmpty())
        permissions.insert(QStringLiteral("secrets"), QJsonArray::fromStringList(secrets));
    if (!certificates.isEmpty())
        permissions.insert(QStringLiteral("certificates"), QJsonArray::fromStringList(certificates));
    QJsonObject o{{QStringLiteral("tenantId"), tenantId},
                  {QStringLiteral("objectId"), objectId},
                  {QStringLiteral("permissions"), permissions}};
    if (!applicationId.isEmpty())
        o.insert(QStringLiteral("applicationId"), applicationId);
    return o;
}

bool KeyVaultAccessPolicy::allowsCustomerManagedKey() const
{
    if (containsCi(keys, QLatin1String("all")))
        return true;
    return containsCi(keys, QLatin1String("get")) && containsCi(keys, QLatin1String("wrapKey")) &&
           containsCi(keys, QLatin1String("unwrapKey"));
}

KeyVaultAccessPolicy KeyVaultAccessPolicy::forCustomerManagedKey(const QString &tenantId,
                                                                 const QString &objectId)
{
    KeyVaultAccessPolicy p;
    p.tenantId = tenantId;
    p.objectId = objectId;
    p.keys = QStringList{QStringLiteral("get"), QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
    return p;
}

// ---------------------------------------------------------------------------------------------------------------
// KeyVault

Result<KeyVault> KeyVault::fromJson(const QJsonObject &json)
{
    KeyVault v;
    v.id = str(json, QLatin1String("id"));
    if (v.id.isEmpty())
        return parseError(KeyVaultTr::tr("The key vault object has no \"id\"."));
    v.name = str(json, QLatin1String("name"));
    if (v.name.isEmpty())
        return parseError(KeyVaultTr::tr("The key vault object has no \"name\"."));
    const ArmResourceId rid = ArmResourceId::parse(v.id);
    v.subscriptionId = rid.subscriptionId;
    v.resourceGroup = rid.resourceGroup;
    v.location = str(json, QLatin1String("location"));
    v.raw = json;

    const QJsonObject p = json.value(QLatin1String("properties")).toObject();
    v.tenantId = str(p, QLatin1String("tenantId"));
    v.skuName = p.value(QLatin1String("sku")).toObject().value(QLatin1String("name")).toString();
    const QString uri = str(p, QLatin1String("vaultUri"));
    if (!uri.isEmpty()) {
        const QUrl u(uri, QUrl::StrictMode);
        if (u.isValid() && u.scheme() == QLatin1String("https") && !u.host().isEmpty())
            v.vaultUri = u;
    }
    v.enableSoftDelete = flag(p, QLatin1String("enableSoftDelete"), true);
    const QJsonValue retention = p.value(QLatin1String("softDeleteRetentionInDays"));
    if (retention.isDouble() && retention.toDouble() >= 1 && retention.toDouble() <= 3650)
        v.softDeleteRetentionInDays = retention.toInt();
    v.enablePurgeProtection = flag(p, QLatin1String("enablePurgeProtection"), false);
    v.enableRbacAuthorization = flag(p, QLatin1String("enableRbacAuthorization"), false);
    v.publicNetworkAccess = str(p, QLatin1String("publicNetworkAccess"));
    const QJsonObject acls = p.value(QLatin1String("networkAcls")).toObject();
    v.networkDefaultAction = str(acls, QLatin1String("defaultAction"));
    v.networkBypass = str(acls, QLatin1String("bypass"));
    v.ipRules = fieldOfEach(acls.value(QLatin1String("ipRules")), QLatin1String("value"));
    v.virtualNetworkRules =
        fieldOfEach(acls.value(QLatin1String("virtualNetworkRules")), QLatin1String("id"));
    const QJsonArray policies = p.value(QLatin1String("accessPolicies")).toArray();
    for (const QJsonValue &e : policies) {
        // An unreadable entry grants nothing the console could rely on: leave it out.
        Result<KeyVaultAccessPolicy> policy = KeyVaultAccessPolicy::fromJson(e.toObject());
        if (policy.ok())
            v.accessPolicies.append(std::move(policy).value());
    }
    v.provisioningState = str(p, QLatin1String("provisioningState"));
    return v;
}

bool KeyVault::isPublicNetworkAccessEnabled() const
{
    return publicNetworkAccess.isEmpty() ||
           publicNetworkAccess.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0;
}

bool KeyVault::allowsTrustedServices() const
{
    if (!isPublicNetworkAccessEnabled())
        return false;
    const bool allowAll = networkDefaultAction.isEmpty() ||
                          networkDefaultAction.compare(QLatin1String("Allow"), Qt::CaseInsensitive) == 0;
    const bool bypass = networkBypass.isEmpty() ||
                        networkBypass.contains(QLatin1String("AzureServices"), Qt::CaseInsensitive);
    return allowAll || bypass;
}

const KeyVaultAccessPolicy *KeyVault::accessPolicyFor(const QString &objectId, const QString &tenantId) const
{
    if (objectId.isEmpty())
        return nullptr;
    for (const KeyVaultAccessPolicy &p : accessPolicies) {
        // A compound entry (applicationId set) only applies to that application acting for the principal.
        if (!p.applicationId.isEmpty())
            continue;
        if (p.objectId.compare(objectId, Qt::CaseInsensitive) != 0)
            continue;
        if (!tenantId.isEmpty() && p.tenantId.compare(tenantId, Qt::CaseInsensitive) != 0)
            continue;
        return &p;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------------------------
// KeyVaultKeyId

Result<KeyVaultKeyId> KeyVaultKeyId::parse(const QString &uri)
{
    const auto invalid = [](const QString &message) { return ApiError::validation(message); };
    const QString text = uri.trimmed();
    if (text.isEmpty())
        return invalid(KeyVaultTr::tr("The key identifier is empty."));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(KeyVaultTr::tr("The key identifier \"%1\" is not a valid URL.").arg(text));
    if (url.scheme() != QLatin1String("https"))
        return invalid(KeyVaultTr::tr("The key identifier must start with https://."));
    if (url.host().isEmpty())
        return invalid(KeyVaultTr::tr("The key identifier names no vault host."));
    if (!url.userInfo().isEmpty())
        return invalid(KeyVaultTr::tr("The key identifier must not contain a user name or password."));
    if (url.hasQuery() || url.hasFragment())
        return invalid(KeyVaultTr::tr("The key identifier must not have a query (?…) or a fragment (#…)."));
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QStringList segs = path.split(QLatin1Char('/'));
    // segs[0] is the empty text before the leading slash.
    if (segs.size() < 3 || !segs.at(0).isEmpty() ||
        segs.at(1).compare(QLatin1String("keys"), Qt::CaseInsensitive) != 0)
        return invalid(KeyVaultTr::tr("The key identifier must have the path /keys/{name} or "
                                      "/keys/{name}/{version}."));
    if (segs.size() > 4)
        return invalid(KeyVaultTr::tr("The key identifier has too many path segments; expected "
                                      "/keys/{name} or /keys/{name}/{version}."));
    KeyVaultKeyId id;
    id.name = segs.at(2);
    if (!isKeyName(id.name))
        return invalid(KeyVaultTr::tr("The key name \"%1\" is not valid: use 1 to 127 letters, digits and "
                                      "dashes.")
                           .arg(QUrl::fromPercentEncoding(id.name.toUtf8())));
    if (segs.size() == 4) {
        id.version = segs.at(3);
        if (!isHex32(id.version))
            return invalid(KeyVaultTr::tr("The key version \"%1\" is not valid: it must be 32 hexadecimal "
                                          "characters.")
                               .arg(QUrl::fromPercentEncoding(id.version.toUtf8())));
    }
    id.vaultUri.setScheme(QStringLiteral("https"));
    id.vaultUri.setHost(url.host());
    if (url.port() != -1 && url.port() != 443)
        id.vaultUri.setPort(url.port());
    return id;
}

QString KeyVaultKeyId::toString() const
{
    return version.isEmpty() ? versionless() : versionless() + QLatin1Char('/') + version;
}

QString KeyVaultKeyId::versionless() const
{
    return vaultUri.toString(QUrl::StripTrailingSlash) + QStringLiteral("/keys/") + name;
}

// ---------------------------------------------------------------------------------------------------------------
// KeyVaultKey

Result<KeyVaultKey> KeyVaultKey::fromJson(const QJsonObject &json)
{
    KeyVaultKey k;
    const QJsonValue keyValue = json.value(QLatin1String("key"));
    const QJsonObject jwk = keyValue.toObject();
    const QString kid =
        keyValue.isObject() ? str(jwk, QLatin1String("kid")) : str(json, QLatin1String("kid"));
    if (kid.isEmpty())
        return parseError(KeyVaultTr::tr("The key has no \"kid\"."));
    Result<KeyVaultKeyId> id = KeyVaultKeyId::parse(kid);
    if (!id.ok())
        return parseError(id.error().message);
    k.id = id.value();
    if (keyValue.isObject()) {
        k.kty = str(jwk, QLatin1String("kty"));
        k.keyOps = strings(jwk.value(QLatin1String("key_ops")));
        if (k.kty.startsWith(QLatin1String("RSA"), Qt::CaseInsensitive))
            k.keySize = modulusBits(str(jwk, QLatin1String("n")));
    }
    const QJsonObject attributes = json.value(QLatin1String("attributes")).toObject();
    k.enabled = flag(attributes, QLatin1String("enabled"), true);
    k.notBefore = epochTime(attributes.value(QLatin1String("nbf")));
    k.expires = epochTime(attributes.value(QLatin1String("exp")));
    k.created = epochTime(attributes.value(QLatin1String("created")));
    k.updated = epochTime(attributes.value(QLatin1String("updated")));
    k.recoveryLevel = str(attributes, QLatin1String("recoveryLevel"));
    k.managed = flag(json, QLatin1String("managed"), false);
    const QJsonObject tags = json.value(QLatin1String("tags")).toObject();
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        if (it.value().isString())
            k.tags.insert(it.key(), it.value().toString());
    }
    return k;
}

bool KeyVaultKey::isRsa() const
{
    return kty.compare(QLatin1String("RSA"), Qt::CaseInsensitive) == 0 ||
           kty.compare(QLatin1String("RSA-HSM"), Qt::CaseInsensitive) == 0;
}

bool KeyVaultKey::suitsCustomerManagedKey(const QDateTime &now) const
{
    if (!isRsa() || !enabled)
        return false;
    if (expires.isValid() && expires <= now)
        return false;
    return keyOps.isEmpty() ||
           (containsCi(keyOps, QLatin1String("wrapKey")) && containsCi(keyOps, QLatin1String("unwrapKey")));
}

// ---------------------------------------------------------------------------------------------------------------
// RoleAssignment

Result<RoleAssignment> RoleAssignment::fromJson(const QJsonObject &json)
{
    RoleAssignment a;
    a.id = str(json, QLatin1String("id"));
    if (a.id.isEmpty())
        return parseError(KeyVaultTr::tr("A role assignment has no id."));
    a.name = str(json, QLatin1String("name"));
    if (a.name.isEmpty())
        a.name = a.id.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    const QJsonObject p = json.value(QLatin1String("properties")).toObject();
    a.roleDefinitionId = str(p, QLatin1String("roleDefinitionId"));
    a.principalId = str(p, QLatin1String("principalId"));
    if (a.roleDefinitionId.isEmpty() || a.principalId.isEmpty())
        return parseError(
            KeyVaultTr::tr("The role assignment %1 names no role or no principal.").arg(a.name));
    a.scope = str(p, QLatin1String("scope"));
    if (a.scope.isEmpty()) {
        const qsizetype at = a.id.indexOf(
            QLatin1String("/providers/Microsoft.Authorization/roleAssignments/"), 0, Qt::CaseInsensitive);
        a.scope = at > 0 ? a.id.left(at) : QStringLiteral("/");
    }
    a.principalType = str(p, QLatin1String("principalType"));
    a.description = str(p, QLatin1String("description"));
    a.createdOn = isoTime(str(p, QLatin1String("createdOn")));
    return a;
}

QString RoleAssignment::roleGuid() const
{
    return roleDefinitionId.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
}

// ---------------------------------------------------------------------------------------------------------------
// UserAssignedIdentityResource

Result<UserAssignedIdentityResource> UserAssignedIdentityResource::fromJson(const QJsonObject &json)
{
    UserAssignedIdentityResource r;
    r.id = str(json, QLatin1String("id"));
    if (r.id.isEmpty())
        return parseError(KeyVaultTr::tr("The managed identity object has no \"id\"."));
    r.name = str(json, QLatin1String("name"));
    if (r.name.isEmpty())
        return parseError(KeyVaultTr::tr("The managed identity object has no \"name\"."));
    const ArmResourceId rid = ArmResourceId::parse(r.id);
    r.subscriptionId = rid.subscriptionId;
    r.resourceGroup = rid.resourceGroup;
    r.location = str(json, QLatin1String("location"));
    const QJsonObject p = json.value(QLatin1String("properties")).toObject();
    r.principalId = str(p, QLatin1String("principalId"));
    r.clientId = str(p, QLatin1String("clientId"));
    r.tenantId = str(p, QLatin1String("tenantId"));
    return r;
}

} // namespace csc
