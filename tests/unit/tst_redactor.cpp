// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/Redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace csc;

class TestRedactor : public QObject
{
    Q_OBJECT
private slots:
    void text_data();
    void text();
    void textLeavesNonSecretsAlone_data();
    void textLeavesNonSecretsAlone();
    void url_data();
    void url();
    void headers_data();
    void headers();
    void json_data();
    void json();
    void form_data();
    void form();
    void secretFieldNames_data();
    void secretFieldNames();
};

void TestRedactor::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QStringList>("survivors");

    QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer opaque.Tok-en_value~123 sent")
                            << QStringList{QStringLiteral("opaque.Tok-en_value~123")}
                            << QStringList{QStringLiteral("Authorization: Bearer"), QStringLiteral("sent")};
    QTest::newRow("jwt")
        << QStringLiteral(
               "token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhYmMiLCJ0aWQiOiJ4In0.c2lnbmF0dXJlX3BhcnQ and more")
        << QStringList{QStringLiteral("eyJhbGciOiJSUzI1NiJ9"),
                       QStringLiteral("eyJzdWIiOiJhYmMiLCJ0aWQiOiJ4In0"),
                       QStringLiteral("c2lnbmF0dXJlX3BhcnQ")}
        << QStringList{QStringLiteral("and more")};
    QTest::newRow("unsigned jwt") << QStringLiteral("id eyJhbGciOiJub25lIn0.eyJvaWQiOiIxMjMifQ. end")
                                  << QStringList{QStringLiteral("eyJvaWQiOiIxMjMifQ")}
                                  << QStringList{QStringLiteral(" end")};
    QTest::newRow("cosmos master key auth")
        << QStringLiteral("authorization=type=master&ver=1.0&sig=Zm9vYmFyU2VjcmV0+/Sig== x")
        << QStringList{QStringLiteral("Zm9vYmFyU2VjcmV0+/Sig==")}
        << QStringList{QStringLiteral("type=master&ver=1.0&sig="), QStringLiteral(" x")};
    QTest::newRow("cosmos master key auth, url-encoded")
        << QStringLiteral("h: type%3Dmaster%26ver%3D1.0%26sig%3DZm9vYmFyU2VjcmV0%2B%2FSig%3D%3D;")
        << QStringList{QStringLiteral("Zm9vYmFyU2VjcmV0"), QStringLiteral("%2FSig%3D%3D")}
        << QStringList{QStringLiteral("type%3Dmaster%26ver%3D1.0%26sig%3D")};
    QTest::newRow("cosmos resource token")
        << QStringLiteral("token type=resource&ver=1&sig=UmVzb3VyY2VTaWc=;ZW5jcnlwdGVkVG9rZW5Cb2R5 here")
        << QStringList{QStringLiteral("UmVzb3VyY2VTaWc="), QStringLiteral("ZW5jcnlwdGVkVG9rZW5Cb2R5")}
        << QStringList{QStringLiteral("type=resource&ver=1&sig="), QStringLiteral(" here")};
    QTest::newRow("aad token for cosmos")
        << QStringLiteral("type=aad&ver=1.0&sig=eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJjb3Ntb3MifQ.c2ln")
        << QStringList{QStringLiteral("eyJhdWQiOiJjb3Ntb3MifQ")} << QStringList{QStringLiteral("type=aad")};
    QTest::newRow("connection string")
        << QStringLiteral("AccountEndpoint=https://acct.documents.azure.com:443/;AccountKey=C2y6yDjf5/"
                          "R+ob0N8A7Cgv30VRDJIWEHLM+"
                          "4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==;")
        << QStringList{QStringLiteral("C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM")}
        << QStringList{QStringLiteral("AccountEndpoint=https://acct.documents.azure.com:443/;AccountKey=")};
    QTest::newRow("sas url")
        << QStringLiteral(
               "GET "
               "https://sa.blob.core.windows.net/c/b?sv=2022-11-02&se=2026-01-01&sig=abc%2BSasSig%3D&sp=r ok")
        << QStringList{QStringLiteral("abc%2BSasSig%3D")}
        << QStringList{QStringLiteral("sv=2022-11-02"), QStringLiteral("se=2026-01-01"),
                       QStringLiteral("sp=r ok")};
    QTest::newRow("client_secret")
        << QStringLiteral("client_id=abc&client_secret=Sup3r~Secret.Value_42&grant_type=client_credentials")
        << QStringList{QStringLiteral("Sup3r~Secret.Value_42")}
        << QStringList{QStringLiteral("client_id=abc"), QStringLiteral("grant_type=client_credentials")};
    QTest::newRow("json member in text")
        << QStringLiteral(
               "body was "
               "{\"token_type\":\"Bearer\",\"access_token\":\"opaque-access-0001\",\"expires_in\":3599}")
        << QStringList{QStringLiteral("opaque-access-0001")}
        << QStringList{QStringLiteral("\"expires_in\":3599"), QStringLiteral("token_type")};
    QTest::newRow("escaped json member in text")
        << QString::fromUtf8(
               R"(msg: {\"primaryMasterKey\":\"a2V5LXNlY3JldC12YWx1ZQ==\",\"keyKind\":\"Primary\"})")
        << QStringList{QStringLiteral("a2V5LXNlY3JldC12YWx1ZQ==")} << QStringList{QStringLiteral("keyKind")};
    QTest::newRow("auth code in redirect url")
        << QStringLiteral("redirect to http://localhost:53121/?code=0.AXoA-authcode-value&state=xyz")
        << QStringList{QStringLiteral("0.AXoA-authcode-value")} << QStringList{QStringLiteral("state=xyz")};
    QTest::newRow("refresh token pair")
        << QStringLiteral("refresh_token=0.ARoA-refresh&scope=x")
        << QStringList{QStringLiteral("0.ARoA-refresh")} << QStringList{QStringLiteral("scope=x")};
}

