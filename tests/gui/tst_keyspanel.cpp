// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "LocalCloudFixture.h"

#include "core/Clock.h"
#include "core/CosmosAccount.h"
#include "core/SecureBytes.h"
#include "models/AccountSelection.h"
#include "net/ArmService.h"
#include "net/AzureSession.h"
#include "net/KeysService.h"
#include "net/RequestLog.h"
#include "secrets/SecretStore.h"
#include "ui/MessageBox.h"
#include "ui/SecretClipboard.h"
#include "ui/Theme.h"
#include "ui/dialogs/KeyRotationWizard.h"
#include "ui/panels/KeysPanel.h"
#include "ui/widgets/CommandPreview.h"
#include "ui/widgets/MessageWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <optional>

using namespace csc;

namespace {

const QString kLegacy = QStringLiteral("contoso-legacy");
const QChar kBullet(0x2022);

bool isMasked(const QLineEdit *edit)
{
    const QString text = edit->text();
    return !text.isEmpty() && text.count(kBullet) == text.size();
}

/// True while a modal question or any other dialog is on screen.
bool anyDialogVisible()
{
    const QWidgetList tops = QApplication::topLevelWidgets();
    for (QWidget *w : tops) {
        if (w->isVisible() && (qobject_cast<QMessageBox *>(w) || qobject_cast<QDialog *>(w)))
            return true;
    }
    return false;
}

} // namespace

class TestKeysPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void clipboardMarksSecretAndClears();
    void clipboardLeavesOtherContent();
    void emptyStateWithoutAccount();
    void keysAreFetchedOnDemandAndMasked();
    void revealOneAtATimeAndRemask();
    void keyboardOnly();
    void copyThenClipboardCleared();
    void rememberAndForgetInKeychain();
    void keyAgeWarning();
    void regenerateWithProgress();
    void cancelRegenerationSaysItMayComplete();
    void permissionStates_data();
    void permissionStates();
    void rotationWizard();
    void blockMetadataWrites();
    void disableLocalAuth();
    void sessionDropWipesEverything();
    void testKeySucceeds();
    void testRememberedKeyWithoutFetching();
    void disableLocalAuthThenTestKeyFails();

private:
    template <typename T> T *child(const QString &name) const
    {
        T *w = m_panel->widget()->findChild<T *>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }
    void startPanel(test::DemoWho who = test::DemoOwner, bool selectLegacy = true);
    CosmosAccount fetchAccount(const QString &name);
    bool loadKeys();
    std::optional<AccountKeys> listKeysDirectly();
    void screenshot(QWidget *w, const QString &name);

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<test::LocalCloudFixture> m_cloud;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryStore> m_store;
    std::unique_ptr<AccountSelection> m_selection;
    std::unique_ptr<AzureSession> m_session;
    std::unique_ptr<KeysPanel> m_panel;
};

void TestKeysPanel::initTestCase()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();
}

void TestKeysPanel::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_store = std::make_unique<MemoryStore>();
    m_selection = std::make_unique<AccountSelection>();
    QGuiApplication::clipboard()->clear();
}

void TestKeysPanel::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    if (m_panel)
        m_panel->setSession(nullptr);
    m_panel.reset();
    m_session.reset();
    m_selection.reset();
    m_store.reset();
    m_settings.reset();
    m_cloud.reset();
    m_dir.reset();
}

void TestKeysPanel::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CSC_SCREENSHOT_DIR");
    if (dir.isEmpty() || !w)
        return;
    QDir().mkpath(dir);
    // Let pending layout and palette changes apply before grabbing.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

void TestKeysPanel::startPanel(test::DemoWho who, bool selectLegacy)
{
    m_cloud = std::make_unique<test::LocalCloudFixture>();
    emu::EmulatorOptions options;
    options.lroDelayMs = 1200;
    const Result<void> started = m_cloud->start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().summary()));
    m_session = m_cloud->session(m_nam.get(), m_log.get(), who);
    QVERIFY(m_session);
    m_panel = std::make_unique<KeysPanel>(m_selection.get(), m_store.get(), m_settings.get());
    QWidget *w = m_panel->widget();
    w->resize(1180, 940);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    m_panel->setSession(m_session.get());
    if (selectLegacy) {
        // The panel follows the selection: read the account as the Accounts panel would (as the owner, so
        // every principal starts from the same account).
        const CosmosAccount account = fetchAccount(kLegacy);
        QVERIFY(account.isValid());
        m_selection->setCurrent(account);
        QCOMPARE(m_panel->account().id, account.id);
        if (m_panel->service())
            m_panel->service()->setDefaultPollIntervalMs(200);
    }
}

