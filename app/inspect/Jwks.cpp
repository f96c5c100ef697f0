// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "inspect/Jwks.h"

#include "inspect/Base64Url.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include <memory>

namespace csc {

namespace {

struct JwksTr
{
    Q_DECLARE_TR_FUNCTIONS(csc::Jwks)
};

struct VerifierTr
{
    Q_DECLARE_TR_FUNCTIONS(csc::JwtSignatureVerifier)
};

constexpr int kMinModulusBits = 2048;
constexpr int kMaxModulusBits = 8192;
constexpr int kMaxExponentBytes = 4; ///< e < 2^32 (Entra uses 65537)

/// The kty values RFC 7518 defines: keys with anything else never match a kid.
bool isKnownKeyType(const QString &kty)
{
    return kty == QLatin1String("RSA") || kty == QLatin1String("EC") || kty == QLatin1String("oct") ||
           kty == QLatin1String("OKP");
}

ApiError jwksError(const QString &message)
{
    return ApiError::make(ApiError::Kind::Parse, message);
}

/// Reads an optional string member; false when it is present with another type.
bool readString(const QJsonObject &o, QLatin1String name, QString *out)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

/// Shortens text taken from an input for a message (a kid can be anything).
QString shown(const QString &text)
{
    constexpr qsizetype kMax = 80;
    return text.size() <= kMax ? text : text.left(kMax) + QChar(0x2026);
}

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
struct BnFree
{
    void operator()(BIGNUM *p) const { BN_free(p); }
};
struct ParamBldFree
{
    void operator()(OSSL_PARAM_BLD *p) const { OSSL_PARAM_BLD_free(p); }
};
struct ParamFree
{
    void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); }
};

/// Drops leading zero bytes (JWK "n" sometimes carries one from a signed big-endian encoding).
QByteArray stripLeadingZeros(const QByteArray &bytes)
{
    qsizetype i = 0;
    while (i < bytes.size() && bytes.at(i) == '\0')
        ++i;
    return bytes.mid(i);
}

int bitLength(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return 0;
    int bits = int(bytes.size() - 1) * 8;
    for (auto top = quint8(bytes.at(0)); top != 0; top >>= 1)
        ++bits;
    return bits;
}

/// The RSA public key for n/e, or nullptr (OpenSSL's error queue is cleared).
std::unique_ptr<EVP_PKEY, PkeyFree> rsaPublicKey(const QByteArray &n, const QByteArray &e)
{
    std::unique_ptr<BIGNUM, BnFree> bnN(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr));
    std::unique_ptr<BIGNUM, BnFree> bnE(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr));
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> bld(OSSL_PARAM_BLD_new());
    if (!bnN || !bnE || !bld || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get()) != 1) {
        ERR_clear_error();
        return nullptr;
    }
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(bld.get()));
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
        EVP_PKEY_free(key);
        ERR_clear_error();
        return nullptr;
    }
    return std::unique_ptr<EVP_PKEY, PkeyFree>(key);
}

/// 1 = valid, 0 = does not match, -1 = OpenSSL could not check.
int rsaSha256Verify(EVP_PKEY *key, const QByteArray &signingInput, const QByteArray &signature)
{
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> md(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr; // owned by md
    if (!md || EVP_DigestVerifyInit_ex(md.get(), &pctx, "SHA256", nullptr, nullptr, key, nullptr) != 1 ||
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) <= 0) {
        ERR_clear_error();
        return -1;
    }
    const int rc = EVP_DigestVerify(
        md.get(), reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
        reinterpret_cast<const unsigned char *>(signingInput.constData()), size_t(signingInput.size()));
    ERR_clear_error();
    return rc == 1 ? 1 : (rc == 0 ? 0 : -1);
}

