// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
//
// The Permissions panel's data-plane RBAC view against the local cloud (in-process emulator, real HTTPS):
// built-in roles listed, a role assigned through the dialog at a container scope, removed again after the
// question, a custom role created and deleted, and a Reader told what is missing instead of a dialog storm.
#include "LocalCloudFixture.h"

#include "core/SqlRbac.h"
#include "models/AccountSelection.h"
#include "models/SqlRbacModels.h"
#include "net/ArmService.h"
#include "net/RequestLog.h"
#include "ui/MessageBox.h"
#include "ui/dialogs/SqlRoleAssignmentDialog.h"
#include "ui/dialogs/SqlRoleDefinitionDialog.h"
#include "ui/panels/PermissionsPanel.h"
#include "ui/widgets/CommandPreview.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/SqlRbacView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace csc;

namespace {
const QString kReaderObjectId = QLatin1String(emu::DemoSeed::kPrincipals[test::DemoCosmosReader].objectId);

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
} // namespace

class TestPermissionsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsBuiltInRoles();
    void assignAndRemoveAtContainerScope();
    void createAndDeleteCustomRole();
    void readerIsToldWhatIsMissing();

private:
    void openPanel(test::DemoWho who, const QString &accountName = QStringLiteral("contoso-legacy"));
    SqlRbacView *view() const { return m_panel->rbacView(); }

    test::LocalCloudFixture m_cloud;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<AccountSelection> m_selection;
    std::unique_ptr<AzureSession> m_session;
    std::unique_ptr<PermissionsPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_testers[2];
};

void TestPermissionsPanel::initTestCase()
{
    emu::EmulatorOptions options;
    options.lroDelayMs = 200;
    const auto started = m_cloud.start(options);
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
}

void TestPermissionsPanel::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();
    m_selection = std::make_unique<AccountSelection>();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestPermissionsPanel::cleanup()
{
    for (auto &t : m_testers)
        t.reset();
    if (m_panel)
        delete m_panel->widget();
    m_panel.reset();
    m_session.reset();
    m_selection.reset();
    m_log.reset();
    m_nam.reset();
}

