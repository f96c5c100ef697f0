// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/LocalCa.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cctype>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <sys/stat.h>

using csc::emu::LocalCa;
using csc::emu::TlsMaterial;

namespace {

X509 *toX509(const QSslCertificate &cert)
{
    const QByteArray pem = cert.toPem();
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return x;
}

/// OpenSSL's own verdict: does `ca` vouch for `server` as a TLS server for `host` (a DNS name or an IP)?
bool opensslVerifies(const QSslCertificate &ca, const QSslCertificate &server, const QByteArray &host)
{
    X509 *caX = toX509(ca);
    X509 *srvX = toX509(server);
    X509_STORE *store = X509_STORE_new();
    X509_STORE_add_cert(store, caX);
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx, store, srvX, nullptr);
    X509_STORE_CTX_set_purpose(ctx, X509_PURPOSE_SSL_SERVER);
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx);
    if (host.contains(':') || (host.size() > 0 && std::isdigit(static_cast<unsigned char>(host.back()))))
        X509_VERIFY_PARAM_set1_ip_asc(param, host.constData());
    else
        X509_VERIFY_PARAM_set1_host(param, host.constData(), 0);
    const bool ok = X509_verify_cert(ctx) == 1;
    X509_STORE_CTX_free(ctx);
    X509_STORE_free(store);
    X509_free(caX);
    X509_free(srvX);
    return ok;
}

/// Issues a server certificate for `localhost` that expires in `days` days, signed by the CA in `dir`.
bool writeShortLivedServerCert(const QString &dir, int days)
{
    QFile caCrt(dir + QStringLiteral("/ca.crt")), caKeyF(dir + QStringLiteral("/ca.key"));
    if (!caCrt.open(QIODevice::ReadOnly) || !caKeyF.open(QIODevice::ReadOnly))
        return false;
    const QByteArray crtPem = caCrt.readAll(), keyPemBytes = caKeyF.readAll();
    BIO *b1 = BIO_new_mem_buf(crtPem.constData(), static_cast<int>(crtPem.size()));
    BIO *b2 = BIO_new_mem_buf(keyPemBytes.constData(), static_cast<int>(keyPemBytes.size()));
    X509 *ca = PEM_read_bio_X509(b1, nullptr, nullptr, nullptr);
    EVP_PKEY *caKey = PEM_read_bio_PrivateKey(b2, nullptr, nullptr, nullptr);
    BIO_free(b1);
    BIO_free(b2);
    EVP_PKEY *key = EVP_RSA_gen(2048);
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 4242);
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), static_cast<long>(days) * 24 * 3600);
    X509_set_pubkey(cert, key);
    X509_NAME_add_entry_by_txt(X509_get_subject_name(cert), "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0);
    X509_set_issuer_name(cert, X509_get_subject_name(ca));
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, ca, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext =
        X509V3_EXT_nconf_nid(nullptr, &ctx, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:127.0.0.2");
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
    const bool signedOk = X509_sign(cert, caKey, EVP_sha256()) > 0;
    BIO *out = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(out, cert);
    char *data = nullptr;
    const long len = BIO_get_mem_data(out, &data);
    QFile f(dir + QStringLiteral("/server.crt"));
    const bool written = f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data, len) == len;
    f.close();
    BIO *keyOut = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(keyOut, key, nullptr, nullptr, 0, nullptr, nullptr);
    const long keyLen = BIO_get_mem_data(keyOut, &data);
    QFile k(dir + QStringLiteral("/server.key"));
    const bool keyWritten =
        k.open(QIODevice::WriteOnly | QIODevice::Truncate) && k.write(data, keyLen) == keyLen;
    BIO_free(out);
    BIO_free(keyOut);
    X509_free(cert);
    EVP_PKEY_free(key);
    EVP_PKEY_free(caKey);
    X509_free(ca);
    return signedOk && written && keyWritten;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// The POSIX permission bits of a file (0600 expected for keys).
unsigned modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0xFFFF;
    return st.st_mode & 07777;
}

} // namespace