CosmosAccount TestKeysPanel::fetchAccount(const QString &name)
{
    auto owner = m_cloud->session(m_nam.get(), m_log.get(), test::DemoOwner);
    if (!owner)
        return {};
    const Result<CosmosAccount> got = test::LocalCloudFixture::fetchAccount(owner.get(), name);
    return got.ok() ? got.value() : CosmosAccount();
}

std::optional<AccountKeys> TestKeysPanel::listKeysDirectly()
{
    auto owner = m_cloud->session(m_nam.get(), m_log.get(), test::DemoOwner);
    if (!owner)
        return std::nullopt;
    KeysService keys(owner.get(), test::LocalCloudFixture::accountId(kLegacy));
    std::optional<Result<AccountKeys>> got;
    keys.listKeys(this, [&got](const Result<AccountKeys> &r) { got = r; });
    if (!QTest::qWaitFor([&] { return got.has_value(); }, 20000) || !got->ok())
        return std::nullopt;
    return got->value();
}

bool TestKeysPanel::loadKeys()
{
    QSignalSpy loaded(m_panel.get(), &KeysPanel::keysLoaded);
    QPushButton *load = child<QPushButton>(QStringLiteral("loadKeysButton"));
    if (!load || !load->isEnabled())
        return false;
    QTest::mouseClick(load, Qt::LeftButton);
    return loaded.wait(20000);
}

// ---------------------------------------------------------------------------------------------------------------

void TestKeysPanel::clipboardMarksSecretAndClears()
{
    m_settings->setValue(SecretClipboard::clearSecondsKey(), 1);
    SecretClipboard clipboard(m_settings.get());
    QSignalSpy finished(&clipboard, &SecretClipboard::finished);
    clipboard.copy(SecureBytes(QByteArrayLiteral("c2VjcmV0LWtleQ==")), QStringLiteral("Primary key"));
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("c2VjcmV0LWtleQ=="));
    QVERIFY(clipboard.holdsOurValue());
    QVERIFY(clipboard.statusText().contains(QStringLiteral("Primary key")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!clipboard.isCountingDown());
}

void TestKeysPanel::clipboardLeavesOtherContent()
{
    m_settings->setValue(SecretClipboard::clearSecondsKey(), 30);
    SecretClipboard clipboard(m_settings.get());
    QSignalSpy finished(&clipboard, &SecretClipboard::finished);
    clipboard.copy(SecureBytes(QByteArrayLiteral("b3RoZXIta2V5")), QStringLiteral("Secondary key"));
    QVERIFY(clipboard.isCountingDown());
    // The user copies something else: the countdown stops and never clears it, not even on quit.
    QGuiApplication::clipboard()->setText(QStringLiteral("meeting notes"));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!clipboard.isCountingDown());
    clipboard.clearNow();
    QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit", Qt::DirectConnection));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("meeting notes"));

    // Quitting clears our own value.
    clipboard.copy(SecureBytes(QByteArrayLiteral("b3RoZXIta2V5")), QStringLiteral("Secondary key"));
    QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit", Qt::DirectConnection));
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestKeysPanel::emptyStateWithoutAccount()
{
    startPanel(test::DemoOwner, false);
    auto *stack = m_panel->widget()->findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentIndex(), 0);
    QLabel *text = child<QLabel>(QStringLiteral("keysEmptyText"));
    QVERIFY(text->text().contains(QStringLiteral("Accounts")));
    QSignalSpy open(m_panel.get(), &KeysPanel::openPanelRequested);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("openAccountsButton")), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), QStringLiteral("accounts"));

    // Dropping the session keeps the empty state (with a different hint).
    m_panel->setSession(nullptr);
    QCOMPARE(stack->currentIndex(), 0);
    QVERIFY(!child<QPushButton>(QStringLiteral("openAccountsButton"))->isVisible());
}

