// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/TokenSigner.h"

#include "core/SecureBytes.h"
#include "emulator/FileUtil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace csc::emu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("csc::emu::TokenSigner", text);
}

ApiError signerError(const QString &what)
{
    ERR_clear_error();
    return ApiError::make(ApiError::Kind::Process, tr("Token signing key: %1").arg(what));
}

EVP_PKEY *generateKey()
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *key = nullptr;
    if (ctx && EVP_PKEY_keygen_init(ctx) > 0 && EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 2048) > 0)
        EVP_PKEY_generate(ctx, &key);
    EVP_PKEY_CTX_free(ctx);
    return key;
}

/// Self-signed certificate (CN=accounts.local.emulator, 2 years) carrying the public key for JWKS x5c.
X509 *selfSign(EVP_PKEY *key)
{
    X509 *cert = X509_new();
    if (!cert)
        return nullptr;
    BIGNUM *bn = BN_new();
    bool ok = bn && BN_rand(bn, 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1 &&
              BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert)) != nullptr;
    BN_free(bn);
    ok = ok && X509_set_version(cert, 2) == 1;
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), 2L * 365 * 24 * 3600);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("accounts.local.emulator"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    ok = ok && X509_sign(cert, key, EVP_sha256()) > 0;
    if (!ok) {
        X509_free(cert);
        return nullptr;
    }
    return cert;
}

QByteArray certDer(X509 *cert)
{
    unsigned char *buf = nullptr;
    const int len = i2d_X509(cert, &buf);
    if (len <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return der;
}

QByteArray bnParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

} // namespace

struct TokenSigner::Impl
{
    ~Impl() { EVP_PKEY_free(key); }
    EVP_PKEY *key = nullptr;
    QByteArray certDer;
};

QByteArray TokenSigner::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<TokenSigner> TokenSigner::createEphemeral()
{
    auto impl = std::make_shared<Impl>();
    impl->key = generateKey();
    if (!impl->key)
        return signerError(tr("cannot generate an RSA key"));
    X509 *cert = selfSign(impl->key);
    if (!cert)
        return signerError(tr("cannot create its certificate"));
    impl->certDer = certDer(cert);
    X509_free(cert);
    TokenSigner s;
    s.m_impl = impl;
    s.m_kid =
        QString::fromLatin1(base64Url(QCryptographicHash::hash(impl->certDer, QCryptographicHash::Sha1)));
    return s;
}

Result<TokenSigner> TokenSigner::loadOrCreate(const QString &dir)
{
    const QString keyPath = QDir(dir).absoluteFilePath(QStringLiteral("token-signing.key"));
    const QString crtPath = QDir(dir).absoluteFilePath(QStringLiteral("token-signing.crt"));
    if (QFileInfo::exists(keyPath) && QFileInfo::exists(crtPath)) {
        auto keyPem = readWholeFile(keyPath);
        if (!keyPem)
            return keyPem.error();
        auto crtPem = readWholeFile(crtPath);
        if (!crtPem)
            return crtPem.error();
        auto impl = std::make_shared<Impl>();
        BIO *kb = BIO_new_mem_buf(keyPem.value().constData(), static_cast<int>(keyPem.value().size()));
        impl->key = kb ? PEM_read_bio_PrivateKey(kb, nullptr, nullptr, nullptr) : nullptr;
        BIO_free(kb);
        SecureBytes::wipe(keyPem.value());
        BIO *cb = BIO_new_mem_buf(crtPem.value().constData(), static_cast<int>(crtPem.value().size()));
        X509 *cert = cb ? PEM_read_bio_X509(cb, nullptr, nullptr, nullptr) : nullptr;
        BIO_free(cb);
        if (!impl->key || !cert || X509_check_private_key(cert, impl->key) != 1) {
            X509_free(cert);
            return signerError(
                tr("%1 or %2 is damaged; delete both to create a new key").arg(keyPath, crtPath));
        }
        impl->certDer = certDer(cert);
        X509_free(cert);
        TokenSigner s;
        s.m_impl = impl;
        s.m_kid =
            QString::fromLatin1(base64Url(QCryptographicHash::hash(impl->certDer, QCryptographicHash::Sha1)));
        return s;
    }
    auto fresh = createEphemeral();
    if (!fresh)
        return fresh.error();
    BIO *bio = BIO_new(BIO_s_secmem());
    QByteArray pem;
    if (bio && PEM_write_bio_PrivateKey(bio, fresh.value().m_impl->key, nullptr, nullptr, 0, nullptr,
                                        nullptr) == 1) {
        char *data = nullptr;
        const long len = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, len);
    }
    BIO_free(bio);
    if (pem.isEmpty())
        return signerError(tr("cannot encode the key"));
    auto w = writeFileWithMode(keyPath, pem, true);
    SecureBytes::wipe(pem);
    if (!w)
        return w.error();
    const QByteArray der = fresh.value().m_impl->certDer;
    QByteArray crt = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        crt += b64.mid(i, 64) + '\n';
    crt += "-----END CERTIFICATE-----\n";
    if (auto wc = writeFileWithMode(crtPath, crt, false); !wc)
        return wc.error();
    return fresh;
}

