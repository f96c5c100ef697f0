// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
//
// The Accounts panel against the local cloud with the demo data (in-process emulator, real HTTPS, real
// Entra-style sign-in): the tree of subscriptions, groups and accounts, their markers, the security summary
// of a clicked account, the filters, errors in place, and the whole console path (local-cloud connection
// created, connected, panel shown) through MainWindow and the LocalCloudOpener.
#include "EntraTestTokens.h"
#include "LocalCloudFixture.h"

#include "core/SecurityPosture.h"
#include "emulator/LocalCloudHost.h"
#include "models/AccountFilterProxyModel.h"
#include "models/AccountSelection.h"
#include "models/AccountTreeModel.h"
#include "net/RequestLog.h"
#include "secrets/SecretStore.h"
#include "ui/LocalCloudOpener.h"
#include "ui/MainWindow.h"
#include "ui/SessionController.h"
#include "ui/panels/AccountsPanel.h"
#include "ui/panels/PanelRegistry.h"
#include "ui/panels/StandardPanels.h"
#include "ui/widgets/AccountSummaryView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace csc;
using Level = SecurityPosture::Level;
using Area = SecurityPosture::Area;

class TestAccountsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheDemoAccountsWithMarkers();
    void clickingAnAccountShowsItsSummary_data();
    void clickingAnAccountShowsItsSummary();
    void filtersByTextAndPosture();
    void updatedAccountIsShown();
    void failedSignInIsShownInPlace();
    void readerSeesOnlyWhatTheRoleAllows();
    void consoleOpensTheLocalCloud();

private:
    void openPanel(test::DemoWho who = test::DemoOwner);
    QModelIndex findAccount(const QString &name) const;
    void waitForAccounts(int count);
    int visibleAccounts() const;

    test::LocalCloudFixture m_cloud;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<AccountSelection> m_selection;
    std::unique_ptr<AzureSession> m_session;
    std::unique_ptr<AccountsPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAccountsPanel::initTestCase()
{
    const auto started = m_cloud.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
}

void TestAccountsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();
    m_selection = std::make_unique<AccountSelection>();
}

