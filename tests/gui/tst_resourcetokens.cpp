// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
//
// The "Users & resource tokens" tab against the local cloud (in-process emulator, real HTTPS): a database and
// container created with the primary key (CosmosItemsClient), a user created through the form, a Read
// permission on the container, a token minted (countdown visible, masked), tried (read allowed, write denied
// with the service's reason), revoked (delete after the question) and tried again (denied). A Reader is told
// in place that listKeys is missing.
#include "LocalCloudFixture.h"

#include "core/Clock.h"
#include "models/AccountSelection.h"
#include "models/PermissionTreeModel.h"
#include "net/ArmService.h"
#include "net/CosmosItemsClient.h"
#include "net/KeysService.h"
#include "net/MasterKeyAuthorizer.h"
#include "net/RequestLog.h"
#include "ui/MessageBox.h"
#include "ui/dialogs/CosmosPermissionDialog.h"
#include "ui/dialogs/CosmosUserDialog.h"
#include "ui/panels/PermissionsPanel.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/ResourceTokensView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace csc;

namespace {
const QString kDatabase = QStringLiteral("tokensdb");
const QString kContainer = QStringLiteral("orders");

/// Runs `fill` on the modal dialog of type D as soon as it is shown (exec() blocks the caller).
template <typename D> void whenShown(std::function<void(D *)> fill)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, fill] {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            fill(dialog);
        }
    });
    timer->start();
}

/// Saves a picture of `w` when CSC_SCREENSHOT_DIR is set.
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CSC_SCREENSHOT_DIR");
    if (dir.isEmpty() || !w)
        return;
    QDir().mkpath(dir);
    w->grab().save(dir + QStringLiteral("/tokens-") + name + QStringLiteral(".png"));
}
} // namespace

class TestResourceTokens : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createMintTryRevoke();
    void renameEditAndDeleteUser();
    void readerIsToldListKeysIsMissing();

private:
    void openPanel(test::DemoWho who, const QString &accountName = QStringLiteral("contoso-legacy"));
    ResourceTokensView *view() const { return m_panel->tokensView(); }
    void selectIndex(const QModelIndex &index);
    void ensureData();
    QPushButton *button(const char *name) const
    {
        return view()->findChild<QPushButton *>(QLatin1String(name));
    }

    test::LocalCloudFixture m_cloud;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<AccountSelection> m_selection;
    std::unique_ptr<AzureSession> m_session;
    std::unique_ptr<PermissionsPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    CosmosAccount m_account;
};

void TestResourceTokens::initTestCase()
{
    emu::EmulatorOptions options;
    options.lroDelayMs = 200;
    const auto started = m_cloud.start(options);
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
}

void TestResourceTokens::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();
    m_selection = std::make_unique<AccountSelection>();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestResourceTokens::cleanup()
{
    Clock::setInstance(nullptr);
    m_tester.reset();
    if (m_panel)
        delete m_panel->widget();
    m_panel.reset();
    m_session.reset();
    m_selection.reset();
    m_log.reset();
    m_nam.reset();
}