class TestLocalCa : public QObject
{
    Q_OBJECT
private slots:
    void ephemeralChainVerifies_data();
    void ephemeralChainVerifies();
    void ephemeralHasCaAndServerProperties();
    void ephemeralRejectsUntrustedHost();
    void extraNamesAreAdded();
    void invalidExtraNameRefused();
    void createsFilesWithPrivateKeys();
    void reloadKeepsCaAndServer();
    void missingNameReissuesServerOnly();
    void expiringServerCertIsReissued();
    void foreignServerCertIsReplaced();
    void damagedCaIsReportedNotOverwritten();
    void twoAuthoritiesDiffer();
};

void TestLocalCa::ephemeralChainVerifies_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::newRow("localhost") << QByteArray("localhost");
    QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1");
    QTest::newRow("127.0.0.2") << QByteArray("127.0.0.2");
}

void TestLocalCa::ephemeralChainVerifies()
{
    QFETCH(QByteArray, host);
    const auto m = LocalCa::createEphemeral();
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    QVERIFY(opensslVerifies(m.value().caCertificate, m.value().serverCertificate, host));
    QVERIFY(m.value().caCertificatePath.isEmpty());
}

void TestLocalCa::ephemeralHasCaAndServerProperties()
{
    const auto m = LocalCa::createEphemeral();
    QVERIFY(m.ok());
    const TlsMaterial &t = m.value();
    QCOMPARE(t.serverCertificate.issuerDisplayName(), t.caCertificate.subjectDisplayName());
    QVERIFY(t.caCertificate.isSelfSigned());
    QVERIFY(!t.serverCertificate.isSelfSigned());
    QCOMPARE(t.serverKey.algorithm(), QSsl::Rsa);
    QCOMPARE(t.serverKey.length(), 2048);
    QCOMPARE(t.serverKey.type(), QSsl::PrivateKey);
    // The server key belongs to the server certificate: OpenSSL agrees.
    X509 *x = toX509(t.serverCertificate);
    const QByteArray keyPem = t.serverKey.toPem();
    BIO *bio = BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size()));
    EVP_PKEY *k = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    QVERIFY(k);
    QCOMPARE(X509_check_private_key(x, k), 1);
    EVP_PKEY_free(k);
    BIO_free(bio);
    X509_free(x);

    const QString ext = t.caCertificate.toText();
    QVERIFY2(ext.contains(QLatin1String("CA:TRUE")), qPrintable(ext));
    QVERIFY(ext.contains(QLatin1String("Certificate Sign")));
    const QString srv = t.serverCertificate.toText();
    QVERIFY(srv.contains(QLatin1String("CA:FALSE")));
    QVERIFY(srv.contains(QLatin1String("TLS Web Server Authentication")));
    QVERIFY(srv.contains(QLatin1String("sha256WithRSAEncryption")));
    const qint64 caDays = t.caCertificate.effectiveDate().daysTo(t.caCertificate.expiryDate());
    QVERIFY2(caDays >= 3649 && caDays <= 3651, qPrintable(QString::number(caDays)));
    const qint64 srvDays = t.serverCertificate.effectiveDate().daysTo(t.serverCertificate.expiryDate());
    QVERIFY2(srvDays >= 364 && srvDays <= 366, qPrintable(QString::number(srvDays)));
    const auto alt = t.serverCertificate.subjectAlternativeNames();
    QCOMPARE(alt.values(QSsl::DnsEntry), QStringList{QStringLiteral("localhost")});
    QStringList ips = alt.values(QSsl::IpAddressEntry);
    ips.sort();
    QCOMPARE(ips, (QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2")}));
}

void TestLocalCa::ephemeralRejectsUntrustedHost()
{
    const auto m = LocalCa::createEphemeral();
    QVERIFY(m.ok());
    QVERIFY(!opensslVerifies(m.value().caCertificate, m.value().serverCertificate, "example.com"));
    QVERIFY(!opensslVerifies(m.value().caCertificate, m.value().serverCertificate, "127.0.0.3"));
    // Another CA does not vouch for this server certificate.
    const auto other = LocalCa::createEphemeral();
    QVERIFY(other.ok());
    QVERIFY(!opensslVerifies(other.value().caCertificate, m.value().serverCertificate, "localhost"));
}

void TestLocalCa::extraNamesAreAdded()
{
    const auto m = LocalCa::createEphemeral({QStringLiteral("acct1.documents.local"), QStringLiteral("::1")});
    QVERIFY(m.ok());
    QVERIFY(opensslVerifies(m.value().caCertificate, m.value().serverCertificate, "acct1.documents.local"));
    QVERIFY(opensslVerifies(m.value().caCertificate, m.value().serverCertificate, "::1"));
    QVERIFY(opensslVerifies(m.value().caCertificate, m.value().serverCertificate, "localhost"));
}

void TestLocalCa::invalidExtraNameRefused()
{
    const auto m = LocalCa::createEphemeral({QStringLiteral("bad name,DNS:evil.example")});
    QVERIFY(!m.ok());
    QCOMPARE(m.error().kind, csc::ApiError::Kind::Validation);
    QTemporaryDir dir;
    const auto l = LocalCa::loadOrCreate(dir.path(), {QStringLiteral("a,b")});
    QVERIFY(!l.ok());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("ca.key"))));
}

