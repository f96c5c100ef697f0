// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ApiError.h"
#include "core/CosmosAccount.h"
#include "core/KeyVault.h"
#include "ui/dialogs/CmkWizard.h"
#include "ui/panels/Panel.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSettings;
class QStackedWidget;
class QVBoxLayout;
class QWidget;

namespace csc {

class AbstractJob;
class AccountSelection;

class CommandPreview;
class EncryptionService;
class IdentityService;
class KeyVaultService;
class MessageWidget;
class RoleAssignmentsService;

/**
 * @brief The Encryption panel: encryption at rest of the selected account. Service-managed keys (with what a
 * customer-managed key adds and costs, and the guided setup), or the customer-managed key in use: vault, key,
 * version, identity and the health Azure reports, the key's details read from Key Vault, rotation and
 * changing the key. When Azure reports that access to the key is lost, it explains the consequence, diagnoses
 * the cause in Key Vault (vault, key state, the identity's grant, network) and offers a fix for each cause
 * the console can repair, after asking. An interrupted setup can be resumed.
 *
 * Builds no requests: KeyVaultService, RoleAssignmentsService, EncryptionService, IdentityService and
 * CmkWizard do. Loads when shown, follows AccountSelection and reports account changes with
 * AccountSelection::update(). Holds no secrets.
 */
class EncryptionPanel : public QObject, public Panel
{
    Q_OBJECT
public:
    /// customerManagedKeyStatus when Cosmos DB reached the key.
    static QString confirmedStatus()
    {
        return QStringLiteral("Access to the configured customer managed key confirmed.");
    }

    enum class Health
    {
        None,      ///< service-managed keys
        Confirmed, ///< Azure confirmed access to the key
        Unknown,   ///< a key is set, Azure reports no status
        Lost       ///< any other status: access to the key is lost
    };
    Q_ENUM(Health)

    /// One cause found by the diagnosis.
    enum class FindingKind
    {
        VaultNotFound,
        VaultUnreadable,        ///< 403 on the vault (ARM)
        KeyDeleted,             ///< 404 on the key
        KeyUnreadable,          ///< 403 on the key (data plane)
        KeyDisabled,            ///< the version in use is disabled (fix: enable it)
        KeyExpired,             ///< exp passed
        KeyNotYetValid,         ///< nbf in the future
        IdentityMissing,        ///< the default identity does not exist on the account
        RoleMissing,            ///< Azure RBAC vault without a role for the identity (fix: grant)
        AccessPolicyMissing,    ///< access-policy vault without get/wrapKey/unwrapKey (fix: add policy)
        GrantUnreadable,        ///< the role assignments could not be listed
        PublicAccessDisabled,   ///< the vault refuses public access (fix: enable)
        TrustedServicesBlocked, ///< firewall without the AzureServices bypass (fix: allow)
        NoCauseFound
    };
    Q_ENUM(FindingKind)

    struct Finding
    {
        FindingKind kind = FindingKind::NoCauseFound;
        QString text;    ///< translated: what is wrong and what it means
        QString command; ///< az command of the fix (manual or what the fix button does)
        bool fixable = false;
    };

    EncryptionPanel(AccountSelection *selection, QSettings *settings, QObject *parent = nullptr);
    ~EncryptionPanel() override;