void TestRedactor::text()
{
    QFETCH(QString, input);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, survivors);
    const QString out = Redactor::text(input);
    for (const QString &s : secrets)
        QVERIFY2(!out.contains(s), qPrintable(out));
    for (const QString &s : survivors)
        QVERIFY2(out.contains(s), qPrintable(out));
    QVERIFY2(out.contains(Redactor::marker()), qPrintable(out));
    QCOMPARE(Redactor::text(out), out); // idempotent
}

void TestRedactor::textLeavesNonSecretsAlone_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("arm error") << QStringLiteral(
        "ResourceNotFound: The Resource 'Microsoft.DocumentDB/databaseAccounts/acct1' under resource group "
        "'rg' was "
        "not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix");
    QTest::newRow("url without secrets") << QStringLiteral(
        "GET https://management.azure.com/subscriptions/0000/providers/Microsoft.DocumentDB/"
        "databaseAccounts?api-version=2025-10-15&$skiptoken=abc");
    QTest::newRow("key names without values")
        << QStringLiteral("keyKind=primary, keysMetadata, disableLocalAuth=true, x-ms-version: 2020-07-15");
    QTest::newRow("words near keywords")
        << QStringLiteral("signature verification failed; the design is fine");
}

void TestRedactor::textLeavesNonSecretsAlone()
{
    QFETCH(QString, input);
    QCOMPARE(Redactor::text(input), input);
}

void TestRedactor::url_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QStringList>("survivors");
    const QString base =
        QStringLiteral("https://h.example/p?api-version=2025-10-15&sv=2022-11-02&se=2026-01-01&");
    for (const char *name :
         {"sig", "signature", "code", "client_secret", "client_assertion", "access_token", "refresh_token",
          "id_token", "token", "key", "password", "SIG", "Client_Secret"}) {
        QTest::newRow(name) << base + QLatin1String(name) + QStringLiteral("=S3cr3tV4lue%2B%2F")
                            << QStringLiteral("S3cr3tV4lue")
                            << QStringList{QStringLiteral("api-version=2025-10-15"),
                                           QStringLiteral("sv=2022-11-02"), QStringLiteral("se=2026-01-01"),
                                           QStringLiteral("h.example/p")};
    }
    QTest::newRow("user info password")
        << QStringLiteral("https://user:PassW0rdSecret@h.example/x") << QStringLiteral("PassW0rdSecret")
        << QStringList{QStringLiteral("h.example/x")};
    QTest::newRow("implicit flow fragment")
        << QStringLiteral("https://h.example/cb#access_token=FragTokenSecret&state=1")
        << QStringLiteral("FragTokenSecret") << QStringList{QStringLiteral("state=1")};
}

