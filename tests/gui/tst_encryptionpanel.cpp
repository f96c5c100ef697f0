// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "LocalCloudFixture.h"

#include "core/CosmosAccount.h"
#include "core/KeyVault.h"
#include "models/AccountSelection.h"
#include "net/AzureSession.h"
#include "net/CmkPlan.h"
#include "net/KeyVaultService.h"
#include "net/RequestLog.h"
#include "net/RoleAssignmentsService.h"
#include "ui/MessageBox.h"
#include "ui/Theme.h"
#include "ui/dialogs/CmkWizard.h"
#include "ui/panels/EncryptionPanel.h"
#include "ui/widgets/CommandPreview.h"
#include "ui/widgets/MessageWidget.h"

#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace csc;

namespace {

const QString kServiceManaged = QStringLiteral("contoso-legacy");
const QString kCmkAccount = QStringLiteral("contoso-orders");
const QString kVault = QStringLiteral("contoso-orders-kv");
const QString kKey = QStringLiteral("cosmos-cmk");
/// contoso-orders' system-assigned identity (DemoSeed).
const QString kOrdersIdentity = QStringLiteral("1d0e0000-0000-4000-8000-000000000001");

template <typename T> std::optional<Result<T>> waitFor(std::optional<Result<T>> &got)
{
    if (!QTest::qWaitFor([&] { return got.has_value(); }, 20000))
        return std::nullopt;
    return got;
}

} // namespace

class TestEncryptionPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStateWithoutAccount();
    void serviceManagedOffersSetup();
    void customerManagedKeyShown();
    void unreadableKeyIsANotice();
    void rotateCreatesVersionAndAccountFollows();
    void disabledKeyDiagnosedAndFixed();
    void removedRoleDiagnosedAndGrantedAgain();
    void interruptedSetupCanBeResumed();

private:
    template <typename T> T *child(const QString &name) const
    {
        T *w = m_panel->widget()->findChild<T *>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }
    void startPanel(test::DemoWho who = test::DemoOwner);
    /// Selects `name` (as read by the owner) and waits for the panel's load (and diagnosis when revoked).
    bool select(const QString &name);
    CosmosAccount fetchAccount(const QString &name);
    std::unique_ptr<AzureSession> ownerSession();
    std::optional<KeyVault> ordersVault(AzureSession *session);
    QList<KeyVaultKey> keyVersions(AzureSession *session, const KeyVault &vault);
    void screenshot(QWidget *w, const QString &name);

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<test::LocalCloudFixture> m_cloud;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountSelection> m_selection;
    std::unique_ptr<AzureSession> m_session;
    std::unique_ptr<EncryptionPanel> m_panel;
};

void TestEncryptionPanel::initTestCase()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();
}

void TestEncryptionPanel::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_selection = std::make_unique<AccountSelection>();
}

void TestEncryptionPanel::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    Theme::apply(Theme::Mode::System);
    if (m_panel)
        m_panel->setSession(nullptr);
    m_panel.reset();
    m_session.reset();
    m_selection.reset();
    m_settings.reset();
    m_cloud.reset();
    m_dir.reset();
}

void TestEncryptionPanel::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CSC_SCREENSHOT_DIR");
    if (dir.isEmpty() || !w)
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

void TestEncryptionPanel::startPanel(test::DemoWho who)
{
    m_cloud = std::make_unique<test::LocalCloudFixture>();
    emu::EmulatorOptions options;
    options.lroDelayMs = 300;
    const Result<void> started = m_cloud->start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().summary()));
    m_session = m_cloud->session(m_nam.get(), m_log.get(), who);
    QVERIFY(m_session);
    m_panel = std::make_unique<EncryptionPanel>(m_selection.get(), m_settings.get());
    m_panel->setPollIntervalMs(200);
    QWidget *w = m_panel->widget();
    w->resize(1100, 1000);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    m_panel->setSession(m_session.get());
}