JwtVerification answer(JwtVerification::Outcome outcome, const QString &message, const QString &kid)
{
    JwtVerification v;
    v.outcome = outcome;
    v.message = message;
    v.kid = kid;
    return v;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// Jwks

const Jwk *Jwks::find(const QString &kid) const
{
    if (kid.isEmpty())
        return nullptr;
    for (const Jwk &key : keys) {
        if (key.kid == kid && isKnownKeyType(key.kty))
            return &key;
    }
    return nullptr;
}

Result<Jwks> Jwks::parse(QByteArrayView json)
{
    if (json.size() > kMaxLength)
        return jwksError(JwksTr::tr("The key set is larger than %1 KB.").arg(kMaxLength / 1024));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return jwksError(JwksTr::tr("The key set is not valid JSON: %1 at offset %2.")
                             .arg(error.errorString())
                             .arg(error.offset));
    if (!doc.isObject())
        return jwksError(JwksTr::tr("The key set is not a JSON object."));
    const QJsonValue keysValue = doc.object().value(QLatin1String("keys"));
    if (!keysValue.isArray())
        return jwksError(JwksTr::tr("The key set has no “keys” array."));
    const QJsonArray array = keysValue.toArray();
    if (array.size() > kMaxKeys)
        return jwksError(JwksTr::tr("The key set holds %1 keys; at most %2 are accepted.")
                             .arg(array.size())
                             .arg(kMaxKeys));

    Jwks set;
    set.keys.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        if (!entry.isObject())
            return jwksError(JwksTr::tr("Key %1 of the key set is not a JSON object.").arg(i + 1));
        const QJsonObject o = entry.toObject();
        Jwk key;
        const std::pair<QLatin1String, QString *> members[] = {
            {QLatin1String("kid"), &key.kid}, {QLatin1String("kty"), &key.kty},
            {QLatin1String("use"), &key.use}, {QLatin1String("alg"), &key.alg},
            {QLatin1String("n"), &key.n},     {QLatin1String("e"), &key.e},
            {QLatin1String("x5t"), &key.x5t}, {QLatin1String("issuer"), &key.issuer},
        };
        for (const auto &[name, out] : members) {
            if (!readString(o, name, out))
                return jwksError(
                    JwksTr::tr("Key %1 of the key set: “%2” is not a string.").arg(i + 1).arg(name));
        }
        const QJsonValue x5c = o.value(QLatin1String("x5c"));
        if (!x5c.isUndefined() && !x5c.isNull()) {
            if (!x5c.isArray())
                return jwksError(JwksTr::tr("Key %1 of the key set: “x5c” is not an array.").arg(i + 1));
            for (const QJsonValue cert : x5c.toArray()) {
                if (!cert.isString())
                    return jwksError(
                        JwksTr::tr("Key %1 of the key set: “x5c” holds something other than a string.")
                            .arg(i + 1));
                key.x5c.append(cert.toString());
            }
        }
        set.keys.append(std::move(key));
    }
    return set;
}

// ---------------------------------------------------------------------------------------------------------------
// JwtVerification

QString JwtVerification::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Verified:
        return QStringLiteral("verified");
    case Outcome::AlgNone:
        return QStringLiteral("alg-none");
    case Outcome::AlgNotAllowed:
        return QStringLiteral("alg-not-allowed");
    case Outcome::IssuerNotTrusted:
        return QStringLiteral("issuer-not-trusted");
    case Outcome::DiscoveryFailed:
        return QStringLiteral("discovery-failed");
    case Outcome::UnknownKid:
        return QStringLiteral("unknown-kid");
    case Outcome::BadKey:
        return QStringLiteral("bad-key");
    case Outcome::BadSignature:
        return QStringLiteral("bad-signature");
    case Outcome::Malformed:
        return QStringLiteral("malformed");
    }
    return QStringLiteral("malformed");
}

// ---------------------------------------------------------------------------------------------------------------
// JwtSignatureVerifier