void TestKeysPanel::keysAreFetchedOnDemandAndMasked()
{
    startPanel();
    auto *stack = m_panel->widget()->findChild<QStackedWidget *>();
    QCOMPARE(stack->currentIndex(), 1);
    QLineEdit *primary = child<QLineEdit>(QStringLiteral("keyValue_primary"));
    // Nothing is fetched on selection.
    QVERIFY(primary->text().isEmpty());
    QVERIFY(!m_panel->hasLoadedKeys());
    QVERIFY(!child<QToolButton>(QStringLiteral("revealKey_primary"))->isEnabled());
    QVERIFY(child<CommandPreview>(QStringLiteral("keysCommandPreview"))
                ->command()
                .startsWith(QStringLiteral("az cosmosdb keys list --name contoso-legacy")));

    // The command is copyable as plain text (it holds no secret).
    QTest::mouseClick(child<QToolButton>(QStringLiteral("copyCommandButton")), Qt::LeftButton);
    QCOMPARE(
        QGuiApplication::clipboard()->text(),
        QStringLiteral("az cosmosdb keys list --name contoso-legacy --resource-group rg-legacy --type keys"));

    QVERIFY(loadKeys());
    QVERIFY(m_panel->hasLoadedKeys());
    for (const char *kind : {"primary", "secondary", "primaryReadonly", "secondaryReadonly"})
        QVERIFY2(isMasked(child<QLineEdit>(QStringLiteral("keyValue_") + QLatin1String(kind))), kind);
    QVERIFY(isMasked(child<QLineEdit>(QStringLiteral("connectionStringValue_0"))));
    QVERIFY(!child<QLabel>(QStringLiteral("permissionNotice"))->isVisible());
    // Keys never reach QSettings.
    m_settings->sync();
    QFile ini(m_settings->fileName());
    const auto keys = listKeysDirectly();
    QVERIFY(keys);
    if (ini.open(QIODevice::ReadOnly))
        QVERIFY(!ini.readAll().contains(keys->primaryMasterKey.bytes()));
    screenshot(m_panel->widget(), QStringLiteral("keys-masked.png"));

    // Another account: everything is wiped and masked again.
    const CosmosAccount other = fetchAccount(QStringLiteral("contoso-catalog"));
    QVERIFY(other.isValid());
    m_selection->setCurrent(other);
    QVERIFY(!m_panel->hasLoadedKeys());
    QVERIFY(primary->text().isEmpty());
}

void TestKeysPanel::revealOneAtATimeAndRemask()
{
    m_settings->setValue(KeysPanel::revealSecondsKey(), 1);
    startPanel();
    QVERIFY(loadKeys());
    const auto keys = listKeysDirectly();
    QVERIFY(keys);
    QLineEdit *primary = child<QLineEdit>(QStringLiteral("keyValue_primary"));
    QLineEdit *secondary = child<QLineEdit>(QStringLiteral("keyValue_secondary"));
    QToolButton *revealPrimary = child<QToolButton>(QStringLiteral("revealKey_primary"));
    QToolButton *revealSecondary = child<QToolButton>(QStringLiteral("revealKey_secondary"));

    QTest::mouseClick(revealPrimary, Qt::LeftButton);
    QCOMPARE(primary->text(), keys->primaryMasterKey.toString());
    QVERIFY(revealPrimary->isChecked());
    screenshot(m_panel->widget(), QStringLiteral("keys-revealed.png"));
    if (!qEnvironmentVariableIsEmpty("CSC_SCREENSHOT_DIR")) {
        Theme::apply(Theme::Mode::Dark);
        screenshot(m_panel->widget(), QStringLiteral("keys-revealed-dark.png"));
        Theme::apply(Theme::Mode::System);
    }
    QLabel *status = child<QLabel>(QStringLiteral("revealStatus"));
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(QStringLiteral("Primary key")));

    // Revealing another masks the first.
    QTest::mouseClick(revealSecondary, Qt::LeftButton);
    QCOMPARE(secondary->text(), keys->secondaryMasterKey.toString());
    QVERIFY(isMasked(primary));
    QVERIFY(!revealPrimary->isChecked());

    // Re-masked after the timeout.
    QTRY_VERIFY_WITH_TIMEOUT(isMasked(secondary), 10000);
    QVERIFY(!revealSecondary->isChecked());
    QVERIFY(!status->isVisible());

    // Re-masked when the window is hidden.
    m_settings->setValue(KeysPanel::revealSecondsKey(), 600);
    QTest::mouseClick(revealPrimary, Qt::LeftButton);
    QCOMPARE(primary->text(), keys->primaryMasterKey.toString());
    m_panel->widget()->hide();
    QVERIFY(isMasked(primary));
    m_panel->widget()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel->widget()));

    // Hiding with the button and the keyboard.
    QTest::mouseClick(revealPrimary, Qt::LeftButton);
    QVERIFY(!isMasked(primary));
    QTest::mouseClick(revealPrimary, Qt::LeftButton);
    QVERIFY(isMasked(primary));

    // Forget loaded keys wipes them.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("clearKeysButton")), Qt::LeftButton);
    QVERIFY(!m_panel->hasLoadedKeys());
    QVERIFY(primary->text().isEmpty());
}

