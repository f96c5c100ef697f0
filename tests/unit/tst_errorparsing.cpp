// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/ApiClient.h"

#include <QTest>

using namespace csc;

class TestErrorParsing : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void urlIsRedacted();
    void messagesAreScrubbed();
};

void TestErrorParsing::parse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("subStatus");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("details");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("correlationId");

    QTest::newRow("arm")
        << 403 << HeaderList{{"x-ms-request-id", "arm-req-1"}, {"x-ms-correlation-request-id", "arm-corr-1"}}
        << QByteArray(R"({"error":{"code":"AuthorizationFailed","message":"The client 'abc' lacks )"
                      R"(Microsoft.DocumentDB/databaseAccounts/listKeys/action.","target":"acct1",)"
                      R"("details":[{"code":"Inner","message":"inner text"},{"code":"Only"}],)"
                      R"("additionalInfo":[{"type":"PolicyViolation","info":{}}]}})")
        << QStringLiteral("AuthorizationFailed")
        << QStringLiteral("The client 'abc' lacks Microsoft.DocumentDB/databaseAccounts/listKeys/action.")
        << 0 << QStringLiteral("acct1")
        << QStringList{QStringLiteral("Inner: inner text"), QStringLiteral("Only")}
        << QStringLiteral("arm-req-1") << QStringLiteral("arm-corr-1");
    QTest::newRow("arm, correlation id only")
        << 404 << HeaderList{{"X-MS-Correlation-Request-Id", "corr-only"}}
        << QByteArray(R"({"error":{"code":"ResourceNotFound","message":"Not there."}})")
        << QStringLiteral("ResourceNotFound") << QStringLiteral("Not there.") << 0 << QString()
        << QStringList{} << QStringLiteral("corr-only") << QStringLiteral("corr-only");
    QTest::newRow("cosmos with substatus")
        << 401 << HeaderList{{"x-ms-substatus", "5202"}, {"x-ms-activity-id", "act-1"}}
        << QByteArray(
               R"({"code":"Unauthorized","message":"Local Authorization is disabled. Use an AAD token to authorize all requests."})")
        << QStringLiteral("Unauthorized")
        << QStringLiteral("Local Authorization is disabled. Use an AAD token to authorize all requests.")
        << 5202 << QString() << QStringList{} << QStringLiteral("act-1") << QString();
    QTest::newRow("cosmos message with Errors array")
        << 404 << HeaderList{{"x-ms-substatus", "0"}}
        << QByteArray(
               R"({"code":"NotFound","message":"Message: {\"Errors\":[\"Resource Not Found. Learn more: https:\\/\\/aka.ms\\/cosmosdb-tsg-not-found\"]}\r\nActivityId: 6d4ad7c1-8f4e-4e0f-9f7a-6a2c3b1d0e9f, Request URI: /apps/x, RequestStats: , SDK: Microsoft.Azure.Documents.Common/2.14.0"})")
        << QStringLiteral("NotFound")
        << QStringLiteral("Resource Not Found. Learn more: https://aka.ms/cosmosdb-tsg-not-found") << 0
        << QString() << QStringList{} << QStringLiteral("6d4ad7c1-8f4e-4e0f-9f7a-6a2c3b1d0e9f") << QString();
    QTest::newRow("cosmos message with broken Errors")
        << 400 << HeaderList{}
        << QByteArray(R"({"code":"BadRequest","message":"Message: {\"Errors\":[\"unterminated"})")
        << QStringLiteral("BadRequest") << QStringLiteral("Message: {\"Errors\":[\"unterminated") << 0
        << QString() << QStringList{} << QString() << QString();
    QTest::newRow("entra")
        << 401 << HeaderList{}
        << QByteArray(
               R"({"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.",)"
               R"("error_codes":[7000215],"timestamp":"2026-01-01 00:00:00Z","trace_id":"trace-1",)"
               R"("correlation_id":"corr-1","error_uri":"https://login/error?code=7000215"})")
        << QStringLiteral("invalid_client")
        << QStringLiteral("AADSTS7000215: Invalid client secret provided.") << 0 << QString()
        << QStringList{QStringLiteral("AADSTS7000215")} << QStringLiteral("trace-1")
        << QStringLiteral("corr-1");
    QTest::newRow("key vault")
        << 403 << HeaderList{{"x-ms-request-id", "kv-req"}}
        << QByteArray(
               R"({"error":{"code":"Forbidden","message":"Caller is not authorized to perform action on resource.",)"
               R"("innererror":{"code":"ForbiddenByRbac"}}})")
        << QStringLiteral("Forbidden")
        << QStringLiteral("Caller is not authorized to perform action on resource.") << 0 << QString()
        << QStringList{QStringLiteral("innererror: ForbiddenByRbac")} << QStringLiteral("kv-req")
        << QString();
    QTest::newRow("not json") << 502 << HeaderList{} << QByteArrayLiteral("<html>Bad   gateway</html>")
                              << QString() << QStringLiteral("<html>Bad gateway</html>") << 0 << QString()
                              << QStringList{} << QString() << QString();
    QTest::newRow("empty") << 503 << HeaderList{} << QByteArray() << QString() << QString() << 0 << QString()
                           << QStringList{} << QString() << QString();
}

void TestErrorParsing::parse()
{
    QFETCH(int, status);
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, body);
    const QUrl url(QStringLiteral("https://management.azure.com/subscriptions/s1?api-version=2022-12-01"));
    const ApiError e = ApiClient::parseErrorResponse(status, headers, body, "GET", url);
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, status);
    QTEST(e.code, "code");
    QTEST(e.message, "message");
    QTEST(e.subStatus, "subStatus");
    QTEST(e.target, "target");
    QTEST(e.details, "details");
    QTEST(e.requestId, "requestId");
    QTEST(e.correlationId, "correlationId");
    QCOMPARE(e.method, QStringLiteral("GET"));
    QCOMPARE(e.url, url);
    // The administrator-facing text carries status, code and request id.
    const QString text = e.detailedText();
    QVERIFY2(text.contains(QString::number(status)), qPrintable(text));
    if (!e.requestId.isEmpty())
        QVERIFY2(text.contains(e.requestId), qPrintable(text));
}

void TestErrorParsing::urlIsRedacted()
{
    const QUrl url(QStringLiteral("https://sa.blob.core.windows.net/c/b?sv=2022-11-02&sig=UrlSigSecret%3D"));
    const ApiError e =
        ApiClient::parseErrorResponse(403, {}, QByteArray(R"({"code":"AuthenticationFailed"})"), "PUT", url);
    QVERIFY(!e.url.toString().contains(QLatin1String("UrlSigSecret")));
    QVERIFY(!e.detailedText().contains(QLatin1String("UrlSigSecret")));
    QVERIFY(e.url.toString().contains(QLatin1String("sv=2022-11-02")));
}

void TestErrorParsing::messagesAreScrubbed()
{
    const QByteArray body = QByteArray(
        R"({"error":{"code":"InvalidAuthenticationToken","message":"The token Bearer eyJhbGc.eyJzdWIiOjF9.c2ln is invalid"}})");
    const ApiError e =
        ApiClient::parseErrorResponse(401, {}, body, "GET", QUrl(QStringLiteral("https://h/x")));
    QCOMPARE(e.code, QStringLiteral("InvalidAuthenticationToken"));
    QVERIFY2(!e.message.contains(QLatin1String("eyJzdWIiOjF9")), qPrintable(e.message));
    QVERIFY(e.message.contains(QLatin1String("is invalid")));
}

QTEST_GUILESS_MAIN(TestErrorParsing)
#include "tst_errorparsing.moc"
