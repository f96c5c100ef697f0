// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "models/RequestLogModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace csc;

class TestRequestLogModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void columnsAndHeaders();
    void mirrorsExistingEntries();
    void appendInsertsAtEnd();
    void capacityDropsRemoveTopRows();
    void clearResets();
    void displayData();
    void statusColor_data();
    void statusColor();
    void rowTextIsTabSeparated();
    void noRoleCarriesSecrets();
    void logDestroyedEmptiesModel();

private:
    static RequestLogEntry entry(const QString &method, const QString &url, int status, qint64 ms = 120,
                                 const QString &error = {});
    void attach(int capacity);

    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<RequestLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester; // lives exactly as long as the model
};

RequestLogEntry TestRequestLogModel::entry(const QString &method, const QString &url, int status, qint64 ms,
                                           const QString &error)
{
    RequestLogEntry e;
    e.time = QDateTime(QDate(2026, 3, 4), QTime(10, 11, 12), Qt::UTC);
    e.method = method;
    e.url = url;
    e.status = status;
    e.durationMs = ms;
    e.requestId = QStringLiteral("0d5c3a1e-7f5e-4e2b-9a51-3c8f6a7b9e01");
    e.clientRequestId = QStringLiteral("b1a2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    e.error = error;
    return e;
}

void TestRequestLogModel::attach(int capacity)
{
    m_tester.reset();
    m_model.reset();
    m_log = std::make_unique<RequestLog>(capacity);
    m_model = std::make_unique<RequestLogModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setRequestLog(m_log.get());
}

void TestRequestLogModel::init()
{
    attach(100);
}

void TestRequestLogModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_log.reset();
}

void TestRequestLogModel::columnsAndHeaders()
{
    QCOMPARE(m_model->columnCount(), int(RequestLogModel::ColumnCount));
    QCOMPARE(m_model->headerData(RequestLogModel::TimeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Time"));
    QCOMPARE(m_model->headerData(RequestLogModel::MethodColumn, Qt::Horizontal).toString(),
             QStringLiteral("Method"));
    QCOMPARE(m_model->headerData(RequestLogModel::UrlColumn, Qt::Horizontal).toString(),
             QStringLiteral("URL"));
    QCOMPARE(m_model->headerData(RequestLogModel::StatusColumn, Qt::Horizontal).toString(),
             QStringLiteral("Status"));
    QCOMPARE(m_model->headerData(RequestLogModel::DurationColumn, Qt::Horizontal).toString(),
             QStringLiteral("Duration"));
    QCOMPARE(m_model->headerData(RequestLogModel::RequestIdColumn, Qt::Horizontal).toString(),
             QStringLiteral("Request ID"));
    QCOMPARE(int(RequestLogModel::StatusCodeRole), int(Qt::UserRole) + 1);
}

void TestRequestLogModel::mirrorsExistingEntries()
{
    m_log->append(
        entry(QStringLiteral("GET"), QStringLiteral("https://management.azure.com/subscriptions"), 200));
    m_log->append(
        entry(QStringLiteral("POST"), QStringLiteral("https://login.microsoftonline.com/t/token"), 400));
    RequestLogModel late;
    QAbstractItemModelTester tester(&late, QAbstractItemModelTester::FailureReportingMode::QtTest);
    late.setRequestLog(m_log.get());
    QCOMPARE(late.rowCount(), 2);
    QCOMPARE(late.index(1, RequestLogModel::MethodColumn).data().toString(), QStringLiteral("POST"));
}

void TestRequestLogModel::appendInsertsAtEnd()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_log->append(entry(QStringLiteral("GET"), QStringLiteral("https://management.azure.com/a"), 200));
    m_log->append(entry(QStringLiteral("GET"), QStringLiteral("https://management.azure.com/b"), 200));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(inserted.at(1).at(2).toInt(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1, RequestLogModel::UrlColumn).data().toString(),
             QStringLiteral("https://management.azure.com/b"));
}

void TestRequestLogModel::capacityDropsRemoveTopRows()
{
    attach(3);
    for (int i = 0; i < 3; ++i)
        m_log->append(
            entry(QStringLiteral("GET"), QStringLiteral("https://management.azure.com/%1").arg(i), 200));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_log->append(entry(QStringLiteral("GET"), QStringLiteral("https://management.azure.com/3"), 200));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 0);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowCount(), int(m_log->entries().size()));
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(m_model->index(row, RequestLogModel::UrlColumn).data().toString(),
                 m_log->entries().at(row).url);
    }
    QCOMPARE(m_model->index(0, RequestLogModel::UrlColumn).data().toString(),
             QStringLiteral("https://management.azure.com/1"));
}

