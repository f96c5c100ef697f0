// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/RestJob.h"

#include <QTest>

using namespace csc;

class TestRestTypes : public QObject
{
    Q_OBJECT
private slots:
    void requestHeaders();
    void idempotency_data();
    void idempotency();
    void responseAccessors();
    void serverDelay_data();
    void serverDelay();
    void serverDelayFromHttpDate();
    void backoffWithJitter();
    void serverDelayIsCapped();
};

void TestRestTypes::requestHeaders()
{
    RestRequest r = RestRequest::get(QUrl(QStringLiteral("https://h/x")));
    r.setHeader("X-Test", "1");
    r.setHeader("x-test", "2");
    QCOMPARE(r.headers.size(), 1);
    QCOMPARE(r.header("X-TEST"), QByteArrayLiteral("2"));
    QVERIFY(r.header("absent").isEmpty());

    const RestRequest p =
        RestRequest::postJson(QUrl(QStringLiteral("https://h/y")), {{QStringLiteral("a"), 1}});
    QCOMPARE(p.method, QByteArrayLiteral("POST"));
    QCOMPARE(p.body, QByteArray(R"({"a":1})"));
    QCOMPARE(p.header("content-type"), QByteArrayLiteral("application/json"));
}

void TestRestTypes::idempotency_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("idempotent");
    QTest::newRow("GET") << QByteArrayLiteral("GET") << true;
    QTest::newRow("HEAD") << QByteArrayLiteral("HEAD") << true;
    QTest::newRow("PUT") << QByteArrayLiteral("PUT") << true;
    QTest::newRow("DELETE") << QByteArrayLiteral("DELETE") << true;
    QTest::newRow("OPTIONS") << QByteArrayLiteral("OPTIONS") << true;
    QTest::newRow("get lower case") << QByteArrayLiteral("get") << true;
    QTest::newRow("POST") << QByteArrayLiteral("POST") << false;
    QTest::newRow("PATCH") << QByteArrayLiteral("PATCH") << false;
}

void TestRestTypes::idempotency()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, idempotent);
    QCOMPARE(RestRequest(method, QUrl(QStringLiteral("https://h/"))).isIdempotent(), idempotent);
}

void TestRestTypes::responseAccessors()
{
    RestResponse r;
    r.headers = {{"X-MS-Correlation-Request-Id", "corr"}, {"Content-Type", "application/json"}};
    r.body = QByteArray(R"({"a":"b"})");
    QCOMPARE(r.header("content-type"), QByteArrayLiteral("application/json"));
    QCOMPARE(r.requestId(), QStringLiteral("corr"));
    r.headers.append(std::pair<QByteArray, QByteArray>("x-ms-request-id", "req"));
    QCOMPARE(r.requestId(), QStringLiteral("req"));
    QCOMPARE(r.json().value(QLatin1String("a")).toString(), QStringLiteral("b"));
    r.body = QByteArrayLiteral("[1,2]");
    QVERIFY(r.json().isEmpty());
    QVERIFY(r.jsonDocument().isArray());
    r.body = QByteArrayLiteral("not json");
    QVERIFY(r.jsonDocument().isNull());
}

void TestRestTypes::serverDelay_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<int>("delay");
    QTest::newRow("none") << HeaderList{} << -1;
    QTest::newRow("Retry-After seconds") << HeaderList{{"Retry-After", "7"}} << 7000;
    QTest::newRow("Retry-After zero") << HeaderList{{"retry-after", "0"}} << 0;
    QTest::newRow("x-ms-retry-after-ms") << HeaderList{{"x-ms-retry-after-ms", "250"}} << 250;
    QTest::newRow("x-ms-retry-after-ms wins")
        << HeaderList{{"Retry-After", "7"}, {"x-ms-retry-after-ms", "40"}} << 40;
    QTest::newRow("retry-after-ms") << HeaderList{{"retry-after-ms", "15"}} << 15;
    QTest::newRow("garbage") << HeaderList{{"Retry-After", "soon"}} << -1;
    QTest::newRow("date in the past") << HeaderList{{"Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT"}} << 0;
}

void TestRestTypes::serverDelay()
{
    QFETCH(HeaderList, headers);
    QTEST(RestJob::serverRetryDelayMs(headers), "delay");
}

void TestRestTypes::serverDelayFromHttpDate()
{
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(30);
    const QByteArray date =
        QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    const int delay = RestJob::serverRetryDelayMs({{"Retry-After", date}});
    QVERIFY2(delay > 28000 && delay <= 30000, qPrintable(QString::number(delay)));
}

void TestRestTypes::backoffWithJitter()
{
    RetryPolicy policy;
    policy.baseDelayMs = 100;
    policy.maxDelayMs = 1000;
    for (int retry = 1; retry <= 6; ++retry) {
        const int full = std::min(1000, 100 << (retry - 1));
        for (int i = 0; i < 50; ++i) {
            const int d = RestJob::retryDelayMs(policy, retry, {});
            QVERIFY2(d >= full / 2 && d <= full,
                     qPrintable(QStringLiteral("retry %1: %2").arg(retry).arg(d)));
        }
    }
}

void TestRestTypes::serverDelayIsCapped()
{
    RetryPolicy policy;
    policy.maxServerDelayMs = 5000;
    QCOMPARE(RestJob::retryDelayMs(policy, 1, {{"Retry-After", "3600"}}), 5000);
    QCOMPARE(RestJob::retryDelayMs(policy, 3, {{"x-ms-retry-after-ms", "20"}}), 20);
}

QTEST_GUILESS_MAIN(TestRestTypes)
#include "tst_resttypes.moc"
