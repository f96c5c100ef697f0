// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ArmTestData.h"
#include "TestServer.h"

#include "core/SecurityPosture.h"
#include "models/AccountFilterProxyModel.h"
#include "models/AccountTreeModel.h"
#include "net/ArmService.h"
#include "net/AzureSession.h"
#include "net/RequestLog.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace csc;
using Kind = AccountTreeModel::Kind;
using Level = SecurityPosture::Level;

namespace {
const QString kSubA = QStringLiteral("0b1f6471-1bf0-4dda-aec3-00000000000a");
const QString kSubB = QStringLiteral("0b1f6471-1bf0-4dda-aec3-00000000000b");
const QString kReadAction = QStringLiteral("Microsoft.DocumentDB/databaseAccounts/read");

QString accountsPath(const QString &sub)
{
    return QStringLiteral("/subscriptions/%1/providers/Microsoft.DocumentDB/databaseAccounts").arg(sub);
}

QString groupsPath(const QString &sub)
{
    return QStringLiteral("/subscriptions/%1/resourcegroups").arg(sub);
}

Kind kindOf(const QModelIndex &i)
{
    return Kind(i.data(AccountTreeModel::KindRole).toInt());
}

QStringList childNames(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QStringList names;
    for (int r = 0; r < model->rowCount(parent); ++r)
        names << model->index(r, 0, parent).data().toString();
    return names;
}
} // namespace

class TestAccountTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsSubscriptionsGroupsAndAccounts();
    void showsPostureOfAccountsAndContainers();
    void forbiddenSubscriptionShowsErrorRowNamingAction();
    void failedRootShowsErrorRowAndRetries();
    void loadsLazily();
    void followsNextLinkAcrossPages();
    void refreshResetsAndReloads();
    void showsEmptyResourceGroupsOnRequest();
    void updatesOneAccount();
    void proxySortsByNameAndPosture();
    void proxyFiltersByTextAndLevel();

private:
    void routeDemo();
    void startModel();
    void waitLoaded();

    std::unique_ptr<test::TestServer> m_server;
    QNetworkAccessManager m_nam;
    RequestLog m_log;
    std::unique_ptr<AzureSession> m_session;
    std::unique_ptr<ArmService> m_service;
    // The tester lives exactly as long as the model (created and destroyed together).
    std::unique_ptr<AccountTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAccountTreeModel::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isListening());
}

void TestAccountTreeModel::init()
{
    m_server->clearRoutes();
    m_server->clearRequests();
    test::routeArmToken(*m_server);
    routeDemo();
    auto created =
        AzureSession::create(test::armTestProfile(*m_server), SecureBytes(QByteArray("s")), &m_nam, &m_log);
    QVERIFY(created.ok());
    m_session = std::move(created).value();
    m_service = std::make_unique<ArmService>(m_session.get());
}

void TestAccountTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_service.reset();
    m_session.reset();
}