void TestResourceTokens::openPanel(test::DemoWho who, const QString &accountName)
{
    m_session = m_cloud.session(m_nam.get(), m_log.get(), who);
    QVERIFY(m_session);
    const Result<CosmosAccount> fetched = test::LocalCloudFixture::fetchAccount(m_session.get(), accountName);
    QVERIFY2(fetched.ok(), qPrintable(fetched.ok() ? QString() : fetched.error().message));
    const CosmosAccount account = fetched.value();
    m_account = account;
    m_panel = std::make_unique<PermissionsPanel>(m_selection.get());
    QWidget *w = m_panel->widget();
    w->resize(1000, 760);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->setSession(m_session.get());
    m_selection->setCurrent(account);
    auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("permissionsTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(1), QStringLiteral("&Users && resource tokens"));
    tabs->setCurrentWidget(view());
}

void TestResourceTokens::selectIndex(const QModelIndex &index)
{
    QVERIFY(index.isValid());
    view()->treeView()->setFocus();
    view()->treeView()->setCurrentIndex(index);
    QVERIFY(view()->treeView()->selectionModel()->isRowSelected(index.row(), index.parent()));
}

void TestResourceTokens::ensureData()
{
    // A database and a partitioned container with one item, created on the data plane with the primary key.
    KeysService keys(m_session.get(), m_account.id);
    std::optional<Result<AccountKeys>> fetched;
    keys.listKeys(nullptr, [&fetched](const Result<AccountKeys> &r) { fetched = r; });
    QTRY_VERIFY_WITH_TIMEOUT(fetched.has_value(), 20000);
    QVERIFY2(fetched->ok(), qPrintable(fetched->ok() ? QString() : fetched->error().message));
    auto master = std::make_shared<MasterKeyAuthorizer>(fetched->value().primaryMasterKey);
    CosmosItemsClient items(m_session->client(), QUrl(m_account.documentEndpoint));
    std::optional<Result<CosmosDatabase>> db;
    items.createDatabase(kDatabase, master, nullptr, [&db](const Result<CosmosDatabase> &r) { db = r; });
    QTRY_VERIFY_WITH_TIMEOUT(db.has_value(), 20000);
    QVERIFY2(db->ok() || db->error().httpStatus == 409,
             qPrintable(db->ok() ? QString() : db->error().detailedText()));
    std::optional<Result<CosmosContainer>> coll;
    items.createContainer(kDatabase, kContainer, QStringLiteral("/tenantId"), master, nullptr,
                          [&coll](const Result<CosmosContainer> &r) { coll = r; });
    QTRY_VERIFY_WITH_TIMEOUT(coll.has_value(), 20000);
    QVERIFY2(coll->ok() || coll->error().httpStatus == 409,
             qPrintable(coll->ok() ? QString() : coll->error().detailedText()));
    if (coll->ok())
        QCOMPARE(coll->value().partitionKeyPaths, QStringList{QStringLiteral("/tenantId")});
    std::optional<Result<QJsonObject>> item;
    items.createItem(kDatabase, kContainer,
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("o1")},
                                 {QStringLiteral("tenantId"), QStringLiteral("t1")}},
                     QJsonArray{QStringLiteral("t1")}, master, nullptr,
                     [&item](const Result<QJsonObject> &r) { item = r; });
    QTRY_VERIFY_WITH_TIMEOUT(item.has_value(), 20000);
    QVERIFY2(item->ok() || item->error().httpStatus == 409,
             qPrintable(item->ok() ? QString() : item->error().detailedText()));
}