std::unique_ptr<AzureSession> TestEncryptionPanel::ownerSession()
{
    return m_cloud->session(m_nam.get(), m_log.get(), test::DemoOwner);
}

CosmosAccount TestEncryptionPanel::fetchAccount(const QString &name)
{
    auto owner = ownerSession();
    if (!owner)
        return {};
    const Result<CosmosAccount> got = test::LocalCloudFixture::fetchAccount(owner.get(), name);
    return got.ok() ? got.value() : CosmosAccount();
}

bool TestEncryptionPanel::select(const QString &name)
{
    const CosmosAccount account = fetchAccount(name);
    if (!account.isValid())
        return false;
    QSignalSpy loaded(m_panel.get(), &EncryptionPanel::loaded);
    QSignalSpy diagnosed(m_panel.get(), &EncryptionPanel::diagnosed);
    m_selection->setCurrent(account);
    if (m_panel->account().id != account.id)
        return false;
    if (!(loaded.count() > 0 || loaded.wait(20000)))
        return false;
    if (EncryptionPanel::healthOf(account) == EncryptionPanel::Health::Lost)
        return diagnosed.count() > 0 || diagnosed.wait(20000);
    return true;
}

std::optional<KeyVault> TestEncryptionPanel::ordersVault(AzureSession *session)
{
    KeyVaultService kv(session);
    std::optional<Result<QList<KeyVault>>> got;
    kv.listVaults(QString::fromLatin1(emu::DemoSeed::kSubscriptionProduction), this,
                  [&got](const Result<QList<KeyVault>> &r) { got = r; });
    if (!waitFor(got) || !got->ok())
        return std::nullopt;
    for (const KeyVault &v : got->value()) {
        if (v.name == kVault)
            return v;
    }
    return std::nullopt;
}

QList<KeyVaultKey> TestEncryptionPanel::keyVersions(AzureSession *session, const KeyVault &vault)
{
    KeyVaultService kv(session);
    std::optional<Result<QList<KeyVaultKey>>> got;
    kv.listKeyVersions(vault.vaultUri, kKey, this, [&got](const Result<QList<KeyVaultKey>> &r) { got = r; });
    if (!waitFor(got) || !got->ok())
        return {};
    return got->value();
}

// ---------------------------------------------------------------------------------------------------------------

void TestEncryptionPanel::emptyStateWithoutAccount()
{
    m_panel = std::make_unique<EncryptionPanel>(m_selection.get(), m_settings.get());
    QCOMPARE(m_panel->id(), QStringLiteral("encryption"));
    QCOMPARE(m_panel->title(), QStringLiteral("Encryption"));
    QVERIFY(!m_panel->icon().isNull());
    QWidget *w = m_panel->widget();
    w->show();
    auto *stack = w->findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentIndex(), 0);
    QVERIFY(child<QLabel>(QStringLiteral("encryptionEmptyText"))->text().contains(QStringLiteral("Connect")));
    startPanel();
    QCOMPARE(m_panel->widget()->findChild<QStackedWidget *>()->currentIndex(), 0);
    QVERIFY(child<QLabel>(QStringLiteral("encryptionEmptyText"))
                ->text()
                .contains(QStringLiteral("Select an account in Accounts")));
    QSignalSpy open(m_panel.get(), &EncryptionPanel::openPanelRequested);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("openAccountsButton")), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), QStringLiteral("accounts"));
}

