// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/CloudEnvironment.h"
#include "net/EntraTokenClient.h"

#include <QTest>
#include <QUrlQuery>

using namespace csc;

class TestEntraTokenClient : public QObject
{
    Q_OBJECT
private slots:
    void encodeForm();
    void encodeFormRoundTrip_data();
    void encodeFormRoundTrip();
    void parseTokenResponse_data();
    void parseTokenResponse();
    void refreshAfter_data();
    void refreshAfter();
    void tokenEndpoint();
};

void TestEntraTokenClient::encodeForm()
{
    const EntraTokenClient::Form form{
        EntraTokenClient::field("client_id", QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46")),
        EntraTokenClient::field("scope", QStringLiteral("https://management.azure.com/.default")),
        EntraTokenClient::field("grant_type", QStringLiteral("client_credentials")),
        EntraTokenClient::secretField("client_secret", SecureBytes(QByteArray("a+b&c=d/e f%~._-\xc3\xbc"))),
    };
    QCOMPARE(EntraTokenClient::encodeForm(form),
             QByteArray("client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46"
                        "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default"
                        "&grant_type=client_credentials"
                        "&client_secret=a%2Bb%26c%3Dd%2Fe%20f%25~._-%C3%BC"));
    QCOMPARE(EntraTokenClient::encodeForm({}), QByteArray());
    QCOMPARE(EntraTokenClient::encodeForm({EntraTokenClient::field("empty", QString())}),
             QByteArray("empty="));
}

void TestEntraTokenClient::encodeFormRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QStringLiteral("abcXYZ019");
    QTest::newRow("entra-secret") << QStringLiteral("Q~8Xq.abc_DEF-ghi~JKL.mno_PQR-stu~VWX.yz0");
    QTest::newRow("reserved") << QStringLiteral("!*'();:@&=+$,/?#[] %\"<>\\^`{|}");
    QTest::newRow("plus-and-space") << QStringLiteral("a+b c++  d");
    QTest::newRow("unicode") << QStringLiteral("Schlüssel-密钥-🔑");
    QTest::newRow("newline") << QStringLiteral("line1\r\nline2");
}

void TestEntraTokenClient::encodeFormRoundTrip()
{
    QFETCH(QString, value);
    const QByteArray body = EntraTokenClient::encodeForm(
        {EntraTokenClient::field("grant_type", QStringLiteral("client_credentials")),
         EntraTokenClient::secretField("client_secret", SecureBytes::fromUtf8(value))});
    // Only unreserved characters, '%XX', '=' and '&' appear, so any form decoder (with or without '+'
    // handling) gets the value back.
    for (char c : body)
        QVERIFY2(QByteArrayView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%=&")
                     .contains(c),
                 body.constData());
    const QList<QByteArray> pairs = body.split('&');
    QCOMPARE(pairs.size(), 2);
    QCOMPARE(pairs.at(0), QByteArray("grant_type=client_credentials"));
    QVERIFY(pairs.at(1).startsWith("client_secret="));
    QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(pairs.at(1).mid(14))), value);
}

void TestEntraTokenClient::parseTokenResponse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("expiresIn");    // seconds after sentAt; -1 = a Parse error is expected
    QTest::addColumn<qint64>("refreshAfter"); // seconds after sentAt
    QTest::addColumn<QString>("error");       // substring of the Parse error

    QTest::newRow("entra-number") << 200
                                  << QByteArray(
                                         R"({"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,)"
                                         R"("access_token":"eyJ0.eyJ1.sig"})")
                                  << qint64(3599) << qint64(3299) << QString();
    QTest::newRow("expires-in-string") << 200
                                       << QByteArray(R"({"token_type":"Bearer","expires_in":"3599",)"
                                                     R"("access_token":"eyJ0.eyJ1.sig"})")
                                       << qint64(3599) << qint64(3299) << QString();
    QTest::newRow("lowercase-bearer") << 200
                                      << QByteArray(R"({"token_type":"bearer","expires_in":7200,)"
                                                    R"("access_token":"opaque"})")
                                      << qint64(7200) << qint64(6900) << QString();
    QTest::newRow("no-token-type") << 200 << QByteArray(R"({"expires_in":4000,"access_token":"opaque"})")
                                   << qint64(4000) << qint64(3700) << QString();
    QTest::newRow("short-lived") << 200
                                 << QByteArray(
                                        R"({"token_type":"Bearer","expires_in":300,"access_token":"t"})")
                                 << qint64(300) << qint64(150) << QString();
    // managed identity style: expires_on (epoch seconds, as a string) without expires_in. sentAt =
    // 1767225600.
    QTest::newRow("expires-on-string")
        << 200
        << QByteArray(R"({"token_type":"Bearer","expires_on":"1767312000",)"
                      R"("access_token":"t","resource":"https://management.azure.com/"})")
        << qint64(86400) << qint64(86100) << QString();
    QTest::newRow("expires-on-number") << 200
                                       << QByteArray(R"({"token_type":"Bearer","expires_on":1767229200,)"
                                                     R"("access_token":"t"})")
                                       << qint64(3600) << qint64(3300) << QString();
    QTest::newRow("pop-token") << 200
                               << QByteArray(R"({"token_type":"pop","expires_in":3599,"access_token":"t"})")
                               << qint64(-1) << qint64(0) << QStringLiteral("instead of Bearer");
    QTest::newRow("no-access-token") << 200 << QByteArray(R"({"token_type":"Bearer","expires_in":3599})")
                                     << qint64(-1) << qint64(0) << QStringLiteral("no access_token");
    QTest::newRow("empty-access-token")
        << 200 << QByteArray(R"({"token_type":"Bearer","expires_in":3599,"access_token":""})") << qint64(-1)
        << qint64(0) << QStringLiteral("no access_token");
    QTest::newRow("token-not-string")
        << 200 << QByteArray(R"({"token_type":"Bearer","expires_in":3599,"access_token":1})") << qint64(-1)
        << qint64(0) << QStringLiteral("no access_token");
    QTest::newRow("no-expiry") << 200 << QByteArray(R"({"token_type":"Bearer","access_token":"t"})")
                               << qint64(-1) << qint64(0) << QStringLiteral("expires_in");
    QTest::newRow("expires-in-garbage")
        << 200 << QByteArray(R"({"token_type":"Bearer","expires_in":"soon","access_token":"t"})")
        << qint64(-1) << qint64(0) << QStringLiteral("expires_in");
    QTest::newRow("expires-in-zero") << 200
                                     << QByteArray(
                                            R"({"token_type":"Bearer","expires_in":0,"access_token":"t"})")
                                     << qint64(-1) << qint64(0) << QStringLiteral("expires_in");
    QTest::newRow("html") << 200 << QByteArray("<html>Sign in</html>") << qint64(-1) << qint64(0)
                          << QStringLiteral("JSON object");
    QTest::newRow("json-array") << 200 << QByteArray(R"([{"access_token":"t"}])") << qint64(-1) << qint64(0)
                                << QStringLiteral("JSON object");
}