void TestResourceTokens::createMintTryRevoke()
{
    openPanel(test::DemoOwner);

    ensureData();

    // Nothing is fetched until Load.
    QVERIFY(!view()->hasKey());
    QVERIFY(button("loadUsersButton")->isVisible());
    QTest::mouseClick(button("loadUsersButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view()->hasKey(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(view()->model()->databaseIndex(kDatabase).isValid(), 20000);
    QTRY_VERIFY(!view()->isBusy());
    QVERIFY(!button("loadUsersButton")->isVisible());

    // New user through the form.
    selectIndex(view()->model()->databaseIndex(kDatabase));
    QVERIFY(button("newUserButton")->isEnabled());
    whenShown<CosmosUserDialog>([](CosmosUserDialog *d) {
        auto *ok = d->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(!ok->isEnabled());
        auto *edit = d->findChild<QLineEdit *>(QStringLiteral("userIdEdit"));
        edit->setText(QStringLiteral("bad/id"));
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("problemLabel"))->isVisible());
        QVERIFY(!ok->isEnabled());
        edit->setText(QStringLiteral("alice"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(button("newUserButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view()->model()->userIndex(kDatabase, QStringLiteral("alice")).isValid(), 20000);
    QTRY_VERIFY(!view()->isBusy());
    screenshot(view(), QStringLiteral("tree"));

    // A Read permission on the container through the form.
    selectIndex(view()->model()->userIndex(kDatabase, QStringLiteral("alice")));
    QVERIFY(button("newPermissionButton")->isEnabled());
    bool formChecked = false;
    whenShown<CosmosPermissionDialog>([&formChecked](CosmosPermissionDialog *d) {
        QTRY_VERIFY_WITH_TIMEOUT(!d->isLoadingContainers(), 20000);
        auto *ok = d->findChild<QPushButton *>(QStringLiteral("okButton"));
        d->findChild<QLineEdit *>(QStringLiteral("permissionIdEdit"))->setText(QStringLiteral("read-orders"));
        auto *mode = d->findChild<QComboBox *>(QStringLiteral("modeCombo"));
        mode->setCurrentIndex(mode->findData(int(CosmosPermission::Mode::Read)));
        QVERIFY(!d->findChild<QLabel *>(QStringLiteral("modeDescription"))->text().isEmpty());
        d->findChild<QRadioButton *>(QStringLiteral("scopeContainer"))->click();
        auto *container = d->findChild<QComboBox *>(QStringLiteral("containerCombo"));
        container->setCurrentIndex(container->findData(kContainer));
        QCOMPARE(d->findChild<QLabel *>(QStringLiteral("partitionKeyPath"))->text(),
                 QStringLiteral("/tenantId"));
        auto *type = d->findChild<QComboBox *>(QStringLiteral("partitionKeyType"));
        type->setCurrentIndex(2); // Number
        d->findChild<QLineEdit *>(QStringLiteral("partitionKeyValue"))->setText(QStringLiteral("abc"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("problemLabel"))->isVisible());
        type->setCurrentIndex(1); // Text
        d->findChild<QLineEdit *>(QStringLiteral("partitionKeyValue"))->setText(QStringLiteral("t1"));
        QVERIFY(ok->isEnabled());
        const CosmosPermission p = d->permission();
        QCOMPARE(p.resource, CosmosPermission::containerLink(kDatabase, kContainer));
        QCOMPARE(p.resourcePartitionKey, QJsonArray{QStringLiteral("t1")});
        screenshot(d, QStringLiteral("permission-form"));
        formChecked = true;
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(button("newPermissionButton"), Qt::LeftButton);
    QVERIFY(formChecked);
    QTRY_VERIFY_WITH_TIMEOUT(
        view()
            ->model()
            ->permissionIndex(kDatabase, QStringLiteral("alice"), QStringLiteral("read-orders"))
            .isValid(),
        20000);
    QTRY_VERIFY(!view()->isBusy());
    const QModelIndex perm =
        view()->model()->permissionIndex(kDatabase, QStringLiteral("alice"), QStringLiteral("read-orders"));
    QCOMPARE(perm.data(PermissionTreeModel::ModeRole).toString(), QStringLiteral("Read"));
    QCOMPARE(perm.data(PermissionTreeModel::PartitionKeyRole).toString(), QStringLiteral("[\"t1\"]"));

    // Mint: masked, countdown visible.
    selectIndex(perm);
    QVERIFY(button("mintButton")->isEnabled());
    QTest::mouseClick(button("mintButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view()->hasToken(), 20000);
    auto *countdown = view()->findChild<QLabel *>(QStringLiteral("tokenCountdown"));
    QVERIFY2(countdown->text().startsWith(QStringLiteral("Expires in 59:")) ||
                 countdown->text().startsWith(QStringLiteral("Expires in 1:00:00")),
             qPrintable(countdown->text()));
    auto *field = view()->findChild<QLineEdit *>(QStringLiteral("tokenField"));
    QVERIFY(!field->text().contains(QLatin1String("sig=")));
    screenshot(view(), QStringLiteral("countdown"));
    auto *reveal = view()->findChild<QToolButton *>(QStringLiteral("revealToken"));
    view()->setRevealSeconds(1);
    reveal->click();
    QVERIFY(field->text().startsWith(QLatin1String("type=resource&ver=1&sig=")));
    QTRY_VERIFY_WITH_TIMEOUT(!field->text().contains(QLatin1String("sig=")), 5000); // masked again
    QVERIFY(!reveal->isChecked());

    // Try: read allowed, write denied with the service's reason.
    QVERIFY(button("tryTokenButton")->isEnabled());
    QTest::mouseClick(button("tryTokenButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view()->isTrying(), 20000);
    auto *readResult = view()->findChild<QLabel *>(QStringLiteral("tryReadResult"));
    auto *writeResult = view()->findChild<QLabel *>(QStringLiteral("tryWriteResult"));
    QVERIFY2(view()->readOutcome() == ResourceTokensView::Outcome::Allowed, qPrintable(readResult->text()));
    QVERIFY2(readResult->text().contains(QStringLiteral("1 item(s)")), qPrintable(readResult->text()));
    QVERIFY2(view()->writeOutcome() == ResourceTokensView::Outcome::Denied, qPrintable(writeResult->text()));
    QVERIFY2(writeResult->text().contains(QStringLiteral("403")), qPrintable(writeResult->text()));
    QVERIFY2(writeResult->text().contains(QStringLiteral("The service says:")),
             qPrintable(writeResult->text()));
    screenshot(view(), QStringLiteral("try-result"));

    // Revoke: delete the permission (asked first; No keeps it).
    selectIndex(
        view()->model()->permissionIndex(kDatabase, QStringLiteral("alice"), QStringLiteral("read-orders")));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(button("deleteButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("read-orders")));
    QVERIFY(!view()->isBusy());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button("deleteButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !view()
             ->model()
             ->permissionIndex(kDatabase, QStringLiteral("alice"), QStringLiteral("read-orders"))
             .isValid(),
        20000);
    QTRY_VERIFY(!view()->isBusy());
    QVERIFY(
        view()->findChild<QLabel *>(QStringLiteral("tokenFor"))->text().contains(QStringLiteral("revoked")));

    // Try again: the token no longer works.
    QVERIFY(view()->hasToken());
    QTest::mouseClick(button("tryTokenButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view()->isTrying(), 20000);
    QVERIFY2(view()->readOutcome() == ResourceTokensView::Outcome::Denied, qPrintable(readResult->text()));
    QVERIFY2(view()->writeOutcome() == ResourceTokensView::Outcome::Denied, qPrintable(writeResult->text()));
    screenshot(view(), QStringLiteral("revoked"));

    // An hour later the countdown ends: the token is wiped and the view says it expired.
    ManualClock later(QDateTime::currentDateTimeUtc().addSecs(3700));
    Clock::setInstance(&later);
    QTRY_VERIFY_WITH_TIMEOUT(!view()->hasToken(), 5000);
    Clock::setInstance(nullptr);
    QVERIFY2(countdown->text().startsWith(QStringLiteral("Expired")), qPrintable(countdown->text()));
    QVERIFY(field->text().isEmpty());
    QVERIFY(!reveal->isEnabled());
    QVERIFY(!button("tryTokenButton")->isEnabled());
    QVERIFY(!view()->findChild<QPushButton *>(QStringLiteral("forgetToken"))->isEnabled());
}

void TestResourceTokens::renameEditAndDeleteUser()
{
    openPanel(test::DemoOwner);
    ensureData();
    QTest::mouseClick(button("loadUsersButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view()->model()->databaseIndex(kDatabase).isValid(), 20000);
    QTRY_VERIFY(!view()->isBusy());

    selectIndex(view()->model()->databaseIndex(kDatabase));
    whenShown<CosmosUserDialog>([](CosmosUserDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("userIdEdit"))->setText(QStringLiteral("bob"));
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    });
    QTest::mouseClick(button("newUserButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view()->model()->userIndex(kDatabase, QStringLiteral("bob")).isValid(), 20000);
    QTRY_VERIFY(!view()->isBusy());

    // Rename: the same id is refused, a new one accepted.
    selectIndex(view()->model()->userIndex(kDatabase, QStringLiteral("bob")));
    whenShown<CosmosUserDialog>([](CosmosUserDialog *d) {
        auto *ok = d->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(!ok->isEnabled()); // still "bob"
        d->findChild<QLineEdit *>(QStringLiteral("userIdEdit"))->setText(QStringLiteral("robert"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(button("renameUserButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view()->model()->userIndex(kDatabase, QStringLiteral("robert")).isValid(),
                             20000);
    QTRY_VERIFY(!view()->isBusy());
    QVERIFY(!view()->model()->userIndex(kDatabase, QStringLiteral("bob")).isValid());

    // A permission for the whole database, then edited into an All permission on one item (asked first).
    selectIndex(view()->model()->userIndex(kDatabase, QStringLiteral("robert")));
    whenShown<CosmosPermissionDialog>([](CosmosPermissionDialog *d) {
        QTRY_VERIFY_WITH_TIMEOUT(!d->isLoadingContainers(), 20000);
        d->findChild<QLineEdit *>(QStringLiteral("permissionIdEdit"))->setText(QStringLiteral("db-read"));
        d->findChild<QRadioButton *>(QStringLiteral("scopeDatabase"))->click();
        QVERIFY(!d->findChild<QComboBox *>(QStringLiteral("partitionKeyType"))->isEnabled());
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    });
    QTest::mouseClick(button("newPermissionButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        view()
            ->model()
            ->permissionIndex(kDatabase, QStringLiteral("robert"), QStringLiteral("db-read"))
            .isValid(),
        20000);
    QTRY_VERIFY(!view()->isBusy());
    selectIndex(
        view()->model()->permissionIndex(kDatabase, QStringLiteral("robert"), QStringLiteral("db-read")));
    whenShown<CosmosPermissionDialog>([](CosmosPermissionDialog *d) {
        QTRY_VERIFY_WITH_TIMEOUT(!d->isLoadingContainers(), 20000);
        QVERIFY(d->findChild<QRadioButton *>(QStringLiteral("scopeDatabase"))->isChecked());
        auto *mode = d->findChild<QComboBox *>(QStringLiteral("modeCombo"));
        mode->setCurrentIndex(mode->findData(int(CosmosPermission::Mode::All)));
        d->findChild<QRadioButton *>(QStringLiteral("scopeItem"))->click();
        QVERIFY(d->findChild<QRadioButton *>(QStringLiteral("scopeItem"))->isChecked());
        d->findChild<QLineEdit *>(QStringLiteral("itemEdit"))->setText(QStringLiteral("o1"));
        QCOMPARE(d->permission().resource,
                 CosmosPermission::itemLink(kDatabase, kContainer, QStringLiteral("o1")));
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    });
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button("editPermissionButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("db-read")));
    QTRY_VERIFY_WITH_TIMEOUT(
        view()->model()
                ->permissionIndex(kDatabase, QStringLiteral("robert"), QStringLiteral("db-read"))
                .data(PermissionTreeModel::ModeRole)
                .toString() == QLatin1String("All"),
        20000);
    QTRY_VERIFY(!view()->isBusy());
    QCOMPARE(view()
                 ->model()
                 ->permissionIndex(kDatabase, QStringLiteral("robert"), QStringLiteral("db-read"))
                 .data(PermissionTreeModel::ResourceRole)
                 .toString(),
             CosmosPermission::itemLink(kDatabase, kContainer, QStringLiteral("o1")));

    // Delete the user: says that all its permissions' tokens stop working.
    selectIndex(view()->model()->userIndex(kDatabase, QStringLiteral("robert")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button("deleteButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("robert")));
    QTRY_VERIFY_WITH_TIMEOUT(!view()->model()->userIndex(kDatabase, QStringLiteral("robert")).isValid(),
                             20000);
    QCOMPARE(view()->banner()->type(), MessageWidget::Type::Positive);
}

void TestResourceTokens::readerIsToldListKeysIsMissing()
{
    openPanel(test::DemoReader);
    QTest::mouseClick(button("loadUsersButton"), Qt::LeftButton);
    auto *notice = view()->findChild<QLabel *>(QStringLiteral("tokensNotice"));
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 20000);
    QVERIFY2(notice->text().contains(QStringLiteral("listKeys/action")), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("needs no keys")));
    QVERIFY(!view()->hasKey());
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!view()->banner()->isVisible());
    screenshot(view(), QStringLiteral("reader"));
}

QTEST_MAIN(TestResourceTokens)
#include "tst_resourcetokens.moc"