void TestRedactor::url()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    QFETCH(QStringList, survivors);
    const QUrl in(input);
    QVERIFY(in.isValid());
    const QString out = Redactor::urlString(in);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(!Redactor::url(in).toString(QUrl::FullyEncoded).contains(secret), qPrintable(out));
    for (const QString &s : survivors)
        QVERIFY2(out.contains(s), qPrintable(out));
    if (!in.password().isEmpty())
        QVERIFY(Redactor::url(in).password().isEmpty());
    else
        QVERIFY2(out.contains(Redactor::marker()), qPrintable(out));
}

void TestRedactor::headers_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("kept");

    QTest::newRow("Authorization bearer")
        << QByteArrayLiteral("Authorization") << QByteArrayLiteral("Bearer eyJ0eXAi.eyJhdWQi.c2ln")
        << QByteArrayLiteral("eyJhdWQi") << QByteArrayLiteral("Bearer ");
    QTest::newRow("authorization cosmos master")
        << QByteArrayLiteral("authorization")
        << QByteArrayLiteral("type%3Dmaster%26ver%3D1.0%26sig%3DSiGnAtUrE%2B%3D")
        << QByteArrayLiteral("SiGnAtUrE") << QByteArrayLiteral("type=master&ver=1.0&sig=");
    QTest::newRow("authorization resource token")
        << QByteArrayLiteral("Authorization")
        << QByteArrayLiteral("type=resource&ver=1&sig=UmVzU2ln;Qm9keQ==") << QByteArrayLiteral("UmVzU2ln")
        << QByteArrayLiteral("type=resource&ver=1&sig=");
    for (const char *name :
         {"Proxy-Authorization", "x-ms-authorization-auxiliary", "api-key", "Ocp-Apim-Subscription-Key",
          "Cookie", "Set-Cookie", "X-IDENTITY-HEADER", "secret"}) {
        QTest::newRow(name) << QByteArray(name) << QByteArrayLiteral("HeaderSecretValue123")
                            << QByteArrayLiteral("HeaderSecretValue123") << QByteArray();
    }
    QTest::newRow("non-secret header") << QByteArrayLiteral("x-ms-version") << QByteArrayLiteral("2020-07-15")
                                       << QByteArray() << QByteArrayLiteral("2020-07-15");
    QTest::newRow("location with sas")
        << QByteArrayLiteral("Location") << QByteArrayLiteral("https://sa.blob/c?sv=1&sig=LocSig123")
        << QByteArrayLiteral("LocSig123") << QByteArrayLiteral("sv=1");
}

void TestRedactor::headers()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, kept);
    const QByteArray out = Redactor::headerValue(name, value);
    if (!secret.isEmpty()) {
        QVERIFY2(!out.contains(secret), out.constData());
        QVERIFY2(out.contains(Redactor::marker().toUtf8()), out.constData());
    } else {
        QVERIFY(!Redactor::isSecretHeader(name));
        QCOMPARE(out, value);
    }
    if (!kept.isEmpty())
        QVERIFY2(out.contains(kept), out.constData());
    QCOMPARE(Redactor::isSecretHeader(name), secret.isEmpty() ? false : name.toLower() != "location");
}