void TestRequestLogModel::clearResets()
{
    m_log->append(entry(QStringLiteral("GET"), QStringLiteral("https://management.azure.com/a"), 200));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_log->clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestRequestLogModel::displayData()
{
    m_log->append(entry(QStringLiteral("GET"), QStringLiteral("https://management.azure.com/subscriptions"),
                        200, 1234));
    m_log->append(entry(QStringLiteral("GET"), QStringLiteral("https://unreachable.example/x"), 0, 5,
                        QStringLiteral("Connection refused")));
    const QModelIndex ok = m_model->index(0, 0);
    QCOMPARE(m_model->index(0, RequestLogModel::StatusColumn).data().toString(), QStringLiteral("200"));
    QVERIFY(
        m_model->index(0, RequestLogModel::DurationColumn).data().toString().contains(QStringLiteral("ms")));
    QCOMPARE(m_model->index(0, RequestLogModel::RequestIdColumn).data().toString(),
             QStringLiteral("0d5c3a1e-7f5e-4e2b-9a51-3c8f6a7b9e01"));
    QCOMPARE(ok.data(RequestLogModel::StatusCodeRole).toInt(), 200);
    QCOMPARE(ok.data(RequestLogModel::ClientRequestIdRole).toString(),
             QStringLiteral("b1a2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"));
    QCOMPARE(ok.data(RequestLogModel::TimestampRole).toDateTime(),
             QDateTime(QDate(2026, 3, 4), QTime(10, 11, 12), Qt::UTC));
    QCOMPARE(m_model->index(0, RequestLogModel::DurationColumn).data(RequestLogModel::SortRole).toLongLong(),
             1234);

    const QModelIndex failed = m_model->index(1, RequestLogModel::StatusColumn);
    QCOMPARE(failed.data(RequestLogModel::StatusCodeRole).toInt(), 0);
    QCOMPARE(failed.data(RequestLogModel::ErrorRole).toString(), QStringLiteral("Connection refused"));
    QVERIFY(!failed.data().toString().isEmpty());
    QVERIFY(failed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Connection refused")));
}

void TestRequestLogModel::statusColor_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QColor>("expected");
    const QColor green = RequestLogModel::statusColor(200, false);
    const QColor amber = RequestLogModel::statusColor(403, false);
    const QColor red = RequestLogModel::statusColor(500, false);
    QVERIFY(green != amber && amber != red && green != red);
    QTest::newRow("200") << 200 << QString() << green;
    QTest::newRow("201") << 201 << QString() << green;
    QTest::newRow("404") << 404 << QStringLiteral("NotFound") << amber;
    QTest::newRow("429 throttled") << 429 << QStringLiteral("TooManyRequests") << red;
    QTest::newRow("503") << 503 << QStringLiteral("ServiceUnavailable") << red;
    QTest::newRow("no response") << 0 << QStringLiteral("TLS handshake failed") << red;
}

void TestRequestLogModel::statusColor()
{
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QColor, expected);
    m_log->append(
        entry(QStringLiteral("GET"), QStringLiteral("https://management.azure.com/x"), status, 1, error));
    const QVariant fg = m_model->index(0, RequestLogModel::StatusColumn).data(Qt::ForegroundRole);
    QCOMPARE(fg.value<QColor>(), expected);
    QVERIFY(!m_model->index(0, RequestLogModel::UrlColumn).data(Qt::ForegroundRole).isValid());
}

void TestRequestLogModel::rowTextIsTabSeparated()
{
    m_log->append(entry(QStringLiteral("DELETE"), QStringLiteral("https://management.azure.com/x"), 204, 7));
    const QStringList cells = m_model->rowText(0).split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), int(RequestLogModel::ColumnCount));
    QCOMPARE(cells.at(RequestLogModel::MethodColumn), QStringLiteral("DELETE"));
    QCOMPARE(cells.at(RequestLogModel::StatusColumn), QStringLiteral("204"));
    QVERIFY(m_model->rowText(5).isEmpty());
}

void TestRequestLogModel::noRoleCarriesSecrets()
{
    const QString sig = QStringLiteral("c2VjcmV0LXNpZ25hdHVyZS12YWx1ZQ");
    m_log->append(entry(QStringLiteral("GET"),
                        QStringLiteral("https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sig=") + sig,
                        403, 3, QStringLiteral("Forbidden for sig=") + sig));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QModelIndex index = m_model->index(0, column);
        for (int role = 0; role <= RequestLogModel::SortRole + 10; ++role) {
            const QString text = index.data(role).toString();
            QVERIFY2(!text.contains(sig),
                     qPrintable(QStringLiteral("column %1 role %2: %3").arg(column).arg(role).arg(text)));
        }
    }
    QVERIFY(!m_model->rowText(0).contains(sig));
}

void TestRequestLogModel::logDestroyedEmptiesModel()
{
    m_log->append(entry(QStringLiteral("GET"), QStringLiteral("https://management.azure.com/x"), 200));
    m_log.reset();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->requestLog());
}

QTEST_GUILESS_MAIN(TestRequestLogModel)
#include "tst_requestlogmodel.moc"