/// Contoso (A): rg-orders with a hardened and an open account (one id spells the group in upper case),
/// rg-analytics (not in the group list) with one account, and rg-empty. Fabrikam (B): accounts refused (403).
void TestAccountTreeModel::routeDemo()
{
    m_server->routeJson("GET", QStringLiteral("/subscriptions"), 200,
                        {{QStringLiteral("value"),
                          QJsonArray{test::subscriptionJson(kSubB, QStringLiteral("Fabrikam Dev")),
                                     test::subscriptionJson(kSubA, QStringLiteral("Contoso Prod"))}}});
    m_server->routeJson(
        "GET", groupsPath(kSubA), 200,
        {{QStringLiteral("value"),
          QJsonArray{
              test::resourceGroupJson(kSubA, QStringLiteral("rg-orders"), QStringLiteral("westeurope")),
              test::resourceGroupJson(kSubA, QStringLiteral("rg-empty"), QStringLiteral("northeurope"))}}});
    test::routePagedList(
        *m_server, accountsPath(kSubA),
        QJsonArray{test::accountJson(kSubA, QStringLiteral("rg-orders"), QStringLiteral("orders-prod"),
                                     test::hardenedProperties(), test::systemIdentity()),
                   test::accountJson(kSubA, QStringLiteral("RG-ORDERS"), QStringLiteral("catalog-open"),
                                     {{QStringLiteral("minimalTlsVersion"), QStringLiteral("Tls")}}),
                   test::accountJson(kSubA, QStringLiteral("rg-analytics"), QStringLiteral("analytics"),
                                     {{QStringLiteral("disableLocalAuth"), true},
                                      {QStringLiteral("minimalTlsVersion"), QStringLiteral("Tls12")},
                                      {QStringLiteral("ipRules"),
                                       QJsonArray{QJsonObject{{QStringLiteral("ipAddressOrRange"),
                                                               QStringLiteral("203.0.113.7")}}}}},
                                     {}, QStringLiteral("eastus"))},
        50);
    m_server->routeJson("GET", groupsPath(kSubB), 200, {{QStringLiteral("value"), QJsonArray{}}});
    m_server->route("GET", accountsPath(kSubB), [](const emu::HttpRequest &, emu::Responder r) {
        r.send(test::armError(
            403, QStringLiteral("AuthorizationFailed"),
            test::authorizationFailedMessage(kReadAction, QStringLiteral("/subscriptions/") + kSubB)));
    });
}

void TestAccountTreeModel::startModel()
{
    m_model = std::make_unique<AccountTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setService(m_service.get());
    // The tester fetches every node it sees (fetchMore), so the whole tree loads.
    m_model->fetchMore(QModelIndex());
}

void TestAccountTreeModel::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() > 0 && !m_model->isLoading(), 20000);
}

void TestAccountTreeModel::loadsSubscriptionsGroupsAndAccounts()
{
    startModel();
    waitLoaded();
    QCOMPARE(childNames(m_model.get(), {}),
             (QStringList{QStringLiteral("Contoso Prod"), QStringLiteral("Fabrikam Dev")}));
    const QModelIndex contoso = m_model->index(0, 0);
    QCOMPARE(kindOf(contoso), Kind::Subscription);
    QCOMPARE(contoso.data(AccountTreeModel::IdRole).toString(), QStringLiteral("/subscriptions/") + kSubA);
    // Accounts grouped by resource group (case-insensitively); the empty group is hidden.
    QCOMPARE(childNames(m_model.get(), contoso),
             (QStringList{QStringLiteral("rg-analytics"), QStringLiteral("rg-orders")}));
    const QModelIndex orders = m_model->index(1, 0, contoso);
    QCOMPARE(kindOf(orders), Kind::ResourceGroup);
    QCOMPARE(m_model->index(1, AccountTreeModel::LocationColumn, contoso).data().toString(),
             QStringLiteral("westeurope"));
    QCOMPARE(childNames(m_model.get(), orders),
             (QStringList{QStringLiteral("catalog-open"), QStringLiteral("orders-prod")}));
    const QModelIndex prod = m_model->index(1, 0, orders);
    QCOMPARE(kindOf(prod), Kind::Account);
    QVERIFY(!m_model->hasChildren(prod));
    const CosmosAccount account = prod.data(AccountTreeModel::AccountRole).value<CosmosAccount>();
    QCOMPARE(account.name, QStringLiteral("orders-prod"));
    QVERIFY(account.disableLocalAuth);
    QCOMPARE(m_model->accountAt(prod).id, account.id);
    QCOMPARE(prod.data(AccountTreeModel::IdRole).toString(), account.id);
    QCOMPARE(m_model->indexOfId(account.id.toUpper()), prod);
    QCOMPARE(m_model->index(1, AccountTreeModel::LocationColumn, orders).data().toString(),
             QStringLiteral("westeurope"));
    QCOMPARE(m_model->headerData(AccountTreeModel::PostureColumn, Qt::Horizontal).toString(),
             QStringLiteral("Posture"));
    // A group that only appears in account ids still gets a node.
    QCOMPARE(m_model->rowCount(m_model->index(0, 0, contoso)), 1);
}