void TestKeysPanel::keyboardOnly()
{
    startPanel();
    QWidget *w = m_panel->widget();
    QApplication::setActiveWindow(w);
    QVERIFY(QTest::qWaitForWindowActive(w));
    QPushButton *load = child<QPushButton>(QStringLiteral("loadKeysButton"));
    load->setFocus(Qt::TabFocusReason);
    QSignalSpy loaded(m_panel.get(), &KeysPanel::keysLoaded);
    QTest::keyClick(load, Qt::Key_Space);
    QVERIFY(loaded.wait(20000));
    // Tab walks the actions, then each key row from its value to its buttons.
    for (const char *name :
         {"clearKeysButton", "rotateKeysButton", "keyValue_primary", "revealKey_primary", "copyKey_primary",
          "testKey_primary", "regenerateKey_primary", "rememberKey_primary", "keyValue_secondary"}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), QString::fromLatin1(name));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier); // back to Remember
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("revealKey_primary"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(!isMasked(child<QLineEdit>(QStringLiteral("keyValue_primary"))));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(isMasked(child<QLineEdit>(QStringLiteral("keyValue_primary"))));
    // Every control has an accessible name.
    const QList<QAbstractButton *> buttons = w->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons)
        QVERIFY2(!b->accessibleName().isEmpty() || !b->text().isEmpty(), qPrintable(b->objectName()));
    const QList<QLineEdit *> edits = w->findChildren<QLineEdit *>();
    for (QLineEdit *e : edits)
        QVERIFY2(!e->accessibleName().isEmpty(), qPrintable(e->objectName()));
}

void TestKeysPanel::copyThenClipboardCleared()
{
    m_settings->setValue(SecretClipboard::clearSecondsKey(), 1);
    startPanel();
    QVERIFY(loadKeys());
    const auto keys = listKeysDirectly();
    QVERIFY(keys);
    QClipboard *clipboard = QGuiApplication::clipboard();

    QTest::mouseClick(child<QToolButton>(QStringLiteral("copyKey_primary")), Qt::LeftButton);
    QCOMPARE(clipboard->text(), keys->primaryMasterKey.toString());
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
             QByteArrayLiteral("secret"));
    QLabel *status = child<QLabel>(QStringLiteral("clipboardStatus"));
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(QStringLiteral("Primary key")));
    // Copying does not reveal.
    QVERIFY(isMasked(child<QLineEdit>(QStringLiteral("keyValue_primary"))));
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 10000);
    QTRY_VERIFY(!status->isVisible());

    // Something else copied meanwhile is left alone.
    m_settings->setValue(SecretClipboard::clearSecondsKey(), 2);
    QSignalSpy finished(m_panel->clipboard(), &SecretClipboard::finished);
    QTest::mouseClick(child<QToolButton>(QStringLiteral("copyConnectionString_0")), Qt::LeftButton);
    QVERIFY(clipboard->text().startsWith(QStringLiteral("AccountEndpoint=")));
    clipboard->setText(QStringLiteral("unrelated text"));
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(clipboard->text(), QStringLiteral("unrelated text"));

    // Ctrl+C on a revealed value goes through the secret clipboard too.
    QLineEdit *secondary = child<QLineEdit>(QStringLiteral("keyValue_secondary"));
    QTest::mouseClick(child<QToolButton>(QStringLiteral("revealKey_secondary")), Qt::LeftButton);
    secondary->setFocus();
    secondary->selectAll();
    QTest::keySequence(secondary, QKeySequence::Copy);
    QCOMPARE(clipboard->text(), keys->secondaryMasterKey.toString());
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
             QByteArrayLiteral("secret"));
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 10000);
}