void TestEncryptionPanel::serviceManagedOffersSetup()
{
    startPanel();
    QVERIFY(select(kServiceManaged));
    QCOMPARE(m_panel->health(), EncryptionPanel::Health::None);
    QCOMPARE(child<QLabel>(QStringLiteral("encryptionTitle"))->text(),
             QStringLiteral("Encryption at rest of “contoso-legacy”"));
    QVERIFY(m_panel->serviceManagedBox()->isVisible());
    QVERIFY(!m_panel->customerKeyBox()->isVisible());
    QVERIFY(!m_panel->recoveryBox()->isVisible());
    QVERIFY(!m_panel->revokedBanner()->isVisible());
    QVERIFY(!m_panel->pendingBanner()->isVisible());
    QVERIFY(m_panel->setupButton()->isVisible());
    QVERIFY(m_panel->setupButton()->isEnabled());
    QVERIFY(!m_panel->setupButton()->accessibleName().isEmpty());
    // The costs and limits are stated before anyone starts.
    const QString costs = child<QLabel>(QStringLiteral("customerManagedCosts"))->text();
    QVERIFY(costs.contains(QStringLiteral("request units")));
    QVERIFY(costs.contains(QStringLiteral("partition key")));
    QVERIFY(costs.contains(QStringLiteral("cannot be undone")));
    QVERIFY(
        child<QLabel>(QStringLiteral("customerManagedBenefits"))->text().contains(QStringLiteral("revoke")));
    screenshot(m_panel->widget(), QStringLiteral("encryption-service-managed.png"));

    // Keyboard: the setup button takes focus and opens the wizard for this account.
    m_panel->setupButton()->setFocus();
    QTRY_VERIFY(m_panel->setupButton()->hasFocus());
    QTest::keyClick(m_panel->setupButton(), Qt::Key_Space);
    QTRY_VERIFY(m_panel->wizard() != nullptr);
    QVERIFY(m_panel->wizard()->isVisible());
    QCOMPARE(m_panel->wizard()->choices().account.id, m_panel->account().id);
    QVERIFY(!m_panel->setupButton()->isEnabled()); // one wizard at a time
    m_panel->wizard()->reject();
    QTRY_VERIFY(m_panel->wizard() == nullptr);
    QVERIFY(m_panel->setupButton()->isEnabled());
}

void TestEncryptionPanel::customerManagedKeyShown()
{
    startPanel();
    QVERIFY(select(kCmkAccount));
    QCOMPARE(m_panel->health(), EncryptionPanel::Health::Confirmed);
    QVERIFY(!m_panel->serviceManagedBox()->isVisible());
    QVERIFY(m_panel->customerKeyBox()->isVisible());
    QVERIFY(!m_panel->recoveryBox()->isVisible());
    QVERIFY(!m_panel->revokedBanner()->isVisible());

    // The vault was found through ARM (its local vaultUri differs from the key URI's host) and the key read.
    QVERIFY(m_panel->vault().has_value());
    QCOMPARE(m_panel->vault()->name, kVault);
    QVERIFY(m_panel->vaultLabel()->text().contains(kVault));
    QVERIFY(m_panel->vaultLabel()->text().contains(m_panel->vault()->vaultUri.toString()));
    QCOMPARE(m_panel->keyNameLabel()->text(), kKey);
    QCOMPARE(m_panel->keyUriLabel()->text(), m_panel->account().keyVaultKeyUri);
    QVERIFY(child<QLabel>(QStringLiteral("keyUriNote"))
                ->text()
                .contains(QStringLiteral("versionless"), Qt::CaseInsensitive));
    QVERIFY(m_panel->identityLabel()->text().contains(QStringLiteral("System-assigned identity")));
    QVERIFY(m_panel->identityLabel()->text().contains(kOrdersIdentity));
    QVERIFY(m_panel->healthLabel()->text().contains(QStringLiteral("Access confirmed")));
    QVERIFY(m_panel->keyInUse().has_value());
    QVERIFY(m_panel->keyDetailsLabel()->text().contains(QStringLiteral("RSA 3072 bits")));
    QVERIFY(m_panel->keyDetailsLabel()->text().contains(QStringLiteral("enabled")));
    QCOMPARE(m_panel->expiryLabel()->text(), QStringLiteral("Never"));
    QVERIFY(m_panel->latestKey().has_value());
    QVERIFY(m_panel->latestVersionLabel()->text().contains(m_panel->latestKey()->id.version));
    const QString inUse = m_panel->versionLabel()->text();
    QVERIFY2(inUse == m_panel->latestKey()->id.version || inUse == QStringLiteral("Not reported by Azure"),
             qPrintable(inUse));
    QVERIFY(!m_panel->keyNoticeLabel()->isVisible());
    QVERIFY(m_panel->rotateButton()->isEnabled());
    QVERIFY(m_panel->changeKeyButton()->isEnabled());
    QVERIFY(m_panel->refreshButton()->isEnabled());
    screenshot(m_panel->widget(), QStringLiteral("encryption-cmk.png"));
    Theme::apply(Theme::Mode::Dark);
    screenshot(m_panel->widget(), QStringLiteral("encryption-cmk-dark.png"));
    Theme::apply(Theme::Mode::System);

    // The command preview follows the action the keyboard is on.
    m_panel->rotateButton()->setFocus();
    QTRY_COMPARE(m_panel->commandPreview()->command(), KeyVaultService::azRotateKeyCommand(kVault, kKey));
    m_panel->changeKeyButton()->setFocus();
    QTRY_VERIFY(m_panel->commandPreview()->command().startsWith(QStringLiteral("az cosmosdb update")));
}