void TestAccountsPanel::cleanup()
{
    m_tester.reset();
    if (m_panel)
        delete m_panel->widget();
    m_panel.reset();
    m_session.reset();
    m_selection.reset();
    m_log.reset();
    m_nam.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestAccountsPanel::openPanel(test::DemoWho who)
{
    m_panel = std::make_unique<AccountsPanel>(m_selection.get(), m_settings.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QWidget *w = m_panel->widget();
    w->resize(1100, 700);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    m_session = m_cloud.session(m_nam.get(), m_log.get(), who);
    QVERIFY(m_session);
    m_panel->setSession(m_session.get());
}

QModelIndex TestAccountsPanel::findAccount(const QString &name) const
{
    const QModelIndexList hits = m_panel->proxy()->match(m_panel->proxy()->index(0, 0), Qt::DisplayRole, name,
                                                         1, Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? QModelIndex() : hits.first();
}

int TestAccountsPanel::visibleAccounts() const
{
    int n = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_panel->proxy()->rowCount(parent); ++r) {
            const QModelIndex child = m_panel->proxy()->index(r, 0, parent);
            if (child.data(AccountTreeModel::KindRole).toInt() == int(AccountTreeModel::Kind::Account))
                ++n;
            walk(child);
        }
    };
    walk({});
    return n;
}

void TestAccountsPanel::waitForAccounts(int count)
{
    QTRY_COMPARE_WITH_TIMEOUT(visibleAccounts(), count, 20000);
    QTRY_VERIFY(!m_panel->model()->isLoading());
}

void TestAccountsPanel::showsTheDemoAccountsWithMarkers()
{
    openPanel();
    waitForAccounts(7);
    // Both subscriptions are opened on their own, with their groups.
    QTreeView *tree = m_panel->tree();
    const QModelIndex production =
        m_panel->proxy()
            ->match(m_panel->proxy()->index(0, 0), Qt::DisplayRole, QStringLiteral("Contoso Production"))
            .value(0);
    QVERIFY(production.isValid());
    QVERIFY(tree->isExpanded(production));

    const struct
    {
        const char *name;
        Level level;
    } expected[] = {{"contoso-orders", Level::Good},       {"contoso-payments", Level::Attention},
                    {"contoso-catalog", Level::Attention}, {"contoso-legacy", Level::Risk},
                    {"fabrikam-analytics", Level::Risk},   {"fabrikam-telemetry", Level::Risk},
                    {"fabrikam-sandbox", Level::Risk}};
    for (const auto &e : expected) {
        const QModelIndex account = findAccount(QLatin1String(e.name));
        QVERIFY2(account.isValid(), e.name);
        QVERIFY(tree->isExpanded(account.parent()));
        const QModelIndex posture = account.siblingAtColumn(AccountTreeModel::PostureColumn);
        QCOMPARE(posture.data(AccountTreeModel::PostureLevelRole).toInt(), int(e.level));
        QCOMPARE(posture.data().toString(), SecurityPosture::levelText(e.level));
        QVERIFY(!posture.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!tree->visualRect(account).isEmpty());
    }
    const QLabel *totals = m_panel->widget()->findChild<QLabel *>(QStringLiteral("accountTotals"));
    QVERIFY(totals);
    QCOMPARE(totals->text(),
             QStringLiteral("7 account(s) in 2 subscription(s) · 4 at risk · 2 need attention"));
}

void TestAccountsPanel::clickingAnAccountShowsItsSummary_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<int>("area");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("reason");
    QTest::newRow("open: public network")
        << QStringLiteral("contoso-legacy") << int(Area::PublicNetworkAccess) << int(Level::Risk)
        << QStringLiteral("Open to the whole internet");
    QTest::newRow("open: TLS 1.0") << QStringLiteral("contoso-legacy") << int(Area::MinimalTls)
                                   << int(Level::Risk) << QStringLiteral("TLS 1.0");
    QTest::newRow("hardened: keys off") << QStringLiteral("contoso-orders") << int(Area::KeyAuthentication)
                                        << int(Level::Good) << QStringLiteral("Entra ID");
    QTest::newRow("hardened: CMK") << QStringLiteral("contoso-orders") << int(Area::Encryption)
                                   << int(Level::Good) << QStringLiteral("contoso-orders-kv");
    QTest::newRow("private with keys") << QStringLiteral("contoso-payments") << int(Area::KeyAuthentication)
                                       << int(Level::Attention) << QStringLiteral("network access");
    QTest::newRow("any Azure datacenter")
        << QStringLiteral("fabrikam-analytics") << int(Area::PublicNetworkAccess) << int(Level::Risk)
        << QStringLiteral("any Azure datacenter");
}

void TestAccountsPanel::clickingAnAccountShowsItsSummary()
{
    QFETCH(QString, account);
    QFETCH(int, area);
    QFETCH(int, level);
    QFETCH(QString, reason);
    openPanel();
    waitForAccounts(7);
    QSignalSpy selected(m_selection.get(), &AccountSelection::currentChanged);
    const QModelIndex index = findAccount(account);
    QTreeView *tree = m_panel->tree();
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    QCOMPARE(tree->currentIndex(), index);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(m_selection->current().name, account);

    AccountSummaryView *summary = m_panel->summary();
    QCOMPARE(summary->account().name, account);
    QCOMPARE(summary->findings().size(), SecurityPosture::allAreas().size());
    auto *row = qobject_cast<QLabel *>(summary->findingWidget(Area(area)));
    QVERIFY(row);
    QVERIFY(row->isVisible());
    QCOMPARE(row->property("level").toInt(), level);
    QVERIFY2(row->text().contains(reason), qPrintable(row->text()));
    QVERIFY(row->text().contains(SecurityPosture::levelText(Level(level))));
    QVERIFY(!row->accessibleName().isEmpty());
    const QLabel *title = summary->findChild<QLabel *>(QStringLiteral("summaryTitle"));
    QCOMPARE(title->text(), account);

    // Keyboard: moving to the group row shows the group's totals and clears the selection.
    QTest::keyClick(tree, Qt::Key_Left);
    QTest::keyClick(tree, Qt::Key_Left);
    QVERIFY(!m_selection->hasCurrent());
    QVERIFY(!summary->account().isValid());
}