void TestLocalCa::createsFilesWithPrivateKeys()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("nested/ca"));
    const auto m = LocalCa::loadOrCreate(dir);
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    for (const char *name : {"ca.crt", "ca.key", "server.crt", "server.key"})
        QVERIFY2(QFileInfo::exists(dir + u'/' + QLatin1String(name)), name);
    QCOMPARE(modeOf(dir + QStringLiteral("/ca.key")), 0600u);
    QCOMPARE(modeOf(dir + QStringLiteral("/server.key")), 0600u);
    QCOMPARE(modeOf(dir + QStringLiteral("/ca.crt")) & 0077, 0044u);
    QCOMPARE(m.value().caCertificatePath, QDir(dir).absoluteFilePath(QStringLiteral("ca.crt")));
    QCOMPARE(QSslCertificate::fromPath(m.value().caCertificatePath).value(0), m.value().caCertificate);
    QCOMPARE(QSslCertificate::fromPath(dir + QStringLiteral("/server.crt")).value(0),
             m.value().serverCertificate);
    QVERIFY(fileBytes(dir + QStringLiteral("/ca.key")).startsWith("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(opensslVerifies(m.value().caCertificate, m.value().serverCertificate, "127.0.0.1"));
}

void TestLocalCa::reloadKeepsCaAndServer()
{
    QTemporaryDir dir;
    const auto first = LocalCa::loadOrCreate(dir.path());
    QVERIFY(first.ok());
    // Loosen the key permissions: the reload tightens them again.
    QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("server.key")),
                                  kOwnerOnly | QFileDevice::ReadOther));
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("server.key"))), 0604u);
    const auto second = LocalCa::loadOrCreate(dir.path());
    QVERIFY(second.ok());
    QCOMPARE(second.value().caCertificate, first.value().caCertificate);
    QCOMPARE(second.value().serverCertificate, first.value().serverCertificate);
    QCOMPARE(second.value().serverKey.toDer(), first.value().serverKey.toDer());
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("server.key"))), 0600u);
}