void TestRedactor::json_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QStringList>("survivors");

    QTest::newRow("listKeys")
        << QByteArray(
               R"({"primaryMasterKey":"UHJpbWFyeU1hc3RlcktleQ==","secondaryMasterKey":"U2Vjb25kYXJ5TWFzdGVyS2V5",)"
               R"("primaryReadonlyMasterKey":"UHJpbWFyeVJlYWRvbmx5","secondaryReadonlyMasterKey":"U2Vjb25kYXJ5UmVhZG9ubHk="})")
        << QStringList{QStringLiteral("UHJpbWFyeU1hc3RlcktleQ"), QStringLiteral("U2Vjb25kYXJ5TWFzdGVyS2V5"),
                       QStringLiteral("UHJpbWFyeVJlYWRvbmx5"), QStringLiteral("U2Vjb25kYXJ5UmVhZG9ubHk")}
        << QStringList{QStringLiteral("primaryMasterKey"), QStringLiteral("secondaryReadonlyMasterKey")};
    QTest::newRow("connection strings")
        << QByteArray(
               R"({"connectionStrings":[{"connectionString":"AccountEndpoint=https://a/;AccountKey=Q29ublN0cktleQ==;",)"
               R"("description":"Primary SQL Connection String","keyKind":"Primary","type":"Sql"}]})")
        << QStringList{QStringLiteral("Q29ublN0cktleQ")}
        << QStringList{QStringLiteral("Primary SQL Connection String"),
                       QStringLiteral("\"keyKind\":\"Primary\"")};
    QTest::newRow("token response")
        << QByteArray(
               R"({"token_type":"Bearer","expires_in":3599,"access_token":"eyJ0eXAi.eyJhdWQi.c2ln","refresh_token":"0.ARefresh",)"
               R"("id_token":"eyJpZCI6MX0.eyJzdWIiOjF9.","scope":"https://management.azure.com/.default"})")
        << QStringList{QStringLiteral("eyJhdWQi"), QStringLiteral("0.ARefresh"),
                       QStringLiteral("eyJzdWIiOjF9")}
        << QStringList{QStringLiteral("\"expires_in\":3599"),
                       QStringLiteral("https://management.azure.com/.default")};
    QTest::newRow("key vault secret")
        << QByteArray(
               R"({"value":"KvSecretValue-987","id":"https://v.vault.azure.net/secrets/s1/abc","attributes":{"enabled":true}})")
        << QStringList{QStringLiteral("KvSecretValue-987")}
        << QStringList{QStringLiteral("https://v.vault.azure.net/secrets/s1/abc")};
    QTest::newRow("jwk private parts")
        << QByteArray(
               R"({"key":{"kid":"https://v/keys/k1/1","kty":"RSA","n":"bW9kdWx1cw","e":"AQAB","d":"cHJpdmF0ZUQ","p":"cHJpbWVQ",)"
               R"("q":"cHJpbWVR","dp":"ZXhwRFA","dq":"ZXhwRFE","qi":"Y29lZmZRSQ"}})")
        << QStringList{QStringLiteral("cHJpdmF0ZUQ"), QStringLiteral("cHJpbWVQ"),
                       QStringLiteral("cHJpbWVR"),    QStringLiteral("ZXhwRFA"),
                       QStringLiteral("ZXhwRFE"),     QStringLiteral("Y29lZmZRSQ")}
        << QStringList{QStringLiteral("bW9kdWx1cw"), QStringLiteral("AQAB"),
                       QStringLiteral("\"kty\":\"RSA\"")};
    QTest::newRow("key vault set secret request")
        << QByteArray(
               R"({"value":"SetSecretValue-42","contentType":"text/plain","tags":{"value":"tagValue"}})")
        << QStringList{QStringLiteral("SetSecretValue-42")}
        << QStringList{QStringLiteral("text/plain"), QStringLiteral("tagValue")};
    QTest::newRow("arm list keeps its value array")
        << QByteArray(
               R"({"value":[{"name":"acct1","properties":{"primaryMasterKey":"TGlzdGVkS2V5"}}],"nextLink":null})")
        << QStringList{QStringLiteral("TGlzdGVkS2V5")}
        << QStringList{QStringLiteral("acct1"), QStringLiteral("\"value\":[")};
    QTest::newRow("symmetric jwk") << QByteArray(R"({"kty":"oct","k":"c3ltbWV0cmljS2V5"})")
                                   << QStringList{QStringLiteral("c3ltbWV0cmljS2V5")}
                                   << QStringList{QStringLiteral("oct")};
    QTest::newRow("nested and misc")
        << QByteArray(
               R"({"a":[{"AccountKey":"QWNjS2V5"},{"password":"pw-Secret-1"}],"client_secret":"cs-Secret-2","secret":"s-3",)"
               R"("token":"t-4","_token":"t-5","sig":"sig-6","note":"Bearer inline-bearer-7"})")
        << QStringList{QStringLiteral("QWNjS2V5"),    QStringLiteral("pw-Secret-1"),
                       QStringLiteral("cs-Secret-2"), QStringLiteral("s-3"),
                       QStringLiteral("t-4"),         QStringLiteral("t-5"),
                       QStringLiteral("sig-6"),       QStringLiteral("inline-bearer-7")}
        << QStringList{QStringLiteral("\"note\":\"Bearer")};
    QTest::newRow("arm error keeps code")
        << QByteArray(
               R"({"error":{"code":"AuthorizationFailed","message":"The client 'x' does not have authorization."}})")
        << QStringList{}
        << QStringList{QStringLiteral("AuthorizationFailed"), QStringLiteral("does not have authorization")};
    QTest::newRow("not json") << QByteArrayLiteral("plain text with sig=NotJsonSig1 inside")
                              << QStringList{QStringLiteral("NotJsonSig1")}
                              << QStringList{QStringLiteral("plain text")};
}

void TestRedactor::json()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, survivors);
    const QString out = QString::fromUtf8(Redactor::json(body));
    for (const QString &s : secrets)
        QVERIFY2(!out.contains(s), qPrintable(out));
    for (const QString &s : survivors)
        QVERIFY2(out.contains(s), qPrintable(out));
    if (secrets.isEmpty())
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()), QJsonDocument::fromJson(body));
    else
        QVERIFY2(out.contains(Redactor::marker()), qPrintable(out));
}