void TestAccountTreeModel::showsPostureOfAccountsAndContainers()
{
    startModel();
    waitLoaded();
    const QModelIndex prod =
        m_model->indexOfId(QStringLiteral("/subscriptions/%1/resourceGroups/rg-orders/providers/"
                                          "Microsoft.DocumentDB/databaseAccounts/orders-prod")
                               .arg(kSubA));
    QVERIFY(prod.isValid());
    const QModelIndex prodPosture = prod.siblingAtColumn(AccountTreeModel::PostureColumn);
    QCOMPARE(prodPosture.data(AccountTreeModel::PostureLevelRole).toInt(), int(Level::Good));
    QCOMPARE(prodPosture.data().toString(), QStringLiteral("Good"));
    QCOMPARE(prodPosture.data(Qt::ToolTipRole).toString(), QStringLiteral("Every area is good."));

    const QModelIndex open = prod.siblingAtRow(0);
    QCOMPARE(open.data().toString(), QStringLiteral("catalog-open"));
    const QModelIndex openPosture = open.siblingAtColumn(AccountTreeModel::PostureColumn);
    QCOMPARE(openPosture.data(AccountTreeModel::PostureLevelRole).toInt(), int(Level::Risk));
    QCOMPARE(openPosture.data().toString(), QStringLiteral("Risk"));
    QVERIFY(
        openPosture.data(Qt::ToolTipRole).toString().contains(QLatin1String("Open to the whole internet")));
    QCOMPARE(openPosture.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
    QVERIFY(openPosture.data(Qt::DecorationRole).canConvert<QIcon>());
    QVERIFY(prodPosture.data(Qt::ForegroundRole).value<QColor>() !=
            openPosture.data(Qt::ForegroundRole).value<QColor>());

    // Containers carry the worst level of their accounts.
    QCOMPARE(prod.parent()
                 .siblingAtColumn(AccountTreeModel::PostureColumn)
                 .data(AccountTreeModel::PostureLevelRole)
                 .toInt(),
             int(Level::Risk));
    QCOMPARE(prod.parent().parent().siblingAtColumn(AccountTreeModel::PostureColumn).data().toString(),
             QStringLiteral("Risk"));
    const QModelIndex analytics = m_model->index(0, 0, m_model->index(0, 0, prod.parent().parent()));
    QCOMPARE(analytics.data().toString(), QStringLiteral("analytics"));
    QCOMPARE(analytics.parent()
                 .siblingAtColumn(AccountTreeModel::PostureColumn)
                 .data(AccountTreeModel::PostureLevelRole)
                 .toInt(),
             int(Level::Attention));
}

void TestAccountTreeModel::forbiddenSubscriptionShowsErrorRowNamingAction()
{
    m_model = std::make_unique<AccountTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(m_model.get(), &AccountTreeModel::loadFailed);
    m_model->setService(m_service.get());
    m_model->fetchMore(QModelIndex());
    waitLoaded();
    const QModelIndex fabrikam = m_model->index(1, 0);
    QCOMPARE(fabrikam.data().toString(), QStringLiteral("Fabrikam Dev"));
    QCOMPARE(m_model->rowCount(fabrikam), 1); // never an empty node
    const QModelIndex error = m_model->index(0, 0, fabrikam);
    QCOMPARE(kindOf(error), Kind::Error);
    QVERIFY(error.data().toString().startsWith(QLatin1String("Could not load: ")));
    QVERIFY2(error.data().toString().contains(kReadAction), qPrintable(error.data().toString()));
    QCOMPARE(error.data(AccountTreeModel::MissingActionRole).toString(), kReadAction);
    const QString tip = error.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Missing permission: ") + kReadAction), qPrintable(tip));
    QVERIFY(tip.contains(error.data(AccountTreeModel::ErrorRole).value<ApiError>().remedy()));
    QVERIFY(tip.contains(QLatin1String("5a4c8b1e-0000-4000-8000-00000000e403")));
    QCOMPARE(error.data(AccountTreeModel::ErrorRole).value<ApiError>().httpStatus, 403);
    QVERIFY(!m_model->canFetchMore(fabrikam)); // no automatic hammering; retry() is explicit
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<QModelIndex>(), fabrikam);

    // Once the role is granted, retry loads the subscription.
    m_server->routeJson(
        "GET", accountsPath(kSubB), 200,
        {{QStringLiteral("value"),
          QJsonArray{test::accountJson(kSubB, QStringLiteral("rg-dev"), QStringLiteral("dev-one"))}}});
    m_model->retry(error);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading() && m_model->rowCount(m_model->index(1, 0)) == 1 &&
                                 kindOf(m_model->index(0, 0, m_model->index(1, 0))) == Kind::ResourceGroup,
                             20000);
    QCOMPARE(childNames(m_model.get(), m_model->index(0, 0, m_model->index(1, 0))),
             QStringList{QStringLiteral("dev-one")});
}

