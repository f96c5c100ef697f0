// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "LocalCloudFixture.h"

#include "core/CosmosAccount.h"
#include "core/KeyVault.h"
#include "net/AzureSession.h"
#include "net/KeyVaultService.h"
#include "net/RequestLog.h"
#include "ui/MessageBox.h"
#include "ui/dialogs/CmkWizard.h"
#include "ui/widgets/MessageWidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace csc;

namespace {

const QString kLegacy = QStringLiteral("contoso-legacy");         // Production, no identity, no CMK
const QString kTelemetry = QStringLiteral("fabrikam-telemetry");  // Development, system identity, no CMK
const QString kCatalog = QStringLiteral("contoso-catalog");       // Production, no identity, no CMK
const QString kOrdersVault = QStringLiteral("contoso-orders-kv"); // RBAC, purge protection, key cosmos-cmk
const QString kAnalyticsVault =
    QStringLiteral("fabrikam-analytics-kv"); // access policies, no purge protection

} // namespace

class TestCmkWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void identityPageChecks();
    void vaultPreflightBlocksUntilFixConsented();
    void vaultReachableOnlyPrivatelyIsBlocking();
    void keyPageChecks();
    void fullSetupWithSystemIdentity();
    void cancelledApplyThenResume();
    void failedApplySaysWhatState();

private:
    void startCloud(int lroDelayMs = 0);
    void openWizard(const QString &accountName);
    template <typename T> T *child(const QString &name) const
    {
        T *w = m_wizard->findChild<T *>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }
    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }
    QAbstractButton *commitButton() const { return m_wizard->button(QWizard::CommitButton); }
    bool pageBusy(const QString &busyName) const
    {
        const QLabel *busy = child<QLabel>(busyName);
        return busy && !busy->isHidden();
    }
    /// From the identity page with its default choice to the key page, through the checked vault `vault`.
    void passDefaultIdentityAndChooseVault(const QString &vault);
    /// Selects the combo entry whose text starts with `prefix`.
    bool chooseEntry(QComboBox *combo, const QString &prefix);
    /// Ticks every checkable finding of `list`.
    void consentToFixes(QListWidget *list);
    QStringList findingIds(const QListWidget *list) const;
    void screenshot(const QString &name);
    bool setKeyEnabled(const QString &vaultName, const QString &keyName, bool enabled);
    KeyVault vaultNamed(const QString &name);

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<test::LocalCloudFixture> m_cloud;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AzureSession> m_session;
    std::unique_ptr<CmkWizard> m_wizard;
    CosmosAccount m_account;
};

void TestCmkWizard::initTestCase()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();
}

void TestCmkWizard::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

void TestCmkWizard::cleanup()
{
    m_wizard.reset();
    m_session.reset();
    m_cloud.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestCmkWizard::startCloud(int lroDelayMs)
{
    m_cloud = std::make_unique<test::LocalCloudFixture>();
    emu::EmulatorOptions options;
    options.lroDelayMs = lroDelayMs;
    const auto started = m_cloud->start(options);
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
    m_session = m_cloud->session(m_nam.get(), m_log.get(), test::DemoOwner);
    QVERIFY(m_session);
}

void TestCmkWizard::openWizard(const QString &accountName)
{
    const auto account = test::LocalCloudFixture::fetchAccount(m_session.get(), accountName);
    QVERIFY2(account, account ? "" : qPrintable(account.error().message));
    m_account = account.value();
    m_wizard = std::make_unique<CmkWizard>(m_session.get(), m_account, m_session->profile().tenantId,
                                           m_settings.get());
    m_wizard->setPollIntervalMs(50);
    m_wizard->setAccessRetries(0, 10);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(m_wizard->currentId(), int(CmkWizard::IdentityPage));
}

void TestCmkWizard::passDefaultIdentityAndChooseVault(const QString &vault)
{
    QTRY_VERIFY(nextButton()->isEnabled());
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    auto *vaults = child<QComboBox>(QStringLiteral("vaultCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(vaults->count() > 1 && !pageBusy(QStringLiteral("vaultBusy")), 20000);
    QVERIFY(chooseEntry(vaults, vault));
    QTRY_VERIFY_WITH_TIMEOUT(!pageBusy(QStringLiteral("vaultBusy")) && nextButton()->isEnabled(), 20000);
    QTest::mouseClick(nextButton(), Qt::LeftButton);
}

bool TestCmkWizard::chooseEntry(QComboBox *combo, const QString &prefix)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).startsWith(prefix)) {
            combo->setCurrentIndex(i);
            return true;
        }
    }
    qWarning("no entry %s", qPrintable(prefix));
    return false;
}

