// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/panels/EncryptionPanel.h"

#include "core/AzCli.h"
#include "core/Clock.h"
#include "models/AccountSelection.h"
#include "net/AzureSession.h"
#include "net/EncryptionService.h"
#include "net/IdentityService.h"
#include "net/KeyVaultService.h"
#include "net/RoleAssignmentsService.h"
#include "ui/MessageBox.h"
#include "ui/dialogs/CmkWizard.h"
#include "ui/widgets/CommandPreview.h"
#include "ui/widgets/MessageWidget.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace csc {

namespace {

constexpr int kExpiryWarningDays = 30;

/// A read-only value. Short values do not wrap: a wrapping label in a QFormLayout row is cut to one line.
QLabel *valueLabel(const QString &objectName, const QString &accessibleName, bool wrap = false)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(wrap);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setAccessibleName(accessibleName);
    return l;
}

QPixmap iconPixmap(const QString &name, QWidget *w, int size = 16)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name))
        .pixmap(QSize(size, size), w->devicePixelRatioF());
}

QString shortDate(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

/// The version part of keyVaultKeyUriVersion (a version, or a versioned key URI as Azure reports it).
QString versionOf(const QString &value)
{
    return value.section(u'/', -1, -1, QString::SectionSkipEmpty);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(443) == b.port(443);
}

bool isDisabledKeyError(const ApiError &e)
{
    if (!e.isForbidden())
        return false;
    for (const QString &d : e.details) {
        if (d.contains(QLatin1String("KeyDisabled"), Qt::CaseInsensitive))
            return true;
    }
    return e.message.contains(QLatin1String("disabled key"), Qt::CaseInsensitive);
}

} // namespace

EncryptionPanel::EncryptionPanel(AccountSelection *selection, QSettings *settings, QObject *parent)
    : QObject(parent), m_selection(selection), m_settings(settings)
{
    if (m_selection) {
        connect(m_selection, &AccountSelection::currentChanged, this, &EncryptionPanel::onSelectionChanged);
        m_account = m_selection->current();
    }
}

EncryptionPanel::~EncryptionPanel()
{
    if (m_wizard)
        delete m_wizard;
    dropJobs();
    if (m_widget && !m_widget->parent())
        delete m_widget;
}

QString EncryptionPanel::title() const
{
    return tr("Encryption");
}

QIcon EncryptionPanel::icon() const
{
    return QIcon(QStringLiteral(":/icons/encryption.svg"));
}

QWidget *EncryptionPanel::widget()
{
    if (!m_widget) {
        buildUi();
        updateView();
    }
    return m_widget;
}

EncryptionPanel::Health EncryptionPanel::healthOf(const CosmosAccount &account)
{
    if (!account.usesCustomerManagedKey())
        return Health::None;
    if (account.customerManagedKeyStatus.trimmed().isEmpty())
        return Health::Unknown;
    if (account.customerManagedKeyStatus.trimmed().compare(confirmedStatus(), Qt::CaseInsensitive) == 0)
        return Health::Confirmed;
    return Health::Lost;
}

void EncryptionPanel::setPollIntervalMs(int ms)
{
    m_pollMs = ms;
    if (m_encryption)
        m_encryption->setDefaultPollIntervalMs(ms);
}

bool EncryptionPanel::isBusy() const
{
    return m_loading || m_diagnosing || !m_operation.isNull() || !m_loadJob.isNull();
}

bool EncryptionPanel::hasFinding(FindingKind kind) const
{
    for (const Finding &f : m_findings) {
        if (f.kind == kind)
            return true;
    }
    return false;
}

