// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/LocalCa.h"

#include "core/SecureBytes.h"
#include "emulator/FileUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QMultiMap>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace csc::emu {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
};
struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
struct BioFree
{
    void operator()(BIO *p) const { BIO_free(p); }
};
struct BnFree
{
    void operator()(BIGNUM *p) const { BN_free(p); }
};
struct X509ExtFree
{
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Cert = std::unique_ptr<X509, X509Free>;
using Bio = std::unique_ptr<BIO, BioFree>;

constexpr int kRsaBits = 2048;
constexpr int kCaDays = 3650;
constexpr int kServerDays = 365;
constexpr qint64 kRenewBeforeSecs = 30LL * 24 * 3600;

QString tr(const char *text)
{
    return QCoreApplication::translate("csc::emu::LocalCa", text);
}

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return tr("unknown OpenSSL error");
    char buf[256];
    ERR_error_string_n(code, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

ApiError caError(const QString &what)
{
    return ApiError::make(ApiError::Kind::Tls, tr("Local certificate authority: %1").arg(what));
}

Pkey generateKey()
{
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0 ||
        EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), kRsaBits) <= 0)
        return {};
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_generate(ctx.get(), &key) <= 0)
        return {};
    return Pkey(key);
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, X509ExtFree> ext(X509V3_EXT_nconf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setRandomSerial(X509 *cert)
{
    std::unique_ptr<BIGNUM, BnFree> bn(BN_new());
    if (!bn || BN_rand(bn.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1)
        return false;
    return BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) != nullptr;
}

/// Issues a certificate for `key`; self-signed when issuer/issuerKey are null.
Result<Cert> issue(EVP_PKEY *key, const QByteArray &commonName, bool isCa, int days, const QByteArray &san,
                   X509 *issuer, EVP_PKEY *issuerKey)
{
    Cert cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1 || !setRandomSerial(cert.get()))
        return caError(opensslError());
    // Start a little in the past so clocks that are slightly behind still accept the certificate.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(days) * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Cosmos Security Console local cloud"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName.constData()), -1, -1, 0);
    X509 *signerCert = issuer ? issuer : cert.get();
    EVP_PKEY *signerKey = issuerKey ? issuerKey : key;
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signerCert));

    bool ok = addExtension(cert.get(), signerCert, NID_subject_key_identifier, "hash");
    ok = ok && addExtension(cert.get(), signerCert, NID_authority_key_identifier, "keyid:always");
    if (isCa) {
        ok = ok && addExtension(cert.get(), signerCert, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
        ok = ok && addExtension(cert.get(), signerCert, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), signerCert, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok &&
             addExtension(cert.get(), signerCert, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        ok = ok && addExtension(cert.get(), signerCert, NID_ext_key_usage, "serverAuth");
        ok = ok && addExtension(cert.get(), signerCert, NID_subject_alt_name, san.constData());
    }
    if (!ok)
        return caError(opensslError());
    if (X509_sign(cert.get(), signerKey, EVP_sha256()) <= 0)
        return caError(opensslError());
    return cert;
}

QByteArray readBio(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return len > 0 ? QByteArray(data, len) : QByteArray();
}

QByteArray certPem(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    return readBio(bio.get());
}

/// PKCS#8 PEM of the private key, in a secure-memory BIO that OpenSSL wipes on free. The caller wipes the
/// result.
QByteArray keyPem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return readBio(bio.get());
}

Cert parseCert(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return Cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

Pkey parseKey(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return Pkey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

QStringList wantedNames(const QStringList &extra)
{
    QStringList names{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2")};
    for (const QString &n : extra) {
        const QString t = n.trimmed().toLower();
        if (!t.isEmpty() && !names.contains(t))
            names << t;
    }
    return names;
}

QByteArray sanValue(const QStringList &names)
{
    QByteArrayList parts;
    for (const QString &n : names) {
        QHostAddress ip;
        if (ip.setAddress(n))
            parts << "IP:" + n.toLatin1();
        else
            parts << "DNS:" + QUrl::toAce(n);
    }
    return parts.join(',');
}

bool validName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    QHostAddress ip;
    if (ip.setAddress(name))
        return true;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'*'))
            return false;
    }
    return true;
}