void TestRedactor::form_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QStringList>("survivors");
    QTest::newRow("client credentials")
        << QByteArrayLiteral(
               "client_id=0000-1111&scope=https%3A%2F%2Fmanagement.azure.com%2F.default&grant_type="
               "client_credentials&client_secret=Abc~Def.Secret_99")
        << QStringList{QStringLiteral("Abc~Def.Secret_99")}
        << QStringList{QStringLiteral("client_id=0000-1111"), QStringLiteral("grant_type=client_credentials"),
                       QStringLiteral("scope=https%3A%2F%2Fmanagement.azure.com%2F.default")};
    QTest::newRow("certificate assertion")
        << QByteArrayLiteral(
               "client_assertion_type=urn%3Aietf%3Aparams&client_assertion=eyJhbGc.eyJpc3M.c2lnbg")
        << QStringList{QStringLiteral("eyJpc3M")} << QStringList{QStringLiteral("client_assertion_type=urn")};
    QTest::newRow("auth code + pkce")
        << QByteArrayLiteral(
               "grant_type=authorization_code&code=0.AuthCodeVal&code_verifier=VerifierVal123&redirect_uri=x")
        << QStringList{QStringLiteral("0.AuthCodeVal"), QStringLiteral("VerifierVal123")}
        << QStringList{QStringLiteral("grant_type=authorization_code"), QStringLiteral("redirect_uri=x")};
    QTest::newRow("refresh") << QByteArrayLiteral("grant_type=refresh_token&refresh_token=0.RefreshVal")
                             << QStringList{QStringLiteral("0.RefreshVal")}
                             << QStringList{QStringLiteral("grant_type=refresh_token")};
    QTest::newRow("device code and password")
        << QByteArrayLiteral("device_code=DevCodeVal&password=PwVal&username=u")
        << QStringList{QStringLiteral("DevCodeVal"), QStringLiteral("PwVal")}
        << QStringList{QStringLiteral("username=u")};
}

void TestRedactor::form()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, survivors);
    const QString out = QString::fromUtf8(Redactor::form(body));
    for (const QString &s : secrets)
        QVERIFY2(!out.contains(s), qPrintable(out));
    for (const QString &s : survivors)
        QVERIFY2(out.contains(s), qPrintable(out));
    QVERIFY(out.contains(Redactor::marker()));
}

void TestRedactor::secretFieldNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    for (const char *n : {"primaryMasterKey", "SECONDARYMASTERKEY", "primaryReadonlyMasterKey",
                          "secondaryReadonlyMasterKey", "connectionString", "access_token", "refresh_token",
                          "id_token", "client_secret", "client_assertion", "password", "secret", "token",
                          "_token", "sig", "accountKey", "AccountKey", "code_verifier", "device_code"})
        QTest::newRow(n) << QString::fromLatin1(n) << true;
    for (const char *n : {"code", "message", "keyKind", "id", "name", "kty", "n", "e", "value", "expires_in",
                          "keysMetadata", "keyVaultKeyUri"})
        QTest::newRow(n) << QString::fromLatin1(n) << false;
}

void TestRedactor::secretFieldNames()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(Redactor::isSecretField(name), secret);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