void TestCmkWizard::consentToFixes(QListWidget *list)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->flags() & Qt::ItemIsUserCheckable)
            list->item(i)->setCheckState(Qt::Checked);
}

QStringList TestCmkWizard::findingIds(const QListWidget *list) const
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        const QString id = list->item(i)->data(Qt::UserRole + 1).toString();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

void TestCmkWizard::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("CSC_SCREENSHOT_DIR");
    if (dir.isEmpty() || !m_wizard)
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(m_wizard->grab().save(QDir(dir).filePath(name)));
}

KeyVault TestCmkWizard::vaultNamed(const QString &name)
{
    KeyVaultService service(m_session.get());
    std::optional<Result<QList<KeyVault>>> got;
    QObject context;
    service.listVaults(m_account.subscriptionId, &context,
                       [&](const Result<QList<KeyVault>> &r) { got = r; });
    if (!QTest::qWaitFor([&] { return got.has_value(); }, 20000) || !*got)
        return {};
    for (const KeyVault &v : got->value())
        if (v.name == name)
            return v;
    return {};
}

bool TestCmkWizard::setKeyEnabled(const QString &vaultName, const QString &keyName, bool enabled)
{
    const KeyVault vault = vaultNamed(vaultName);
    if (!vault.isValid())
        return false;
    KeyVaultService service(m_session.get());
    QObject context;
    std::optional<Result<KeyVaultKey>> latest;
    KeyVaultKeyId id;
    id.vaultUri = vault.vaultUri;
    id.name = keyName;
    service.getKey(id, &context, [&](const Result<KeyVaultKey> &r) { latest = r; });
    if (!QTest::qWaitFor([&] { return latest.has_value(); }, 20000) || !*latest)
        return false;
    std::optional<Result<KeyVaultKey>> changed;
    service.setKeyEnabled(latest->value().id, enabled, &context,
                          [&](const Result<KeyVaultKey> &r) { changed = r; });
    return QTest::qWaitFor([&] { return changed.has_value(); }, 20000) && *changed &&
           changed->value().enabled == enabled;
}

// ---------------------------------------------------------------------------------------------------------------