void TestEntraTokenClient::parseTokenResponse()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(qint64, expiresIn);
    QFETCH(qint64, refreshAfter);
    QFETCH(QString, error);

    const QDateTime sentAt = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC); // 2026-01-01T00:00:00Z
    RestResponse response;
    response.status = status;
    response.url = QUrl(QStringLiteral("https://login.microsoftonline.com/t/oauth2/v2.0/token"));
    response.headers = {{"Content-Type", "application/json; charset=utf-8"}, {"x-ms-request-id", "rid-7"}};
    response.body = body;
    const QString scope = QStringLiteral("https://management.azure.com/.default");

    const Result<AccessToken> r = EntraTokenClient::parseTokenResponse(response, scope, sentAt);
    if (expiresIn < 0) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Parse);
        QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
        QCOMPARE(r.error().requestId, QStringLiteral("rid-7"));
        QCOMPARE(r.error().url.host(), QStringLiteral("login.microsoftonline.com"));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const AccessToken &t = r.value();
    QCOMPARE(t.token.bytes(),
             QJsonDocument::fromJson(body).object().value(QLatin1String("access_token")).toString().toUtf8());
    QCOMPARE(t.scope, scope);
    QCOMPARE(t.expiresOn, sentAt.addSecs(expiresIn));
    QCOMPARE(t.expiresOn.timeSpec(), Qt::UTC);
    QCOMPARE(t.refreshAfter, sentAt.addSecs(refreshAfter));
}

void TestEntraTokenClient::refreshAfter_data()
{
    QTest::addColumn<qint64>("lifetime");
    QTest::addColumn<qint64>("refresh");
    QTest::newRow("one-hour") << qint64(3600) << qint64(3300);
    QTest::newRow("typical-entra") << qint64(4799) << qint64(4499);
    QTest::newRow("managed-identity-day") << qint64(86400) << qint64(86100);
    QTest::newRow("exactly-ten-minutes") << qint64(600) << qint64(300);
    QTest::newRow("just-under-ten-minutes") << qint64(598) << qint64(299);
    QTest::newRow("one-minute") << qint64(60) << qint64(30);
}

void TestEntraTokenClient::refreshAfter()
{
    QFETCH(qint64, lifetime);
    QFETCH(qint64, refresh);
    const QDateTime issued(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(EntraTokenClient::refreshAfter(issued, issued.addSecs(lifetime)), issued.addSecs(refresh));
}

void TestEntraTokenClient::tokenEndpoint()
{
    const EntraTokenClient gov(nullptr, CloudEnvironment::azureUsGovernment(),
                               QStringLiteral("contoso.onmicrosoft.us"));
    QCOMPARE(gov.tokenEndpoint().toString(),
             QStringLiteral("https://login.microsoftonline.us/contoso.onmicrosoft.us/oauth2/v2.0/token"));
    QCOMPARE(gov.tenantId(), QStringLiteral("contoso.onmicrosoft.us"));
    QCOMPARE(gov.cloud().id, CloudEnvironment::Id::AzureUSGovernment);
    QVERIFY(gov.client() == nullptr);
}

QTEST_GUILESS_MAIN(TestEntraTokenClient)
#include "tst_entratokenclient.moc"