void TestKeysPanel::rememberAndForgetInKeychain()
{
    startPanel();
    QCheckBox *remember = child<QCheckBox>(QStringLiteral("rememberKey_primary"));
    QVERIFY(!remember->isEnabled()); // nothing loaded, nothing remembered
    QVERIFY(loadKeys());
    QVERIFY(remember->isEnabled());
    QVERIFY(!remember->isChecked());

    QSignalSpy changed(m_panel.get(), &KeysPanel::rememberChanged);
    QTest::mouseClick(remember, Qt::LeftButton);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.last().at(1).toBool(), true);
    QVERIFY(m_panel->isRemembered(KeyKind::Primary));
    const QString name = KeysPanel::secretKeyName(m_panel->account().id, KeyKind::Primary);
    QCOMPARE(name, QStringLiteral("account/%1/primary").arg(m_panel->account().id.toLower()));
    std::optional<Result<SecureBytes>> stored;
    m_store->read(name, this, [&stored](Result<SecureBytes> r) { stored = std::move(r); });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(stored->ok());
    const auto keys = listKeysDirectly();
    QVERIFY(keys);
    QVERIFY(stored->value() == keys->primaryMasterKey);

    // Remembered keys survive clearing and can still be tested; the panel sees them on a new start.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("clearKeysButton")), Qt::LeftButton);
    QVERIFY(remember->isChecked());
    QVERIFY(child<QToolButton>(QStringLiteral("testKey_primary"))->isEnabled());
    QToolButton *forget = child<QToolButton>(QStringLiteral("forgetKey_primary"));
    QVERIFY(forget->isVisible());

    QTest::mouseClick(forget, Qt::LeftButton);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.last().at(1).toBool(), false);
    QVERIFY(!remember->isChecked());
    QVERIFY(!forget->isVisible());
    stored.reset();
    m_store->read(name, this, [&stored](Result<SecureBytes> r) { stored = std::move(r); });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(!stored->ok());
    QCOMPARE(stored->error().code, SecretStore::notFoundCode());
}

void TestKeysPanel::keyAgeWarning()
{
    m_settings->setValue(KeysPanel::maxAgeDaysKey(), 90);
    startPanel();
    QLabel *age = child<QLabel>(QStringLiteral("keyAge_primary"));
    QLabel *icon = child<QLabel>(QStringLiteral("keyAgeIcon_primary"));
    // The demo seed's contoso-legacy keys are 412 days old.
    QCOMPARE(age->text(), QStringLiteral("Regenerated 412 days ago"));
    QVERIFY(icon->isVisible());

    // On the day they were generated (the time seam): no warning.
    const QDateTime generated = m_selection->current().keysMetadata.primaryMasterKey;
    QVERIFY(generated.isValid());
    ManualClock sameDay(generated.addSecs(60));
    Clock::setInstance(&sameDay);
    QVERIFY(loadKeys());
    Clock::setInstance(nullptr);
    QCOMPARE(age->text(), QStringLiteral("Regenerated today"));
    QVERIFY(!icon->isVisible());

    // 123 days later, the age is shown with a warning.
    ManualClock clock(generated.addDays(123));
    Clock::setInstance(&clock);
    QVERIFY(loadKeys());
    Clock::setInstance(nullptr);
    QCOMPARE(age->text(), QStringLiteral("Regenerated 123 days ago"));
    QVERIFY(age->toolTip().contains(QStringLiteral("rotation limit of 90 days")));
    QVERIFY(icon->isVisible());
    QVERIFY(!age->accessibleDescription().isEmpty());
    screenshot(m_panel->widget(), QStringLiteral("keys-old.png"));

    // A longer limit from the settings: no warning.
    m_settings->setValue(KeysPanel::maxAgeDaysKey(), 365);
    Clock::setInstance(&clock);
    QVERIFY(loadKeys());
    Clock::setInstance(nullptr);
    QVERIFY(!age->toolTip().contains(QStringLiteral("rotation limit")));
    QVERIFY(!icon->isVisible());
}

void TestKeysPanel::regenerateWithProgress()
{
    startPanel();
    QVERIFY(loadKeys());
    const auto before = listKeysDirectly();
    QVERIFY(before);
    const QDateTime oldTime = m_selection->current().keysMetadata.secondaryMasterKey;

    QSignalSpy progress(m_panel.get(), &KeysPanel::operationProgressed);
    QSignalSpy finished(m_panel.get(), &KeysPanel::operationFinished);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QToolButton>(QStringLiteral("regenerateKey_secondary")), Qt::LeftButton);
    // The question named what breaks and the command.
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("secondary key")));
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("401")));
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral(
        "az cosmosdb keys regenerate --name contoso-legacy --resource-group rg-legacy --key-kind "
        "secondary")));
    QVERIFY(m_panel->isOperationRunning());
    QWidget *bar = child<QWidget>(QStringLiteral("operationBar"));
    QVERIFY(bar->isVisible());
    QVERIFY(!child<QPushButton>(QStringLiteral("rotateKeysButton"))->isEnabled());
    QVERIFY(progress.wait(20000));
    screenshot(m_panel->widget(), QStringLiteral("keys-regenerating.png"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().first().toBool(), true);
    QVERIFY(!bar->isVisible());

    // The new generation time is shown; the keys are fetched again only on demand.
    const QDateTime newTime = m_selection->current().keysMetadata.secondaryMasterKey;
    QVERIFY(newTime.isValid());
    QVERIFY(!oldTime.isValid() || newTime > oldTime);
    QCOMPARE(child<QLabel>(QStringLiteral("keyAge_secondary"))->text(), QStringLiteral("Regenerated today"));
    QVERIFY(!m_panel->hasLoadedKeys());
    QVERIFY(
        child<MessageWidget>(QStringLiteral("keysBanner"))->text().contains(QStringLiteral("regenerated")));
    const auto after = listKeysDirectly();
    QVERIFY(after);
    QVERIFY(!(after->secondaryMasterKey == before->secondaryMasterKey));
    QVERIFY(after->primaryMasterKey == before->primaryMasterKey);

    // Declining the question changes nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(child<QToolButton>(QStringLiteral("regenerateKey_primary")), Qt::LeftButton);
    QVERIFY(!m_panel->isOperationRunning());
}

