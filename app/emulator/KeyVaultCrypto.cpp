// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/KeyVaultCrypto.h"

#include <QCoreApplication>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

namespace csc::emu::KeyVaultCrypto {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("csc::emu::KeyVaultCrypto", text);
}

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct CtxFree
{
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};
struct BnFree
{
    void operator()(BIGNUM *b) const { BN_free(b); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Ctx = std::unique_ptr<EVP_PKEY_CTX, CtxFree>;
using Bn = std::unique_ptr<BIGNUM, BnFree>;

ApiError cryptoError(const QString &what)
{
    return ApiError::make(ApiError::Kind::Process, what);
}

Pkey load(const SecureBytes &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.bytes().constData());
    return Pkey(d2i_AutoPrivateKey(nullptr, &p, static_cast<long>(der.size())));
}

QByteArray bnBytes(const BIGNUM *bn)
{
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

/// Sets the padding of an encrypt/decrypt context for `alg`; false when the algorithm is unknown.
bool setPadding(EVP_PKEY_CTX *ctx, const QString &alg)
{
    if (alg == QLatin1String("RSA1_5"))
        return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0;
    const EVP_MD *md = nullptr;
    if (alg == QLatin1String("RSA-OAEP"))
        md = EVP_sha1();
    else if (alg == QLatin1String("RSA-OAEP-256"))
        md = EVP_sha256();
    else
        return false;
    return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) > 0 &&
           EVP_PKEY_CTX_set_rsa_oaep_md(ctx, md) > 0 && EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, md) > 0;
}

} // namespace

bool isSupportedRsaSize(int bits)
{
    return bits == 2048 || bits == 3072 || bits == 4096;
}

const QStringList &rsaAlgorithms()
{
    static const QStringList algs{QStringLiteral("RSA-OAEP"), QStringLiteral("RSA-OAEP-256"),
                                  QStringLiteral("RSA1_5")};
    return algs;
}

Result<SecureBytes> generateRsa(int bits)
{
    if (!isSupportedRsaSize(bits))
        return ApiError::validation(tr("Unsupported RSA key size %1.").arg(bits));
    Ctx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0 ||
        EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), bits) <= 0 || EVP_PKEY_keygen(ctx.get(), &raw) <= 0)
        return cryptoError(tr("Cannot generate an RSA key."));
    Pkey key(raw);
    unsigned char *der = nullptr;
    const int len = i2d_PrivateKey(key.get(), &der);
    if (len <= 0 || !der)
        return cryptoError(tr("Cannot encode an RSA key."));
    QByteArray bytes(reinterpret_cast<const char *>(der), len);
    OPENSSL_clear_free(der, static_cast<size_t>(len));
    SecureBytes out(bytes);
    SecureBytes::wipe(bytes);
    return out;
}

Result<RsaPublic> publicOf(const SecureBytes &privateKeyDer)
{
    Pkey key = load(privateKeyDer);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return cryptoError(tr("The stored key is not an RSA key."));
    BIGNUM *n = nullptr;
    BIGNUM *e = nullptr;
    if (EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_RSA_N, &n) <= 0 ||
        EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_RSA_E, &e) <= 0) {
        BN_free(n);
        BN_free(e);
        return cryptoError(tr("Cannot read the RSA public key."));
    }
    const Bn nn(n);
    const Bn ee(e);
    return RsaPublic{bnBytes(n), bnBytes(e), EVP_PKEY_get_bits(key.get())};
}

Result<QByteArray> encrypt(const SecureBytes &privateKeyDer, const QString &alg, const QByteArray &plaintext)
{
    Pkey key = load(privateKeyDer);
    if (!key)
        return cryptoError(tr("The stored key cannot be read."));
    Ctx ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) <= 0)
        return cryptoError(tr("Cannot encrypt with the key."));
    if (!setPadding(ctx.get(), alg))
        return ApiError::validation(tr("Invalid algorithm %1.").arg(alg));
    const auto *in = reinterpret_cast<const unsigned char *>(plaintext.constData());
    size_t outLen = 0;
    if (EVP_PKEY_encrypt(ctx.get(), nullptr, &outLen, in, static_cast<size_t>(plaintext.size())) <= 0)
        return ApiError::validation(tr("The value cannot be encrypted with %1.").arg(alg));
    QByteArray out(static_cast<qsizetype>(outLen), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &outLen, in,
                         static_cast<size_t>(plaintext.size())) <= 0)
        return ApiError::validation(
            tr("The value is too long for the key and the %1 padding, or cannot be encrypted.").arg(alg));
    out.resize(static_cast<qsizetype>(outLen));
    return out;
}

Result<SecureBytes> decrypt(const SecureBytes &privateKeyDer, const QString &alg,
                            const QByteArray &ciphertext)
{
    Pkey key = load(privateKeyDer);
    if (!key)
        return cryptoError(tr("The stored key cannot be read."));
    Ctx ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) <= 0)
        return cryptoError(tr("Cannot decrypt with the key."));
    if (!setPadding(ctx.get(), alg))
        return ApiError::validation(tr("Invalid algorithm %1.").arg(alg));
    const auto *in = reinterpret_cast<const unsigned char *>(ciphertext.constData());
    size_t outLen = 0;
    if (EVP_PKEY_decrypt(ctx.get(), nullptr, &outLen, in, static_cast<size_t>(ciphertext.size())) <= 0)
        return ApiError::validation(tr("The value cannot be decrypted."));
    QByteArray out(static_cast<qsizetype>(outLen), Qt::Uninitialized);
    if (EVP_PKEY_decrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &outLen, in,
                         static_cast<size_t>(ciphertext.size())) <= 0) {
        SecureBytes::wipe(out);
        return ApiError::validation(tr("The value cannot be decrypted."));
    }
    out.resize(static_cast<qsizetype>(outLen));
    SecureBytes result(out);
    SecureBytes::wipe(out);
    return result;
}

} // namespace csc::emu::KeyVaultCrypto
