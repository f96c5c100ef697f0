// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/AccountEncryption.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "emulator/CustomerManagedKeys.h"
#include "emulator/EmuContext.h"
#include "emulator/KeyVaultDataPlane.h"

#include <QJsonDocument>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace csc::emu {

namespace {

constexpr int kDekBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
const QLatin1String kPrefix("enc:v1:");

QString lower(const QString &s)
{
    return s.toLower();
}

QString b64url(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray aadOf(const QString &account, const QString &rid)
{
    return (account.toLower() + u'/' + rid).toUtf8();
}

ApiError failure(const QString &message)
{
    return ApiError::make(ApiError::Kind::Process, message);
}

QString kvMessage(const KeyVaultReply &reply)
{
    return reply.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

QString kvCode(const KeyVaultReply &reply)
{
    return reply.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

KeyAccess denied(int subStatus, const QString &reason)
{
    KeyAccess a;
    a.ok = false;
    a.encrypted = true;
    a.subStatus = subStatus;
    a.reason = reason;
    return a;
}

/// A Key Vault refusal as a Cosmos substatus.
KeyAccess fromReply(const KeyVaultReply &reply, const QString &what)
{
    if (reply.status == 404 && kvCode(reply) == QLatin1String("VaultNotFound"))
        return denied(4017,
                      QStringLiteral("The key vault of %1 was not found: %2").arg(what, kvMessage(reply)));
    if (reply.status == 404)
        return denied(4003, QStringLiteral("%1 was not found: %2").arg(what, kvMessage(reply)));
    return denied(4002, QStringLiteral("The default identity cannot use %1: %2").arg(what, kvMessage(reply)));
}

Result<QByteArray> aesGcm(bool encrypt, const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                          const QByteArray &in, QByteArray *tag)
{
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> c(EVP_CIPHER_CTX_new(),
                                                                      &EVP_CIPHER_CTX_free);
    const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    const auto *iv = reinterpret_cast<const unsigned char *>(nonce.constData());
    QByteArray out(in.size() + 16, Qt::Uninitialized);
    int len = 0;
    int total = 0;
    const bool ok =
        c &&
        (encrypt ? EVP_EncryptInit_ex(c.get(), EVP_aes_256_gcm(), nullptr, k, iv)
                 : EVP_DecryptInit_ex(c.get(), EVP_aes_256_gcm(), nullptr, k, iv)) == 1 &&
        (encrypt
             ? EVP_EncryptUpdate(c.get(), nullptr, &len,
                                 reinterpret_cast<const unsigned char *>(aad.constData()), int(aad.size()))
             : EVP_DecryptUpdate(c.get(), nullptr, &len,
                                 reinterpret_cast<const unsigned char *>(aad.constData()),
                                 int(aad.size()))) == 1 &&
        (encrypt ? EVP_EncryptUpdate(c.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                                     reinterpret_cast<const unsigned char *>(in.constData()), int(in.size()))
                 : EVP_DecryptUpdate(c.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                                     reinterpret_cast<const unsigned char *>(in.constData()),
                                     int(in.size()))) == 1;
    if (!ok) {
        SecureBytes::wipe(out);
        return failure(QStringLiteral("AES-256-GCM failed"));
    }
    total = len;
    if (encrypt) {
        if (EVP_EncryptFinal_ex(c.get(), reinterpret_cast<unsigned char *>(out.data()) + total, &len) != 1)
            return failure(QStringLiteral("AES-256-GCM failed"));
        total += len;
        tag->resize(kTagBytes);
        if (EVP_CIPHER_CTX_ctrl(c.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag->data()) != 1)
            return failure(QStringLiteral("AES-256-GCM failed"));
    } else {
        if (EVP_CIPHER_CTX_ctrl(c.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag->data()) != 1 ||
            EVP_DecryptFinal_ex(c.get(), reinterpret_cast<unsigned char *>(out.data()) + total, &len) != 1) {
            SecureBytes::wipe(out);
            return failure(QStringLiteral("the encrypted document failed authentication"));
        }
        total += len;
    }
    out.truncate(total);
    return out;
}

} // namespace

QString KeyAccess::subStatusName() const
{
    switch (subStatus) {
    case 4002:
        return QStringLiteral("KeyVaultAuthenticationFailure");
    case 4003:
        return QStringLiteral("KeyVaultKeyNotFound");
    case 4005:
        return QStringLiteral("KeyVaultWrapUnwrapFailure");
    case 4006:
        return QStringLiteral("InvalidKeyVaultKeyURI");
    case 4015:
        return QStringLiteral("UndefinedDefaultIdentity");
    case 4017:
        return QStringLiteral("KeyVaultNotFound");
    default:
        return QStringLiteral("KeyVaultServiceUnavailable");
    }
}

QString KeyAccess::status() const
{
    if (ok)
        return QLatin1String(CustomerManagedKeys::kAccessConfirmed);
    return QStringLiteral("Access to the configured customer managed key is revoked: %1 (%2, substatus %3). "
                          "Data access is blocked; only deleting the account or changing its default "
                          "identity is possible until access to the key is restored.")
        .arg(reason, subStatusName())
        .arg(subStatus);
}

AccountEncryption::AccountEncryption(const EmuContext *ctx) : m_ctx(ctx) {}

AccountEncryption::~AccountEncryption() = default; // SecureBytes wipe the cached keys

Result<void> AccountEncryption::wrapAndStore(const CosmosAccount &account, const QString &principal,
                                             const QString &vault, const QString &keyName,
                                             const QString &version, const SecureBytes &dek)
{
    KeyVaultRequest wrap;
    wrap.vault = vault;
    wrap.method = "POST";
    wrap.path = {QStringLiteral("keys"), keyName, version, QStringLiteral("wrapkey")};
    wrap.body = QJsonDocument(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                                          {QStringLiteral("value"), b64url(dek.bytes())}})
                    .toJson(QJsonDocument::Compact);
    wrap.objectId = principal;
    wrap.trustedService = true;
    const KeyVaultReply wrapped = m_ctx->keyVaultExecute(wrap);
    SecureBytes::wipe(wrap.body);
    if (wrapped.status != 200) {
        ApiError e = ApiError::make(
            ApiError::Kind::Http,
            QStringLiteral(
                "KeyVaultAuthenticationFailure (4002): the data encryption key of the account could "
                "not be wrapped with the key '%1' (version %2): %3")
                .arg(keyName, version, kvMessage(wrapped)));
        e.httpStatus = 400;
        e.code = QStringLiteral("BadRequest");
        return e;
    }
    AccountDek row;
    row.account = account.name;
    row.vault = vault;
    row.keyName = keyName;
    row.version = version;
    row.wrapped = QByteArray::fromBase64(wrapped.body.value(QStringLiteral("value")).toString().toLatin1(),
                                         QByteArray::Base64UrlEncoding);
    row.updatedMs = Clock::now().toMSecsSinceEpoch();
    return m_ctx->store->putAccountDek(row);
}

Result<void> AccountEncryption::keyChanged(const CosmosAccount &before, const CosmosAccount &after)
{
    if (!m_ctx->keyVaultExecute)
        return failure(QStringLiteral("no Key Vault runs in this cloud"));
    const QJsonObject props = after.resource.value(QStringLiteral("properties")).toObject();
    const QString keyUri = props.value(QStringLiteral("keyVaultKeyUri")).toString();
    if (keyUri.isEmpty())
        return {};
    const auto sub = m_ctx->store->subscription(after.subscriptionId);
    const QString tenantId = sub ? sub->tenantId : QString();
    auto principal = CustomerManagedKeys::defaultPrincipal(*m_ctx, after.resource, tenantId);
    if (!principal)
        return principal.error();
    auto key = CustomerManagedKeys::locateKey(*m_ctx, keyUri);
    if (!key)
        return key.error();
    QString version = props.value(QStringLiteral("keyVaultKeyUriVersion")).toString();
    if (version.isEmpty())
        version = key.value().version;
    if (version.isEmpty()) {
        auto checked = CustomerManagedKeys::checkKey(*m_ctx, keyUri, principal.value());
        if (!checked)
            return checked.error();
        version = checked.value().version;
    }
    SecureBytes dek;
    if (const auto existing = m_ctx->store->accountDek(after.name)) {
        // Keep the DEK (documents stay readable); unwrap it as whichever default identity still can.
        const auto cached = m_deks.constFind(lower(after.name));
        if (cached != m_deks.constEnd()) {
            dek = cached.value();
        } else {
            for (const CosmosAccount *a : {&before, &after}) {
                auto p = CustomerManagedKeys::defaultPrincipal(*m_ctx, a->resource, tenantId);
                if (!p || !dek.isEmpty())
                    continue;
                KeyVaultRequest unwrap;
                unwrap.vault = existing->vault;
                unwrap.method = "POST";
                unwrap.path = {QStringLiteral("keys"), existing->keyName, existing->version,
                               QStringLiteral("unwrapkey")};
                unwrap.body =
                    QJsonDocument(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                                              {QStringLiteral("value"), b64url(existing->wrapped)}})
                        .toJson(QJsonDocument::Compact);
                unwrap.objectId = p.value();
                unwrap.trustedService = true;
                KeyVaultReply r = m_ctx->keyVaultExecute(unwrap);
                if (r.status != 200)
                    continue;
                QString value = r.body.value(QStringLiteral("value")).toString();
                QByteArray raw = QByteArray::fromBase64(value.toLatin1(), QByteArray::Base64UrlEncoding);
                dek = SecureBytes(raw);
                SecureBytes::wipe(raw);
                value.fill(u'0');
            }
        }
        if (dek.size() != kDekBytes) {
            ApiError e = ApiError::make(
                ApiError::Kind::Http,
                QStringLiteral(
                    "KeyVaultAuthenticationFailure (4002): the account's data encryption key, "
                    "wrapped with the key '%1' (version %2) of the vault '%3', cannot be unwrapped "
                    "by the account's default identity. Restore its access to that key first.")
                    .arg(existing->keyName, existing->version, existing->vault));
            e.httpStatus = 400;
            e.code = QStringLiteral("BadRequest");
            return e;
        }
    } else {
        QByteArray raw(kDekBytes, Qt::Uninitialized);
        if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), kDekBytes) != 1)
            return failure(QStringLiteral("no random bytes for a data encryption key"));
        dek = SecureBytes(raw);
        SecureBytes::wipe(raw);
    }
    if (auto stored =
            wrapAndStore(after, principal.value(), key.value().vault, key.value().name, version, dek);
        !stored)
        return stored;
    m_deks.insert(lower(after.name), dek);
    auto sealed = m_ctx->store->sealDocuments(after.name);
    if (!sealed)
        return sealed.error();
    if (sealed.value() > 0)
        qCInfo(lcEmu) << "encrypted" << sealed.value() << "documents of" << after.name << "at rest";
    return {};
}