void TestAccountsPanel::filtersByTextAndPosture()
{
    openPanel();
    waitForAccounts(7);
    auto *filter = m_panel->widget()->findChild<QLineEdit *>(QStringLiteral("accountFilter"));
    QVERIFY(filter);
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("fabrikam"));
    QTRY_COMPARE(visibleAccounts(), 3);
    QVERIFY(!findAccount(QStringLiteral("contoso-orders")).isValid());
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Backspace);
    QTRY_COMPARE(visibleAccounts(), 7);

    auto *level = m_panel->widget()->findChild<QComboBox *>(QStringLiteral("postureFilter"));
    QVERIFY(level);
    level->setCurrentIndex(level->findData(int(Level::Risk)));
    QTRY_COMPARE(visibleAccounts(), 4);
    QVERIFY(!findAccount(QStringLiteral("contoso-payments")).isValid());
    QVERIFY(findAccount(QStringLiteral("contoso-legacy")).isValid());
    // Remembered for the next start.
    QCOMPARE(m_settings->value(QStringLiteral("accounts/minimumLevel")).toInt(), int(Level::Risk));
    level->setCurrentIndex(level->findData(int(Level::Attention)));
    QTRY_COMPARE(visibleAccounts(), 6);
}

void TestAccountsPanel::updatedAccountIsShown()
{
    openPanel();
    waitForAccounts(7);
    m_panel->select(QStringLiteral("contoso-legacy"));
    QCOMPARE(m_selection->current().name, QStringLiteral("contoso-legacy"));
    // Another panel turned key authentication off and reports the account it got back.
    QJsonObject raw = m_selection->current().raw;
    QJsonObject properties = raw.value(QStringLiteral("properties")).toObject();
    properties.insert(QStringLiteral("disableLocalAuth"), true);
    raw.insert(QStringLiteral("properties"), properties);
    const auto changed = CosmosAccount::fromJson(raw);
    QVERIFY(changed.ok());
    m_selection->update(changed.value());
    QCOMPARE(m_selection->current().disableLocalAuth, true);
    auto *row = qobject_cast<QLabel *>(m_panel->summary()->findingWidget(Area::KeyAuthentication));
    QVERIFY(row);
    QCOMPARE(row->property("level").toInt(), int(Level::Good));
    const QModelIndex legacy = findAccount(QStringLiteral("contoso-legacy"));
    QCOMPARE(legacy.data(AccountTreeModel::AccountRole).value<CosmosAccount>().disableLocalAuth, true);
}

void TestAccountsPanel::failedSignInIsShownInPlace()
{
    m_panel = std::make_unique<AccountsPanel>(m_selection.get(), m_settings.get());
    QWidget *w = m_panel->widget();
    w->resize(1000, 600);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    const ConnectionProfile profile = m_cloud.profile(test::DemoOwner);
    auto created = AzureSession::create(profile, SecureBytes(QByteArray("not-the-demo-secret")), m_nam.get(),
                                        m_log.get());
    QVERIFY(created.ok());
    m_session = std::move(created.value());
    m_panel->setSession(m_session.get());

    // Not an empty tree: one error row, selected, and the summary says what went wrong and what to do.
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->proxy()->rowCount(), 1, 20000);
    QTRY_COMPARE(m_panel->proxy()->index(0, 0).data(AccountTreeModel::KindRole).toInt(),
                 int(AccountTreeModel::Kind::Error));
    const QModelIndex error = m_panel->proxy()->index(0, 0);
    QCOMPARE(m_panel->tree()->currentIndex(), error);
    const ApiError e = error.data(AccountTreeModel::ErrorRole).value<ApiError>();
    QCOMPARE(e.httpStatus, 401);
    QCOMPARE(e.code, QStringLiteral("invalid_client"));
    const QLabel *text = m_panel->summary()->findChild<QLabel *>(QStringLiteral("summaryError"));
    QVERIFY(text && text->isVisible());
    QVERIFY(!text->text().isEmpty());
    QVERIFY2(text->text().contains(e.remedy()), qPrintable(text->text()));
    QVERIFY(text->text().contains(QLatin1String("AADSTS7000215")) || text->text().contains(e.message));
    QVERIFY(!m_panel->summary()->findChild<QWidget *>(QStringLiteral("summaryRetry"))->isHidden());
}