void TestEncryptionPanel::unreadableKeyIsANotice()
{
    // The Reader may read the account and the vault (ARM) but not the key (no Key Vault data role).
    startPanel(test::DemoReader);
    QVERIFY(select(kCmkAccount));
    QCOMPARE(m_panel->health(), EncryptionPanel::Health::Confirmed);
    QVERIFY(m_panel->customerKeyBox()->isVisible());
    QVERIFY(m_panel->vault().has_value());
    QVERIFY(!m_panel->keyInUse().has_value());
    QVERIFY(m_panel->keyNoticeLabel()->isVisible());
    QVERIFY2(m_panel->keyNoticeLabel()->text().contains(QStringLiteral("You may not read the key")),
             qPrintable(m_panel->keyNoticeLabel()->text()));
    QVERIFY(m_panel->keyDetailsLabel()->text().contains(QStringLiteral("Not available")));
    // Not a failure of the panel: no error banner, the account's own facts are shown.
    QVERIFY(!m_panel->banner()->isVisible());
    QVERIFY(m_panel->identityLabel()->text().contains(kOrdersIdentity));
}

void TestEncryptionPanel::rotateCreatesVersionAndAccountFollows()
{
    startPanel();
    QVERIFY(select(kCmkAccount));
    auto owner = ownerSession();
    const auto vault = ordersVault(owner.get());
    QVERIFY(vault);
    const QList<KeyVaultKey> before = keyVersions(owner.get(), *vault);
    QVERIFY(!before.isEmpty());

    QSignalSpy finished(m_panel.get(), &EncryptionPanel::operationFinished);
    QSignalSpy loaded(m_panel.get(), &EncryptionPanel::loaded);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_panel->rotateButton(), Qt::LeftButton);
    const QString question = MessageBox::lastQuestion();
    QVERIFY(question.contains(QStringLiteral("new version")));
    QVERIFY(question.contains(QStringLiteral("by itself"))); // versionless: Cosmos DB re-wraps
    QVERIFY(question.contains(QStringLiteral("24 hours")));
    QVERIFY(question.contains(KeyVaultService::azRotateKeyCommand(kVault, kKey)));
    QCOMPARE(m_panel->commandPreview()->command(), KeyVaultService::azRotateKeyCommand(kVault, kKey));
    QVERIFY(finished.count() > 0 || finished.wait(20000));
    QCOMPARE(finished.last().first().toBool(), true);
    QVERIFY(m_panel->banner()->text().contains(QStringLiteral("automatically")));
    // The panel refreshes by itself (account, then vault and key).
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0 && !m_panel->isBusy(), 20000);

    const QList<KeyVaultKey> after = keyVersions(owner.get(), *vault);
    QCOMPARE(after.size(), before.size() + 1);
    const QString newest = after.first().id.version;
    QVERIFY(newest != before.first().id.version);
    QVERIFY(m_panel->latestKey().has_value());
    QCOMPARE(m_panel->latestKey()->id.version, newest);
    // Cosmos DB (the local cloud) follows a versionless key URI: after a refresh the account reports the new
    // version in use.
    QSignalSpy reloaded(m_panel.get(), &EncryptionPanel::loaded);
    QTest::mouseClick(m_panel->refreshButton(), Qt::LeftButton);
    QVERIFY(reloaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 20000);
    QCOMPARE(m_panel->account().keyVaultKeyUriVersion.section(u'/', -1), newest);
    QCOMPARE(m_selection->current().keyVaultKeyUriVersion, m_panel->account().keyVaultKeyUriVersion);
    QCOMPARE(m_panel->versionLabel()->text(), newest);
    QVERIFY(m_panel->latestVersionLabel()->text().contains(QStringLiteral("the version in use")));
    QCOMPARE(m_panel->health(), EncryptionPanel::Health::Confirmed);

    // Declining changes nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(m_panel->rotateButton(), Qt::LeftButton);
    QVERIFY(!m_panel->isBusy());
    QCOMPARE(keyVersions(owner.get(), *vault).size(), after.size());
}