KeyAccess AccountEncryption::admit(const QString &accountName)
{
    const auto acct = m_ctx->store->accountByName(accountName);
    const QString cacheKey = lower(accountName);
    const QJsonObject props =
        acct ? acct->resource.value(QStringLiteral("properties")).toObject() : QJsonObject();
    const QString keyUri = props.value(QStringLiteral("keyVaultKeyUri")).toString();
    if (keyUri.isEmpty()) {
        m_deks.remove(cacheKey);
        return {};
    }
    // Whatever happens next, the DEK of an earlier request is not reused.
    m_deks.remove(cacheKey);
    if (!m_ctx->keyVaultExecute)
        return denied(4004, QStringLiteral("No Key Vault can be reached."));
    const auto sub = m_ctx->store->subscription(acct->subscriptionId);
    const QString tenantId = sub ? sub->tenantId : QString();
    auto principal = CustomerManagedKeys::defaultPrincipal(*m_ctx, acct->resource, tenantId);
    if (!principal)
        return denied(4015, principal.error().message);
    auto key = CustomerManagedKeys::locateKey(*m_ctx, keyUri);
    if (!key)
        return denied(key.error().message.contains(QLatin1String("4017")) ? 4017 : 4006, key.error().message);
    const QString what = QStringLiteral("the key '%1'").arg(keyUri);
    KeyVaultRequest get;
    get.vault = key.value().vault;
    get.method = "GET";
    get.path = {QStringLiteral("keys"), key.value().name};
    if (!key.value().version.isEmpty())
        get.path << key.value().version;
    get.objectId = principal.value();
    get.trustedService = true;
    const KeyVaultReply got = m_ctx->keyVaultExecute(get);
    if (got.status != 200)
        return fromReply(got, what);
    const QJsonObject attrs = got.body.value(QStringLiteral("attributes")).toObject();
    const QString current = got.body.value(QStringLiteral("key"))
                                .toObject()
                                .value(QStringLiteral("kid"))
                                .toString()
                                .section(u'/', -1);
    if (!attrs.value(QStringLiteral("enabled")).toBool(true))
        return denied(4002, QStringLiteral("The key '%1' (version %2) is disabled.").arg(keyUri, current));
    const qint64 nowS = Clock::now().toSecsSinceEpoch();
    if ((attrs.value(QStringLiteral("exp")).isDouble() &&
         attrs.value(QStringLiteral("exp")).toInteger() <= nowS) ||
        (attrs.value(QStringLiteral("nbf")).isDouble() &&
         attrs.value(QStringLiteral("nbf")).toInteger() > nowS))
        return denied(
            4002,
            QStringLiteral("The key '%1' (version %2) is expired or not yet valid.").arg(keyUri, current));
    auto dekRow = m_ctx->store->accountDek(acct->name);
    if (!dekRow) {
        // An account given its key before encryption at rest existed (or seeded): encrypt it now with the
        // version just read, and record that version on the account.
        CosmosAccount updated = *acct;
        QJsonObject p = props;
        p.insert(QStringLiteral("keyVaultKeyUriVersion"), current);
        updated.resource.insert(QStringLiteral("properties"), p);
        const auto made = m_ctx->store->transaction([&]() -> Result<void> {
            if (auto put = m_ctx->store->putAccount(updated); !put)
                return put;
            return keyChanged(*acct, updated);
        });
        if (!made) {
            m_deks.remove(cacheKey);
            return denied(4002, made.error().message);
        }
        KeyAccess ok;
        ok.encrypted = true;
        return ok;
    }
    KeyVaultRequest unwrap = get;
    unwrap.vault = dekRow->vault;
    unwrap.method = "POST";
    unwrap.path = {QStringLiteral("keys"), dekRow->keyName, dekRow->version, QStringLiteral("unwrapkey")};
    unwrap.body = QJsonDocument(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                                            {QStringLiteral("value"), b64url(dekRow->wrapped)}})
                      .toJson(QJsonDocument::Compact);
    KeyVaultReply unwrapped = m_ctx->keyVaultExecute(unwrap);
    if (unwrapped.status != 200)
        return fromReply(unwrapped,
                         QStringLiteral("the key version %1 that wraps the account's data encryption "
                                        "key")
                             .arg(dekRow->version));
    QString value = unwrapped.body.value(QStringLiteral("value")).toString();
    QByteArray raw = QByteArray::fromBase64(value.toLatin1(), QByteArray::Base64UrlEncoding);
    value.fill(u'0');
    unwrapped.body = {};
    SecureBytes dek(raw);
    SecureBytes::wipe(raw);
    if (dek.size() != kDekBytes)
        return denied(4005, QStringLiteral("The account's data encryption key could not be unwrapped."));
    const bool moved =
        !dekRow->keyName.isEmpty() && (dekRow->vault.compare(key.value().vault, Qt::CaseInsensitive) != 0 ||
                                       dekRow->keyName.compare(key.value().name, Qt::CaseInsensitive) != 0 ||
                                       dekRow->version.compare(current, Qt::CaseInsensitive) != 0);
    if (moved) {
        // A versionless key URI follows rotation: wrap the DEK with the key's current version.
        CosmosAccount updated = *acct;
        QJsonObject p = props;
        p.insert(QStringLiteral("keyVaultKeyUriVersion"), current);
        updated.resource.insert(QStringLiteral("properties"), p);
        const auto rewrapped = m_ctx->store->transaction([&]() -> Result<void> {
            if (auto w = wrapAndStore(updated, principal.value(), key.value().vault, key.value().name,
                                      current, dek);
                !w)
                return w;
            return m_ctx->store->putAccount(updated);
        });
        if (!rewrapped)
            return denied(4002, rewrapped.error().message);
        qCInfo(lcEmu) << "re-wrapped the data encryption key of" << acct->name << "with key version"
                      << current;
    }
    m_deks.insert(cacheKey, dek);
    KeyAccess ok;
    ok.encrypted = true;
    return ok;
}