void TestCmkWizard::identityPageChecks()
{
    startCloud();
    openWizard(kLegacy);
    auto *system = child<QRadioButton>(QStringLiteral("systemRadio"));
    auto *user = child<QRadioButton>(QStringLiteral("userRadio"));
    auto *firstParty = child<QRadioButton>(QStringLiteral("firstPartyRadio"));
    QVERIFY(system && user && firstParty);
    QVERIFY(system->isChecked());
    QTRY_VERIFY(!pageBusy(QStringLiteral("identityBusy")));
    // No system identity yet: the setup will enable it.
    QVERIFY(child<QLabel>(QStringLiteral("systemNote"))->text().contains(QStringLiteral("Not enabled yet")));
    QVERIFY(nextButton()->isEnabled());
    screenshot(QStringLiteral("cmk-wizard-1-identity.png"));

    // A new user-assigned identity needs a valid, unused name.
    user->click();
    auto *combo = child<QComboBox>(QStringLiteral("userCombo"));
    QTRY_VERIFY(combo->isEnabled());
    QVERIFY(chooseEntry(combo, QStringLiteral("Create a new identity")));
    auto *name = child<QLineEdit>(QStringLiteral("newIdentityName"));
    QVERIFY(name->isEnabled());
    QVERIFY(!nextButton()->isEnabled());
    name->setText(QStringLiteral("bad name!"));
    QVERIFY(!nextButton()->isEnabled());
    auto *message = child<MessageWidget>(QStringLiteral("identityPageMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->type(), MessageWidget::Type::Error);
    name->setText(QStringLiteral("legacy-cmk-identity"));
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(message->isHidden());

    // The first-party identity is looked up in Microsoft Graph.
    firstParty->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(QStringLiteral("firstPartyNote"))->text().contains(QStringLiteral("object id")), 20000);
    QVERIFY(nextButton()->isEnabled());
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CmkWizard::VaultPage));
    QCOMPARE(m_wizard->choices().identityKind, CmkIdentityKind::FirstParty);
    QVERIFY(!m_wizard->choices().principalId.isEmpty());
    QCOMPARE(m_wizard->choices().defaultIdentity(), QStringLiteral("FirstPartyIdentity"));
}

void TestCmkWizard::vaultPreflightBlocksUntilFixConsented()
{
    startCloud();
    openWizard(kTelemetry);
    QTRY_VERIFY(nextButton()->isEnabled());
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CmkWizard::VaultPage));
    auto *combo = child<QComboBox>(QStringLiteral("vaultCombo"));
    auto *findings = child<QListWidget>(QStringLiteral("vaultFindings"));
    QTRY_VERIFY_WITH_TIMEOUT(combo->count() > 1 && !pageBusy(QStringLiteral("vaultBusy")), 20000);
    QVERIFY(chooseEntry(combo, kAnalyticsVault));
    QTRY_VERIFY_WITH_TIMEOUT(findingIds(findings).contains(QStringLiteral("purge-protection")), 20000);
    // Blocking until the administrator consents to the (irreversible) fix.
    QVERIFY(!nextButton()->isEnabled());
    screenshot(QStringLiteral("cmk-wizard-2-vault-preflight.png"));
    consentToFixes(findings);
    QVERIFY(nextButton()->isEnabled());
    QVERIFY(child<QLabel>(QStringLiteral("vaultModel"))->text().contains(QStringLiteral("access policies")));
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CmkWizard::KeyPage));
    QVERIFY(m_wizard->choices().vaultFixes.contains(KeyVaultService::VaultFix::EnablePurgeProtection));
    QVERIFY(!m_wizard->choices().useRoleAssignment());

    // A new vault: the name is checked before anything is created.
    m_wizard->back();
    QVERIFY(chooseEntry(combo, QStringLiteral("Create a new key vault")));
    auto *name = child<QLineEdit>(QStringLiteral("newVaultName"));
    name->setText(QStringLiteral("x"));
    QVERIFY(!nextButton()->isEnabled());
    name->setText(kAnalyticsVault);
    QVERIFY(!nextButton()->isEnabled()); // taken
    name->setText(QStringLiteral("telemetry-cmk-kv"));
    QVERIFY(nextButton()->isEnabled());
}

void TestCmkWizard::vaultReachableOnlyPrivatelyIsBlocking()
{
    startCloud();
    openWizard(kLegacy);
    QTRY_VERIFY(nextButton()->isEnabled());
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    auto *combo = child<QComboBox>(QStringLiteral("vaultCombo"));
    auto *findings = child<QListWidget>(QStringLiteral("vaultFindings"));
    QTRY_VERIFY_WITH_TIMEOUT(combo->count() > 1 && !pageBusy(QStringLiteral("vaultBusy")), 20000);
    // The demo's private vault (network closed to Azure services).
    int privateEntry = -1;
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemText(i).startsWith(QStringLiteral("northwind-private-kv")))
            privateEntry = i;
    QVERIFY2(privateEntry >= 0, "the demo seed has a vault closed to Azure services");
    combo->setCurrentIndex(privateEntry);
    QTRY_VERIFY_WITH_TIMEOUT(!pageBusy(QStringLiteral("vaultBusy")) && findings->count() > 0, 20000);
    const QStringList ids = findingIds(findings);
    QVERIFY2(ids.contains(QStringLiteral("network-private")) || ids.contains(QStringLiteral("network-deny")),
             qPrintable(ids.join(u',')));
    QVERIFY(!nextButton()->isEnabled());
    screenshot(QStringLiteral("cmk-wizard-2b-vault-private.png"));
    consentToFixes(findings);
    QVERIFY(nextButton()->isEnabled());
}