void TestEncryptionPanel::disabledKeyDiagnosedAndFixed()
{
    startPanel();
    QVERIFY(select(kCmkAccount));
    QCOMPARE(m_panel->health(), EncryptionPanel::Health::Confirmed);
    QVERIFY(m_panel->keyInUse().has_value());
    auto owner = ownerSession();
    const auto vault = ordersVault(owner.get());
    QVERIFY(vault);

    // Revoke: the admin disables the key version in use in Key Vault.
    const QString version = m_panel->keyInUse()->id.version;
    KeyVaultKeyId id;
    {
        const auto parsed =
            KeyVaultKeyId::parse(vault->vaultUri.toString(QUrl::RemovePath | QUrl::StripTrailingSlash) +
                                 QStringLiteral("/keys/") + kKey + u'/' + version);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().summary()));
        id = parsed.value();
    }
    KeyVaultService kv(owner.get());
    std::optional<Result<KeyVaultKey>> disabled;
    kv.setKeyEnabled(id, false, this, [&disabled](const Result<KeyVaultKey> &r) { disabled = r; });
    QVERIFY(waitFor(disabled) && disabled->ok());
    QVERIFY(!disabled->value().enabled);

    // Refresh: Azure reports lost access; the diagnosis starts by itself and finds the disabled version.
    QSignalSpy diagnosed(m_panel.get(), &EncryptionPanel::diagnosed);
    QTest::mouseClick(m_panel->refreshButton(), Qt::LeftButton);
    QVERIFY(diagnosed.wait(20000));
    QCOMPARE(m_panel->health(), EncryptionPanel::Health::Lost);
    QVERIFY(m_panel->revokedBanner()->isVisible());
    QCOMPARE(m_panel->revokedBanner()->type(), MessageWidget::Type::Error);
    QVERIFY(m_panel->revokedBanner()->text().startsWith(
        QStringLiteral("Access to the customer-managed key is lost: ")));
    QVERIFY(m_panel->recoveryBox()->isVisible());
    QVERIFY(child<QLabel>(QStringLiteral("recoveryText"))->text().contains(QStringLiteral("deleting")));
    QVERIFY(m_panel->healthLabel()->text().startsWith(QStringLiteral("Access lost")));
    QVERIFY2(m_panel->hasFinding(EncryptionPanel::FindingKind::KeyDisabled),
             qPrintable(m_panel->findings().isEmpty() ? QString() : m_panel->findings().first().text));
    QVERIFY(!m_panel->hasFinding(EncryptionPanel::FindingKind::RoleMissing));
    QVERIFY(!m_panel->hasFinding(EncryptionPanel::FindingKind::NoCauseFound));
    QVERIFY(m_panel->keyDetailsLabel()->text().contains(QStringLiteral("disabled")));
    QPushButton *fix = m_panel->fixButton(EncryptionPanel::FindingKind::KeyDisabled);
    QVERIFY(fix);
    QVERIFY(fix->isVisible());
    QVERIFY(fix->isEnabled());
    QVERIFY(fix->text().startsWith(QStringLiteral("Enable this key version")));
    QVERIFY(m_panel->findingsWidget()->isVisible());
    screenshot(m_panel->widget(), QStringLiteral("encryption-revoked.png"));
    Theme::apply(Theme::Mode::Dark);
    screenshot(m_panel->widget(), QStringLiteral("encryption-revoked-dark.png"));
    Theme::apply(Theme::Mode::System);

    // Declining the consent changes nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(fix, Qt::LeftButton);
    QVERIFY(!m_panel->isBusy());
    QVERIFY(MessageBox::lastQuestion().contains(version));

    // The fix, after consent; the diagnosis then finds nothing more.
    QSignalSpy finished(m_panel.get(), &EncryptionPanel::operationFinished);
    QSignalSpy rediagnosed(m_panel.get(), &EncryptionPanel::diagnosed);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(fix, Qt::LeftButton);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("--enabled true")));
    QVERIFY(finished.count() > 0 || finished.wait(20000));
    QCOMPARE(finished.last().first().toBool(), true);
    QVERIFY(m_panel->banner()->text().contains(QStringLiteral("up to an hour")));
    QVERIFY(rediagnosed.count() > 0 || rediagnosed.wait(20000));
    QVERIFY(!m_panel->hasFinding(EncryptionPanel::FindingKind::KeyDisabled));
    QVERIFY(m_panel->keyInUse().has_value() && m_panel->keyInUse()->enabled);

    // Refresh shows the status Azure reports: healthy again.
    QSignalSpy loaded(m_panel.get(), &EncryptionPanel::loaded);
    QTest::mouseClick(m_panel->refreshButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(m_panel->health(), EncryptionPanel::Health::Confirmed);
    QVERIFY(!m_panel->revokedBanner()->isVisible());
    QVERIFY(!m_panel->recoveryBox()->isVisible());
    QVERIFY(m_panel->healthLabel()->text().contains(QStringLiteral("Access confirmed")));
    QCOMPARE(m_selection->current().customerManagedKeyStatus, EncryptionPanel::confirmedStatus());
}