void TestKeysPanel::cancelRegenerationSaysItMayComplete()
{
    startPanel();
    QSignalSpy finished(m_panel.get(), &KeysPanel::operationFinished);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QToolButton>(QStringLiteral("regenerateKey_primaryReadonly")), Qt::LeftButton);
    QVERIFY(m_panel->isOperationRunning());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("cancelOperationButton")), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QCOMPARE(finished.last().first().toBool(), false);
    MessageWidget *banner = child<MessageWidget>(QStringLiteral("keysBanner"));
    QCOMPARE(banner->type(), MessageWidget::Type::Warning);
    QVERIFY(banner->text().contains(QStringLiteral("may still complete in Azure")));
    QVERIFY(!m_panel->isOperationRunning());
}

void TestKeysPanel::permissionStates_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<bool>("readOnlyKeys");
    QTest::newRow("Reader") << int(test::DemoReader) << false;
    QTest::newRow("Cosmos DB Account Reader") << int(test::DemoCosmosReader) << true;
}

void TestKeysPanel::permissionStates()
{
    QFETCH(int, who);
    QFETCH(bool, readOnlyKeys);
    startPanel(test::DemoWho(who));
    QVERIFY(loadKeys());
    QVERIFY(!anyDialogVisible());
    QLabel *notice = child<QLabel>(QStringLiteral("permissionNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listKeys/action")));
    // A calm in-place state, not an error banner.
    MessageWidget *banner = child<MessageWidget>(QStringLiteral("keysBanner"));
    QVERIFY(!banner->isVisible() || banner->type() != MessageWidget::Type::Error);
    QLineEdit *primary = child<QLineEdit>(QStringLiteral("keyValue_primary"));
    QVERIFY(primary->text().isEmpty());
    QCOMPARE(primary->placeholderText(), QStringLiteral("Not available with your permissions"));
    QLineEdit *readOnly = child<QLineEdit>(QStringLiteral("keyValue_primaryReadonly"));
    QCOMPARE(isMasked(readOnly), readOnlyKeys);
    QCOMPARE(child<QToolButton>(QStringLiteral("revealKey_primaryReadonly"))->isEnabled(), readOnlyKeys);
    screenshot(m_panel->widget(), QStringLiteral("keys-%1.png")
                                      .arg(who == test::DemoReader ? QStringLiteral("reader")
                                                                   : QStringLiteral("cosmos-reader")));
}