void TestLocalCa::missingNameReissuesServerOnly()
{
    QTemporaryDir dir;
    const auto first = LocalCa::loadOrCreate(dir.path());
    QVERIFY(first.ok());
    const auto second = LocalCa::loadOrCreate(dir.path(), {QStringLiteral("vault.local")});
    QVERIFY(second.ok());
    QCOMPARE(second.value().caCertificate, first.value().caCertificate);
    QVERIFY(second.value().serverCertificate != first.value().serverCertificate);
    QVERIFY(opensslVerifies(first.value().caCertificate, second.value().serverCertificate, "vault.local"));
    QCOMPARE(QSslCertificate::fromPath(dir.filePath(QStringLiteral("server.crt"))).value(0),
             second.value().serverCertificate);
    // Asking again with the same name keeps the new certificate.
    const auto third = LocalCa::loadOrCreate(dir.path(), {QStringLiteral("VAULT.local")});
    QVERIFY(third.ok());
    QCOMPARE(third.value().serverCertificate, second.value().serverCertificate);
}

void TestLocalCa::expiringServerCertIsReissued()
{
    QTemporaryDir dir;
    const auto first = LocalCa::loadOrCreate(dir.path());
    QVERIFY(first.ok());
    QVERIFY(writeShortLivedServerCert(dir.path(), 10));
    const QSslCertificate shortLived =
        QSslCertificate::fromPath(dir.filePath(QStringLiteral("server.crt"))).value(0);
    QVERIFY(!shortLived.isNull());
    QVERIFY(opensslVerifies(first.value().caCertificate, shortLived, "localhost"));
    const auto second = LocalCa::loadOrCreate(dir.path());
    QVERIFY(second.ok());
    QVERIFY(second.value().serverCertificate != shortLived);
    QVERIFY(QDateTime::currentDateTimeUtc().daysTo(second.value().serverCertificate.expiryDate()) > 300);
    QCOMPARE(second.value().caCertificate, first.value().caCertificate);

    // 60 days left: still good, kept.
    QVERIFY(writeShortLivedServerCert(dir.path(), 60));
    const QSslCertificate sixty =
        QSslCertificate::fromPath(dir.filePath(QStringLiteral("server.crt"))).value(0);
    const auto third = LocalCa::loadOrCreate(dir.path());
    QVERIFY(third.ok());
    QCOMPARE(third.value().serverCertificate, sixty);
}

void TestLocalCa::foreignServerCertIsReplaced()
{
    QTemporaryDir a, b;
    const auto ma = LocalCa::loadOrCreate(a.path());
    const auto mb = LocalCa::loadOrCreate(b.path());
    QVERIFY(ma.ok() && mb.ok());
    for (const QString &name : {QStringLiteral("server.crt"), QStringLiteral("server.key")}) {
        QFile::remove(a.filePath(name));
        QVERIFY(QFile::copy(b.filePath(name), a.filePath(name)));
    }
    const auto again = LocalCa::loadOrCreate(a.path());
    QVERIFY(again.ok());
    QCOMPARE(again.value().caCertificate, ma.value().caCertificate);
    QVERIFY(again.value().serverCertificate != mb.value().serverCertificate);
    QVERIFY(opensslVerifies(ma.value().caCertificate, again.value().serverCertificate, "localhost"));
}

void TestLocalCa::damagedCaIsReportedNotOverwritten()
{
    QTemporaryDir dir;
    QVERIFY(LocalCa::loadOrCreate(dir.path()).ok());
    QFile f(dir.filePath(QStringLiteral("ca.crt")));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("not a certificate");
    f.close();
    const auto r = LocalCa::loadOrCreate(dir.path());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(dir.filePath(QStringLiteral("ca.crt"))),
             qPrintable(r.error().message));
    QCOMPARE(fileBytes(dir.filePath(QStringLiteral("ca.crt"))), QByteArray("not a certificate"));
}

void TestLocalCa::twoAuthoritiesDiffer()
{
    const auto a = LocalCa::createEphemeral();
    const auto b = LocalCa::createEphemeral();
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a.value().caCertificate != b.value().caCertificate);
    QVERIFY(a.value().caCertificate.serialNumber() != b.value().caCertificate.serialNumber());
    QVERIFY(a.value().serverKey.toDer() != b.value().serverKey.toDer());
}

QTEST_GUILESS_MAIN(TestLocalCa)
#include "tst_localca.moc"