JwtVerification JwtSignatureVerifier::verify(const Jwt &jwt, const Jwks &keys)
{
    using Outcome = JwtVerification::Outcome;
    const QString kid = jwt.kid();
    if (jwt.encodedHeader.isEmpty() || jwt.encodedPayload.isEmpty())
        return answer(Outcome::Malformed,
                      VerifierTr::tr("The token could not be read, so its signature cannot "
                                     "be checked."),
                      kid);

    // 1. Algorithm. "none" in any spelling is an unsigned token (attackers try "None", "NONE").
    const QString alg = jwt.alg();
    if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return answer(Outcome::AlgNone,
                      VerifierTr::tr("The token is not signed (alg “none”): anyone could have written it."),
                      kid);
    if (alg.isEmpty())
        return answer(Outcome::AlgNotAllowed,
                      VerifierTr::tr("The token names no signature algorithm; only RS256 is accepted."), kid);
    if (alg != QLatin1String("RS256"))
        return answer(
            Outcome::AlgNotAllowed,
            VerifierTr::tr("The token is signed with %1; only RS256 is accepted for Microsoft Entra "
                           "tokens.")
                .arg(shown(alg)),
            kid);

    // 2. Key id.
    if (kid.isEmpty())
        return answer(Outcome::UnknownKid,
                      VerifierTr::tr("The token names no signing key (no “kid” in its header)."), kid);
    const Jwk *key = keys.find(kid);
    if (!key)
        return answer(Outcome::UnknownKid,
                      VerifierTr::tr("No key with the id “%1” is in the issuer's key set (%n key(s)).",
                                     nullptr, int(keys.keys.size()))
                          .arg(shown(kid)),
                      kid);

    // 3. The key itself.
    const auto badKey = [&kid](const QString &why) {
        return answer(Outcome::BadKey,
                      VerifierTr::tr("Key “%1” is not a usable RSA signing key: %2").arg(shown(kid), why),
                      kid);
    };
    if (key->kty != QLatin1String("RSA"))
        return badKey(VerifierTr::tr("its type is “%1”, not RSA.").arg(shown(key->kty)));
    if (!key->use.isEmpty() && key->use != QLatin1String("sig"))
        return badKey(VerifierTr::tr("it is meant for “%1”, not for signatures.").arg(shown(key->use)));
    if (!key->alg.isEmpty() && key->alg != QLatin1String("RS256"))
        return badKey(VerifierTr::tr("it is meant for %1, not RS256.").arg(shown(key->alg)));
    if (key->n.isEmpty() || key->e.isEmpty())
        return badKey(VerifierTr::tr("its modulus or exponent is missing."));
    const std::optional<QByteArray> nRaw = Base64Url::decode(key->n.toLatin1());
    const std::optional<QByteArray> eRaw = Base64Url::decode(key->e.toLatin1());
    if (!nRaw || !eRaw || key->n.size() > kMaxModulusBits || key->e.size() > 64)
        return badKey(VerifierTr::tr("its modulus or exponent is not valid base64url."));
    const QByteArray n = stripLeadingZeros(*nRaw);
    const QByteArray e = stripLeadingZeros(*eRaw);
    const int modulusBits = bitLength(n);
    if (modulusBits < kMinModulusBits)
        return badKey(VerifierTr::tr("its modulus has %1 bits; at least %2 are required.")
                          .arg(modulusBits)
                          .arg(kMinModulusBits));
    if (modulusBits > kMaxModulusBits)
        return badKey(VerifierTr::tr("its modulus has %1 bits; at most %2 are accepted.")
                          .arg(modulusBits)
                          .arg(kMaxModulusBits));
    if ((quint8(n.back()) & 1) == 0)
        return badKey(VerifierTr::tr("its modulus is even."));
    if (e.isEmpty() || e.size() > kMaxExponentBytes)
        return badKey(VerifierTr::tr("its public exponent is zero or too large."));
    if ((quint8(e.back()) & 1) == 0 || (e.size() == 1 && quint8(e.at(0)) < 3))
        return badKey(VerifierTr::tr("its public exponent is not an odd number of at least 3."));
    const auto pkey = rsaPublicKey(n, e);
    if (!pkey)
        return badKey(VerifierTr::tr("OpenSSL refused it."));

    // 4. The signature.
    const qsizetype modulusBytes = n.size();
    if (jwt.signature.size() != modulusBytes)
        return answer(Outcome::BadSignature,
                      VerifierTr::tr("The signature is %1 bytes long, but key “%2” makes %3-byte signatures: "
                                     "the token was altered or signed by someone else.")
                          .arg(jwt.signature.size())
                          .arg(shown(kid))
                          .arg(modulusBytes),
                      kid);
    const int rc = rsaSha256Verify(pkey.get(), jwt.signingInput(), jwt.signature);
    if (rc < 0)
        return badKey(VerifierTr::tr("OpenSSL could not use it to check an RS256 signature."));
    if (rc == 0)
        return answer(
            Outcome::BadSignature,
            VerifierTr::tr("The signature does not match key “%1”: the token was altered or signed by "
                           "someone else.")
                .arg(shown(kid)),
            kid);
    return answer(Outcome::Verified, VerifierTr::tr("Signed by key “%1”.").arg(shown(kid)), kid);
}

} // namespace csc