QPushButton *EncryptionPanel::fixButton(FindingKind kind) const
{
    for (const auto &pair : m_fixButtons) {
        if (pair.first == kind)
            return pair.second;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------------------------
// UI

void EncryptionPanel::buildUi()
{
    auto *root = new QWidget;
    m_widget = root;
    root->setObjectName(QStringLiteral("encryptionPanel"));
    root->installEventFilter(this);
    auto *rootLayout = new QVBoxLayout(root);
    rootLayout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget;
    rootLayout->addWidget(m_stack);

    // Page 0: nothing to show.
    auto *empty = new QWidget;
    empty->setObjectName(QStringLiteral("encryptionEmptyState"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    auto *emptyIcon = new QLabel;
    emptyIcon->setPixmap(iconPixmap(QStringLiteral("encryption"), root, 48));
    m_emptyText = new QLabel;
    m_emptyText->setObjectName(QStringLiteral("encryptionEmptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setTextFormat(Qt::PlainText);
    m_openAccounts = new QPushButton(QIcon(QStringLiteral(":/icons/accounts.svg")), tr("Open &Accounts"));
    m_openAccounts->setObjectName(QStringLiteral("openAccountsButton"));
    m_openAccounts->setAccessibleName(tr("Open the Accounts panel"));
    connect(m_openAccounts, &QPushButton::clicked, this,
            [this] { emit openPanelRequested(QStringLiteral("accounts")); });
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyIcon, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_openAccounts, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(empty);

    // Page 1: the account.
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("encryptionAccountPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("encryptionTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("encryptionSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_revokedBanner = new MessageWidget;
    m_revokedBanner->setObjectName(QStringLiteral("revokedBanner"));
    m_revokedBanner->setCloseButtonVisible(false);
    m_revokedBanner->hide();
    layout->addWidget(m_revokedBanner);

    m_pendingBanner = new MessageWidget;
    m_pendingBanner->setObjectName(QStringLiteral("pendingSetupBanner"));
    m_pendingBanner->setCloseButtonVisible(false);
    m_pendingBanner->hide();
    m_resume = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Res&ume…"));
    m_resume->setObjectName(QStringLiteral("resumeSetupButton"));
    m_resume->setAccessibleName(tr("Resume the interrupted customer-managed key setup"));
    connect(m_resume, &QPushButton::clicked, this, &EncryptionPanel::resumeSetup);
    auto *pendingRow = new QHBoxLayout;
    pendingRow->addWidget(m_pendingBanner, 1);
    pendingRow->addWidget(m_resume, 0, Qt::AlignVCenter);
    layout->addLayout(pendingRow);

    m_banner = new MessageWidget;
    m_banner->setObjectName(QStringLiteral("encryptionBanner"));
    m_banner->hide();
    layout->addWidget(m_banner);

    // Running operation
    m_operationBar = new QWidget;
    m_operationBar->setObjectName(QStringLiteral("operationBar"));
    auto *opLayout = new QHBoxLayout(m_operationBar);
    opLayout->setContentsMargins(0, 0, 0, 0);
    m_operationLabel = new QLabel;
    m_operationLabel->setObjectName(QStringLiteral("operationStatus"));
    m_operationLabel->setTextFormat(Qt::PlainText);
    m_operationProgress = new QProgressBar;
    m_operationProgress->setObjectName(QStringLiteral("operationProgress"));
    m_operationProgress->setAccessibleName(tr("Progress of the operation"));
    m_operationProgress->setMaximumWidth(220);
    m_cancelOperation = new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Cancel"));
    m_cancelOperation->setObjectName(QStringLiteral("cancelOperationButton"));
    m_cancelOperation->setAccessibleName(tr("Stop waiting for the operation"));
    connect(m_cancelOperation, &QPushButton::clicked, this, &EncryptionPanel::cancelOperation);
    opLayout->addWidget(m_operationLabel, 1);
    opLayout->addWidget(m_operationProgress);
    opLayout->addWidget(m_cancelOperation);
    m_operationBar->hide();
    layout->addWidget(m_operationBar);

    layout->addWidget(buildServiceManagedBox());
    layout->addWidget(buildRecoveryBox());
    layout->addWidget(buildCustomerKeyBox());

    m_command = new CommandPreview;
    m_command->setObjectName(QStringLiteral("encryptionCommandPreview"));
    m_command->setCaption(tr("Equivalent Azure CLI command"));
    layout->addWidget(m_command);
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("encryptionScroll"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);

    for (QWidget *w : {static_cast<QWidget *>(m_setup), static_cast<QWidget *>(m_rotate),
                       static_cast<QWidget *>(m_changeKey), static_cast<QWidget *>(m_refresh)})
        w->installEventFilter(this);
    QWidget::setTabOrder(m_resume, m_setup);
    QWidget::setTabOrder(m_setup, m_diagnose);
    QWidget::setTabOrder(m_diagnose, m_rotate);
    QWidget::setTabOrder(m_rotate, m_changeKey);
    QWidget::setTabOrder(m_changeKey, m_refresh);
    QWidget::setTabOrder(m_refresh, m_command);
}

QWidget *EncryptionPanel::buildServiceManagedBox()
{
    m_serviceBox = new QGroupBox(tr("Service-managed keys"));
    m_serviceBox->setObjectName(QStringLiteral("serviceManagedBox"));
    auto *box = new QVBoxLayout(m_serviceBox);
    auto *intro = new QLabel(
        tr("The data of this account is encrypted at rest with keys that Microsoft creates, stores and "
           "rotates. Nothing needs to be done for that."));
    intro->setObjectName(QStringLiteral("serviceManagedText"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *adds = new QLabel(
        tr("A customer-managed key adds a second layer that you control: the account's data encryption key "
           "is wrapped with an RSA key in your Azure Key Vault. You decide who may use the key, rotate it "
           "on your schedule, see every use in the vault's logs, and can revoke access — after which the "
           "account's data can no longer be read."));
    adds->setObjectName(QStringLiteral("customerManagedBenefits"));
    adds->setWordWrap(true);
    adds->setTextFormat(Qt::PlainText);
    auto *costs = new QLabel(
        tr("It costs request units (about +5 % for point reads, +6 % for writes, +15 % for queries), does "
           "not cover the names of databases and containers, indexing paths or partition key values, and "
           "cannot be undone: an account never goes back to service-managed keys."));
    costs->setObjectName(QStringLiteral("customerManagedCosts"));
    costs->setWordWrap(true);
    costs->setTextFormat(Qt::PlainText);
    m_setup = new QPushButton(QIcon(QStringLiteral(":/icons/encryption.svg")),
                              tr("&Set up a customer-managed key…"));
    m_setup->setObjectName(QStringLiteral("setupCmkButton"));
    m_setup->setAccessibleName(tr("Set up a customer-managed key"));
    m_setup->setDefault(true);
    connect(m_setup, &QPushButton::clicked, this, &EncryptionPanel::openWizard);
    box->addWidget(intro);
    box->addWidget(adds);
    box->addWidget(costs);
    box->addWidget(m_setup, 0, Qt::AlignLeft);
    return m_serviceBox;
}

QWidget *EncryptionPanel::buildCustomerKeyBox()
{
    m_cmkBox = new QGroupBox(tr("Customer-managed key"));
    m_cmkBox->setObjectName(QStringLiteral("customerKeyBox"));
    auto *box = new QVBoxLayout(m_cmkBox);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_healthIcon = new QLabel;
    m_healthIcon->setObjectName(QStringLiteral("healthIcon"));
    m_healthText = valueLabel(QStringLiteral("healthLabel"), tr("Health of the customer-managed key"), true);
    auto *healthRow = new QHBoxLayout;
    healthRow->setSpacing(6);
    healthRow->addWidget(m_healthIcon, 0, Qt::AlignTop);
    healthRow->addWidget(m_healthText, 1);
    form->addRow(tr("Health:"), healthRow);

    m_vaultValue = valueLabel(QStringLiteral("vaultLabel"), tr("Key vault"));
    form->addRow(tr("Key vault:"), m_vaultValue);
    m_keyNameValue = valueLabel(QStringLiteral("keyNameLabel"), tr("Key name"));
    form->addRow(tr("Key name:"), m_keyNameValue);
    m_keyUriValue = valueLabel(QStringLiteral("keyUriLabel"), tr("Key URI"));
    m_keyUriValue->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keyUriNote = valueLabel(QStringLiteral("keyUriNote"), tr("Key URI kind"));
    auto *uriBox = new QVBoxLayout;
    uriBox->setSpacing(2);
    uriBox->addWidget(m_keyUriValue);
    uriBox->addWidget(m_keyUriNote);
    form->addRow(tr("Key URI:"), uriBox);
    m_versionValue = valueLabel(QStringLiteral("versionLabel"), tr("Key version in use"));
    form->addRow(tr("Version in use:"), m_versionValue);
    m_identityValue = valueLabel(QStringLiteral("identityLabel"), tr("Identity that uses the key"));
    form->addRow(tr("Identity:"), m_identityValue);
    m_keyDetails = valueLabel(QStringLiteral("keyDetailsLabel"), tr("Key details"));
    form->addRow(tr("Key:"), m_keyDetails);
    m_expiryIcon = new QLabel;
    m_expiryIcon->setObjectName(QStringLiteral("expiryIcon"));
    m_expiry = valueLabel(QStringLiteral("expiryLabel"), tr("Key expiry"));
    auto *expiryRow = new QHBoxLayout;
    expiryRow->setSpacing(6);
    expiryRow->addWidget(m_expiryIcon, 0, Qt::AlignTop);
    expiryRow->addWidget(m_expiry, 1);
    form->addRow(tr("Expires:"), expiryRow);
    m_latest = valueLabel(QStringLiteral("latestVersionLabel"), tr("Latest key version"));
    form->addRow(tr("Latest version:"), m_latest);
    box->addLayout(form);

    m_keyNotice = valueLabel(QStringLiteral("keyNotice"), tr("Key Vault notice"), true);
    m_keyNotice->setFrameShape(QFrame::StyledPanel);
    m_keyNotice->setMargin(8);
    m_keyNotice->hide();
    box->addWidget(m_keyNotice);

    m_rotate = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Rotate key…"));
    m_rotate->setObjectName(QStringLiteral("rotateKeyButton"));
    m_rotate->setAccessibleName(tr("Rotate the customer-managed key"));
    m_rotate->setToolTip(tr("Create a new version of the key in Key Vault."));
    connect(m_rotate, &QPushButton::clicked, this, &EncryptionPanel::rotateKey);
    m_changeKey = new QPushButton(QIcon(QStringLiteral(":/icons/keys.svg")), tr("C&hange key…"));
    m_changeKey->setObjectName(QStringLiteral("changeKeyButton"));
    m_changeKey->setAccessibleName(tr("Use another key"));
    connect(m_changeKey, &QPushButton::clicked, this, &EncryptionPanel::openWizard);
    m_refresh = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("R&efresh"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setAccessibleName(tr("Read the account and the key again"));
    connect(m_refresh, &QPushButton::clicked, this, &EncryptionPanel::refresh);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_rotate);
    actions->addWidget(m_changeKey);
    actions->addWidget(m_refresh);
    actions->addStretch(1);
    box->addLayout(actions);
    return m_cmkBox;
}

QWidget *EncryptionPanel::buildRecoveryBox()
{
    m_recoveryBox = new QGroupBox(tr("What happened and how to recover"));
    m_recoveryBox->setObjectName(QStringLiteral("recoveryBox"));
    auto *box = new QVBoxLayout(m_recoveryBox);
    m_recoveryText = new QLabel(
        tr("Azure Cosmos DB cannot use the key that protects this account's data encryption key. Until "
           "access is restored, no data can be read or written — the only operation still possible on the "
           "account is deleting it. Once the cause is fixed, Cosmos DB picks the key up again; in Azure "
           "this can take up to an hour."));
    m_recoveryText->setObjectName(QStringLiteral("recoveryText"));
    m_recoveryText->setWordWrap(true);
    m_recoveryText->setTextFormat(Qt::PlainText);
    box->addWidget(m_recoveryText);
    m_diagnosisStatus = valueLabel(QStringLiteral("diagnosisStatus"), tr("Diagnosis"), true);
    box->addWidget(m_diagnosisStatus);
    m_findingsList = new QWidget;
    m_findingsList->setObjectName(QStringLiteral("findingsList"));
    m_findingsList->setAccessibleName(tr("Causes found"));
    m_findingsLayout = new QVBoxLayout(m_findingsList);
    m_findingsLayout->setContentsMargins(0, 0, 0, 0);
    m_findingsLayout->setSpacing(6);
    box->addWidget(m_findingsList);
    m_diagnose = new QPushButton(QIcon(QStringLiteral(":/icons/test-connection.svg")), tr("&Diagnose"));
    m_diagnose->setObjectName(QStringLiteral("diagnoseButton"));
    m_diagnose->setAccessibleName(tr("Look for the cause in Key Vault"));
    connect(m_diagnose, &QPushButton::clicked, this, &EncryptionPanel::diagnose);
    box->addWidget(m_diagnose, 0, Qt::AlignLeft);
    m_recoveryBox->hide();
    return m_recoveryBox;
}

// ---------------------------------------------------------------------------------------------------------------
// Session and account

void EncryptionPanel::dropJobs()
{
    ++m_generation;
    if (m_loadJob)
        m_loadJob->abort();
    m_loadJob = nullptr;
    if (m_operation) {
        m_cancelRequested = true;
        m_operation->abort();
    }
    m_operation = nullptr;
    m_cancelRequested = false;
    m_loading = false;
    m_diagnosing = false;
    if (m_operationBar)
        m_operationBar->hide();
}

void EncryptionPanel::setSession(AzureSession *session)
{
    if (m_wizard)
        delete m_wizard;
    dropJobs();
    m_session = session;
    m_keyVault.reset();
    m_roles.reset();
    m_identities.reset();
    if (m_session) {
        m_keyVault = std::make_unique<KeyVaultService>(m_session);
        m_roles = std::make_unique<RoleAssignmentsService>(m_session);
        m_identities = std::make_unique<IdentityService>(m_session);
    }
    m_account = m_selection ? m_selection->current() : CosmosAccount();
    resetForAccount();
}

void EncryptionPanel::onSelectionChanged(const CosmosAccount &account)
{
    if (account.isValid() && m_account.isValid() && ArmResourceId::sameId(account.id, m_account.id)) {
        // A newer state of the same account: keep what is loaded unless the key changed.
        const bool keyChanged =
            account.keyVaultKeyUri != m_account.keyVaultKeyUri ||
            versionOf(account.keyVaultKeyUriVersion) != versionOf(m_account.keyVaultKeyUriVersion);
        m_account = account;
        if (keyChanged)
            m_loadedFor.clear();
        updateView();
        return;
    }
    if (m_wizard)
        delete m_wizard;
    dropJobs();
    m_account = account;
    resetForAccount();
}

void EncryptionPanel::resetForAccount()
{
    m_encryption.reset();
    if (m_session && m_account.isValid()) {
        m_encryption = std::make_unique<EncryptionService>(m_session, m_account.id);
        m_encryption->setDefaultPollIntervalMs(m_pollMs);
    }
    m_loadedFor.clear();
    m_loaded = false;
    m_vault.reset();
    m_vaultNotice.clear();
    m_latestKey.reset();
    m_keyInUse.reset();
    m_keyError = ApiError();
    m_keyFailed = false;
    m_findings.clear();
    if (m_banner)
        m_banner->hideMessage();
    rebuildFindings();
    updateView();
    if (m_widget && m_widget->isVisible() && m_session && m_account.isValid())
        load();
}

void EncryptionPanel::onAccountChanged(const CosmosAccount &account)
{
    if (!account.isValid())
        return;
    if (m_selection)
        m_selection->update(account); // -> onSelectionChanged (same id) -> updateView
    if (!m_selection || !m_selection->hasCurrent() ||
        !ArmResourceId::sameId(m_selection->current().id, account.id)) {
        m_account = account;
        updateView();
    }
}

bool EncryptionPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Show) {
        // Load when the panel is shown, not for every account clicked elsewhere.
        if (m_session && m_account.isValid() && !ArmResourceId::sameId(m_loadedFor, m_account.id) &&
            !isBusy())
            load();
        return false;
    }
    if ((event->type() == QEvent::Enter || event->type() == QEvent::FocusIn) && m_account.isValid()) {
        if (watched == m_rotate && !keyName().isEmpty())
            previewCommand(KeyVaultService::azRotateKeyCommand(vaultCommandName(), keyName()));
        else if (watched == m_changeKey || watched == m_setup)
            previewCommand(EncryptionService::azKeyUriCommand(
                m_account.id,
                m_account.keyVaultKeyUri.isEmpty()
                    ? QStringLiteral("https://<vault>.vault.azure.net/keys/<key>")
                    : m_account.keyVaultKeyUri,
                m_account.defaultIdentity));
        else if (watched == m_refresh)
            previewCommand(QStringLiteral("az cosmosdb show %1 --query "
                                          "\"{keyVaultKeyUri:keyVaultKeyUri, "
                                          "customerManagedKeyStatus:customerManagedKeyStatus}\"")
                               .arg(AzCli::nameArgs(m_account.id)));
    }
    return QObject::eventFilter(watched, event);
}

void EncryptionPanel::previewCommand(const QString &command)
{
    if (m_command)
        m_command->setCommand(command);
}

// ---------------------------------------------------------------------------------------------------------------
// Facts

std::optional<KeyVaultKeyId> EncryptionPanel::configuredKeyId() const
{
    if (m_account.keyVaultKeyUri.isEmpty())
        return std::nullopt;
    const Result<KeyVaultKeyId> id = KeyVaultKeyId::parse(m_account.keyVaultKeyUri);
    if (!id.ok())
        return std::nullopt;
    return id.value();
}

QString EncryptionPanel::versionInUse() const
{
    const QString reported = versionOf(m_account.keyVaultKeyUriVersion);
    if (!reported.isEmpty())
        return reported;
    const auto id = configuredKeyId();
    return id ? id->version : QString();
}

QUrl EncryptionPanel::dataPlaneBase() const
{
    if (m_vault && m_vault->vaultUri.isValid())
        return m_vault->vaultUri;
    const auto id = configuredKeyId();
    return id ? id->vaultUri : QUrl();
}

std::optional<KeyVaultKeyId> EncryptionPanel::keyIdOnVault(const QString &version) const
{
    const QString name = keyName();
    const QUrl base = dataPlaneBase();
    if (name.isEmpty() || !base.isValid())
        return std::nullopt;
    QString uri = base.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                QUrl::StripTrailingSlash) +
                  QStringLiteral("/keys/") + name;
    if (!version.isEmpty())
        uri += QLatin1Char('/') + version;
    const Result<KeyVaultKeyId> id = KeyVaultKeyId::parse(uri);
    if (!id.ok())
        return std::nullopt;
    return id.value();
}

QString EncryptionPanel::vaultName() const
{
    if (m_vault)
        return m_vault->name;
    const QString name = m_account.keyVaultName();
    if (!name.isEmpty())
        return name;
    const auto id = configuredKeyId();
    return id ? id->vaultUri.host().section(u'.', 0, 0) : QString();
}

QString EncryptionPanel::vaultCommandName() const
{
    const QString name = vaultName();
    return name.isEmpty() ? QStringLiteral("<vault>") : name;
}

QString EncryptionPanel::keyName() const
{
    const auto id = configuredKeyId();
    return id ? id->name : QString();
}

QString EncryptionPanel::tenantId() const
{
    if (m_vault && !m_vault->tenantId.isEmpty())
        return m_vault->tenantId;
    if (!m_account.identity.tenantId.isEmpty())
        return m_account.identity.tenantId;
    return m_session ? m_session->profile().tenantId : QString();
}

QString EncryptionPanel::defaultPrincipalId(bool *firstParty) const
{
    if (firstParty)
        *firstParty = false;
    const QString di = m_account.defaultIdentity.trimmed();
    if (di.isEmpty() || di.compare(QLatin1String("FirstPartyIdentity"), Qt::CaseInsensitive) == 0) {
        if (firstParty)
            *firstParty = true;
        return {};
    }
    if (di.compare(QLatin1String("SystemAssignedIdentity"), Qt::CaseInsensitive) == 0)
        return m_account.identity.hasSystemAssigned() ? m_account.identity.principalId : QString();
    const QString prefix = QStringLiteral("UserAssignedIdentity=");
    if (di.startsWith(prefix, Qt::CaseInsensitive)) {
        const QString id = di.mid(prefix.size());
        for (auto it = m_account.identity.userAssignedIdentities.cbegin();
             it != m_account.identity.userAssignedIdentities.cend(); ++it) {
            if (ArmResourceId::sameId(it.key(), id))
                return it.value().principalId;
        }
    }
    return {};
}

QString EncryptionPanel::identityDescription() const
{
    const QString di = m_account.defaultIdentity.trimmed();
    if (di.isEmpty() || di.compare(QLatin1String("FirstPartyIdentity"), Qt::CaseInsensitive) == 0)
        return tr("Azure Cosmos DB first-party identity (application %1)")
            .arg(QLatin1String(kCosmosFirstPartyAppId));
    if (di.compare(QLatin1String("SystemAssignedIdentity"), Qt::CaseInsensitive) == 0) {
        if (!m_account.identity.hasSystemAssigned())
            return tr("System-assigned identity — but the account has none");
        return tr("System-assigned identity (object id %1)").arg(m_account.identity.principalId);
    }
    const QString prefix = QStringLiteral("UserAssignedIdentity=");
    if (di.startsWith(prefix, Qt::CaseInsensitive)) {
        const QString id = di.mid(prefix.size());
        const QString name = ArmResourceId::parse(id).name;
        const QString principal = defaultPrincipalId(nullptr);
        if (principal.isEmpty())
            return tr("User-assigned identity “%1” — not assigned to the account").arg(name);
        return tr("User-assigned identity “%1” (object id %2)").arg(name, principal);
    }
    return di;
}

// ---------------------------------------------------------------------------------------------------------------
// View

void EncryptionPanel::updateView()
{
    if (!m_widget)
        return;
    if (!m_session || !m_account.isValid()) {
        m_emptyText->setText(m_session ? tr("Select an account in Accounts to see how its data is encrypted "
                                            "at rest and to manage its customer-managed key.")
                                       : tr("Connect to Azure to see how your accounts' data is encrypted "
                                            "at rest."));
        m_openAccounts->setVisible(!m_session.isNull());
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_title->setText(tr("Encryption at rest of “%1”").arg(m_account.name));
    const Health health = healthOf(m_account);
    const bool cmk = health != Health::None;
    m_subtitle->setText(cmk ? tr("Customer-managed key · resource group %1 · %2")
                                  .arg(m_account.resourceGroup, m_account.location)
                            : tr("Service-managed keys · resource group %1 · %2")
                                  .arg(m_account.resourceGroup, m_account.location));
    m_serviceBox->setVisible(!cmk);
    m_cmkBox->setVisible(cmk);
    m_recoveryBox->setVisible(health == Health::Lost);
    if (health == Health::Lost)
        m_revokedBanner->showMessage(
            tr("Access to the customer-managed key is lost: %1").arg(m_account.customerManagedKeyStatus),
            MessageWidget::Type::Error);
    else
        m_revokedBanner->hideMessage();

    if (cmk) {
        m_healthText->setToolTip(QString());
        switch (health) {
        case Health::Confirmed:
            m_healthIcon->setPixmap(iconPixmap(QStringLiteral("success"), m_widget));
            m_healthText->setText(tr("Access confirmed — Azure Cosmos DB can use the key (%1)")
                                      .arg(m_account.customerManagedKeyStatus));
            m_healthIcon->setToolTip(tr("Healthy"));
            break;
        case Health::Unknown:
            m_healthIcon->setPixmap(iconPixmap(QStringLiteral("info"), m_widget));
            m_healthText->setText(tr("Unknown — Azure reports no status for the key yet"));
            m_healthIcon->setToolTip(tr("Unknown"));
            break;
        case Health::Lost:
        case Health::None:
            m_healthIcon->setPixmap(iconPixmap(QStringLiteral("error"), m_widget));
            // The full status is in the banner above; here it is summed up, the status in the tooltip.
            m_healthText->setText(tr("Access lost — data cannot be read or written (see above)"));
            m_healthText->setToolTip(m_account.customerManagedKeyStatus);
            m_healthIcon->setToolTip(tr("Access lost"));
            break;
        }
        m_healthText->setAccessibleDescription(m_healthIcon->toolTip());
        updateKeyView();
    }
    if (m_command && m_command->command().isEmpty() && cmk && !keyName().isEmpty())
        previewCommand(KeyVaultService::azRotateKeyCommand(vaultCommandName(), keyName()));
    else if (m_command && !cmk)
        previewCommand(
            QStringLiteral("az cosmosdb show %1 --query keyVaultKeyUri").arg(AzCli::nameArgs(m_account.id)));
    updatePending();
    updateActions();
}

void EncryptionPanel::updateKeyView()
{
    const auto id = configuredKeyId();
    // Vault
    if (m_vault) {
        m_vaultValue->setText(tr("%1 — %2").arg(m_vault->name, m_vault->vaultUri.toString()));
    } else {
        const QString host = id ? id->vaultUri.toString() : m_account.keyVaultKeyUri;
        m_vaultValue->setText(m_loading ? tr("%1 — %2 (reading the vault…)").arg(vaultName(), host)
                                        : tr("%1 — %2").arg(vaultName(), host));
    }
    m_keyNameValue->setText(id ? id->name : tr("Not a valid key URI"));
    m_keyUriValue->setText(m_account.keyVaultKeyUri);
    if (!id)
        m_keyUriNote->setText(
            tr("Azure Key Vault key URIs look like https://{vault}.vault.azure.net/keys/{key}."));
    else if (id->isVersionless())
        m_keyUriNote->setText(
            tr("Versionless — follows rotation: Cosmos DB picks up new key versions by itself."));
    else
        m_keyUriNote->setText(
            tr("Pinned to version %1 — a new key version is used only once the account is set to it.")
                .arg(id->version));
    const QString inUse = versionInUse();
    m_versionValue->setText(inUse.isEmpty() ? tr("Not reported by Azure") : inUse);

    m_identityValue->setText(identityDescription());

    // Key details
    const std::optional<KeyVaultKey> &key = m_keyInUse ? m_keyInUse : m_latestKey;
    QStringList notices;
    if (!m_vaultNotice.isEmpty())
        notices << m_vaultNotice;
    if (m_keyFailed) {
        if (m_keyError.isForbidden() && !isDisabledKeyError(m_keyError))
            notices << tr("You may not read the key “%1” in the vault “%2” (403 %3). Key details, rotation "
                          "and the diagnosis need a Key Vault data-plane role such as Key Vault Crypto "
                          "Officer or Key Vault Administrator (or get/list key permissions in an access "
                          "policy). The account itself is not affected by this.")
                           .arg(keyName(), vaultName(), m_keyError.code);
        else if (m_keyError.isNotFound())
            notices << tr("The key “%1” was not found in the vault “%2”: it may have been deleted.")
                           .arg(keyName(), vaultName());
        else if (!isDisabledKeyError(m_keyError))
            notices << tr("Reading the key “%1” failed: %2").arg(keyName(), m_keyError.summary());
    }
    m_keyNotice->setText(notices.join(QLatin1Char('\n')));
    m_keyNotice->setVisible(!notices.isEmpty());

    m_expiryIcon->clear();
    m_expiryIcon->hide();
    if (key) {
        QStringList parts;
        if (!key->kty.isEmpty())
            parts << (key->keySize > 0 ? tr("%1 %2 bits").arg(key->kty).arg(key->keySize) : key->kty);
        parts << (key->enabled ? tr("enabled") : tr("disabled"));
        if (key->created.isValid())
            parts << tr("created %1").arg(shortDate(key->created));
        m_keyDetails->setText(parts.join(QStringLiteral(" · ")));
        const QDateTime now = Clock::now();
        if (!key->expires.isValid()) {
            m_expiry->setText(tr("Never"));
        } else if (key->expires <= now) {
            m_expiry->setText(
                tr("Expired on %1 — Cosmos DB can no longer use this version").arg(shortDate(key->expires)));
            m_expiryIcon->setPixmap(iconPixmap(QStringLiteral("error"), m_widget));
            m_expiryIcon->show();
        } else if (now.daysTo(key->expires) <= kExpiryWarningDays) {
            m_expiry->setText(tr("%1 — in %n day(s): rotate the key or extend its expiry", nullptr,
                                 int(now.daysTo(key->expires)))
                                  .arg(shortDate(key->expires)));
            m_expiryIcon->setPixmap(iconPixmap(QStringLiteral("warning"), m_widget));
            m_expiryIcon->show();
        } else {
            m_expiry->setText(shortDate(key->expires));
        }
    } else {
        m_keyDetails->setText(m_loading ? tr("Reading the key from Key Vault…") : tr("Not available"));
        m_expiry->setText(m_loading ? tr("Reading…") : tr("Not available"));
    }

    if (m_latestKey) {
        const QString latest = m_latestKey->id.version;
        const bool same = !inUse.isEmpty() && latest.compare(inUse, Qt::CaseInsensitive) == 0;
        QString text = latest;
        if (same)
            text = tr("%1 (the version in use)").arg(latest);
        else if (id && id->isVersionless())
            text = tr("%1 — Cosmos DB picks up the new version automatically").arg(latest);
        else
            text = tr("%1 — not in use: the key URI is pinned to another version").arg(latest);
        m_latest->setText(text);
    } else {
        m_latest->setText(m_loading ? tr("Reading…") : tr("Not available"));
    }
}

void EncryptionPanel::updateActions()
{
    if (!m_widget)
        return;
    const bool ready = m_session && m_account.isValid() && !m_operation && !m_wizard;
    m_setup->setEnabled(ready && !m_account.usesCustomerManagedKey());
    m_changeKey->setEnabled(ready);
    m_rotate->setEnabled(ready && !keyName().isEmpty() && dataPlaneBase().isValid() && m_keyVault);
    m_refresh->setEnabled(m_encryption && !m_operation);
    m_diagnose->setEnabled(ready && !m_diagnosing && !m_loading);
    m_resume->setEnabled(ready);
    for (const auto &pair : m_fixButtons)
        pair.second->setEnabled(ready && !m_diagnosing);
}

void EncryptionPanel::updatePending()
{
    if (!m_pendingBanner)
        return;
    const bool pending =
        m_settings && m_account.isValid() && CmkWizard::pendingChoices(m_settings, m_account.id).has_value();
    if (pending)
        m_pendingBanner->showMessage(tr("A customer-managed key setup of this account was interrupted."),
                                     MessageWidget::Type::Information);
    else
        m_pendingBanner->hideMessage();
    m_resume->setVisible(pending);
}

// ---------------------------------------------------------------------------------------------------------------
// Loading

void EncryptionPanel::refresh()
{
    if (!m_encryption || m_operation)
        return;
    widget();
    m_banner->hideMessage();
    const quint64 generation = m_generation;
    m_loading = true;
    updateActions();
    m_loadJob = m_encryption->refresh(this, [this, generation](const Result<CosmosAccount> &r) {
        if (generation != m_generation)
            return;
        m_loadJob = nullptr;
        m_loading = false;
        if (!r.ok()) {
            if (!r.error().isCancelled())
                m_banner->showError(tr("Reading the account %1 failed").arg(m_account.name), r.error());
            updateActions();
            emit loaded();
            return;
        }
        onAccountChanged(r.value());
        m_loadedFor.clear();
        load();
    });
}

void EncryptionPanel::load()
{
    if (!m_session || !m_account.isValid() || !m_keyVault)
        return;
    widget();
    if (m_loadJob)
        m_loadJob->abort();
    ++m_generation; // answers of an earlier load are ignored
    m_loadedFor = m_account.id;
    m_findings.clear();
    rebuildFindings();
    updatePending();
    const bool thenDiagnose = healthOf(m_account) == Health::Lost;
    if (!m_account.usesCustomerManagedKey()) {
        m_loaded = true;
        m_loading = false;
        updateView();
        emit loaded();
        return;
    }
    m_loading = true;
    m_diagnosing = thenDiagnose;
    m_vault.reset();
    m_vaultNotice.clear();
    m_latestKey.reset();
    m_keyInUse.reset();
    m_keyFailed = false;
    m_keyError = ApiError();
    if (thenDiagnose)
        m_diagnosisStatus->setText(tr("Diagnosing: reading the vault, the key, the access and the network…"));
    updateView();
    loadVault(thenDiagnose);
}

void EncryptionPanel::diagnose()
{
    if (!m_session || !m_account.usesCustomerManagedKey() || m_operation)
        return;
    widget();
    if (m_loadJob)
        m_loadJob->abort();
    ++m_generation;
    m_loadedFor = m_account.id;
    m_loading = true;
    m_diagnosing = true;
    m_findings.clear();
    rebuildFindings();
    m_vault.reset();
    m_vaultNotice.clear();
    m_latestKey.reset();
    m_keyInUse.reset();
    m_keyFailed = false;
    m_keyError = ApiError();
    m_diagnosisStatus->setText(tr("Diagnosing: reading the vault, the key, the access and the network…"));
    updateView();
    loadVault(true);
}

void EncryptionPanel::loadVault(bool thenDiagnose)
{
    const auto id = configuredKeyId();
    if (!id) {
        m_vaultNotice =
            tr("The key URI “%1” is not a valid Key Vault key identifier.").arg(m_account.keyVaultKeyUri);
        finishLoad(thenDiagnose);
        return;
    }
    const quint64 generation = m_generation;
    const QString subscription = m_account.subscriptionId;
    m_loadJob = m_keyVault->listVaults(
        subscription, this, [this, generation, subscription, thenDiagnose](const Result<QList<KeyVault>> &r) {
            if (generation != m_generation)
                return;
            m_loadJob = nullptr;
            const auto keyId = configuredKeyId();
            if (r.ok()) {
                const QList<KeyVault> &vaults = r.value();
                const KeyVault *match = nullptr;
                for (const KeyVault &v : vaults) {
                    if (keyId && v.vaultUri.isValid() && sameOrigin(v.vaultUri, keyId->vaultUri))
                        match = &v;
                }
                if (!match) {
                    // Azure's vaults are named by their host ({vault}.vault.azure.net).
                    const QString name = vaultName();
                    for (const KeyVault &v : vaults) {
                        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
                            match = &v;
                    }
                }
                if (match)
                    m_vault = *match;
                else
                    m_vaultNotice =
                        tr("The key vault “%1” is not in the subscription of the account (%2), or it was "
                           "deleted. The key is read from its URI.")
                            .arg(vaultName(), subscription);
            } else if (r.error().isCancelled()) {
                m_loading = m_diagnosing = false;
                updateView();
                emit loaded();
                return;
            } else if (r.error().isForbidden()) {
                m_vaultNotice = tr("You may not list the key vaults of subscription %1 (403), so the vault's "
                                   "settings cannot be checked. The key is read from its URI.")
                                    .arg(subscription);
            } else {
                m_vaultNotice = tr("Reading the key vaults of subscription %1 failed: %2")
                                    .arg(subscription, r.error().summary());
            }
            loadKeys(thenDiagnose);
        });
    updateActions();
}

void EncryptionPanel::loadKeys(bool thenDiagnose)
{
    const auto latestId = keyIdOnVault(QString());
    if (!latestId) {
        finishLoad(thenDiagnose);
        return;
    }
    const quint64 generation = m_generation;
    // The versions (newest first, attributes only: readable even when a version is disabled) ...
    m_loadJob = m_keyVault->listKeyVersions(
        latestId->vaultUri, latestId->name, this,
        [this, generation, thenDiagnose](const Result<QList<KeyVaultKey>> &r) {
            if (generation != m_generation)
                return;
            m_loadJob = nullptr;
            if (!r.ok()) {
                if (r.error().isCancelled()) {
                    m_loading = m_diagnosing = false;
                    updateView();
                    emit loaded();
                    return;
                }
                m_keyFailed = true;
                m_keyError = r.error();
                finishLoad(thenDiagnose);
                return;
            }
            const QList<KeyVaultKey> versions = r.value();
            const QString inUse = versionInUse();
            if (!versions.isEmpty())
                m_latestKey = versions.first();
            for (const KeyVaultKey &v : versions) {
                if (!inUse.isEmpty() && v.id.version.compare(inUse, Qt::CaseInsensitive) == 0)
                    m_keyInUse = v;
            }
            if (!m_keyInUse && inUse.isEmpty() && m_latestKey)
                m_keyInUse = m_latestKey;
            // ... then the bundle of the version in use (type and size).
            const auto bundleId = keyIdOnVault(m_keyInUse ? m_keyInUse->id.version : QString());
            if (!bundleId) {
                finishLoad(thenDiagnose);
                return;
            }
            m_loadJob = m_keyVault->getKey(
                *bundleId, this, [this, generation, thenDiagnose](const Result<KeyVaultKey> &k) {
                    if (generation != m_generation)
                        return;
                    m_loadJob = nullptr;
                    if (k.ok()) {
                        m_keyInUse = k.value();
                        if (m_latestKey && m_latestKey->id.version == k.value().id.version)
                            m_latestKey = k.value();
                    } else if (!k.error().isCancelled()) {
                        m_keyFailed = true;
                        m_keyError = k.error();
                    }
                    finishLoad(thenDiagnose);
                });
        });
    updateActions();
}

void EncryptionPanel::finishLoad(bool thenDiagnose)
{
    m_loading = false;
    m_loaded = true;
    updateView();
    emit loaded();
    if (thenDiagnose)
        diagnoseGrant();
}

// ---------------------------------------------------------------------------------------------------------------
// Diagnosis

void EncryptionPanel::addFinding(FindingKind kind, const QString &text, const QString &command, bool fixable)
{
    m_findings.append(Finding{kind, text, command, fixable});
}

void EncryptionPanel::diagnoseGrant()
{
    m_diagnosing = true;
    m_findings.clear();
    const QString vault = vaultCommandName();
    const QString key = keyName();

    // 1. The vault (ARM).
    if (!m_vault) {
        if (m_vaultNotice.contains(QLatin1String("403")))
            addFinding(FindingKind::VaultUnreadable,
                       tr("The vault “%1” cannot be read with your permissions, so its settings, access and "
                          "network could not be checked. Ask for the Reader role on the vault.")
                           .arg(vault),
                       QStringLiteral("az keyvault show --name %1").arg(AzCli::quote(vault)), false);
        else
            addFinding(
                FindingKind::VaultNotFound,
                tr("The key vault “%1” was not found. If it was deleted, recover it (soft delete keeps "
                   "it for the retention period), then wait for Cosmos DB to reach the key again.")
                    .arg(vault),
                QStringLiteral("az keyvault recover --name %1").arg(AzCli::quote(vault)), false);
    }

    // 2. The key (data plane).
    const QString inUse = m_keyInUse ? m_keyInUse->id.version : versionInUse();
    if (m_keyFailed && m_keyError.isNotFound()) {
        addFinding(
            FindingKind::KeyDeleted,
            tr("The key “%1” does not exist in the vault “%2”: it was deleted. Recover the deleted key "
               "in Key Vault (purge protection keeps it recoverable); the console cannot do this for "
               "you.")
                .arg(key, vault),
            QStringLiteral("az keyvault key recover --vault-name %1 --name %2")
                .arg(AzCli::quote(vault), AzCli::quote(key)),
            false);
    } else if (m_keyFailed && m_keyError.isForbidden() && !isDisabledKeyError(m_keyError)) {
        addFinding(FindingKind::KeyUnreadable,
                   tr("You may not read the key “%1” (403 %2), so its state could not be checked. A Key "
                      "Vault administrator can check whether the version in use is enabled and not expired.")
                       .arg(key, m_keyError.code),
                   QStringLiteral("az keyvault key show --vault-name %1 --name %2")
                       .arg(AzCli::quote(vault), AzCli::quote(key)),
                   false);
    }
    const bool disabled =
        (m_keyInUse && !m_keyInUse->enabled) || (m_keyFailed && isDisabledKeyError(m_keyError));
    if (disabled) {
        addFinding(FindingKind::KeyDisabled,
                   tr("The key version in use (%1 of “%2”) is disabled, so Cosmos DB cannot unwrap the "
                      "account's data encryption key.")
                       .arg(inUse.isEmpty() ? tr("the latest version") : inUse, key),
                   QStringLiteral("az keyvault key set-attributes --vault-name %1 --name %2 --version %3 "
                                  "--enabled true")
                       .arg(AzCli::quote(vault), AzCli::quote(key), inUse),
                   true);
    }
    if (m_keyInUse) {
        const QDateTime now = Clock::now();
        if (m_keyInUse->expires.isValid() && m_keyInUse->expires <= now)
            addFinding(FindingKind::KeyExpired,
                       tr("The key version in use expired on %1. Extend its expiry date in Key Vault (or "
                          "change the account to another key).")
                           .arg(shortDate(m_keyInUse->expires)),
                       QStringLiteral("az keyvault key set-attributes --vault-name %1 --name %2 --version %3 "
                                      "--expires <new date, e.g. 2030-01-01T00:00:00Z>")
                           .arg(AzCli::quote(vault), AzCli::quote(key), inUse),
                       false);
        if (m_keyInUse->notBefore.isValid() && m_keyInUse->notBefore > now)
            addFinding(FindingKind::KeyNotYetValid,
                       tr("The key version in use is not valid before %1. Change its activation date in Key "
                          "Vault.")
                           .arg(shortDate(m_keyInUse->notBefore)),
                       QStringLiteral("az keyvault key set-attributes --vault-name %1 --name %2 --version %3 "
                                      "--not-before <date>")
                           .arg(AzCli::quote(vault), AzCli::quote(key), inUse),
                       false);
    }

    // 3. The identity and its grant.
    bool firstParty = false;
    const QString principal = defaultPrincipalId(&firstParty);
    if (!firstParty && principal.isEmpty()) {
        addFinding(FindingKind::IdentityMissing,
                   tr("The account's default identity (%1) does not exist on the account, so nothing can use "
                      "the key. Add that identity to the account again, or change the default identity "
                      "with Change key….")
                       .arg(m_account.defaultIdentity),
                   EncryptionService::azAssignIdentityCommand(m_account.id, true, QString()), false);
        finishDiagnosis();
        return;
    }
    if (!m_vault) {
        finishDiagnosis();
        return;
    }
    if (firstParty) {
        const quint64 generation = m_generation;
        m_loadJob = m_identities->servicePrincipalByAppId(
            QLatin1String(kCosmosFirstPartyAppId), this,
            [this, generation](const Result<ServicePrincipalInfo> &r) {
                if (generation != m_generation)
                    return;
                m_loadJob = nullptr;
                if (!r.ok()) {
                    if (!r.error().isCancelled())
                        addFinding(FindingKind::GrantUnreadable,
                                   tr("The Azure Cosmos DB first-party application could not be looked up "
                                      "in your tenant (%1), so its access to the vault was not checked.")
                                       .arg(r.error().summary()),
                                   QString(), false);
                    finishDiagnosis();
                    return;
                }
                diagnoseGrantWith(r.value().objectId);
            });
        updateActions();
        return;
    }
    diagnoseGrantWith(principal);
}

void EncryptionPanel::diagnoseGrantWith(const QString &principalId)
{
    if (!m_vault) {
        finishDiagnosis();
        return;
    }
    const KeyVault vault = *m_vault;
    m_grantPrincipal = principalId;
    // 4. The network (from the vault read above).
    const auto network = [this, vault] {
        if (!vault.isPublicNetworkAccessEnabled())
            addFinding(
                FindingKind::PublicAccessDisabled,
                tr("The vault “%1” refuses public network access. Cosmos DB cannot reach a vault that "
                   "is only reachable through private endpoints.")
                    .arg(vault.name),
                KeyVaultService::azFixCommand(vault, KeyVaultService::VaultFix::EnablePublicNetworkAccess),
                true);
        else if (!vault.allowsTrustedServices())
            addFinding(
                FindingKind::TrustedServicesBlocked,
                tr("The firewall of the vault “%1” blocks Azure services: Cosmos DB can only reach the "
                   "key with the exception “Allow trusted Microsoft services”.")
                    .arg(vault.name),
                KeyVaultService::azFixCommand(vault, KeyVaultService::VaultFix::AllowTrustedServices), true);
    };
    if (!vault.enableRbacAuthorization) {
        const KeyVaultAccessPolicy *policy = vault.accessPolicyFor(principalId);
        if (!policy || !policy->allowsCustomerManagedKey())
            addFinding(FindingKind::AccessPolicyMissing,
                       tr("The access policies of the vault “%1” do not let the identity (object id %2) get, "
                          "wrap and unwrap keys.")
                           .arg(vault.name, principalId),
                       KeyVaultService::azSetPolicyCommand(
                           vault, KeyVaultAccessPolicy::forCustomerManagedKey(tenantId(), principalId)),
                       true);
        network();
        finishDiagnosis();
        return;
    }
    const quint64 generation = m_generation;
    const QString keyScope = vault.id + QStringLiteral("/keys/") + keyName();
    m_loadJob = m_roles->list(
        vault.id, principalId, this,
        [this, generation, vault, keyScope, principalId, network](const Result<QList<RoleAssignment>> &r) {
            if (generation != m_generation)
                return;
            m_loadJob = nullptr;
            if (r.ok()) {
                bool covered = false;
                for (const char *role : {AzureRoles::kKeyVaultCryptoServiceEncryptionUser,
                                         AzureRoles::kKeyVaultCryptoUser, AzureRoles::kKeyVaultAdministrator})
                    covered = covered || RoleAssignmentsService::covers(r.value(), keyScope,
                                                                        QLatin1String(role), principalId);
                if (!covered)
                    addFinding(FindingKind::RoleMissing,
                               tr("The identity (object id %1) has no role on the vault “%2” that lets it "
                                  "wrap and unwrap keys: its role assignment was removed.")
                                   .arg(principalId, vault.name),
                               RoleAssignmentsService::azCreateCommand(
                                   vault.id, QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser),
                                   principalId, QStringLiteral("ServicePrincipal")),
                               true);
            } else if (!r.error().isCancelled()) {
                addFinding(FindingKind::GrantUnreadable,
                           tr("The role assignments on the vault “%1” could not be read (%2), so the "
                              "identity's access was not checked.")
                               .arg(vault.name, r.error().summary()),
                           QStringLiteral("az role assignment list --scope %1 --assignee %2")
                               .arg(AzCli::quote(vault.id), principalId),
                           false);
            }
            network();
            finishDiagnosis();
        });
    updateActions();
}

void EncryptionPanel::finishDiagnosis()
{
    if (m_findings.isEmpty())
        addFinding(
            FindingKind::NoCauseFound,
            tr("No cause was found in Key Vault: the vault, the key and the identity's access look right. "
               "If access was restored recently, select Refresh to see the status Azure reports now; in "
               "Azure it can take up to an hour until Cosmos DB uses the key again."),
            QString(), false);
    m_diagnosing = false;
    int fixable = 0;
    for (const Finding &f : std::as_const(m_findings))
        fixable += f.fixable ? 1 : 0;
    m_diagnosisStatus->setText(
        hasFinding(FindingKind::NoCauseFound)
            ? tr("Diagnosis finished.")
            : tr("Diagnosis finished: %n cause(s) found. Fix them in this order, then select Refresh.",
                 nullptr, int(m_findings.size())) +
                  (fixable > 0
                       ? QLatin1Char(' ') + tr("The console can fix %n of them for you.", nullptr, fixable)
                       : QString()));
    rebuildFindings();
    updateActions();
    emit diagnosed();
}

void EncryptionPanel::rebuildFindings()
{
    if (!m_findingsLayout)
        return;
    for (const auto &pair : std::as_const(m_fixButtons))
        pair.second->disconnect(this);
    m_fixButtons.clear();
    while (QLayoutItem *item = m_findingsLayout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    QWidget *previous = m_diagnose;
    int number = 0;
    for (const Finding &f : std::as_const(m_findings)) {
        ++number;
        auto *row = new QFrame;
        row->setObjectName(QStringLiteral("finding_%1").arg(int(f.kind)));
        row->setFrameShape(QFrame::StyledPanel);
        auto *rowLayout = new QGridLayout(row);
        auto *icon = new QLabel;
        icon->setPixmap(iconPixmap(f.kind == FindingKind::NoCauseFound ? QStringLiteral("info")
                                   : f.fixable                         ? QStringLiteral("warning")
                                                                       : QStringLiteral("error"),
                                   m_widget));
        auto *text = new QLabel(tr("%1. %2").arg(number).arg(f.text));
        text->setObjectName(QStringLiteral("findingText"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        rowLayout->addWidget(icon, 0, 0, Qt::AlignTop);
        rowLayout->addWidget(text, 0, 1);
        if (!f.command.isEmpty()) {
            auto *cmd = new QLabel((f.fixable ? tr("Azure CLI: %1") : tr("Fix it with: %1")).arg(f.command));
            cmd->setObjectName(QStringLiteral("findingCommand"));
            cmd->setWordWrap(true);
            cmd->setTextFormat(Qt::PlainText);
            cmd->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            cmd->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            rowLayout->addWidget(cmd, 1, 1);
        }
        if (f.fixable) {
            QString label;
            switch (f.kind) {
            case FindingKind::KeyDisabled:
                label = tr("Enable this key version…");
                break;
            case FindingKind::RoleMissing:
            case FindingKind::AccessPolicyMissing:
                label = tr("Grant access again…");
                break;
            case FindingKind::TrustedServicesBlocked:
                label = tr("Allow trusted Azure services…");
                break;
            case FindingKind::PublicAccessDisabled:
                label = tr("Enable public access…");
                break;
            default:
                label = tr("Fix…");
                break;
            }
            auto *button = new QPushButton(label);
            button->setObjectName(QStringLiteral("fixButton_%1").arg(int(f.kind)));
            button->setAccessibleName(label.chopped(1));
            button->setAccessibleDescription(f.text);
            const FindingKind kind = f.kind;
            const QString command = f.command;
            connect(button, &QPushButton::clicked, this, [this, kind] { fix(kind); });
            button->installEventFilter(this);
            rowLayout->addWidget(button, 0, 2, Qt::AlignTop);
            m_fixButtons.append({kind, button});
            connect(button, &QPushButton::pressed, this, [this, command] { previewCommand(command); });
        }
        rowLayout->setColumnStretch(1, 1);
        m_findingsLayout->addWidget(row);
        row->show();
        if (QPushButton *button = row->findChild<QPushButton *>()) {
            QWidget::setTabOrder(previous, button);
            previous = button;
        }
    }
    if (m_rotate)
        QWidget::setTabOrder(previous, m_rotate);
}

// ---------------------------------------------------------------------------------------------------------------
// Fixes

bool EncryptionPanel::confirmFix(const Finding &finding, QString *running)
{
    QString title;
    QString question;
    QString consequences;
    const QString vault = vaultCommandName();
    switch (finding.kind) {
    case FindingKind::KeyDisabled:
        title = tr("Enable key version");
        question = tr("Enable the key version %1 of “%2” in the vault “%3”?")
                       .arg(m_keyInUse ? m_keyInUse->id.version : versionInUse(), keyName(), vault);
        consequences = tr("Everyone allowed to use the key can use this version again, including Cosmos DB. "
                          "If it was disabled on purpose (to revoke access), do not enable it.");
        *running = tr("Enabling the key version…");
        break;
    case FindingKind::RoleMissing:
        title = tr("Grant access again");
        question = tr("Give the account's identity the role Key Vault Crypto Service Encryption User on the "
                      "vault “%1”?")
                       .arg(vault);
        consequences =
            tr("The identity may then read the vault's keys and wrap and unwrap with them — what Cosmos "
               "DB needs to use its customer-managed key.");
        *running = tr("Assigning the role…");
        break;
    case FindingKind::AccessPolicyMissing:
        title = tr("Grant access again");
        question = tr("Add an access policy for the account's identity to the vault “%1”?").arg(vault);
        consequences =
            tr("The identity may then get keys and wrap and unwrap with them (key permissions get, "
               "wrapKey, unwrapKey) — what Cosmos DB needs to use its customer-managed key.");
        *running = tr("Adding the access policy…");
        break;
    case FindingKind::TrustedServicesBlocked:
        title = tr("Allow trusted Azure services");
        question = tr("Let trusted Microsoft services through the firewall of the vault “%1”?").arg(vault);
        consequences =
            tr("Azure services such as Cosmos DB can then reach the vault; the other network rules "
               "stay as they are. Every caller still needs a permission on the keys.");
        *running = tr("Changing the vault's firewall…");
        break;
    case FindingKind::PublicAccessDisabled:
        title = tr("Enable public access");
        question = tr("Enable public network access on the vault “%1”?").arg(vault);
        consequences =
            tr("The vault becomes reachable from the internet (subject to its firewall rules and "
               "permissions). Consider denying by default and allowing trusted Microsoft services.");
        *running = tr("Enabling public network access…");
        break;
    default:
        return false;
    }
    consequences += QStringLiteral("\n\n") + tr("Azure CLI: %1").arg(finding.command);
    const auto answer =
        MessageBox::question(m_widget, title, question, consequences, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel, QMessageBox::Warning);
    return answer == QMessageBox::Yes;
}

void EncryptionPanel::fix(FindingKind kind)
{
    if (!m_keyVault || m_operation || m_diagnosing)
        return;
    widget();
    const Finding *finding = nullptr;
    for (const Finding &f : std::as_const(m_findings)) {
        if (f.kind == kind && f.fixable)
            finding = &f;
    }
    if (!finding)
        return;
    const Finding chosen = *finding;
    previewCommand(chosen.command);
    QString running;
    if (!confirmFix(chosen, &running))
        return;
    const quint64 generation = m_generation;
    const auto done = [this, generation, chosen](bool ok, const ApiError &error) {
        if (generation != m_generation)
            return;
        const bool cancelled = m_cancelRequested;
        endOperation();
        if (ok) {
            m_banner->showMessage(tr("Done. Select Refresh to see the status Azure reports for the key. In "
                                     "Azure, Cosmos DB can "
                                     "take up to an hour to notice that access is back."),
                                  MessageWidget::Type::Positive);
            emit operationFinished(true);
            diagnose(); // the finding should be gone now
            return;
        }
        if (error.isCancelled() || cancelled)
            m_banner->showMessage(tr("Stopped waiting. The change may still complete in Azure."),
                                  MessageWidget::Type::Warning);
        else
            m_banner->showError(tr("The fix failed"), error);
        emit operationFinished(false);
    };
    AbstractJob *job = nullptr;
    const QString principal = m_grantPrincipal; // the identity the grant finding was computed for
    switch (kind) {
    case FindingKind::KeyDisabled: {
        const auto id = keyIdOnVault(m_keyInUse ? m_keyInUse->id.version : versionInUse());
        if (!id)
            return;
        job = m_keyVault->setKeyEnabled(*id, true, this, [done](const Result<KeyVaultKey> &r) {
            done(r.ok(), r.ok() ? ApiError() : r.error());
        });
        break;
    }
    case FindingKind::RoleMissing:
        if (!m_vault || principal.isEmpty())
            return;
        job = m_roles->create(
            m_vault->id, QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser), principal,
            QStringLiteral("ServicePrincipal"),
            tr("Azure Cosmos DB customer-managed key of %1").arg(m_account.name), this,
            [done](const Result<RoleAssignment> &r) { done(r.ok(), r.ok() ? ApiError() : r.error()); });
        break;
    case FindingKind::AccessPolicyMissing:
        if (!m_vault || principal.isEmpty())
            return;
        job = m_keyVault->addAccessPolicy(
            m_vault->id, KeyVaultAccessPolicy::forCustomerManagedKey(tenantId(), principal), this,
            [done](const Result<KeyVault> &r) { done(r.ok(), r.ok() ? ApiError() : r.error()); });
        break;
    case FindingKind::TrustedServicesBlocked:
    case FindingKind::PublicAccessDisabled:
        if (!m_vault)
            return;
        job = m_keyVault->applyFix(
            m_vault->id,
            kind == FindingKind::TrustedServicesBlocked
                ? KeyVaultService::VaultFix::AllowTrustedServices
                : KeyVaultService::VaultFix::EnablePublicNetworkAccess,
            this, [done](const Result<KeyVault> &r) { done(r.ok(), r.ok() ? ApiError() : r.error()); });
        break;
    default:
        return;
    }
    if (job) {
        startOperation(job, running);
        previewCommand(chosen.command);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Rotation

void EncryptionPanel::rotateKey()
{
    if (!m_keyVault || m_operation || m_wizard)
        return;
    widget();
    const auto id = configuredKeyId();
    const QUrl base = dataPlaneBase();
    if (!id || !base.isValid())
        return;
    const QString command = KeyVaultService::azRotateKeyCommand(vaultCommandName(), id->name);
    previewCommand(command);
    QString consequences =
        tr("Key Vault creates a new version of the key “%1”; the current version stays as it "
           "is.")
            .arg(id->name);
    consequences += QStringLiteral("\n\n");
    if (id->isVersionless())
        consequences +=
            tr("The account uses a versionless key URI, so Cosmos DB re-wraps its data encryption "
               "key with the new version by itself.");
    else
        consequences +=
            tr("The account's key URI is pinned to version %1: after the rotation you can set the "
               "account to the new version.")
                .arg(id->version);
    consequences +=
        QStringLiteral("\n\n") +
        tr("Keep the old version enabled until Cosmos DB no longer uses it (Key Vault's audit logs "
           "show no more use of it — Azure's guidance is to wait 24 hours). Disabling it earlier "
           "makes the account's data unreadable.");
    consequences += QStringLiteral("\n\n") + tr("Azure CLI: %1").arg(command);
    const auto answer = MessageBox::question(
        m_widget, tr("Rotate key"), tr("Create a new version of the key “%1”?").arg(id->name), consequences,
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, QMessageBox::Question);
    if (answer != QMessageBox::Yes)
        return;
    const quint64 generation = m_generation;
    AbstractJob *job =
        m_keyVault->rotateKey(base, id->name, this, [this, generation](const Result<KeyVaultKey> &r) {
            if (generation != m_generation)
                return;
            const bool cancelled = m_cancelRequested;
            endOperation();
            if (r.ok()) {
                afterRotation(r.value());
                return;
            }
            if (r.error().isCancelled() || cancelled)
                m_banner->showMessage(
                    tr("Stopped waiting for the rotation. Key Vault may still create the new version: "
                       "select Refresh in a moment."),
                    MessageWidget::Type::Warning);
            else
                m_banner->showError(tr("Rotating the key “%1” failed").arg(keyName()), r.error());
            emit operationFinished(false);
        });
    if (job) {
        startOperation(job, tr("Rotating the key “%1”…").arg(id->name));
        previewCommand(command); // focus may have moved off the disabled button
    }
}

void EncryptionPanel::afterRotation(const KeyVaultKey &newVersion)
{
    const auto id = configuredKeyId();
    if (!id || id->isVersionless() || !m_encryption) {
        m_banner->showMessage(tr("Key Vault created the new version %1. Cosmos DB picks it up automatically.")
                                  .arg(newVersion.id.version),
                              MessageWidget::Type::Positive);
        emit operationFinished(true);
        refresh();
        return;
    }
    KeyVaultKeyId pinned = *id;
    pinned.version = newVersion.id.version;
    const QString uri = pinned.toString();
    const QString command = EncryptionService::azKeyUriCommand(m_account.id, uri, QString());
    previewCommand(command);
    const auto answer = MessageBox::question(
        m_widget, tr("Use the new key version"),
        tr("Key Vault created version %1. Set the account to it now?").arg(newVersion.id.version),
        tr("The account's key URI is pinned to version %1, so Cosmos DB keeps using that version until the "
           "account is changed. Keep the old version enabled until it is no longer used.\n\nAzure CLI: %2")
            .arg(id->version, command),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes, QMessageBox::Question);
    if (answer != QMessageBox::Yes) {
        m_banner->showMessage(tr("Key Vault created the new version %1. The account still uses version %2.")
                                  .arg(newVersion.id.version, id->version),
                              MessageWidget::Type::Information);
        emit operationFinished(true);
        refresh();
        return;
    }
    const quint64 generation = m_generation;
    LroJob *job = m_encryption->setKeyVaultKeyUri(
        uri, QString(), this, [this, generation](const Result<CosmosAccount> &r) {
            if (generation != m_generation)
                return;
            const bool cancelled = m_cancelRequested;
            endOperation();
            if (r.ok()) {
                onAccountChanged(r.value());
                m_banner->showMessage(tr("The account now uses the new key version."),
                                      MessageWidget::Type::Positive);
                emit operationFinished(true);
                m_loadedFor.clear();
                load();
                return;
            }
            if (r.error().isCancelled() || cancelled)
                m_banner->showMessage(tr("Stopped waiting. The account may still change to the new key "
                                         "version in Azure: select Refresh in a moment."),
                                      MessageWidget::Type::Warning);
            else
                m_banner->showError(tr("Setting the account to the new key version failed"), r.error());
            emit operationFinished(false);
        });
    if (job) {
        startOperation(job, tr("Setting the account to the new key version…"));
        connect(job, &LroJob::progressed, this, [this, job](const QString &status, int percent) {
            if (job != m_operation)
                return;
            if (percent >= 0) {
                m_operationProgress->setRange(0, 100);
                m_operationProgress->setValue(percent);
            }
            if (!status.isEmpty())
                m_operationLabel->setText(tr("%1 (Azure reports: %2)").arg(m_operationText, status));
        });
    }
}

void EncryptionPanel::startOperation(AbstractJob *job, const QString &text)
{
    m_operation = job;
    m_cancelRequested = false;
    m_operationText = text;
    m_operationLabel->setText(text);
    m_operationProgress->setRange(0, 0);
    m_operationBar->show();
    m_cancelOperation->setEnabled(true);
    m_banner->hideMessage();
    updateActions();
}

void EncryptionPanel::endOperation()
{
    m_operation = nullptr;
    m_cancelRequested = false;
    if (m_operationBar)
        m_operationBar->hide();
    updateActions();
}

void EncryptionPanel::cancelOperation()
{
    if (!m_operation)
        return;
    m_cancelRequested = true;
    m_cancelOperation->setEnabled(false);
    m_operationLabel->setText(tr("Stopping…"));
    m_operation->abort();
}

// ---------------------------------------------------------------------------------------------------------------
// Wizard

void EncryptionPanel::openWizard()
{
    if (!m_session || !m_account.isValid() || m_operation || m_wizard)
        return;
    widget();
    QString tenant = m_session->profile().tenantId;
    if (!m_account.identity.tenantId.isEmpty())
        tenant = m_account.identity.tenantId;
    m_wizard = new CmkWizard(m_session, m_account, tenant, m_settings, m_widget);
    m_wizard->setPollIntervalMs(m_pollMs);
    if (m_accessRetries >= 0)
        m_wizard->setAccessRetries(m_accessRetries, m_accessRetryDelayMs);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &CmkWizard::accountUpdated, this, [this](const CosmosAccount &account) {
        onAccountChanged(account);
        refresh();
    });
    connect(m_wizard, &QObject::destroyed, this, [this] {
        m_wizard = nullptr;
        updatePending();
        updateActions();
    });
    updateActions();
    m_wizard->open();
}

void EncryptionPanel::resumeSetup()
{
    if (!m_session || !m_account.isValid() || m_operation || m_wizard || !m_settings)
        return;
    widget();
    const std::optional<CmkChoices> choices = CmkWizard::pendingChoices(m_settings, m_account.id);
    if (!choices) {
        updatePending();
        return;
    }
    m_wizard = new CmkWizard(m_session, *choices, m_settings, m_widget);
    m_wizard->setPollIntervalMs(m_pollMs);
    if (m_accessRetries >= 0)
        m_wizard->setAccessRetries(m_accessRetries, m_accessRetryDelayMs);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &CmkWizard::accountUpdated, this, [this](const CosmosAccount &account) {
        onAccountChanged(account);
        refresh();
    });
    connect(m_wizard, &QObject::destroyed, this, [this] {
        m_wizard = nullptr;
        updatePending();
        updateActions();
    });
    updateActions();
    m_wizard->open();
}

} // namespace csc