void TestCmkWizard::keyPageChecks()
{
    startCloud();
    openWizard(kLegacy);
    passDefaultIdentityAndChooseVault(kOrdersVault);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_wizard->currentId(), int(CmkWizard::KeyPage));

    auto *keys = child<QComboBox>(QStringLiteral("keyCombo"));
    auto *findings = child<QListWidget>(QStringLiteral("keyFindings"));
    QTRY_VERIFY_WITH_TIMEOUT(keys->count() > 1 && !pageBusy(QStringLiteral("keyBusy")), 20000);
    QVERIFY(chooseEntry(keys, QStringLiteral("cosmos-cmk")));
    QTRY_VERIFY_WITH_TIMEOUT(
        !pageBusy(QStringLiteral("keyBusy")) &&
            child<QLabel>(QStringLiteral("keyDetails"))->text().contains(QStringLiteral("3072")),
        20000);
    QVERIFY(findingIds(findings).isEmpty());
    QVERIFY(nextButton()->isEnabled());
    auto *uri = child<QLabel>(QStringLiteral("keyUri"));
    QVERIFY(uri->text().contains(QStringLiteral("/keys/cosmos-cmk (versionless")));
    child<QCheckBox>(QStringLiteral("versionless"))->setChecked(false);
    QVERIFY(uri->text().contains(QStringLiteral("pinned")));
    child<QCheckBox>(QStringLiteral("versionless"))->setChecked(true);
    screenshot(QStringLiteral("cmk-wizard-3-key.png"));

    // A disabled key is refused.
    QVERIFY(setKeyEnabled(kOrdersVault, QStringLiteral("cosmos-cmk"), false));
    QVERIFY(chooseEntry(keys, QStringLiteral("Create a new key")));
    QVERIFY(chooseEntry(keys, QStringLiteral("cosmos-cmk")));
    QTRY_VERIFY_WITH_TIMEOUT(findingIds(findings).contains(QStringLiteral("key-disabled")), 20000);
    QVERIFY(!nextButton()->isEnabled());
    screenshot(QStringLiteral("cmk-wizard-3b-key-disabled.png"));
    QVERIFY(setKeyEnabled(kOrdersVault, QStringLiteral("cosmos-cmk"), true));

    // A new key: 3072 bits by default, the name must be new and valid.
    QVERIFY(chooseEntry(keys, QStringLiteral("Create a new key")));
    QCOMPARE(child<QComboBox>(QStringLiteral("keySize"))->currentData().toInt(), 3072);
    auto *name = child<QLineEdit>(QStringLiteral("newKeyName"));
    name->setText(QStringLiteral("cosmos-cmk"));
    QVERIFY(!nextButton()->isEnabled());
    name->setText(QStringLiteral("bad_name"));
    QVERIFY(!nextButton()->isEnabled());
    name->setText(QStringLiteral("legacy-cmk"));
    QVERIFY(nextButton()->isEnabled());
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CmkWizard::AccessPage));
    QVERIFY(m_wizard->choices().createKey);
    QCOMPARE(m_wizard->choices().keySize, 3072);
}