void TestEncryptionPanel::removedRoleDiagnosedAndGrantedAgain()
{
    startPanel();
    QVERIFY(select(kCmkAccount));
    auto owner = ownerSession();
    const auto vault = ordersVault(owner.get());
    QVERIFY(vault);

    // Revoke: the identity's role assignment on the vault is removed.
    RoleAssignmentsService roles(owner.get());
    std::optional<Result<QList<RoleAssignment>>> listed;
    roles.list(vault->id, kOrdersIdentity, this,
               [&listed](const Result<QList<RoleAssignment>> &r) { listed = r; });
    QVERIFY(waitFor(listed) && listed->ok());
    int removed = 0;
    for (const RoleAssignment &a : listed->value()) {
        if (a.principalId != kOrdersIdentity)
            continue;
        std::optional<Result<void>> gone;
        roles.remove(a.id, this, [&gone](const Result<void> &r) { gone = r; });
        QVERIFY(waitFor(gone) && gone->ok());
        ++removed;
    }
    QVERIFY(removed > 0);

    QSignalSpy diagnosed(m_panel.get(), &EncryptionPanel::diagnosed);
    QTest::mouseClick(m_panel->refreshButton(), Qt::LeftButton);
    QVERIFY(diagnosed.wait(20000));
    QCOMPARE(m_panel->health(), EncryptionPanel::Health::Lost);
    QVERIFY(m_panel->hasFinding(EncryptionPanel::FindingKind::RoleMissing));
    QVERIFY(!m_panel->hasFinding(EncryptionPanel::FindingKind::KeyDisabled));
    QPushButton *grant = m_panel->fixButton(EncryptionPanel::FindingKind::RoleMissing);
    QVERIFY(grant);
    QCOMPARE(grant->text(), QStringLiteral("Grant access again…"));

    QSignalSpy finished(m_panel.get(), &EncryptionPanel::operationFinished);
    QSignalSpy rediagnosed(m_panel.get(), &EncryptionPanel::diagnosed);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(grant, Qt::LeftButton);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("Key Vault Crypto Service Encryption User")));
    QVERIFY(finished.count() > 0 || finished.wait(20000));
    QCOMPARE(finished.last().first().toBool(), true);
    QVERIFY(rediagnosed.count() > 0 || rediagnosed.wait(20000));
    QVERIFY(!m_panel->hasFinding(EncryptionPanel::FindingKind::RoleMissing));

    // The role is back, for the right principal and role.
    std::optional<Result<QList<RoleAssignment>>> again;
    roles.list(vault->id, kOrdersIdentity, this,
               [&again](const Result<QList<RoleAssignment>> &r) { again = r; });
    QVERIFY(waitFor(again) && again->ok());
    QVERIFY(RoleAssignmentsService::covers(again->value(), vault->id,
                                           QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser),
                                           kOrdersIdentity));

    QSignalSpy loaded(m_panel.get(), &EncryptionPanel::loaded);
    QTest::mouseClick(m_panel->refreshButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(m_panel->health(), EncryptionPanel::Health::Confirmed);
    QVERIFY(!m_panel->revokedBanner()->isVisible());
}

