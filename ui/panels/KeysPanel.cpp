// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/panels/KeysPanel.h"

#include "core/Clock.h"
#include "models/AccountSelection.h"
#include "net/AzureSession.h"
#include "net/CosmosDataClient.h"
#include "secrets/SecretStore.h"
#include "ui/MessageBox.h"
#include "ui/SecretClipboard.h"
#include "ui/dialogs/KeyRotationWizard.h"
#include "ui/widgets/CommandPreview.h"
#include "ui/widgets/MessageWidget.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

namespace csc {

namespace {

constexpr int kConnectionRowBase = 100;
constexpr std::array<KeyKind, 4> kKinds{KeyKind::Primary, KeyKind::Secondary, KeyKind::PrimaryReadonly,
                                        KeyKind::SecondaryReadonly};

QString mask()
{
    return QString(24, QChar(0x2022));
}

bool isReadOnly(KeyKind kind)
{
    return kind == KeyKind::PrimaryReadonly || kind == KeyKind::SecondaryReadonly;
}

QDateTime generationTime(const CosmosAccount &account, KeyKind kind)
{
    switch (kind) {
    case KeyKind::Primary:
        return account.keysMetadata.primaryMasterKey;
    case KeyKind::Secondary:
        return account.keysMetadata.secondaryMasterKey;
    case KeyKind::PrimaryReadonly:
        return account.keysMetadata.primaryReadonlyMasterKey;
    case KeyKind::SecondaryReadonly:
        return account.keysMetadata.secondaryReadonlyMasterKey;
    }
    return {};
}

QString objectSuffix(KeyKind kind)
{
    return KeysService::keyKindName(kind);
}

QToolButton *toolButton(const QString &objectName, const QString &icon, const QString &text,
                        const QString &accessibleName)
{
    auto *b = new QToolButton;
    b->setObjectName(objectName);
    if (!icon.isEmpty())
        b->setIcon(QIcon(icon));
    b->setText(text);
    b->setToolButtonStyle(icon.isEmpty() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    b->setToolTip(accessibleName);
    b->setAccessibleName(accessibleName);
    b->setFocusPolicy(Qt::StrongFocus);
    b->setAutoRaise(false);
    return b;
}

} // namespace

QString KeysPanel::secretKeyName(const QString &accountId, KeyKind kind)
{
    return QStringLiteral("account/%1/%2").arg(accountId.toLower(), KeysService::keyKindName(kind));
}

QString KeysPanel::keyNoun(KeyKind kind)
{
    switch (kind) {
    case KeyKind::Primary:
        return tr("primary key");
    case KeyKind::Secondary:
        return tr("secondary key");
    case KeyKind::PrimaryReadonly:
        return tr("primary read-only key");
    case KeyKind::SecondaryReadonly:
        return tr("secondary read-only key");
    }
    return {};
}

QString KeysPanel::keyLabel(KeyKind kind)
{
    switch (kind) {
    case KeyKind::Primary:
        return tr("Primary key");
    case KeyKind::Secondary:
        return tr("Secondary key");
    case KeyKind::PrimaryReadonly:
        return tr("Primary read-only key");
    case KeyKind::SecondaryReadonly:
        return tr("Secondary read-only key");
    }
    return {};
}

KeysPanel::KeysPanel(AccountSelection *selection, SecretStore *secrets, QSettings *settings, QObject *parent)
    : QObject(parent), m_selection(selection), m_secrets(secrets), m_settings(settings),
      m_clipboard(new SecretClipboard(settings, this)), m_revealTimer(new QTimer(this)),
      m_keepTimer(new QTimer(this))
{
    m_revealTimer->setInterval(1000);
    connect(m_revealTimer, &QTimer::timeout, this, [this] {
        if (m_revealedRow < 0) {
            m_revealTimer->stop();
            return;
        }
        if (--m_revealLeft <= 0)
            maskAll();
        else
            updateStatus();
    });
    m_keepTimer->setSingleShot(true);
    connect(m_keepTimer, &QTimer::timeout, this, [this] {
        if (!hasLoadedKeys())
            return;
        clearKeys();
        if (m_banner)
            m_banner->showMessage(
                tr("The keys were removed from memory after %n s without use. Select Show keys to fetch "
                   "them again.",
                   nullptr, settingInt(keepLoadedSecondsKey(), kDefaultKeepLoadedSeconds, 10)),
                MessageWidget::Type::Information);
    });
    connect(m_clipboard, &SecretClipboard::countdownChanged, this, [this] { updateStatus(); });
    connect(m_clipboard, &SecretClipboard::copied, this, [this] { updateStatus(); });
    connect(m_clipboard, &SecretClipboard::finished, this, [this] { updateStatus(); });
    if (m_selection) {
        connect(m_selection, &AccountSelection::currentChanged, this, &KeysPanel::onSelectionChanged);
        m_account = m_selection->current();
    }
}

KeysPanel::~KeysPanel()
{
    if (m_wizard)
        delete m_wizard;
    dropService();
    m_keys = AccountKeys();
    m_connectionStrings.clear();
    if (m_widget && !m_widget->parent())
        delete m_widget;
}

QString KeysPanel::title() const
{
    return tr("Keys");
}

QIcon KeysPanel::icon() const
{
    return QIcon(QStringLiteral(":/icons/keys.svg"));
}

QWidget *KeysPanel::widget()
{
    if (!m_widget) {
        buildUi();
        refreshAccountView();
    }
    return m_widget;
}

int KeysPanel::settingInt(const QString &key, int fallback, int minimum) const
{
    if (!m_settings)
        return fallback;
    bool ok = false;
    const int v = m_settings->value(key, fallback).toInt(&ok);
    return ok && v >= minimum ? v : fallback;
}

// ---------------------------------------------------------------------------------------------------------------
// UI

void KeysPanel::buildUi()
{
    auto *root = new QWidget;
    m_widget = root;
    root->setObjectName(QStringLiteral("keysPanel"));
    root->installEventFilter(this);
    auto *rootLayout = new QVBoxLayout(root);
    rootLayout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget;
    rootLayout->addWidget(m_stack);

    // Page 0: nothing to show.
    auto *empty = new QWidget;
    empty->setObjectName(QStringLiteral("keysEmptyState"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    auto *emptyIcon = new QLabel;
    emptyIcon->setPixmap(
        QIcon(QStringLiteral(":/icons/keys.svg")).pixmap(QSize(48, 48), root->devicePixelRatioF()));
    m_emptyText = new QLabel;
    m_emptyText->setObjectName(QStringLiteral("keysEmptyText"));
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
    page->setObjectName(QStringLiteral("keysAccountPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("keysTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("keysSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_banner = new MessageWidget;
    m_banner->setObjectName(QStringLiteral("keysBanner"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_localAuthNotice = new QLabel;
    m_localAuthNotice->setObjectName(QStringLiteral("localAuthNotice"));
    m_localAuthNotice->setWordWrap(true);
    m_localAuthNotice->setTextFormat(Qt::PlainText);
    m_localAuthNotice->setText(
        tr("Key-based authentication is disabled on this account: the data plane refuses "
           "these keys (401, substatus 5202). They can still be read and regenerated."));
    m_localAuthNotice->hide();
    layout->addWidget(m_localAuthNotice);

    // Actions
    m_load = new QPushButton(QIcon(QStringLiteral(":/icons/show-secret.svg")), tr("&Show keys"));
    m_load->setObjectName(QStringLiteral("loadKeysButton"));
    m_load->setAccessibleName(tr("Fetch the keys and connection strings"));
    m_load->setToolTip(tr("Fetch the keys and connection strings from Azure. They stay masked until you "
                          "reveal one."));
    connect(m_load, &QPushButton::clicked, this, &KeysPanel::loadKeys);
    m_clear = new QPushButton(QIcon(QStringLiteral(":/icons/close.svg")), tr("&Forget loaded keys"));
    m_clear->setObjectName(QStringLiteral("clearKeysButton"));
    m_clear->setAccessibleName(tr("Remove the loaded keys from memory"));
    connect(m_clear, &QPushButton::clicked, this, &KeysPanel::clearKeys);
    m_rotate = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Rotate keys…"));
    m_rotate->setObjectName(QStringLiteral("rotateKeysButton"));
    m_rotate->setAccessibleName(tr("Rotate both read-write keys step by step"));
    m_rotate->setToolTip(tr("Regenerate the secondary key, move applications to it, then regenerate the "
                            "primary key — with a checkpoint at every step."));
    connect(m_rotate, &QPushButton::clicked, this, &KeysPanel::startRotation);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_load);
    actions->addWidget(m_clear);
    actions->addWidget(m_rotate);
    actions->addStretch(1);
    layout->addLayout(actions);

    m_revealStatus = new QLabel;
    m_revealStatus->setObjectName(QStringLiteral("revealStatus"));
    m_revealStatus->setTextFormat(Qt::PlainText);
    m_revealStatus->setAccessibleName(tr("Revealed key"));
    m_revealStatus->hide();
    m_clipboardStatus = new QLabel;
    m_clipboardStatus->setObjectName(QStringLiteral("clipboardStatus"));
    m_clipboardStatus->setTextFormat(Qt::PlainText);
    m_clipboardStatus->setAccessibleName(tr("Clipboard"));
    m_clipboardStatus->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_revealStatus);
    statusRow->addWidget(m_clipboardStatus);
    statusRow->addStretch(1);
    layout->addLayout(statusRow);

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
    connect(m_cancelOperation, &QPushButton::clicked, this, &KeysPanel::cancelOperation);
    opLayout->addWidget(m_operationLabel, 1);
    opLayout->addWidget(m_operationProgress);
    opLayout->addWidget(m_cancelOperation);
    m_operationBar->hide();
    layout->addWidget(m_operationBar);

    m_permissionNotice = new QLabel;
    m_permissionNotice->setObjectName(QStringLiteral("permissionNotice"));
    m_permissionNotice->setWordWrap(true);
    m_permissionNotice->setTextFormat(Qt::PlainText);
    m_permissionNotice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_permissionNotice->setFrameShape(QFrame::StyledPanel);
    m_permissionNotice->setMargin(8);
    m_permissionNotice->setAccessibleName(tr("Missing permission"));
    m_permissionNotice->hide();
    layout->addWidget(m_permissionNotice);

    // Keys
    m_keysBox = new QGroupBox(tr("Account keys"));
    m_keysBox->setObjectName(QStringLiteral("keysBox"));
    auto *keysGrid = new QGridLayout(m_keysBox);
    keysGrid->setHorizontalSpacing(6);
    keysGrid->setVerticalSpacing(6);
    m_keysHint = new QLabel;
    m_keysHint->setObjectName(QStringLiteral("keysHint"));
    m_keysHint->setWordWrap(true);
    m_keysHint->setTextFormat(Qt::PlainText);
    keysGrid->addWidget(m_keysHint, 0, 0, 1, 10);
    int gridRow = 1;
    for (KeyKind kind : kKinds)
        buildKeyRow(kind, keysGrid, gridRow++);
    keysGrid->setColumnStretch(1, 1);
    layout->addWidget(m_keysBox);

    // Connection strings
    m_connectionBox = new QGroupBox(tr("Connection strings"));
    m_connectionBox->setObjectName(QStringLiteral("connectionStringsBox"));
    m_connectionGrid = new QGridLayout(m_connectionBox);
    m_connectionGrid->setHorizontalSpacing(6);
    m_connectionHint = new QLabel;
    m_connectionHint->setObjectName(QStringLiteral("connectionStringsHint"));
    m_connectionHint->setWordWrap(true);
    m_connectionHint->setTextFormat(Qt::PlainText);
    m_connectionGrid->addWidget(m_connectionHint, 0, 0, 1, 4);
    m_connectionGrid->setColumnStretch(1, 1);
    layout->addWidget(m_connectionBox);

    // Key-based access
    auto *accessBox = new QGroupBox(tr("Key-based access"));
    accessBox->setObjectName(QStringLiteral("keyAccessBox"));
    auto *accessGrid = new QGridLayout(accessBox);
    auto *localAuthLabel = new QLabel(tr("Key-based authentication:"));
    m_localAuthState = new QLabel;
    m_localAuthState->setObjectName(QStringLiteral("localAuthState"));
    m_localAuthState->setTextFormat(Qt::PlainText);
    m_toggleLocalAuth = new QPushButton;
    m_toggleLocalAuth->setObjectName(QStringLiteral("toggleLocalAuthButton"));
    connect(m_toggleLocalAuth, &QPushButton::clicked, this, [this] {
        changeAuthSetting(KeysService::AuthSetting::DisableLocalAuth, !m_account.disableLocalAuth);
    });
    auto *metadataLabel = new QLabel(tr("Metadata writes with keys:"));
    m_metadataState = new QLabel;
    m_metadataState->setObjectName(QStringLiteral("metadataWriteState"));
    m_metadataState->setTextFormat(Qt::PlainText);
    m_toggleMetadata = new QPushButton;
    m_toggleMetadata->setObjectName(QStringLiteral("toggleMetadataWriteButton"));
    connect(m_toggleMetadata, &QPushButton::clicked, this, [this] {
        changeAuthSetting(KeysService::AuthSetting::DisableKeyBasedMetadataWriteAccess,
                          !m_account.disableKeyBasedMetadataWriteAccess);
    });
    localAuthLabel->setBuddy(m_toggleLocalAuth);
    metadataLabel->setBuddy(m_toggleMetadata);
    accessGrid->addWidget(localAuthLabel, 0, 0);
    accessGrid->addWidget(m_localAuthState, 0, 1);
    accessGrid->addWidget(m_toggleLocalAuth, 0, 2);
    accessGrid->addWidget(metadataLabel, 1, 0);
    accessGrid->addWidget(m_metadataState, 1, 1);
    accessGrid->addWidget(m_toggleMetadata, 1, 2);
    accessGrid->setColumnStretch(1, 1);
    layout->addWidget(accessBox);

    m_command = new CommandPreview;
    m_command->setObjectName(QStringLiteral("keysCommandPreview"));
    m_command->setCaption(tr("Equivalent Azure CLI command"));
    layout->addWidget(m_command);
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("keysScroll"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);

    // The command of whatever the user is about to do.
    for (QWidget *w : {static_cast<QWidget *>(m_load), static_cast<QWidget *>(m_rotate),
                       static_cast<QWidget *>(m_toggleLocalAuth), static_cast<QWidget *>(m_toggleMetadata)})
        w->installEventFilter(this);

    // Keyboard order: actions, then each key row left to right, connection strings, access, command.
    QWidget *previous = m_rotate;
    QWidget::setTabOrder(m_load, m_clear);
    QWidget::setTabOrder(m_clear, m_rotate);
    for (SecretRow &row : m_keyRows) {
        for (QWidget *w : {static_cast<QWidget *>(row.value), static_cast<QWidget *>(row.reveal),
                           static_cast<QWidget *>(row.copy), static_cast<QWidget *>(row.test),
                           static_cast<QWidget *>(row.regenerate), static_cast<QWidget *>(row.remember),
                           static_cast<QWidget *>(row.forget)}) {
            QWidget::setTabOrder(previous, w);
            previous = w;
        }
    }
    QWidget::setTabOrder(previous, m_toggleLocalAuth);
    QWidget::setTabOrder(m_toggleLocalAuth, m_toggleMetadata);
    QWidget::setTabOrder(m_toggleMetadata, m_command);
}

void KeysPanel::buildKeyRow(KeyKind kind, QGridLayout *grid, int gridRow)
{
    SecretRow &row = m_keyRows[std::size_t(kind)];
    const QString suffix = objectSuffix(kind);
    const QString label = keyLabel(kind);
    row.id = int(kind);
    row.label = label;

    row.value = new QLineEdit;
    row.value->setObjectName(QStringLiteral("keyValue_") + suffix);
    row.value->setReadOnly(true);
    row.value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    row.value->setAccessibleName(label);
    row.value->setContextMenuPolicy(Qt::NoContextMenu);
    row.value->setMinimumWidth(220);
    row.value->installEventFilter(this);
    row.name = new QLabel(label + QLatin1Char(':'));
    row.name->setBuddy(row.value);

    row.reveal = toolButton(QStringLiteral("revealKey_") + suffix, QStringLiteral(":/icons/show-secret.svg"),
                            tr("Show"), tr("Show the %1").arg(keyNoun(kind)));
    row.reveal->setCheckable(true);
    connect(row.reveal, &QToolButton::toggled, this, [this, kind](bool on) { setRevealed(int(kind), on); });
    row.copy = toolButton(QStringLiteral("copyKey_") + suffix, QStringLiteral(":/icons/copy.svg"), tr("Copy"),
                          tr("Copy the %1").arg(keyNoun(kind)));
    connect(row.copy, &QToolButton::clicked, this, [this, kind] { copyRow(int(kind)); });

    row.ageIcon = new QLabel;
    row.ageIcon->setObjectName(QStringLiteral("keyAgeIcon_") + suffix);
    row.age = new QLabel;
    row.age->setObjectName(QStringLiteral("keyAge_") + suffix);
    row.age->setTextFormat(Qt::PlainText);

    row.test = toolButton(QStringLiteral("testKey_") + suffix, QString(), tr("Test"),
                          tr("Test the %1 against the account endpoint").arg(keyNoun(kind)));
    connect(row.test, &QToolButton::clicked, this, [this, kind] { testKey(kind); });
    row.regenerate = toolButton(QStringLiteral("regenerateKey_") + suffix, QString(), tr("Regenerate…"),
                                tr("Regenerate the %1").arg(keyNoun(kind)));
    connect(row.regenerate, &QToolButton::clicked, this, [this, kind] { regenerate(kind); });
    row.regenerate->installEventFilter(this);

    row.remember = new QCheckBox(tr("Remember"));
    row.remember->setObjectName(QStringLiteral("rememberKey_") + suffix);
    row.remember->setAccessibleName(tr("Remember the %1 in the system keychain").arg(keyNoun(kind)));
    row.remember->setToolTip(
        tr("Keep this key in the system keychain so it can be tested without fetching it "
           "again. Off by default."));
    connect(row.remember, &QCheckBox::clicked, this, [this, kind](bool on) { setRemember(kind, on); });
    row.forget =
        toolButton(QStringLiteral("forgetKey_") + suffix, QStringLiteral(":/icons/remove.svg"), tr("Forget"),
                   tr("Remove the remembered %1 from the keychain").arg(keyNoun(kind)));
    row.forget->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(row.forget, &QToolButton::clicked, this, [this, kind] { forgetRemembered(kind, false); });

    auto *ageBox = new QHBoxLayout;
    ageBox->setSpacing(4);
    ageBox->addWidget(row.ageIcon);
    ageBox->addWidget(row.age, 1);

    grid->addWidget(row.name, gridRow, 0);
    grid->addWidget(row.value, gridRow, 1);
    grid->addWidget(row.reveal, gridRow, 2);
    grid->addWidget(row.copy, gridRow, 3);
    grid->addLayout(ageBox, gridRow, 4);
    grid->addWidget(row.test, gridRow, 5);
    grid->addWidget(row.regenerate, gridRow, 6);
    grid->addWidget(row.remember, gridRow, 7);
    grid->addWidget(row.forget, gridRow, 8);
}

void KeysPanel::rebuildConnectionStringRows()
{
    if (!m_connectionGrid)
        return;
    if (m_revealedRow >= kConnectionRowBase)
        setRevealed(m_revealedRow, false);
    for (SecretRow &row : m_connectionRows) {
        for (QWidget *w : {static_cast<QWidget *>(row.name), static_cast<QWidget *>(row.value),
                           static_cast<QWidget *>(row.reveal), static_cast<QWidget *>(row.copy)}) {
            m_connectionGrid->removeWidget(w);
            delete w;
        }
    }
    m_connectionRows.clear();
    QWidget *previous = m_keyRows.back().forget;
    for (int i = 0; i < m_connectionStrings.size(); ++i) {
        const ConnectionStringInfo &info = m_connectionStrings.at(i);
        const int id = kConnectionRowBase + i;
        SecretRow row;
        row.id = id;
        row.label = info.description.isEmpty() ? tr("Connection string %1").arg(i + 1) : info.description;
        row.value = new QLineEdit(mask());
        row.value->setObjectName(QStringLiteral("connectionStringValue_%1").arg(i));
        row.value->setReadOnly(true);
        row.value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        row.value->setAccessibleName(row.label);
        row.value->setContextMenuPolicy(Qt::NoContextMenu);
        row.value->installEventFilter(this);
        row.name = new QLabel(row.label + QLatin1Char(':'));
        row.name->setTextFormat(Qt::PlainText);
        row.name->setBuddy(row.value);
        row.reveal = toolButton(QStringLiteral("revealConnectionString_%1").arg(i),
                                QStringLiteral(":/icons/show-secret.svg"), tr("Show"),
                                tr("Show the connection string \"%1\"").arg(row.label));
        row.reveal->setCheckable(true);
        connect(row.reveal, &QToolButton::toggled, this, [this, id](bool on) { setRevealed(id, on); });
        row.copy =
            toolButton(QStringLiteral("copyConnectionString_%1").arg(i), QStringLiteral(":/icons/copy.svg"),
                       tr("Copy"), tr("Copy the connection string \"%1\"").arg(row.label));
        connect(row.copy, &QToolButton::clicked, this, [this, id] { copyRow(id); });
        m_connectionGrid->addWidget(row.name, i + 1, 0);
        m_connectionGrid->addWidget(row.value, i + 1, 1);
        m_connectionGrid->addWidget(row.reveal, i + 1, 2);
        m_connectionGrid->addWidget(row.copy, i + 1, 3);
        for (QWidget *w : {static_cast<QWidget *>(row.value), static_cast<QWidget *>(row.reveal),
                           static_cast<QWidget *>(row.copy)}) {
            QWidget::setTabOrder(previous, w);
            previous = w;
        }
        m_connectionRows.append(row);
    }
    QWidget::setTabOrder(previous, m_toggleLocalAuth);
}

// ---------------------------------------------------------------------------------------------------------------
// Account and session

void KeysPanel::dropService()
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
    if (m_operationBar)
        m_operationBar->hide();
    if (m_dataClient)
        m_dataClient->cancelTest();
    m_dataClient.reset();
    m_testing = -1;
    m_service.reset();
    m_loading = false;
}

void KeysPanel::setSession(AzureSession *session)
{
    if (m_wizard)
        delete m_wizard;
    dropService();
    clearKeys();
    m_session = session;
    m_account = m_selection ? m_selection->current() : CosmosAccount();
    resetForAccount(m_account);
}

void KeysPanel::onSelectionChanged(const CosmosAccount &account)
{
    if (account.isValid() && m_account.isValid() && ArmResourceId::sameId(account.id, m_account.id)) {
        // A newer state of the same account (after a change here or elsewhere): keep what is loaded.
        m_account = account;
        if (m_dataClient && QUrl(account.documentEndpoint) != m_dataClient->endpoint())
            m_dataClient.reset();
        refreshAccountView();
        return;
    }
    if (m_wizard)
        delete m_wizard;
    dropService();
    clearKeys();
    m_account = account;
    resetForAccount(account);
}

void KeysPanel::resetForAccount(const CosmosAccount &account)
{
    m_listKeysDenied = m_readOnlyKeysDenied = m_connectionStringsDenied = false;
    m_loadedOnce = false;
    m_remembered.fill(false);
    if (m_session && account.isValid())
        m_service = std::make_unique<KeysService>(m_session, account.id);
    if (m_banner)
        m_banner->hideMessage();
    refreshAccountView();
    checkRemembered();
}

void KeysPanel::refreshAccountView()
{
    if (!m_widget)
        return;
    if (!m_session || !m_account.isValid()) {
        m_emptyText->setText(
            !m_session
                ? tr("Connect to Azure to see the keys of your Cosmos DB accounts.")
                : tr("No account selected. Pick an account in Accounts to see, test and rotate its keys."));
        m_openAccounts->setVisible(!m_session.isNull());
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_title->setText(tr("Keys of %1").arg(m_account.name));
    m_subtitle->setText(tr("%1 · resource group %2 · %3")
                            .arg(m_account.documentEndpoint.isEmpty() ? tr("no endpoint reported")
                                                                      : m_account.documentEndpoint,
                                 m_account.resourceGroup, m_account.location));
    m_localAuthNotice->setVisible(m_account.disableLocalAuth);

    m_localAuthState->setText(m_account.disableLocalAuth
                                  ? tr("Disabled — only Microsoft Entra ID sign-in works on the data plane")
                                  : tr("Enabled — anyone with a key or connection string has full access"));
    m_toggleLocalAuth->setText(m_account.disableLocalAuth ? tr("&Enable key-based authentication…")
                                                          : tr("&Disable key-based authentication…"));
    m_toggleLocalAuth->setAccessibleName(
        m_toggleLocalAuth->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
    m_metadataState->setText(m_account.disableKeyBasedMetadataWriteAccess
                                 ? tr("Blocked — databases and containers change only through Azure Resource "
                                      "Manager")
                                 : tr("Allowed — a key can create and delete databases and containers"));
    m_toggleMetadata->setText(m_account.disableKeyBasedMetadataWriteAccess
                                  ? tr("A&llow metadata writes with keys…")
                                  : tr("B&lock metadata writes with keys…"));
    m_toggleMetadata->setAccessibleName(
        m_toggleMetadata->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
    if (m_command->command().isEmpty() ||
        !m_command->command().contains(ArmResourceId::parse(m_account.id).name))
        previewCommand(KeysService::azListCommand(m_account.id, KeysService::ListType::Keys));
    updateKeyRows();
    updateActions();
    updateStatus();
}

void KeysPanel::previewCommand(const QString &command)
{
    if (m_command)
        m_command->setCommand(command);
}

// ---------------------------------------------------------------------------------------------------------------
// Key rows

const SecureBytes *KeysPanel::secretFor(int rowId) const
{
    if (rowId >= kConnectionRowBase) {
        const int i = rowId - kConnectionRowBase;
        if (i < 0 || i >= m_connectionStrings.size())
            return nullptr;
        return &m_connectionStrings.at(i).connectionString;
    }
    if (rowId < 0 || rowId > 3)
        return nullptr;
    const SecureBytes &key = m_keys.key(KeyKind(rowId));
    return key.isEmpty() ? nullptr : &key;
}

KeysPanel::SecretRow *KeysPanel::rowById(int rowId)
{
    if (rowId >= 0 && rowId < 4 && m_widget)
        return &m_keyRows[std::size_t(rowId)];
    for (SecretRow &row : m_connectionRows) {
        if (row.id == rowId)
            return &row;
    }
    return nullptr;
}

void KeysPanel::updateKeyRows()
{
    if (!m_widget)
        return;
    const QDateTime now = Clock::now();
    const int maxAge = settingInt(maxAgeDaysKey(), kDefaultMaxAgeDays, 1);
    const bool busy = m_operation || m_wizard;
    for (KeyKind kind : kKinds) {
        SecretRow &row = m_keyRows[std::size_t(kind)];
        const bool loaded = !m_keys.key(kind).isEmpty();
        const bool denied = isReadOnly(kind) ? (m_listKeysDenied && m_readOnlyKeysDenied) : m_listKeysDenied;
        if (m_revealedRow != int(kind)) {
            if (loaded)
                row.value->setText(mask());
            else
                row.value->clear();
        }
        row.value->setPlaceholderText(denied      ? tr("Not available with your permissions")
                                      : m_loading ? tr("Loading…")
                                                  : tr("Not loaded — select Show keys"));
        row.value->setEnabled(loaded);
        row.reveal->setEnabled(loaded);
        row.copy->setEnabled(loaded);
        row.test->setEnabled(m_session && (loaded || m_remembered[std::size_t(kind)]) && m_testing < 0);
        row.regenerate->setEnabled(m_service && !busy);
        row.remember->setEnabled(m_secrets && (loaded || m_remembered[std::size_t(kind)]));
        {
            const QSignalBlocker block(row.remember);
            row.remember->setChecked(m_remembered[std::size_t(kind)]);
        }
        row.forget->setVisible(m_remembered[std::size_t(kind)]);

        const QDateTime generated = generationTime(m_account, kind);
        QString ageText;
        bool old = false;
        if (!generated.isValid()) {
            ageText = tr("Age unknown");
            row.age->setToolTip(tr("The account does not report when this key was generated."));
        } else {
            const qint64 days = qMax<qint64>(0, generated.daysTo(now));
            old = days > maxAge;
            // n >= 2 for the plural form: English reads well without a numerus translation.
            ageText = days == 0   ? tr("Regenerated today")
                      : days == 1 ? tr("Regenerated yesterday")
                                  : tr("Regenerated %n days ago", nullptr, int(days));
            QString tip =
                tr("Generated %1").arg(QLocale().toString(generated.toLocalTime(), QLocale::LongFormat));
            if (old)
                tip +=
                    QLatin1Char('\n') +
                    tr("Older than the rotation limit of %n days (setting %1): rotate it.", nullptr, maxAge)
                        .arg(maxAgeDaysKey());
            row.age->setToolTip(tip);
        }
        row.age->setText(ageText);
        row.age->setAccessibleName(tr("Age of the %1").arg(keyNoun(KeyKind(row.id))));
        row.age->setAccessibleDescription(
            old ? tr("Older than the rotation limit of %n days: rotate it", nullptr, maxAge) : QString());
        const QIcon warning(QStringLiteral(":/icons/warning.svg"));
        row.ageIcon->setPixmap(old ? warning.pixmap(QSize(16, 16), row.ageIcon->devicePixelRatioF())
                                   : QPixmap());
        row.ageIcon->setVisible(old);
        row.ageIcon->setToolTip(old ? tr("This key is older than %n days; rotate it.", nullptr, maxAge)
                                    : QString());
    }

    if (m_listKeysDenied && !m_readOnlyKeysDenied && !m_keys.isEmpty())
        m_keysHint->setText(tr("Only the read-only keys are available with your permissions."));
    else if (!m_keys.isEmpty())
        m_keysHint->setText(tr("Keys are masked. Reveal one at a time; it is hidden again after %n s.",
                               nullptr, settingInt(revealSecondsKey(), kDefaultRevealSeconds, 1)));
    else if (m_loading)
        m_keysHint->setText(tr("Fetching the keys…"));
    else
        m_keysHint->setText(
            tr("Keys are fetched only when you ask (Show keys) and are never stored unless you "
               "choose Remember."));

    if (m_connectionStringsDenied)
        m_connectionHint->setText(tr("Not available with your permissions (needs "
                                     "Microsoft.DocumentDB/databaseAccounts/listConnectionStrings/action)."));
    else if (!m_connectionStrings.isEmpty())
        m_connectionHint->setText(tr("Each connection string contains a key: treat it like the key itself."));
    else if (m_loadedOnce && !m_loading)
        m_connectionHint->setText(tr("The account reports no connection strings."));
    else
        m_connectionHint->setText(tr("Fetched together with the keys."));
    m_connectionHint->setVisible(true);
}

void KeysPanel::updateActions()
{
    if (!m_widget)
        return;
    const bool busy = m_operation || m_wizard;
    m_load->setEnabled(m_service != nullptr); // stays enabled while loading: keyboard focus must not jump
    m_load->setText(m_loadedOnce ? tr("&Reload keys") : tr("&Show keys"));
    m_clear->setEnabled(hasLoadedKeys());
    m_rotate->setEnabled(m_service && !busy);
    m_toggleLocalAuth->setEnabled(m_service && !busy);
    m_toggleMetadata->setEnabled(m_service && !busy);
    for (SecretRow &row : m_keyRows)
        row.regenerate->setEnabled(m_service && !busy);
}

void KeysPanel::updateStatus()
{
    if (!m_widget)
        return;
    const SecretRow *revealed = m_revealedRow >= 0 ? rowById(m_revealedRow) : nullptr;
    if (revealed) {
        m_revealStatus->setText(
            tr("%1 visible — hidden again in %n s", nullptr, m_revealLeft).arg(revealed->label));
        m_revealStatus->show();
    } else {
        m_revealStatus->clear();
        m_revealStatus->hide();
    }
    const QString clip = m_clipboard->statusText();
    m_clipboardStatus->setText(clip);
    m_clipboardStatus->setVisible(!clip.isEmpty());
}

void KeysPanel::setRevealed(int rowId, bool revealed)
{
    SecretRow *row = rowById(rowId);
    if (!row)
        return;
    if (revealed) {
        const SecureBytes *secret = secretFor(rowId);
        if (!secret) {
            const QSignalBlocker block(row->reveal);
            row->reveal->setChecked(false);
            return;
        }
        if (m_revealedRow >= 0 && m_revealedRow != rowId)
            setRevealed(m_revealedRow, false);
        m_revealedRow = rowId;
        row->value->setText(secret->toString());
        row->value->setCursorPosition(0);
        row->reveal->setToolTip(tr("Hide the %1").arg(row->label));
        {
            const QSignalBlocker block(row->reveal);
            row->reveal->setChecked(true);
        }
        m_revealLeft = settingInt(revealSecondsKey(), kDefaultRevealSeconds, 1);
        m_revealTimer->start();
        touchLoadedKeys();
    } else {
        if (m_revealedRow == rowId) {
            m_revealedRow = -1;
            m_revealTimer->stop();
        }
        // Take the shown value back and wipe it once the field has let go of it.
        QString shown = row->value->text();
        row->value->setText(secretFor(rowId) ? mask() : QString());
        SecureBytes::wipe(shown);
        row->reveal->setToolTip(row->reveal->accessibleName());
        const QSignalBlocker block(row->reveal);
        row->reveal->setChecked(false);
    }
    updateStatus();
}

void KeysPanel::maskAll()
{
    if (m_revealedRow >= 0)
        setRevealed(m_revealedRow, false);
    m_revealedRow = -1;
    m_revealTimer->stop();
    updateStatus();
}

void KeysPanel::copyRow(int rowId)
{
    const SecureBytes *secret = secretFor(rowId);
    SecretRow *row = rowById(rowId);
    if (!secret || !row)
        return;
    m_clipboard->copy(*secret, row->label);
    touchLoadedKeys();
}

void KeysPanel::touchLoadedKeys()
{
    m_keepTimer->start(settingInt(keepLoadedSecondsKey(), kDefaultKeepLoadedSeconds, 10) * 1000);
}

void KeysPanel::clearKeys()
{
    maskAll();
    m_keys = AccountKeys(); // SecureBytes wipe themselves
    m_connectionStrings.clear();
    m_keepTimer->stop();
    m_loadedOnce = false;
    rebuildConnectionStringRows();
    updateKeyRows();
    updateActions();
}

bool KeysPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget) {
        if (event->type() == QEvent::Hide) {
            maskAll();
        } else if (event->type() == QEvent::Show) {
            QWidget *window = m_widget->window();
            if (window && window != m_watchedWindow && window != m_widget.data()) {
                if (m_watchedWindow)
                    m_watchedWindow->removeEventFilter(this);
                m_watchedWindow = window;
                window->installEventFilter(this);
            }
        }
        return false;
    }
    if (watched == m_watchedWindow) {
        if ((event->type() == QEvent::WindowStateChange && m_watchedWindow->isMinimized()) ||
            event->type() == QEvent::Hide)
            maskAll();
        return false;
    }
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
        // Ctrl+C on a revealed value goes through the secret clipboard (marked secret, cleared later).
        auto *edit = qobject_cast<QLineEdit *>(watched);
        auto *key = static_cast<QKeyEvent *>(event);
        if (edit && key->matches(QKeySequence::Copy)) {
            for (int id = 0; id < 4; ++id) {
                if (m_widget && m_keyRows[std::size_t(id)].value == edit) {
                    event->accept();
                    if (event->type() == QEvent::KeyPress)
                        copyRow(id);
                    return event->type() == QEvent::KeyPress;
                }
            }
            for (const SecretRow &row : std::as_const(m_connectionRows)) {
                if (row.value == edit) {
                    event->accept();
                    if (event->type() == QEvent::KeyPress)
                        copyRow(row.id);
                    return event->type() == QEvent::KeyPress;
                }
            }
        }
        return false;
    }
    if (event->type() == QEvent::Enter || event->type() == QEvent::FocusIn) {
        if (!m_account.isValid())
            return false;
        if (watched == m_load)
            previewCommand(KeysService::azListCommand(m_account.id, KeysService::ListType::Keys));
        else if (watched == m_rotate)
            previewCommand(KeysService::azRegenerateCommand(m_account.id, KeyKind::Secondary));
        else if (watched == m_toggleLocalAuth)
            previewCommand(KeysService::azUpdateCommand(
                m_account.id, KeysService::AuthSetting::DisableLocalAuth, !m_account.disableLocalAuth));
        else if (watched == m_toggleMetadata)
            previewCommand(KeysService::azUpdateCommand(
                m_account.id, KeysService::AuthSetting::DisableKeyBasedMetadataWriteAccess,
                !m_account.disableKeyBasedMetadataWriteAccess));
        else if (m_widget) {
            for (KeyKind kind : kKinds) {
                if (watched == m_keyRows[std::size_t(kind)].regenerate)
                    previewCommand(KeysService::azRegenerateCommand(m_account.id, kind));
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------------------------
// Loading

void KeysPanel::loadKeys()
{
    if (!m_service || m_loading)
        return;
    widget();
    maskAll();
    m_keys = AccountKeys();
    m_connectionStrings.clear();
    rebuildConnectionStringRows();
    m_listKeysDenied = m_readOnlyKeysDenied = m_connectionStringsDenied = false;
    m_permissionNotice->hide();
    m_banner->hideMessage();
    m_loading = true;
    previewCommand(KeysService::azListCommand(m_account.id, KeysService::ListType::Keys));
    updateKeyRows();
    updateActions();
    const quint64 generation = m_generation;
    m_loadJob = m_service->listKeys(this, [this, generation](const Result<AccountKeys> &r) {
        if (generation != m_generation)
            return;
        m_loadJob = nullptr;
        if (r.ok()) {
            m_keys = r.value();
            fetchConnectionStrings();
            return;
        }
        if (r.error().isCancelled()) {
            finishLoading();
            return;
        }
        if (r.error().isForbidden()) {
            m_listKeysDenied = true;
            fetchReadOnlyKeys();
            return;
        }
        m_banner->showError(tr("Reading the keys of %1 failed").arg(m_account.name), r.error());
        finishLoading();
    });
}

void KeysPanel::fetchReadOnlyKeys()
{
    if (!m_service) {
        finishLoading();
        return;
    }
    const quint64 generation = m_generation;
    m_loadJob = m_service->listReadOnlyKeys(this, [this, generation](const Result<AccountKeys> &r) {
        if (generation != m_generation)
            return;
        m_loadJob = nullptr;
        if (r.ok()) {
            m_keys = r.value();
        } else if (r.error().isForbidden()) {
            m_readOnlyKeysDenied = true;
        } else if (!r.error().isCancelled()) {
            m_banner->showError(tr("Reading the read-only keys of %1 failed").arg(m_account.name), r.error());
        }
        showPermissionNotice();
        fetchConnectionStrings();
    });
}

void KeysPanel::fetchConnectionStrings()
{
    if (!m_service) {
        finishLoading();
        return;
    }
    const quint64 generation = m_generation;
    m_loadJob =
        m_service->listConnectionStrings(this, [this, generation](const Result<ConnectionStrings> &r) {
            if (generation != m_generation)
                return;
            m_loadJob = nullptr;
            if (r.ok()) {
                m_connectionStrings = r.value();
            } else if (r.error().isForbidden()) {
                m_connectionStringsDenied = true;
                showPermissionNotice();
            } else if (!r.error().isCancelled()) {
                m_banner->showError(tr("Reading the connection strings of %1 failed").arg(m_account.name),
                                    r.error());
            }
            finishLoading();
        });
}

void KeysPanel::showPermissionNotice()
{
    if (!m_permissionNotice)
        return;
    QStringList lines;
    if (m_listKeysDenied) {
        lines << tr(
            "You need Microsoft.DocumentDB/databaseAccounts/listKeys/action to read the read-write keys "
            "(roles: Owner, Contributor, DocumentDB Account Contributor).");
        if (m_readOnlyKeysDenied)
            lines << tr("The read-only keys need Microsoft.DocumentDB/databaseAccounts/readonlykeys/action "
                        "(also in Cosmos DB Account Reader Role).");
        else
            lines << tr("Your role allows the read-only keys, which are shown below.");
    }
    if (m_connectionStringsDenied)
        lines << tr(
            "Connection strings need Microsoft.DocumentDB/databaseAccounts/listConnectionStrings/action.");
    if (!lines.isEmpty())
        lines << tr(
            "Ask an owner of the account or subscription for one of these roles, or work with Microsoft "
            "Entra ID data-plane roles instead of keys.");
    m_permissionNotice->setText(lines.join(QLatin1Char('\n')));
    m_permissionNotice->setVisible(!lines.isEmpty());
}

void KeysPanel::finishLoading()
{
    m_loading = false;
    m_loadedOnce = true;
    rebuildConnectionStringRows();
    showPermissionNotice();
    if (hasLoadedKeys())
        touchLoadedKeys();
    updateKeyRows();
    updateActions();
    emit keysLoaded();
}

// ---------------------------------------------------------------------------------------------------------------
// Keychain

void KeysPanel::checkRemembered()
{
    if (!m_secrets || !m_account.isValid())
        return;
    const quint64 generation = m_generation;
    const QString accountId = m_account.id;
    for (KeyKind kind : kKinds) {
        m_secrets->read(secretKeyName(accountId, kind), this,
                        [this, generation, kind](Result<SecureBytes> r) {
                            if (generation != m_generation)
                                return;
                            m_remembered[std::size_t(kind)] = r.ok() && !r.value().isEmpty();
                            updateKeyRows();
                        });
    }
}

void KeysPanel::setRemember(KeyKind kind, bool remember)
{
    if (!remember) {
        forgetRemembered(kind, false);
        return;
    }
    const SecureBytes &key = m_keys.key(kind);
    if (!m_secrets || key.isEmpty() || !m_account.isValid()) {
        updateKeyRows();
        return;
    }
    const quint64 generation = m_generation;
    m_secrets->write(secretKeyName(m_account.id, kind), key, this, [this, generation, kind](Result<void> r) {
        if (generation != m_generation)
            return;
        m_remembered[std::size_t(kind)] = r.ok();
        if (!r.ok())
            m_banner->showError(tr("Remembering the %1 failed").arg(keyNoun(kind)), r.error());
        else
            m_banner->showMessage(
                tr("The %1 is remembered in %2.").arg(keyNoun(kind), m_secrets->backendName()),
                MessageWidget::Type::Positive);
        updateKeyRows();
        emit rememberChanged(kind, r.ok());
    });
}

void KeysPanel::forgetRemembered(KeyKind kind, bool quiet)
{
    if (!m_secrets || !m_account.isValid())
        return;
    const quint64 generation = m_generation;
    m_secrets->remove(
        secretKeyName(m_account.id, kind), this, [this, generation, kind, quiet](Result<void> r) {
            if (generation != m_generation)
                return;
            if (r.ok())
                m_remembered[std::size_t(kind)] = false;
            if (!r.ok())
                m_banner->showError(tr("Forgetting the %1 failed").arg(keyNoun(kind)), r.error());
            else if (!quiet)
                m_banner->showMessage(
                    tr("The %1 was removed from %2.").arg(keyNoun(kind), m_secrets->backendName()),
                    MessageWidget::Type::Information);
            updateKeyRows();
            emit rememberChanged(kind, m_remembered[std::size_t(kind)]);
        });
}

// ---------------------------------------------------------------------------------------------------------------
// Test key

void KeysPanel::testKey(KeyKind kind)
{
    if (!m_session || !m_account.isValid() || m_testing >= 0)
        return;
    widget();
    const SecureBytes &loaded = m_keys.key(kind);
    if (!loaded.isEmpty()) {
        runTest(kind, loaded);
        return;
    }
    if (!m_secrets || !m_remembered[std::size_t(kind)]) {
        m_banner->showMessage(
            tr("Select Show keys first, or remember the %1 in the keychain.").arg(keyNoun(kind)),
            MessageWidget::Type::Information);
        return;
    }
    m_testing = int(kind);
    updateKeyRows();
    const quint64 generation = m_generation;
    m_secrets->read(secretKeyName(m_account.id, kind), this, [this, generation, kind](Result<SecureBytes> r) {
        if (generation != m_generation)
            return;
        m_testing = -1;
        if (!r.ok()) {
            m_banner->showError(tr("Reading the remembered %1 failed").arg(keyNoun(kind)), r.error());
            updateKeyRows();
            emit keyTested(kind, false);
            return;
        }
        runTest(kind, r.value()); // r (and the key it holds) is wiped when this lambda returns
    });
}

void KeysPanel::runTest(KeyKind kind, const SecureBytes &key)
{
    if (m_account.documentEndpoint.isEmpty()) {
        m_banner->showMessage(tr("The account reports no endpoint, so the key cannot be tested."),
                              MessageWidget::Type::Warning);
        emit keyTested(kind, false);
        return;
    }
    if (!m_dataClient)
        m_dataClient =
            std::make_unique<CosmosDataClient>(m_session->client(), QUrl(m_account.documentEndpoint));
    m_testing = int(kind);
    updateKeyRows();
    m_banner->showMessage(tr("Testing the %1 against %2…").arg(keyNoun(kind), m_account.documentEndpoint),
                          MessageWidget::Type::Information);
    const quint64 generation = m_generation;
    m_dataClient->testKey(key, this, [this, generation, kind](const Result<DataPlaneTestReport> &r) {
        if (generation != m_generation)
            return;
        m_testing = -1;
        if (r.ok()) {
            const DataPlaneTestReport &report = r.value();
            m_banner->showMessage(
                tr("The %1 works: the data plane of %2 accepted requests signed with it (databases "
                   "visible: %n).",
                   nullptr, report.databaseCount)
                    .arg(keyNoun(kind), report.account.id.isEmpty() ? m_account.name : report.account.id),
                MessageWidget::Type::Positive, report.databases.join(QStringLiteral(", ")));
        } else if (!r.error().isCancelled()) {
            // An HTTP answer judged the key; anything else means it could not be tested.
            const bool judged = r.error().kind == ApiError::Kind::Http;
            const QString text =
                judged ? tr("The %1 did not work. %2") : tr("The %1 could not be tested. %2");
            m_banner->showMessage(text.arg(keyNoun(kind), explainDataPlaneError(r.error())),
                                  judged ? MessageWidget::Type::Error : MessageWidget::Type::Warning,
                                  r.error().detailedText());
        } else {
            m_banner->hideMessage();
        }
        updateKeyRows();
        emit keyTested(kind, r.ok());
    });
    touchLoadedKeys();
}

// ---------------------------------------------------------------------------------------------------------------
// Changes

QString KeysPanel::connectionStringsFor(KeyKind kind) const
{
    const QString name = KeysService::keyKindDisplayName(kind);
    QStringList names;
    for (const ConnectionStringInfo &info : m_connectionStrings) {
        if (info.keyKind.compare(name, Qt::CaseInsensitive) == 0 && !info.description.isEmpty())
            names << QStringLiteral("\"%1\"").arg(info.description);
    }
    if (!names.isEmpty())
        return names.join(QStringLiteral(", "));
    switch (kind) {
    case KeyKind::Primary:
        return tr("the \"Primary …\" connection strings");
    case KeyKind::Secondary:
        return tr("the \"Secondary …\" connection strings");
    case KeyKind::PrimaryReadonly:
        return tr("the \"Primary Read-Only …\" connection strings");
    case KeyKind::SecondaryReadonly:
        return tr("the \"Secondary Read-Only …\" connection strings");
    }
    return {};
}

void KeysPanel::regenerate(KeyKind kind)
{
    if (!m_service || m_operation || m_wizard)
        return;
    widget();
    const QString label = keyLabel(kind);
    const QString command = KeysService::azRegenerateCommand(m_account.id, kind);
    previewCommand(command);
    QString consequences =
        tr("Every application that uses the %1, or a connection string built from it (%2), fails at once "
           "with "
           "401 Unauthorized until it is given the new value. The old value cannot be restored.")
            .arg(keyNoun(kind), connectionStringsFor(kind));
    if (kind == KeyKind::Primary || kind == KeyKind::Secondary)
        consequences +=
            QStringLiteral("\n\n") +
            tr("To rotate without downtime, move applications to the other key first (Rotate keys… "
               "guides you).");
    consequences += QStringLiteral("\n\n") + tr("Azure CLI: %1").arg(command);
    const auto answer = MessageBox::question(
        m_widget, tr("Regenerate key"), tr("Regenerate the %1 of %2?").arg(keyNoun(kind), m_account.name),
        consequences, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, QMessageBox::Warning);
    if (answer != QMessageBox::Yes)
        return;
    const quint64 generation = m_generation;
    const bool wasRemembered = m_remembered[std::size_t(kind)];
    LroJob *job = m_service->regenerateKey(
        kind, this, [this, generation, kind, label, wasRemembered](const Result<CosmosAccount> &r) {
            if (generation != m_generation)
                return;
            const bool cancelled = m_cancelRequested;
            endOperation();
            if (r.ok()) {
                // The loaded values (and the connection strings built from them) are stale now.
                clearKeys();
                if (wasRemembered)
                    forgetRemembered(kind, true);
                onAccountChanged(r.value());
                const QDateTime generated = generationTime(r.value(), kind);
                m_banner->showMessage(
                    tr("The %1 was regenerated%2. Applications still using the old value now fail. Select "
                       "Show keys "
                       "to read the new value.%3")
                        .arg(label,
                             generated.isValid() ? tr(" at %1").arg(QLocale().toString(
                                                       generated.toLocalTime(), QLocale::ShortFormat))
                                                 : QString(),
                             wasRemembered ? tr(" The remembered old value was removed from the keychain.")
                                           : QString()),
                    MessageWidget::Type::Positive);
                emit operationFinished(true);
                return;
            }
            if (r.error().isCancelled() || cancelled)
                m_banner->showMessage(
                    tr("Stopped waiting for the regeneration of the %1. The operation may still "
                       "complete in Azure: check the key age in a moment.")
                        .arg(keyNoun(kind)),
                    MessageWidget::Type::Warning);
            else
                m_banner->showError(tr("Regenerating the %1 of %2 failed").arg(keyNoun(kind), m_account.name),
                                    r.error());
            emit operationFinished(false);
        });
    if (job)
        startOperation(job, tr("Regenerating the %1…").arg(keyNoun(kind)));
}

void KeysPanel::changeAuthSetting(KeysService::AuthSetting setting, bool value)
{
    if (!m_service || m_operation || m_wizard)
        return;
    widget();
    const QString command = KeysService::azUpdateCommand(m_account.id, setting, value);
    previewCommand(command);
    QString title;
    QString question;
    QString consequences;
    QString running;
    if (setting == KeysService::AuthSetting::DisableLocalAuth) {
        if (value) {
            title = tr("Disable key-based authentication");
            question = tr("Disable key-based authentication on %1?").arg(m_account.name);
            consequences = tr(
                "Every application, SDK, tool and connection string that uses an account key or a resource "
                "token stops working at once (401, substatus 5202). Only Microsoft Entra ID sign-in works "
                "afterwards, so Entra ID data-plane role assignments (e.g. Cosmos DB Built-in Data "
                "Contributor) must be in place for every application first. Data Explorer in the Azure "
                "portal "
                "needs them too.");
            running = tr("Disabling key-based authentication…");
        } else {
            title = tr("Enable key-based authentication");
            question = tr("Enable key-based authentication on %1?").arg(m_account.name);
            consequences =
                tr("Anyone who holds an account key or a connection string — including old copies that "
                   "were never rotated — can then read and change all data. Prefer Microsoft Entra ID; "
                   "if keys may have leaked, rotate both keys after enabling.");
            running = tr("Enabling key-based authentication…");
        }
    } else {
        if (value) {
            title = tr("Block metadata writes with keys");
            question = tr("Block metadata writes with keys on %1?").arg(m_account.name);
            consequences =
                tr("Applications and tools that use keys can no longer create, change or delete "
                   "databases and containers or change throughput (403). Such changes must then go "
                   "through Azure Resource Manager (portal, Azure CLI, Bicep, Terraform). Reading and "
                   "writing items with keys keeps working.");
            running = tr("Blocking metadata writes with keys…");
        } else {
            title = tr("Allow metadata writes with keys");
            question = tr("Allow metadata writes with keys on %1?").arg(m_account.name);
            consequences =
                tr("Anyone with an account key can then create and delete databases and containers "
                   "and change throughput, bypassing Azure Resource Manager, its role checks and its "
                   "activity log.");
            running = tr("Allowing metadata writes with keys…");
        }
    }
    consequences += QStringLiteral("\n\n") + tr("Azure CLI: %1").arg(command);
    const auto answer =
        MessageBox::question(m_widget, title, question, consequences, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel, QMessageBox::Warning);
    if (answer != QMessageBox::Yes)
        return;
    const quint64 generation = m_generation;
    LroJob *job = m_service->setAuthSetting(
        setting, value, this, [this, generation, title](const Result<CosmosAccount> &r) {
            if (generation != m_generation)
                return;
            const bool cancelled = m_cancelRequested;
            endOperation();
            if (r.ok()) {
                onAccountChanged(r.value());
                m_banner->showMessage(tr("%1: done.").arg(title), MessageWidget::Type::Positive);
                emit operationFinished(true);
                return;
            }
            if (r.error().isCancelled() || cancelled)
                m_banner->showMessage(
                    tr("Stopped waiting (%1). The change may still complete in Azure; the account "
                       "shows the new state once it has.")
                        .arg(title),
                    MessageWidget::Type::Warning);
            else
                m_banner->showError(tr("%1 on %2 failed").arg(title, m_account.name), r.error());
            emit operationFinished(false);
        });
    if (job)
        startOperation(job, running);
}

void KeysPanel::startOperation(LroJob *job, const QString &text)
{
    m_operation = job;
    m_cancelRequested = false;
    m_operationText = text;
    m_operationLabel->setText(text);
    m_operationProgress->setRange(0, 0);
    m_operationBar->show();
    m_cancelOperation->setEnabled(true);
    m_banner->hideMessage();
    connect(job, &LroJob::progressed, this, [this, job](const QString &status, int percent) {
        if (job != m_operation)
            return;
        if (percent >= 0) {
            m_operationProgress->setRange(0, 100);
            m_operationProgress->setValue(percent);
        } else {
            m_operationProgress->setRange(0, 0);
        }
        m_operationLabel->setText(
            status.isEmpty() ? m_operationText : tr("%1 (Azure reports: %2)").arg(m_operationText, status));
        emit operationProgressed(status, percent);
    });
    updateActions();
    updateKeyRows();
}

void KeysPanel::endOperation()
{
    m_operation = nullptr;
    m_cancelRequested = false;
    if (m_operationBar)
        m_operationBar->hide();
    updateActions();
    updateKeyRows();
}

void KeysPanel::cancelOperation()
{
    if (!m_operation)
        return;
    m_cancelRequested = true;
    m_cancelOperation->setEnabled(false);
    m_operationLabel->setText(tr("Stopping…"));
    m_operation->abort();
}

void KeysPanel::onAccountChanged(const CosmosAccount &account)
{
    if (!account.isValid())
        return;
    if (m_selection)
        m_selection->update(account); // -> onSelectionChanged (same id) -> refreshAccountView
    if (!m_selection || !m_selection->hasCurrent() ||
        !ArmResourceId::sameId(m_selection->current().id, account.id)) {
        m_account = account;
        refreshAccountView();
    }
}

void KeysPanel::startRotation()
{
    if (!m_service || m_operation || m_wizard)
        return;
    widget();
    maskAll();
    m_wizard = new KeyRotationWizard(m_service.get(), m_account, m_clipboard, m_widget);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &KeyRotationWizard::keyRegenerated, this,
            [this](KeyKind kind, const CosmosAccount &account) {
                // The loaded values are stale, and so is a remembered copy of the regenerated key.
                clearKeys();
                if (m_remembered[std::size_t(kind)])
                    forgetRemembered(kind, true);
                onAccountChanged(account);
            });
    connect(m_wizard, &QObject::destroyed, this, [this] {
        // A widget emits destroyed() before its QPointers are cleared.
        m_wizard = nullptr;
        updateActions();
        updateKeyRows();
    });
    updateActions();
    updateKeyRows();
    m_wizard->open();
}

} // namespace csc