Result<const SecureBytes *> AccountEncryption::dekOf(const QString &account)
{
    auto it = m_deks.constFind(lower(account));
    if (it == m_deks.constEnd()) {
        const auto acct = m_ctx->store->accountByName(account);
        if (!acct || acct->resource.value(QStringLiteral("properties"))
                         .toObject()
                         .value(QStringLiteral("keyVaultKeyUri"))
                         .toString()
                         .isEmpty())
            return static_cast<const SecureBytes *>(nullptr);
        const KeyAccess access = admit(account);
        if (!access.ok)
            return failure(access.status());
        it = m_deks.constFind(lower(account));
        if (it == m_deks.constEnd())
            return failure(QStringLiteral("the data encryption key of %1 is not available").arg(account));
    }
    return &it.value();
}

Result<QString> AccountEncryption::seal(const QString &account, const QString &rid, const QByteArray &json)
{
    auto dek = dekOf(account);
    if (!dek)
        return dek.error();
    if (!dek.value())
        return QString::fromUtf8(json);
    QByteArray nonce(kNonceBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(nonce.data()), kNonceBytes) != 1)
        return failure(QStringLiteral("no random bytes for a nonce"));
    QByteArray tag;
    auto ct = aesGcm(true, dek.value()->bytes(), nonce, aadOf(account, rid), json, &tag);
    if (!ct)
        return ct.error();
    return kPrefix + QString::fromLatin1((nonce + ct.value() + tag).toBase64());
}

Result<QByteArray> AccountEncryption::open(const QString &account, const QString &rid, const QString &stored)
{
    if (!stored.startsWith(kPrefix))
        return stored.toUtf8();
    const QByteArray blob = QByteArray::fromBase64(stored.mid(kPrefix.size()).toLatin1());
    if (blob.size() < kNonceBytes + kTagBytes)
        return failure(QStringLiteral("the encrypted document is truncated"));
    auto dek = dekOf(account);
    if (!dek)
        return dek.error();
    if (!dek.value())
        return failure(QStringLiteral("the account %1 has no data encryption key").arg(account));
    QByteArray tag = blob.right(kTagBytes);
    return aesGcm(false, dek.value()->bytes(), blob.left(kNonceBytes), aadOf(account, rid),
                  blob.mid(kNonceBytes, blob.size() - kNonceBytes - kTagBytes), &tag);
}

} // namespace csc::emu