/// Does `cert` carry every wanted DNS name / IP address?
bool hasNames(const QSslCertificate &cert, const QStringList &names)
{
    const auto alt = cert.subjectAlternativeNames();
    const QStringList dns = alt.values(QSsl::DnsEntry);
    QList<QHostAddress> ips;
    for (const QString &s : alt.values(QSsl::IpAddressEntry))
        ips << QHostAddress(s);
    for (const QString &n : names) {
        QHostAddress ip;
        if (ip.setAddress(n)) {
            if (!ips.contains(ip))
                return false;
        } else if (!dns.contains(QString::fromLatin1(QUrl::toAce(n)), Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

Result<void> writeFile(const QString &path, const QByteArray &data, bool secret)
{
    auto r = writeFileWithMode(path, data, secret);
    if (!r)
        return caError(r.error().message);
    return {};
}

Result<QByteArray> readFile(const QString &path)
{
    auto r = readWholeFile(path);
    if (!r)
        return caError(r.error().message);
    return r;
}

struct Issued
{
    QByteArray certPem;
    QByteArray keyPem; ///< wiped by the owner
};

Result<TlsMaterial> toMaterial(const QByteArray &caPem, const QByteArray &serverPem, QByteArray &serverKeyPem,
                               const QString &caPath)
{
    TlsMaterial m;
    m.caCertificate = QSslCertificate(caPem, QSsl::Pem);
    m.serverCertificate = QSslCertificate(serverPem, QSsl::Pem);
    m.serverKey = QSslKey(serverKeyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    SecureBytes::wipe(serverKeyPem);
    m.caCertificatePath = caPath;
    if (m.caCertificate.isNull() || m.serverCertificate.isNull() || m.serverKey.isNull())
        return caError(tr("the generated certificates could not be loaded"));
    return m;
}

Result<Cert> makeCa(Pkey &caKey)
{
    caKey = generateKey();
    if (!caKey)
        return caError(opensslError());
    return issue(caKey.get(), "Cosmos Security Console Local CA", true, kCaDays, {}, nullptr, nullptr);
}

Result<Issued> makeServer(X509 *ca, EVP_PKEY *caKey, const QStringList &names)
{
    Pkey key = generateKey();
    if (!key)
        return caError(opensslError());
    auto cert = issue(key.get(), "localhost", false, kServerDays, sanValue(names), ca, caKey);
    if (!cert)
        return cert.error();
    Issued out;
    out.certPem = certPem(cert.value().get());
    out.keyPem = keyPem(key.get());
    if (out.certPem.isEmpty() || out.keyPem.isEmpty())
        return caError(opensslError());
    return out;
}

bool expiresSoon(const QSslCertificate &cert)
{
    return cert.isNull() || QDateTime::currentDateTimeUtc().secsTo(cert.expiryDate()) < kRenewBeforeSecs ||
           cert.effectiveDate() > QDateTime::currentDateTimeUtc();
}

} // namespace

Result<TlsMaterial> LocalCa::createEphemeral(const QStringList &extraDnsNames)
{
    for (const QString &n : extraDnsNames) {
        if (!validName(n.trimmed()))
            return ApiError::validation(tr("Not a valid host name for the server certificate: %1").arg(n));
    }
    Pkey caKey;
    auto ca = makeCa(caKey);
    if (!ca)
        return ca.error();
    auto server = makeServer(ca.value().get(), caKey.get(), wantedNames(extraDnsNames));
    if (!server)
        return server.error();
    Issued issued = std::move(server.value());
    return toMaterial(certPem(ca.value().get()), issued.certPem, issued.keyPem, QString());
}

Result<TlsMaterial> LocalCa::loadOrCreate(const QString &dir, const QStringList &extraDnsNames)
{
    for (const QString &n : extraDnsNames) {
        if (!validName(n.trimmed()))
            return ApiError::validation(tr("Not a valid host name for the server certificate: %1").arg(n));
    }
    QDir d(dir);
    if (!d.mkpath(QStringLiteral(".")))
        return caError(tr("cannot create the folder %1").arg(dir));
    const QString caCrtPath = d.absoluteFilePath(QStringLiteral("ca.crt"));
    const QString caKeyPath = d.absoluteFilePath(QStringLiteral("ca.key"));
    const QString srvCrtPath = d.absoluteFilePath(QStringLiteral("server.crt"));
    const QString srvKeyPath = d.absoluteFilePath(QStringLiteral("server.key"));
    const QStringList names = wantedNames(extraDnsNames);

    // 1. The CA: keep it while it is valid (clients trust this file), otherwise make a new one.
    Cert ca;
    Pkey caKey;
    bool caIsNew = false;
    if (QFileInfo::exists(caCrtPath) && QFileInfo::exists(caKeyPath)) {
        auto crt = readFile(caCrtPath);
        if (!crt)
            return crt.error();
        auto key = readFile(caKeyPath);
        if (!key)
            return key.error();
        ca = parseCert(crt.value());
        caKey = parseKey(key.value());
        SecureBytes::wipe(key.value());
        if (!ca || !caKey)
            return caError(
                tr("%1 or %2 is damaged; delete both to create a new authority").arg(caCrtPath, caKeyPath));
        if (X509_check_private_key(ca.get(), caKey.get()) != 1)
            return caError(tr("%1 does not belong to %2; delete both to create a new authority")
                               .arg(caKeyPath, caCrtPath));
        if (expiresSoon(QSslCertificate(crt.value(), QSsl::Pem))) {
            ca.reset();
            caKey.reset();
        }
    }
    if (!ca) {
        auto made = makeCa(caKey);
        if (!made)
            return made.error();
        ca = std::move(made.value());
        caIsNew = true;
        QByteArray pem = keyPem(caKey.get());
        if (pem.isEmpty())
            return caError(opensslError());
        auto w = writeFile(caKeyPath, pem, true);
        SecureBytes::wipe(pem);
        if (!w)
            return w.error();
        if (auto wc = writeFile(caCrtPath, certPem(ca.get()), false); !wc)
            return wc.error();
    }
    const QByteArray caPem = certPem(ca.get());

    // 2. The server certificate: keep it if the CA issued it, it has every name and is not about to expire.
    if (!caIsNew && QFileInfo::exists(srvCrtPath) && QFileInfo::exists(srvKeyPath)) {
        auto crt = readFile(srvCrtPath);
        auto key = readFile(srvKeyPath);
        if (crt && key) {
            Cert server = parseCert(crt.value());
            Pkey serverKey = parseKey(key.value());
            const QSslCertificate qcert(crt.value(), QSsl::Pem);
            const bool usable =
                server && serverKey && X509_check_private_key(server.get(), serverKey.get()) == 1 &&
                X509_verify(server.get(), caKey.get()) == 1 && !expiresSoon(qcert) && hasNames(qcert, names);
            ERR_clear_error();
            if (usable) {
                // Make sure the key file is private even if someone loosened it.
                QFile::setPermissions(srvKeyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                return toMaterial(caPem, crt.value(), key.value(), caCrtPath);
            }
        }
        if (key)
            SecureBytes::wipe(key.value());
    }
    auto server = makeServer(ca.get(), caKey.get(), names);
    if (!server)
        return server.error();
    Issued issued = std::move(server.value());
    if (auto w = writeFile(srvKeyPath, issued.keyPem, true); !w) {
        SecureBytes::wipe(issued.keyPem);
        return w.error();
    }
    if (auto w = writeFile(srvCrtPath, issued.certPem, false); !w) {
        SecureBytes::wipe(issued.keyPem);
        return w.error();
    }
    return toMaterial(caPem, issued.certPem, issued.keyPem, caCrtPath);
}

} // namespace csc::emu