void TestPermissionsPanel::openPanel(test::DemoWho who, const QString &accountName)
{
    m_session = m_cloud.session(m_nam.get(), m_log.get(), who);
    QVERIFY(m_session);
    // The account as the Accounts panel would have selected it.
    const Result<CosmosAccount> fetched = test::LocalCloudFixture::fetchAccount(m_session.get(), accountName);
    QVERIFY2(fetched.ok(), qPrintable(fetched.ok() ? QString() : fetched.error().message));
    const CosmosAccount account = fetched.value();
    m_panel = std::make_unique<PermissionsPanel>(m_selection.get());
    QWidget *w = m_panel->widget();
    w->resize(1000, 700);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    view()->setPollIntervalMs(100);
    m_testers[0] = std::make_unique<QAbstractItemModelTester>(
        view()->definitionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_testers[1] = std::make_unique<QAbstractItemModelTester>(
        view()->assignmentsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->setSession(m_session.get());
    m_selection->setCurrent(account);
}

void TestPermissionsPanel::showsBuiltInRoles()
{
    openPanel(test::DemoOwner);
    QTRY_COMPARE_WITH_TIMEOUT(view()->definitionsModel()->rowCount(), 2, 20000);
    QTRY_VERIFY(!view()->isBusy());
    const SqlRoleDefinitionModel *defs = view()->definitionsModel();
    QCOMPARE(defs->index(0, 0).data().toString(), QStringLiteral("Cosmos DB Built-in Data Contributor"));
    QCOMPARE(defs->index(1, 0).data().toString(), QStringLiteral("Cosmos DB Built-in Data Reader"));
    QVERIFY(defs->index(1, SqlRoleDefinitionModel::AllowsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Run queries")));
    // Selecting a built-in role explains it and does not offer to delete it.
    view()->definitionsView()->setFocus();
    view()->definitionsView()->selectRow(1);
    auto *details = view()->findChild<QLabel *>(QStringLiteral("definitionDetails"));
    QVERIFY(details->text().contains(QStringLiteral("Read single items")));
    QVERIFY(!view()->findChild<QPushButton *>(QStringLiteral("removeButton"))->isEnabled());
    auto *title = m_panel->widget()->findChild<QLabel *>(QStringLiteral("permissionsTitle"));
    QVERIFY(title->text().contains(QStringLiteral("contoso-legacy")));
}

void TestPermissionsPanel::assignAndRemoveAtContainerScope()
{
    openPanel(test::DemoOwner);
    QTRY_COMPARE_WITH_TIMEOUT(view()->definitionsModel()->rowCount(), 2, 20000);
    QTRY_VERIFY(!view()->isBusy());
    const int before = view()->assignmentsModel()->rowCount();

    QString shownCommand;
    whenShown<SqlRoleAssignmentDialog>([&shownCommand](SqlRoleAssignmentDialog *d) {
        auto *assign = d->findChild<QPushButton *>(QStringLiteral("assignButton"));
        QVERIFY(!assign->isEnabled()); // nothing typed yet
        d->findChild<QLineEdit *>(QStringLiteral("principalEdit"))->setText(QStringLiteral("not-a-guid"));
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("problemLabel"))->isVisible());
        QVERIFY(!assign->isEnabled());
        d->findChild<QLineEdit *>(QStringLiteral("principalEdit"))->setText(kReaderObjectId);
        auto *role = d->findChild<QComboBox *>(QStringLiteral("roleCombo"));
        role->setCurrentIndex(role->findText(QStringLiteral("Cosmos DB Built-in Data Reader")));
        QTest::mouseClick(d->findChild<QRadioButton *>(QStringLiteral("scopeContainer")), Qt::LeftButton);
        d->findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(QStringLiteral("shop"));
        d->findChild<QLineEdit *>(QStringLiteral("containerEdit"))->setText(QStringLiteral("orders"));
        QVERIFY(assign->isEnabled());
        shownCommand = d->findChild<CommandPreview *>(QStringLiteral("assignmentCommand"))->command();
        QTest::mouseClick(assign, Qt::LeftButton);
    });
    QTest::mouseClick(view()->findChild<QPushButton *>(QStringLiteral("assignRoleButton")), Qt::LeftButton);
    QVERIFY2(shownCommand.startsWith(QStringLiteral("az cosmosdb sql role assignment create --account-name "
                                                    "contoso-legacy --resource-group rg-legacy")),
             qPrintable(shownCommand));
    QVERIFY(shownCommand.endsWith(QStringLiteral("--scope /dbs/shop/colls/orders")));

    QTRY_COMPARE_WITH_TIMEOUT(view()->assignmentsModel()->rowCount(), before + 1, 20000);
    QTRY_VERIFY(!view()->isBusy());
    QCOMPARE(view()->banner()->type(), MessageWidget::Type::Positive);
    QCOMPARE(view()->lastCommand()->command(), shownCommand);
    const int row = [this] {
        const SqlRoleAssignmentModel *m = view()->assignmentsModel();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data().toString() == kReaderObjectId)
                return r;
        return -1;
    }();
    QVERIFY(row >= 0);
    const SqlRoleAssignmentModel *m = view()->assignmentsModel();
    QCOMPARE(m->index(row, SqlRoleAssignmentModel::RoleColumn).data().toString(),
             QStringLiteral("Cosmos DB Built-in Data Reader"));
    QCOMPARE(m->index(row, SqlRoleAssignmentModel::ScopeColumn).data().toString(),
             QStringLiteral("container “orders” in database “shop”"));

    // Remove: asked first (No keeps it), then removed.
    view()->assignmentsView()->setFocus();
    view()->assignmentsView()->selectRow(row);
    auto *remove = view()->findChild<QPushButton *>(QStringLiteral("removeButton"));
    QVERIFY(remove->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(MessageBox::lastQuestion().contains(kReaderObjectId));
    QVERIFY(!view()->isBusy());
    QCOMPARE(view()->assignmentsModel()->rowCount(), before + 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view()->assignmentsModel()->rowCount(), before, 20000);
    QVERIFY(view()->lastCommand()->command().startsWith(
        QStringLiteral("az cosmosdb sql role assignment delete")));
}

void TestPermissionsPanel::createAndDeleteCustomRole()
{
    openPanel(test::DemoOwner, QStringLiteral("contoso-catalog"));
    QTRY_COMPARE_WITH_TIMEOUT(view()->definitionsModel()->rowCount(), 2, 20000);
    QTRY_VERIFY(!view()->isBusy());
    whenShown<SqlRoleDefinitionDialog>([](SqlRoleDefinitionDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("roleNameEdit"))->setText(QStringLiteral("Order writer"));
        QListWidget *actions = d->actionList();
        for (int i = 0; i < actions->count(); ++i) {
            const QString a = actions->item(i)->data(Qt::UserRole).toString();
            if (a.endsWith(QLatin1String("/items/create")) || a.endsWith(QLatin1String("/readMetadata")))
                actions->item(i)->setCheckState(Qt::Checked);
        }
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("createButton")), Qt::LeftButton);
    });
    QTest::mouseClick(view()->findChild<QPushButton *>(QStringLiteral("newRoleButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view()->definitionsModel()->rowCount(), 3, 20000);
    QTRY_VERIFY(!view()->isBusy());
    const int row = view()->definitionsModel()->rowOf(view()->definitionsModel()->definitions().at(2).id);
    QCOMPARE(view()->definitionsModel()->index(row, 0).data().toString(), QStringLiteral("Order writer"));
    QCOMPARE(view()->definitionsModel()->index(row, SqlRoleDefinitionModel::KindColumn).data().toString(),
             QStringLiteral("Custom"));
    QVERIFY(view()->lastCommand()->command().startsWith(
        QStringLiteral("az cosmosdb sql role definition create")));

    view()->definitionsView()->setFocus();
    view()->definitionsView()->selectRow(row);
    auto *remove = view()->findChild<QPushButton *>(QStringLiteral("removeButton"));
    QVERIFY(remove->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view()->definitionsModel()->rowCount(), 2, 20000);
}

void TestPermissionsPanel::readerIsToldWhatIsMissing()
{
    openPanel(test::DemoReader);
    QTRY_COMPARE_WITH_TIMEOUT(view()->definitionsModel()->rowCount(), 2, 20000); // Reader may read them
    QTRY_VERIFY(!view()->isBusy());
    whenShown<SqlRoleAssignmentDialog>([](SqlRoleAssignmentDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("principalEdit"))->setText(kReaderObjectId);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("assignButton")), Qt::LeftButton);
    });
    QTest::mouseClick(view()->findChild<QPushButton *>(QStringLiteral("assignRoleButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        view()->banner()->isVisible() && view()->banner()->type() == MessageWidget::Type::Error, 20000);
    QVERIFY2(view()->banner()->text().contains(QStringLiteral("sqlRoleAssignments/write")) ||
                 view()->banner()->details().contains(QStringLiteral("sqlRoleAssignments/write")),
             qPrintable(view()->banner()->text() + u'\n' + view()->banner()->details()));
    QVERIFY(!QApplication::activeModalWidget());
}

QTEST_MAIN(TestPermissionsPanel)
#include "tst_permissionspanel.moc"