void TestEncryptionPanel::interruptedSetupCanBeResumed()
{
    startPanel();
    const CosmosAccount account = fetchAccount(kServiceManaged);
    QVERIFY(account.isValid());
    CmkChoices choices;
    choices.account = account;
    choices.tenantId = QString::fromLatin1(emu::DemoSeed::kTenantId);
    choices.identityKind = CmkIdentityKind::SystemAssigned;
    choices.keyName = kKey;
    m_settings->setValue(CmkWizard::pendingKey(account.id),
                         QJsonDocument(choices.toJson()).toJson(QJsonDocument::Compact));
    QVERIFY2(CmkWizard::pendingChoices(m_settings.get(), account.id).has_value(),
             "the wizard cannot read the choices it saves");

    QVERIFY(select(kServiceManaged));
    QVERIFY(m_panel->pendingBanner()->isVisible());
    QCOMPARE(m_panel->pendingBanner()->type(), MessageWidget::Type::Information);
    QCOMPARE(m_panel->pendingBanner()->text(),
             QStringLiteral("A customer-managed key setup of this account was interrupted."));
    QVERIFY(m_panel->resumeButton()->isVisible());
    QVERIFY(m_panel->resumeButton()->isEnabled());
    QTest::mouseClick(m_panel->resumeButton(), Qt::LeftButton);
    QTRY_VERIFY(m_panel->wizard() != nullptr);
    QVERIFY(m_panel->wizard()->isVisible());
    QCOMPARE(m_panel->wizard()->choices().account.id, account.id);
    m_panel->wizard()->reject();
    QTRY_VERIFY(m_panel->wizard() == nullptr);

    // Another account has nothing pending.
    QVERIFY(select(kCmkAccount));
    QVERIFY(!m_panel->pendingBanner()->isVisible());
    QVERIFY(!m_panel->resumeButton()->isVisible());
}

QTEST_MAIN(TestEncryptionPanel)
#include "tst_encryptionpanel.moc"