void TestCmkWizard::fullSetupWithSystemIdentity()
{
    startCloud();
    openWizard(kLegacy);
    passDefaultIdentityAndChooseVault(kOrdersVault);
    if (QTest::currentTestFailed())
        return;
    auto *keys = child<QComboBox>(QStringLiteral("keyCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(keys->count() > 1 && !pageBusy(QStringLiteral("keyBusy")), 20000);
    QVERIFY(chooseEntry(keys, QStringLiteral("Create a new key")));
    child<QLineEdit>(QStringLiteral("newKeyName"))->setText(QStringLiteral("legacy-cmk"));
    QVERIFY(nextButton()->isEnabled());
    QTest::mouseClick(nextButton(), Qt::LeftButton);

    // Access: RBAC vault, identity not enabled yet.
    QCOMPARE(m_wizard->currentId(), int(CmkWizard::AccessPage));
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(child<QLabel>(QStringLiteral("accessExplain"))
                ->text()
                .contains(QStringLiteral("Key Vault Crypto Service Encryption User")));
    QVERIFY(
        child<QLabel>(QStringLiteral("accessState"))->text().contains(QStringLiteral("during the setup")));
    screenshot(QStringLiteral("cmk-wizard-4-access.png"));
    QTest::mouseClick(nextButton(), Qt::LeftButton);

    // Review: steps, CLI, JSON, consent to what cannot be undone.
    QCOMPARE(m_wizard->currentId(), int(CmkWizard::ReviewPage));
    auto *steps = child<QTreeWidget>(QStringLiteral("reviewSteps"));
    QVERIFY(steps->topLevelItemCount() >= 4);
    const QString cli = child<QPlainTextEdit>(QStringLiteral("reviewCli"))->toPlainText();
    QVERIFY2(cli.contains(QStringLiteral("az cosmosdb identity assign")), qPrintable(cli));
    QVERIFY(cli.contains(QStringLiteral("az keyvault key create")));
    QVERIFY(cli.contains(QStringLiteral("az role assignment create")));
    QVERIFY(cli.contains(QStringLiteral("--key-uri")));
    const QString json = child<QPlainTextEdit>(QStringLiteral("reviewJson"))->toPlainText();
    QVERIFY(json.contains(QStringLiteral("\"keyVaultKeyUri\"")));
    QVERIFY(json.contains(QStringLiteral("SystemAssignedIdentity")));
    auto *consent = child<QCheckBox>(QStringLiteral("reviewConsent"));
    QVERIFY(consent->isVisible());
    QVERIFY(!commitButton()->isEnabled());
    screenshot(QStringLiteral("cmk-wizard-5-review.png"));
    consent->setChecked(true);
    QVERIFY(commitButton()->isEnabled());
    QTest::mouseClick(commitButton(), Qt::LeftButton);

    // Apply runs by itself and moves on to Verify.
    QCOMPARE(m_wizard->currentId(), int(CmkWizard::ApplyPage));
    QVERIFY(m_settings->contains(CmkWizard::pendingKey(m_account.id)));
    screenshot(QStringLiteral("cmk-wizard-6-apply.png"));
    QSignalSpy updated(m_wizard.get(), &CmkWizard::accountUpdated);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentId() == int(CmkWizard::VerifyPage), 60000);
    QCOMPARE(updated.count(), 1);
    const CosmosAccount after = m_wizard->verifiedAccount();
    QVERIFY(after.keyVaultKeyUri.endsWith(QStringLiteral("/keys/legacy-cmk")));
    QVERIFY(!after.keyVaultKeyUriVersion.isEmpty());
    QCOMPARE(after.defaultIdentity, QStringLiteral("SystemAssignedIdentity"));
    QVERIFY(after.identity.hasSystemAssigned());
    QVERIFY(child<QLabel>(QStringLiteral("verifyStatus"))->text().contains(QStringLiteral("confirmed")));
    QCOMPARE(child<QLabel>(QStringLiteral("verifyVersion"))->text(), after.keyVaultKeyUriVersion);
    QVERIFY(!m_settings->contains(CmkWizard::pendingKey(m_account.id)));
    screenshot(QStringLiteral("cmk-wizard-7-verify.png"));

    // Azure reports the same when read again.
    const auto reread = test::LocalCloudFixture::fetchAccount(m_session.get(), kLegacy);
    QVERIFY(reread);
    QCOMPARE(reread.value().keyVaultKeyUriVersion, after.keyVaultKeyUriVersion);
}

void TestCmkWizard::cancelledApplyThenResume()
{
    startCloud(1500); // account updates take 1.5 s: time to press Stop
    openWizard(kTelemetry);
    // A new user-assigned identity, the access-policy vault with its purge-protection fix, a new key.
    child<QRadioButton>(QStringLiteral("userRadio"))->click();
    auto *combo = child<QComboBox>(QStringLiteral("userCombo"));
    QTRY_VERIFY(combo->isEnabled());
    QVERIFY(chooseEntry(combo, QStringLiteral("Create a new identity")));
    child<QLineEdit>(QStringLiteral("newIdentityName"))->setText(QStringLiteral("telemetry-cmk"));
    QTRY_VERIFY(nextButton()->isEnabled());
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    auto *vaults = child<QComboBox>(QStringLiteral("vaultCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(vaults->count() > 1 && !pageBusy(QStringLiteral("vaultBusy")), 20000);
    QVERIFY(chooseEntry(vaults, kAnalyticsVault));
    auto *findings = child<QListWidget>(QStringLiteral("vaultFindings"));
    QTRY_VERIFY_WITH_TIMEOUT(findingIds(findings).contains(QStringLiteral("purge-protection")), 20000);
    consentToFixes(findings);
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    auto *keys = child<QComboBox>(QStringLiteral("keyCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(keys->count() >= 1 && !pageBusy(QStringLiteral("keyBusy")), 20000);
    QVERIFY(chooseEntry(keys, QStringLiteral("Create a new key")));
    child<QLineEdit>(QStringLiteral("newKeyName"))->setText(QStringLiteral("telemetry-cmk"));
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QTRY_VERIFY(nextButton()->isEnabled());
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CmkWizard::ReviewPage));
    child<QCheckBox>(QStringLiteral("reviewConsent"))->setChecked(true);
    QTest::mouseClick(commitButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CmkWizard::ApplyPage));

    // Stop while the account update (attaching the identity) is in flight.
    auto *stepsTree = child<QTreeWidget>(QStringLiteral("applySteps"));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int i = 0; i < stepsTree->topLevelItemCount(); ++i)
                if (stepsTree->topLevelItem(i)->text(1) == QStringLiteral("Running…") &&
                    stepsTree->topLevelItem(i)->text(0).contains(QStringLiteral("Attach")))
                    return true;
            return false;
        }(),
        30000);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("applyStop")), Qt::LeftButton);
    auto *retry = child<QPushButton>(QStringLiteral("applyRetry"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 20000);
    const QString report = child<QLabel>(QStringLiteral("applyReport"))->text();
    QVERIFY2(report.contains(QStringLiteral("may or may not")), qPrintable(report));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(child<MessageWidget>(QStringLiteral("applyPageMessage"))->type(), MessageWidget::Type::Warning);
    screenshot(QStringLiteral("cmk-wizard-6b-apply-stopped.png"));
    QVERIFY(m_settings->contains(CmkWizard::pendingKey(m_account.id)));

    // Close; a new wizard resumes from the saved choices on the review page.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_wizard->reject();
    m_wizard.reset();
    const auto pending = CmkWizard::pendingChoices(m_settings.get(), m_account.id);
    QVERIFY(pending.has_value());
    QCOMPARE(pending->keyName, QStringLiteral("telemetry-cmk"));
    QVERIFY(pending->createUserAssigned);
    m_wizard = std::make_unique<CmkWizard>(m_session.get(), *pending, m_settings.get());
    m_wizard->setPollIntervalMs(50);
    m_wizard->setAccessRetries(0, 10);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(m_wizard->currentId(), int(CmkWizard::ReviewPage));
    child<QCheckBox>(QStringLiteral("reviewConsent"))->setChecked(true);
    QTest::mouseClick(commitButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentId() == int(CmkWizard::VerifyPage), 60000);
    // The steps done before the stop were found done, not repeated.
    auto *resumed = child<QTreeWidget>(QStringLiteral("applySteps"));
    int alreadyDone = 0;
    for (int i = 0; i < resumed->topLevelItemCount(); ++i)
        if (resumed->topLevelItem(i)->text(1) == QStringLiteral("Already done"))
            ++alreadyDone;
    QVERIFY2(alreadyDone >= 1, "the identity created before the stop is not created again");
    const CosmosAccount after = m_wizard->verifiedAccount();
    QVERIFY(after.keyVaultKeyUri.endsWith(QStringLiteral("/keys/telemetry-cmk")));
    QVERIFY(after.defaultIdentity.startsWith(QStringLiteral("UserAssignedIdentity=")));
    QVERIFY(after.identity.hasSystemAssigned()); // kept
    QVERIFY(after.identity.hasUserAssigned());
    QVERIFY(!m_settings->contains(CmkWizard::pendingKey(m_account.id)));
}