    QString id() const override { return QStringLiteral("encryption"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void setSession(AzureSession *session) override;

    const CosmosAccount &account() const { return m_account; }
    Health health() const { return healthOf(m_account); }
    static Health healthOf(const CosmosAccount &account);
    /// A load, diagnosis, fix or rotation is running.
    bool isBusy() const;
    bool isLoaded() const { return m_loaded; }
    const std::optional<KeyVault> &vault() const { return m_vault; }
    /// The key version in use as Key Vault reports it (or the latest when unknown).
    const std::optional<KeyVaultKey> &keyInUse() const { return m_keyInUse; }
    const std::optional<KeyVaultKey> &latestKey() const { return m_latestKey; }
    const QList<Finding> &findings() const { return m_findings; }
    bool hasFinding(FindingKind kind) const;
    CmkWizard *wizard() const { return m_wizard; }

    // Widgets, for tests.
    QPushButton *setupButton() const { return m_setup; }
    QPushButton *rotateButton() const { return m_rotate; }
    QPushButton *changeKeyButton() const { return m_changeKey; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *diagnoseButton() const { return m_diagnose; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *cancelButton() const { return m_cancelOperation; }
    /// The fix button of a finding, or nullptr.
    QPushButton *fixButton(FindingKind kind) const;
    QLabel *healthLabel() const { return m_healthText; }
    QLabel *vaultLabel() const { return m_vaultValue; }
    QLabel *keyNameLabel() const { return m_keyNameValue; }
    QLabel *keyUriLabel() const { return m_keyUriValue; }
    QLabel *versionLabel() const { return m_versionValue; }
    QLabel *identityLabel() const { return m_identityValue; }
    QLabel *keyDetailsLabel() const { return m_keyDetails; }
    QLabel *expiryLabel() const { return m_expiry; }
    QLabel *latestVersionLabel() const { return m_latest; }
    QLabel *keyNoticeLabel() const { return m_keyNotice; }
    MessageWidget *banner() const { return m_banner; }
    MessageWidget *revokedBanner() const { return m_revokedBanner; }
    MessageWidget *pendingBanner() const { return m_pendingBanner; }
    QWidget *findingsWidget() const { return m_findingsList; }
    QGroupBox *serviceManagedBox() const { return m_serviceBox; }
    QGroupBox *customerKeyBox() const { return m_cmkBox; }
    QGroupBox *recoveryBox() const { return m_recoveryBox; }
    CommandPreview *commandPreview() const { return m_command; }

    /// Tests shorten the LRO polling of account updates (here and in the wizard).
    void setPollIntervalMs(int ms);
    /// Tests shorten the wizard's access retries.
    void setWizardAccessRetries(int retries, int delayMs)
    {
        m_accessRetries = retries;
        m_accessRetryDelayMs = delayMs;
    }

public slots:
    /// Re-reads the account (EncryptionService::refresh), then the vault and the key.
    void refresh();
    /// Reads the vault and the key of the account shown (no account GET).
    void load();
    /// Looks for the cause of lost access: vault, key, grant, network.
    void diagnose();
    /// Asks, then creates a new key version (and for a pinned key URI offers to use it).
    void rotateKey();
    /// Opens the CMK wizard for this account (setup or change of key).
    void openWizard();
    /// Opens the wizard on the saved choices of an interrupted setup.
    void resumeSetup();
    /// Asks, then applies the fix of `kind`.
    void fix(csc::EncryptionPanel::FindingKind kind);
    /// Stops waiting for the running job.
    void cancelOperation();

signals:
    /// The user asked to see another panel (the empty state's "Open Accounts").
    void openPanelRequested(const QString &panelId);
    /// A load() (or the loading part of refresh()) ended.
    void loaded();
    /// A diagnose() ended; findings() holds the result.
    void diagnosed();
    /// A rotation or fix ended; ok is false on failure and cancellation.
    void operationFinished(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    QWidget *buildServiceManagedBox();
    QWidget *buildCustomerKeyBox();
    QWidget *buildRecoveryBox();
    void onSelectionChanged(const CosmosAccount &account);
    void onAccountChanged(const CosmosAccount &account);
    void resetForAccount();
    void dropJobs();
    void updateView();
    void updateKeyView();
    void updateActions();
    void updatePending();
    void rebuildFindings();
    void previewCommand(const QString &command);

    // Loading chain
    void loadVault(bool thenDiagnose);
    void loadKeys(bool thenDiagnose);
    void finishLoad(bool thenDiagnose);
    // Diagnosis chain
    void diagnoseGrant();
    void diagnoseGrantWith(const QString &principalId);
    void finishDiagnosis();
    void addFinding(FindingKind kind, const QString &text, const QString &command, bool fixable);

    void startOperation(AbstractJob *job, const QString &text);
    void endOperation();
    void afterRotation(const KeyVaultKey &newVersion);
    bool confirmFix(const Finding &finding, QString *running);

    // Facts about the account's key
    std::optional<KeyVaultKeyId> configuredKeyId() const; ///< parsed keyVaultKeyUri
    QString versionInUse() const;                         ///< keyVaultKeyUriVersion or the pinned version
    QUrl dataPlaneBase() const;                           ///< the vault's vaultUri, else the key URI's host
    std::optional<KeyVaultKeyId> keyIdOnVault(const QString &version) const;
    QString vaultName() const;
    QString keyName() const;
    QString identityDescription() const;
    QString defaultPrincipalId(bool *firstParty) const;
    QString tenantId() const;
    QString vaultCommandName() const;

    QPointer<AccountSelection> m_selection;
    QSettings *m_settings;
    QPointer<AzureSession> m_session;
    std::unique_ptr<KeyVaultService> m_keyVault;
    std::unique_ptr<RoleAssignmentsService> m_roles;
    std::unique_ptr<IdentityService> m_identities;
    std::unique_ptr<EncryptionService> m_encryption;
    CosmosAccount m_account;
    QString m_loadedFor; ///< id of the account whose details were loaded
    int m_pollMs = 5000;
    int m_accessRetries = -1; ///< -1: the wizard's defaults
    int m_accessRetryDelayMs = 0;
    QString m_grantPrincipal; ///< object id the grant was checked for (the diagnosis)

    bool m_loaded = false;
    bool m_loading = false;
    bool m_diagnosing = false;
    std::optional<KeyVault> m_vault;
    QString m_vaultNotice; ///< why the vault is not shown (not found, 403)
    std::optional<KeyVaultKey> m_latestKey;
    std::optional<KeyVaultKey> m_keyInUse;
    ApiError m_keyError;
    bool m_keyFailed = false;
    QList<Finding> m_findings;
    quint64 m_generation = 0;
    QPointer<AbstractJob> m_loadJob;
    QPointer<AbstractJob> m_operation;
    bool m_cancelRequested = false;
    QString m_operationText;
    QPointer<CmkWizard> m_wizard;

    // Widgets (owned by m_widget).
    QPointer<QWidget> m_widget;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_openAccounts = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    MessageWidget *m_banner = nullptr;
    MessageWidget *m_pendingBanner = nullptr;
    QPushButton *m_resume = nullptr;
    MessageWidget *m_revokedBanner = nullptr;
    QWidget *m_operationBar = nullptr;
    QLabel *m_operationLabel = nullptr;
    QProgressBar *m_operationProgress = nullptr;
    QPushButton *m_cancelOperation = nullptr;

    QGroupBox *m_serviceBox = nullptr;
    QPushButton *m_setup = nullptr;

    QGroupBox *m_cmkBox = nullptr;
    QLabel *m_healthIcon = nullptr;
    QLabel *m_healthText = nullptr;
    QLabel *m_vaultValue = nullptr;
    QLabel *m_keyNameValue = nullptr;
    QLabel *m_keyUriValue = nullptr;
    QLabel *m_keyUriNote = nullptr;
    QLabel *m_versionValue = nullptr;
    QLabel *m_identityValue = nullptr;
    QLabel *m_keyDetails = nullptr;
    QLabel *m_expiryIcon = nullptr;
    QLabel *m_expiry = nullptr;
    QLabel *m_latest = nullptr;
    QLabel *m_keyNotice = nullptr;
    QPushButton *m_rotate = nullptr;
    QPushButton *m_changeKey = nullptr;
    QPushButton *m_refresh = nullptr;

    QGroupBox *m_recoveryBox = nullptr;
    QLabel *m_recoveryText = nullptr;
    QLabel *m_diagnosisStatus = nullptr;
    QPushButton *m_diagnose = nullptr;
    QWidget *m_findingsList = nullptr;
    QVBoxLayout *m_findingsLayout = nullptr;
    QList<QPair<FindingKind, QPushButton *>> m_fixButtons;

    CommandPreview *m_command = nullptr;
};

} // namespace csc