void TestAccountTreeModel::failedRootShowsErrorRowAndRetries()
{
    m_server->route("GET", QStringLiteral("/subscriptions"), [](const emu::HttpRequest &, emu::Responder r) {
        r.send(test::armError(401, QStringLiteral("InvalidAuthenticationToken"),
                              QStringLiteral("The access token is invalid.")));
    });
    startModel();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() == 1 && kindOf(m_model->index(0, 0)) == Kind::Error, 20000);
    const QModelIndex error = m_model->index(0, 0);
    QVERIFY(error.data().toString().contains(QLatin1String("InvalidAuthenticationToken")));
    QVERIFY(!error.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(error.data(AccountTreeModel::MissingActionRole).toString().isEmpty());

    routeDemo();
    m_model->retry(error);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() == 2 && kindOf(m_model->index(0, 0)) == Kind::Subscription,
                             20000);
}

void TestAccountTreeModel::loadsLazily()
{
    // Without a tester attached: QAbstractItemModelTester itself calls fetchMore on every node it visits.
    AccountTreeModel model;
    QSignalSpy loaded(&model, &AccountTreeModel::childrenLoaded);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.setService(m_service.get());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore(QModelIndex()));
    QVERIFY(model.hasChildren());
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/subscriptions")), 0);

    // What each insertion put first, seen when it happened (the loading row is replaced soon after).
    QList<std::pair<QModelIndex, Kind>> inserted;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &parent, int first) {
        inserted.append({parent, kindOf(model.index(first, 0, parent))});
    });
    model.fetchMore(QModelIndex());
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0).second, Kind::Loading);
    QCOMPARE(inserted.at(1).second, Kind::Subscription);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex contoso = model.index(0, 0);
    QVERIFY(model.hasChildren(contoso));
    QCOMPARE(model.rowCount(contoso), 0);
    QVERIFY(model.canFetchMore(contoso));
    QCOMPARE(m_server->requestCount("GET", accountsPath(kSubA)), 0);
    QCOMPARE(m_server->requestCount("GET", accountsPath(kSubB)), 0);

    model.fetchMore(contoso);
    QVERIFY(!model.canFetchMore(contoso));
    QVERIFY(model.hasChildren(contoso));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(inserted.at(2).first, contoso);
    QCOMPARE(inserted.at(2).second, Kind::Loading);
    QCOMPARE(loaded.constLast().at(0).value<QModelIndex>(), contoso);
    QCOMPARE(model.rowCount(contoso), 2);
    QVERIFY(!model.canFetchMore(contoso));
    QCOMPARE(m_server->requestCount("GET", accountsPath(kSubA)), 1);
    QCOMPARE(m_server->requestCount("GET", groupsPath(kSubA)), 1);
    QCOMPARE(m_server->requestCount("GET", accountsPath(kSubB)), 0); // Fabrikam was never expanded
}