void TestCmkWizard::failedApplySaysWhatState()
{
    startCloud();
    openWizard(kCatalog);
    passDefaultIdentityAndChooseVault(kOrdersVault);
    if (QTest::currentTestFailed())
        return;
    auto *keys = child<QComboBox>(QStringLiteral("keyCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(keys->count() > 1 && !pageBusy(QStringLiteral("keyBusy")), 20000);
    QVERIFY(chooseEntry(keys, QStringLiteral("cosmos-cmk")));
    QTRY_VERIFY_WITH_TIMEOUT(!pageBusy(QStringLiteral("keyBusy")) && nextButton()->isEnabled(), 20000);
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QTRY_VERIFY(nextButton()->isEnabled());
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CmkWizard::ReviewPage));
    // Someone disables the key after it was checked: the account update is refused.
    QVERIFY(setKeyEnabled(kOrdersVault, QStringLiteral("cosmos-cmk"), false));
    child<QCheckBox>(QStringLiteral("reviewConsent"))->setChecked(true);
    QTest::mouseClick(commitButton(), Qt::LeftButton);
    auto *retry = child<QPushButton>(QStringLiteral("applyRetry"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 60000);
    auto *message = child<MessageWidget>(QStringLiteral("applyPageMessage"));
    QCOMPARE(message->type(), MessageWidget::Type::Error);
    QVERIFY2(message->text().contains(QStringLiteral("4002")) ||
                 message->text().contains(QStringLiteral("disabled"), Qt::CaseInsensitive),
             qPrintable(message->text()));
    const QString report = child<QLabel>(QStringLiteral("applyReport"))->text();
    QVERIFY2(!report.isEmpty(), "the report says where the setup stands");
    screenshot(QStringLiteral("cmk-wizard-6c-apply-failed.png"));
    const auto account = test::LocalCloudFixture::fetchAccount(m_session.get(), kCatalog);
    QVERIFY(account);
    QVERIFY(account.value().keyVaultKeyUri.isEmpty()); // nothing half-applied on the account
    QVERIFY(report.contains(QStringLiteral("service-managed")));

    // Fix the cause and resume on the same page.
    QVERIFY(setKeyEnabled(kOrdersVault, QStringLiteral("cosmos-cmk"), true));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentId() == int(CmkWizard::VerifyPage), 60000);
    QVERIFY(m_wizard->verifiedAccount().keyVaultKeyUri.endsWith(QStringLiteral("/keys/cosmos-cmk")));
}

QTEST_MAIN(TestCmkWizard)
#include "tst_cmkwizard.moc"