QJsonObject TokenSigner::jwk(const QString &issuer) const
{
    return QJsonObject{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("use"), QStringLiteral("sig")},
        {QStringLiteral("kid"), m_kid},
        {QStringLiteral("x5t"), m_kid},
        {QStringLiteral("n"), QString::fromLatin1(base64Url(bnParam(m_impl->key, OSSL_PKEY_PARAM_RSA_N)))},
        {QStringLiteral("e"), QString::fromLatin1(base64Url(bnParam(m_impl->key, OSSL_PKEY_PARAM_RSA_E)))},
        {QStringLiteral("x5c"), QJsonArray{QString::fromLatin1(m_impl->certDer.toBase64())}},
        {QStringLiteral("issuer"), issuer},
    };
}

QByteArray TokenSigner::sign(const QJsonObject &claims) const
{
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), m_kid},
                             {QStringLiteral("x5t"), m_kid}};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    QByteArray sig;
    if (ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_impl->key) == 1 &&
        EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(input.constData()),
                       static_cast<size_t>(input.size())) == 1) {
        sig.resize(static_cast<qsizetype>(len));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                           reinterpret_cast<const unsigned char *>(input.constData()),
                           static_cast<size_t>(input.size())) == 1)
            sig.resize(static_cast<qsizetype>(len));
        else
            sig.clear();
    }
    EVP_MD_CTX_free(ctx);
    return input + '.' + base64Url(sig);
}

TokenSigner::Check TokenSigner::verify(const QByteArray &token, QJsonObject *claims) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty())
        return Check::Malformed;
    const auto decode = [](const QByteArray &b) {
        return QByteArray::fromBase64Encoding(b, QByteArray::Base64UrlEncoding |
                                                     QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto header = decode(parts[0]);
    const auto payload = decode(parts[1]);
    const auto sig = decode(parts[2]);
    if (!header || !payload || !sig)
        return Check::Malformed;
    QJsonParseError e1, e2;
    const QJsonDocument h = QJsonDocument::fromJson(*header, &e1);
    const QJsonDocument p = QJsonDocument::fromJson(*payload, &e2);
    if (e1.error != QJsonParseError::NoError || e2.error != QJsonParseError::NoError || !h.isObject() ||
        !p.isObject())
        return Check::Malformed;
    if (h.object().value(QStringLiteral("alg")).toString() != QLatin1String("RS256"))
        return Check::BadSignature;
    if (h.object().value(QStringLiteral("kid")).toString() != m_kid)
        return Check::UnknownKey;
    const QByteArray input = parts[0] + '.' + parts[1];
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, m_impl->key) == 1 &&
                    EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(sig.decoded.constData()),
                                     static_cast<size_t>(sig.decoded.size()),
                                     reinterpret_cast<const unsigned char *>(input.constData()),
                                     static_cast<size_t>(input.size())) == 1;
    EVP_MD_CTX_free(ctx);
    ERR_clear_error();
    if (!ok)
        return Check::BadSignature;
    if (claims)
        *claims = p.object();
    return Check::Ok;
}

} // namespace csc::emu