void TestAccountsPanel::readerSeesOnlyWhatTheRoleAllows()
{
    // Reader on Contoso Production only: that subscription, all of its accounts, nothing else.
    openPanel(test::DemoReader);
    waitForAccounts(4);
    QVERIFY(findAccount(QStringLiteral("contoso-legacy")).isValid());
    QVERIFY(!findAccount(QStringLiteral("fabrikam-sandbox")).isValid());
    QCOMPARE(m_panel->proxy()->rowCount(), 1);
}

void TestAccountsPanel::consoleOpensTheLocalCloud()
{
    // The whole console path: no connection yet -> a local-cloud connection -> connect -> Accounts panel.
    MemoryStore secrets;
    SessionController controller(m_settings.get(), &secrets, m_nam.get(), m_log.get());
    emu::EmulatorOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("console-local-cloud"));
    controller.addOpener(std::make_unique<LocalCloudOpener>(m_nam.get(), m_log.get(), options));
    MainWindow window(&controller);
    addStandardPanels(&window, &controller);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const ConnectionProfile profile = LocalCloudOpener::newProfile();
    QVERIFY(profile.validate().ok());
    controller.saveProfile(profile);
    controller.setCurrentProfileId(profile.id);
    QSignalSpy changed(&controller, &SessionController::sessionChanged);
    controller.connectCurrent();
    QVERIFY(changed.wait(30000));
    QVERIFY(controller.session());
    QVERIFY(controller.session()->profile().localCloud);
    QCOMPARE(controller.session()->profile().tenantId, QLatin1String(emu::DemoSeed::kTenantId));

    auto *accounts = dynamic_cast<AccountsPanel *>(window.panels()->find(QStringLiteral("accounts")));
    QVERIFY(accounts);
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("centralStack"));
    QCOMPARE(stack->currentWidget(), accounts->widget());
    m_panel.reset(); // the window owns this one; visibleAccounts() looks at m_panel
    QTRY_VERIFY_WITH_TIMEOUT(accounts->proxy()
                                     ->match(accounts->proxy()->index(0, 0), Qt::DisplayRole,
                                             QStringLiteral("fabrikam-sandbox"), 1,
                                             Qt::MatchExactly | Qt::MatchRecursive)
                                     .size() == 1,
                             20000);
    accounts->select(QStringLiteral("contoso-orders"));
    QCOMPARE(window.accountSelection()->current().name, QStringLiteral("contoso-orders"));

    // "Test connection" of a local-cloud profile goes through the opener too (no secret is typed).
    QSignalSpy tested(&controller, &SessionController::connectionTestFinished);
    controller.testConnection(profile);
    QVERIFY(tested.wait(20000));
    const auto *result = test::variantValue<Result<ConnectionTestReport>>(tested.first().at(1));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
    QCOMPARE(result->value().subscriptions.size(), 2);

    controller.disconnectSession();
    // Reconnecting reuses the running local cloud.
    controller.connectCurrent();
    QVERIFY(changed.wait(20000));
    QVERIFY(controller.session());
    controller.disconnectSession();
}

QTEST_MAIN(TestAccountsPanel)
#include "tst_accountspanel.moc"