void TestKeysPanel::rotationWizard()
{
    startPanel();
    const auto before = listKeysDirectly();
    QVERIFY(before);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("rotateKeysButton")), Qt::LeftButton);
    KeyRotationWizard *wizard = m_panel->rotationWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->currentId(), int(KeyRotationWizard::IntroPage));
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled()); // checkpoint first
    wizard->currentPage()->findChild<QCheckBox *>(QStringLiteral("checkpoint_intro"))->setChecked(true);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    // Regenerate the secondary key.
    QCOMPARE(wizard->currentId(), int(KeyRotationWizard::RegenerateSecondaryPage));
    RegenerateKeyPage *secondary = wizard->regeneratePage(KeyKind::Secondary);
    QVERIFY(!secondary->regenerateButton()->isEnabled());
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    secondary->findChild<QCheckBox *>(QStringLiteral("checkpoint_secondary"))->setChecked(true);
    QVERIFY(secondary->regenerateButton()->isEnabled());
    QVERIFY(
        secondary->findChild<CommandPreview *>()->command().contains(QStringLiteral("--key-kind secondary")));
    QSignalSpy progress(secondary, &RegenerateKeyPage::progressed);
    QSignalSpy done(secondary, &RegenerateKeyPage::finished);
    QTest::mouseClick(secondary->regenerateButton(), Qt::LeftButton);
    QVERIFY(secondary->isRunning());
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(progress.wait(20000));
    screenshot(wizard, QStringLiteral("keys-rotating.png"));
    QVERIFY(done.wait(30000));
    QCOMPARE(done.last().first().toBool(), true);
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);

    // Switch applications: a checkpoint, and the new key can be copied (fetched now).
    QCOMPARE(wizard->currentId(), int(KeyRotationWizard::SwitchToSecondaryPage));
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled() ||
            !wizard->button(QWizard::BackButton)->isVisible());
    QVERIFY(!next->isEnabled());
    QPushButton *copyKey =
        wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("copyKey_secondary"));
    QTest::mouseClick(copyKey, Qt::LeftButton);
    const auto afterSecondary = listKeysDirectly();
    QVERIFY(afterSecondary);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), afterSecondary->secondaryMasterKey.toString());
    QVERIFY(!(afterSecondary->secondaryMasterKey == before->secondaryMasterKey));
    wizard->currentPage()
        ->findChild<QCheckBox *>(QStringLiteral("checkpoint_switch_secondary"))
        ->setChecked(true);
    QTest::mouseClick(next, Qt::LeftButton);

    // Regenerate the primary key.
    QCOMPARE(wizard->currentId(), int(KeyRotationWizard::RegeneratePrimaryPage));
    RegenerateKeyPage *primary = wizard->regeneratePage(KeyKind::Primary);
    primary->findChild<QCheckBox *>(QStringLiteral("checkpoint_primary"))->setChecked(true);
    QSignalSpy primaryDone(primary, &RegenerateKeyPage::finished);
    QTest::mouseClick(primary->regenerateButton(), Qt::LeftButton);
    QVERIFY(primaryDone.wait(30000));
    QCOMPARE(primaryDone.last().first().toBool(), true);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);

    // Switching back is optional: Finish is available at once.
    QCOMPARE(wizard->currentId(), int(KeyRotationWizard::SwitchBackPage));
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->rotationWizard());

    const auto after = listKeysDirectly();
    QVERIFY(after);
    QVERIFY(!(after->primaryMasterKey == before->primaryMasterKey));
    QCOMPARE(child<QLabel>(QStringLiteral("keyAge_primary"))->text(), QStringLiteral("Regenerated today"));
    QCOMPARE(child<QLabel>(QStringLiteral("keyAge_secondary"))->text(), QStringLiteral("Regenerated today"));
    QVERIFY(child<QPushButton>(QStringLiteral("rotateKeysButton"))->isEnabled());
}

void TestKeysPanel::blockMetadataWrites()
{
    startPanel();
    QVERIFY(!m_selection->current().disableKeyBasedMetadataWriteAccess);
    QSignalSpy finished(m_panel.get(), &KeysPanel::operationFinished);
    QPushButton *toggle = child<QPushButton>(QStringLiteral("toggleMetadataWriteButton"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("Azure Resource Manager")));
    QVERIFY(MessageBox::lastQuestion().contains(
        QStringLiteral("--disable-key-based-metadata-write-access true")));
    QVERIFY(child<QWidget>(QStringLiteral("operationBar"))->isVisible());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().first().toBool(), true);
    QVERIFY(m_selection->current().disableKeyBasedMetadataWriteAccess);
    QVERIFY(
        child<QLabel>(QStringLiteral("metadataWriteState"))->text().startsWith(QStringLiteral("Blocked")));
    QVERIFY(toggle->text().contains(QStringLiteral("llow")));
    QCOMPARE(child<MessageWidget>(QStringLiteral("keysBanner"))->type(), MessageWidget::Type::Positive);

    // And back, confirming the other way round.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(MessageBox::lastQuestion().contains(
        QStringLiteral("--disable-key-based-metadata-write-access false")));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().first().toBool(), true);
    QVERIFY(!m_selection->current().disableKeyBasedMetadataWriteAccess);
}

void TestKeysPanel::disableLocalAuth()
{
    startPanel();
    QSignalSpy finished(m_panel.get(), &KeysPanel::operationFinished);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("toggleLocalAuthButton")), Qt::LeftButton);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("5202")));
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("Entra ID")));
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("--disable-local-auth true")));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().first().toBool(), true);
    QVERIFY(m_selection->current().disableLocalAuth);
    QVERIFY(child<QLabel>(QStringLiteral("localAuthNotice"))->isVisible());
    QVERIFY(child<QPushButton>(QStringLiteral("toggleLocalAuthButton"))
                ->text()
                .contains(QStringLiteral("Enable")));
    // The account the other panels see changed too (a fresh read agrees).
    QVERIFY(fetchAccount(kLegacy).disableLocalAuth);
    // Keys can still be read through Azure Resource Manager.
    QVERIFY(loadKeys());
    QVERIFY(m_panel->hasLoadedKeys());
}