void TestAccountTreeModel::followsNextLinkAcrossPages()
{
    QJsonArray items;
    for (int i = 0; i < 8; ++i)
        items.append(
            test::accountJson(kSubA, QStringLiteral("rg-orders"), QStringLiteral("paged-%1").arg(i)));
    test::routePagedList(*m_server, accountsPath(kSubA), items, 3);
    startModel();
    waitLoaded();
    const QModelIndex orders = m_model->index(0, 0, m_model->index(0, 0));
    QCOMPARE(orders.data().toString(), QStringLiteral("rg-orders"));
    QCOMPARE(m_model->rowCount(orders), 8);
    QCOMPARE(m_server->requestCount("GET", accountsPath(kSubA)), 3);
}

void TestAccountTreeModel::refreshResetsAndReloads()
{
    startModel();
    waitLoaded();
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 2);
    test::routePagedList(
        *m_server, accountsPath(kSubA),
        QJsonArray{test::accountJson(kSubA, QStringLiteral("rg-new"), QStringLiteral("fresh"))}, 50);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->refresh();
    QCOMPARE(reset.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading() && m_model->rowCount() == 2 &&
                                 m_model->rowCount(m_model->index(0, 0)) == 1,
                             20000);
    const QModelIndex group = m_model->index(0, 0, m_model->index(0, 0));
    QCOMPARE(group.data().toString(), QStringLiteral("rg-new"));
    QCOMPARE(childNames(m_model.get(), group), QStringList{QStringLiteral("fresh")});
}

void TestAccountTreeModel::showsEmptyResourceGroupsOnRequest()
{
    startModel();
    waitLoaded();
    m_model->setShowEmptyResourceGroups(true);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading() && m_model->rowCount(m_model->index(0, 0)) == 3, 20000);
    QCOMPARE(childNames(m_model.get(), m_model->index(0, 0)),
             (QStringList{QStringLiteral("rg-analytics"), QStringLiteral("rg-empty"),
                          QStringLiteral("rg-orders")}));
    const QModelIndex empty = m_model->index(1, 0, m_model->index(0, 0));
    QVERIFY(!m_model->hasChildren(empty));
    QVERIFY(!empty.siblingAtColumn(AccountTreeModel::PostureColumn)
                 .data(AccountTreeModel::PostureLevelRole)
                 .isValid());
}

void TestAccountTreeModel::updatesOneAccount()
{
    startModel();
    waitLoaded();
    const QString id =
        QStringLiteral("/subscriptions/%1/resourceGroups/RG-ORDERS/providers/Microsoft.DocumentDB/"
                       "databaseAccounts/catalog-open")
            .arg(kSubA);
    const QModelIndex open = m_model->indexOfId(id);
    QVERIFY(open.isValid());
    Result<CosmosAccount> fixed = CosmosAccount::fromJson(
        test::accountJson(kSubA, QStringLiteral("RG-ORDERS"), QStringLiteral("catalog-open"),
                          test::hardenedProperties(), test::systemIdentity()));
    QVERIFY(fixed.ok());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->updateAccount(fixed.value()));
    QVERIFY(changed.size() >= 2);
    QCOMPARE(open.siblingAtColumn(AccountTreeModel::PostureColumn)
                 .data(AccountTreeModel::PostureLevelRole)
                 .toInt(),
             int(Level::Good));
    QCOMPARE(open.parent()
                 .siblingAtColumn(AccountTreeModel::PostureColumn)
                 .data(AccountTreeModel::PostureLevelRole)
                 .toInt(),
             int(Level::Good));
    // The subscription still has the analytics account (Attention).
    QCOMPARE(open.parent()
                 .parent()
                 .siblingAtColumn(AccountTreeModel::PostureColumn)
                 .data(AccountTreeModel::PostureLevelRole)
                 .toInt(),
             int(Level::Attention));
    QVERIFY(!m_model->updateAccount(CosmosAccount()));
}