void TestKeysPanel::sessionDropWipesEverything()
{
    startPanel();
    QVERIFY(loadKeys());
    QTest::mouseClick(child<QToolButton>(QStringLiteral("revealKey_primary")), Qt::LeftButton);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QToolButton>(QStringLiteral("regenerateKey_secondaryReadonly")), Qt::LeftButton);
    QVERIFY(m_panel->isOperationRunning());
    m_panel->setSession(nullptr);
    QVERIFY(!m_panel->hasLoadedKeys());
    QVERIFY(!m_panel->isOperationRunning());
    QVERIFY(!m_panel->service());
    QVERIFY(!child<QWidget>(QStringLiteral("operationBar"))->isVisible());
    QVERIFY(child<QLineEdit>(QStringLiteral("keyValue_primary"))->text().isEmpty());
    QCOMPARE(m_panel->widget()->findChild<QStackedWidget *>()->currentIndex(), 0);
}

void TestKeysPanel::testKeySucceeds()
{
    startPanel();
    QVERIFY(loadKeys());
    QSignalSpy tested(m_panel.get(), &KeysPanel::keyTested);
    QTest::mouseClick(child<QToolButton>(QStringLiteral("testKey_primary")), Qt::LeftButton);
    QVERIFY(tested.wait(30000));
    MessageWidget *banner = child<MessageWidget>(QStringLiteral("keysBanner"));
    QVERIFY2(tested.last().at(1).toBool(),
             qPrintable(banner->text() + QLatin1Char('\n') + banner->details()));
    QCOMPARE(banner->type(), MessageWidget::Type::Positive);
    QVERIFY(banner->text().contains(QStringLiteral("primary key works")));
    screenshot(m_panel->widget(), QStringLiteral("keys-test-ok.png"));
}

void TestKeysPanel::testRememberedKeyWithoutFetching()
{
    startPanel();
    QVERIFY(loadKeys());
    QSignalSpy changed(m_panel.get(), &KeysPanel::rememberChanged);
    QTest::mouseClick(child<QCheckBox>(QStringLiteral("rememberKey_secondary")), Qt::LeftButton);
    QVERIFY(changed.wait(5000));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("clearKeysButton")), Qt::LeftButton);
    QVERIFY(!m_panel->hasLoadedKeys());
    QSignalSpy tested(m_panel.get(), &KeysPanel::keyTested);
    QTest::mouseClick(child<QToolButton>(QStringLiteral("testKey_secondary")), Qt::LeftButton);
    QVERIFY(tested.wait(30000));
    MessageWidget *banner = child<MessageWidget>(QStringLiteral("keysBanner"));
    QVERIFY2(tested.last().at(1).toBool(), qPrintable(banner->text()));
    QVERIFY(!m_panel->hasLoadedKeys()); // tested from the keychain, nothing fetched
}

void TestKeysPanel::disableLocalAuthThenTestKeyFails()
{
    startPanel();
    QVERIFY(!m_selection->current().disableLocalAuth);
    QSignalSpy finished(m_panel.get(), &KeysPanel::operationFinished);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("toggleLocalAuthButton")), Qt::LeftButton);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("5202")));
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("Entra ID")));
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("--disable-local-auth true")));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().first().toBool(), true);
    QVERIFY(m_selection->current().disableLocalAuth);
    QVERIFY(child<QLabel>(QStringLiteral("localAuthNotice"))->isVisible());
    QVERIFY(child<QPushButton>(QStringLiteral("toggleLocalAuthButton"))
                ->text()
                .contains(QStringLiteral("Enable")));

    // Keys can still be read through ARM, but the data plane refuses them.
    QVERIFY(loadKeys());
    QSignalSpy tested(m_panel.get(), &KeysPanel::keyTested);
    QTest::mouseClick(child<QToolButton>(QStringLiteral("testKey_primary")), Qt::LeftButton);
    QVERIFY(tested.wait(30000));
    QCOMPARE(tested.last().at(1).toBool(), false);
    MessageWidget *banner = child<MessageWidget>(QStringLiteral("keysBanner"));
    QCOMPARE(banner->type(), MessageWidget::Type::Error);
    QVERIFY2(banner->text().contains(QStringLiteral("5202")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("Key-based authentication is disabled")));
    screenshot(m_panel->widget(), QStringLiteral("keys-test-5202.png"));
    QVERIFY(!anyDialogVisible());
}

QTEST_MAIN(TestKeysPanel)
#include "tst_keyspanel.moc"