void TestAccountTreeModel::proxySortsByNameAndPosture()
{
    startModel();
    waitLoaded();
    AccountFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto ordersGroup = [&proxy] {
        QModelIndex contoso;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            if (proxy.index(r, 0).data().toString() == QLatin1String("Contoso Prod"))
                contoso = proxy.index(r, 0);
        }
        for (int r = 0; r < proxy.rowCount(contoso); ++r) {
            if (proxy.index(r, 0, contoso).data().toString() == QLatin1String("rg-orders"))
                return proxy.index(r, 0, contoso);
        }
        return QModelIndex();
    };
    proxy.sort(AccountTreeModel::PostureColumn, Qt::AscendingOrder);
    QCOMPARE(childNames(&proxy, ordersGroup()),
             (QStringList{QStringLiteral("orders-prod"), QStringLiteral("catalog-open")}));
    proxy.sort(AccountTreeModel::PostureColumn, Qt::DescendingOrder);
    QCOMPARE(childNames(&proxy, ordersGroup()),
             (QStringList{QStringLiteral("catalog-open"), QStringLiteral("orders-prod")}));
    // Subscriptions by posture: Fabrikam (unknown: error) before Contoso (Risk) ascending.
    proxy.sort(AccountTreeModel::PostureColumn, Qt::AscendingOrder);
    QCOMPARE(childNames(&proxy, {}),
             (QStringList{QStringLiteral("Fabrikam Dev"), QStringLiteral("Contoso Prod")}));
    proxy.sort(AccountTreeModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(childNames(&proxy, {}),
             (QStringList{QStringLiteral("Fabrikam Dev"), QStringLiteral("Contoso Prod")}));
    QCOMPARE(childNames(&proxy, ordersGroup()),
             (QStringList{QStringLiteral("orders-prod"), QStringLiteral("catalog-open")}));
    proxy.sort(AccountTreeModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(childNames(&proxy, {}),
             (QStringList{QStringLiteral("Contoso Prod"), QStringLiteral("Fabrikam Dev")}));
}

void TestAccountTreeModel::proxyFiltersByTextAndLevel()
{
    startModel();
    waitLoaded();
    AccountFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(AccountTreeModel::NameColumn, Qt::AscendingOrder);

    proxy.setTextFilter(QStringLiteral("CATALOG"));
    QCOMPARE(childNames(&proxy, {}),
             (QStringList{QStringLiteral("Contoso Prod"), QStringLiteral("Fabrikam Dev")}));
    const QModelIndex contoso = proxy.index(0, 0);
    QCOMPARE(childNames(&proxy, contoso), QStringList{QStringLiteral("rg-orders")});
    QCOMPARE(childNames(&proxy, proxy.index(0, 0, contoso)), QStringList{QStringLiteral("catalog-open")});
    // The error row of Fabrikam is never filtered out.
    QCOMPARE(proxy.rowCount(proxy.index(1, 0)), 1);
    QCOMPARE(kindOf(proxy.index(0, 0, proxy.index(1, 0))), Kind::Error);

    // A resource group name keeps all its accounts; a location matches too.
    proxy.setTextFilter(QStringLiteral("rg-orders"));
    QCOMPARE(childNames(&proxy, proxy.index(0, 0, proxy.index(0, 0))),
             (QStringList{QStringLiteral("catalog-open"), QStringLiteral("orders-prod")}));
    proxy.setTextFilter(QStringLiteral("eastus"));
    QCOMPARE(childNames(&proxy, proxy.index(0, 0)), QStringList{QStringLiteral("rg-analytics")});

    proxy.setTextFilter(QString());
    proxy.setMinimumLevel(int(Level::Attention));
    QCOMPARE(childNames(&proxy, proxy.index(0, 0)),
             (QStringList{QStringLiteral("rg-analytics"), QStringLiteral("rg-orders")}));
    QCOMPARE(childNames(&proxy, proxy.index(1, 0, proxy.index(0, 0))),
             QStringList{QStringLiteral("catalog-open")});
    proxy.setMinimumLevel(int(Level::Risk));
    QCOMPARE(childNames(&proxy, proxy.index(0, 0)), QStringList{QStringLiteral("rg-orders")});
    proxy.setMinimumLevel(-1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2);
}

QTEST_GUILESS_MAIN(TestAccountTreeModel)
#include "tst_accounttreemodel.moc"
