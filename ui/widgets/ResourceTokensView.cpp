// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/ResourceTokensView.h"

#include "core/Clock.h"
#include "models/AccountTreeModel.h"
#include "models/PermissionTreeModel.h"
#include "net/AzureSession.h"
#include "net/CosmosDataClient.h"
#include "net/CosmosItemsClient.h"
#include "net/CosmosPermissionsService.h"
#include "net/KeysService.h"
#include "net/MasterKeyAuthorizer.h"
#include "net/ResourceTokenAuthorizer.h"
#include "net/RestJob.h"
#include "ui/MessageBox.h"
#include "ui/SecretClipboard.h"
#include "ui/dialogs/CosmosPermissionDialog.h"
#include "ui/dialogs/CosmosUserDialog.h"
#include "ui/widgets/MessageWidget.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUuid>
#include <QVBoxLayout>

#include <optional>

namespace csc {

namespace {

const QString kListKeysAction = QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listKeys/action");

/// Lifetime of the tokens the service mints when permissions are only listed (they are dropped at once).
constexpr int kListingLifetimeSeconds = CosmosRules::kMinimumTokenLifetimeSeconds;

QString maskText()
{
    return QString(24, QChar(0x2022));
}

QString clockText(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

QPushButton *button(const QString &objectName, const QString &text, const QString &icon = {})
{
    auto *b = icon.isEmpty() ? new QPushButton(text) : new QPushButton(QIcon(icon), text);
    b->setObjectName(objectName);
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    return b;
}

} // namespace

ResourceTokensView::ResourceTokensView(QWidget *parent)
    : QWidget(parent), m_model(new PermissionTreeModel(this)),
      m_clipboard(new SecretClipboard(nullptr, this)), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("resourceTokensView"));
    m_banner = new MessageWidget;
    m_banner->setObjectName(QStringLiteral("tokensBanner"));
    m_banner->hide();
    m_intro = new QLabel(tr(
        "Cosmos DB users and permissions hand out resource tokens: short-lived credentials for one database, "
        "container or item, read-only or read-write, optionally limited to one partition key value. Managing "
        "them needs the account's primary key, fetched only when you ask."));
    m_intro->setWordWrap(true);
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("tokensNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(8);
    m_notice->setAccessibleName(tr("Missing permission"));
    m_notice->hide();
    m_load = button(QStringLiteral("loadUsersButton"), tr("&Load users and permissions"),
                    QStringLiteral(":/icons/show-secret.svg"));
    m_load->setToolTip(
        tr("Fetches the account's primary key (listKeys) and keeps it in memory only while this "
           "account is shown"));
    m_keyState = new QLabel;
    m_keyState->setObjectName(QStringLiteral("keyState"));
    m_keyState->setWordWrap(true);
    m_keyState->setTextFormat(Qt::PlainText);
    auto *loadRow = new QHBoxLayout;
    loadRow->addWidget(m_load);
    loadRow->addWidget(m_keyState, 1);

    m_newUser = button(QStringLiteral("newUserButton"), tr("New &User…"), QStringLiteral(":/icons/add.svg"));
    m_rename = button(QStringLiteral("renameUserButton"), tr("Re&name…"));
    m_newPermission = button(QStringLiteral("newPermissionButton"), tr("New &Permission…"),
                             QStringLiteral(":/icons/add.svg"));
    m_edit = button(QStringLiteral("editPermissionButton"), tr("&Edit…"));
    m_delete = button(QStringLiteral("deleteButton"), tr("&Delete"), QStringLiteral(":/icons/remove.svg"));
    m_delete->setToolTip(tr("Delete the selected user or permission; tokens minted from it stop working"));
    m_refresh =
        button(QStringLiteral("tokensRefresh"), tr("Re&fresh"), QStringLiteral(":/icons/refresh.svg"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("tokensProgress"));
    m_progress->setAccessibleName(tr("Change in progress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancel = button(QStringLiteral("tokensCancel"), tr("Cancel"), QStringLiteral(":/icons/cancel.svg"));
    m_cancel->setToolTip(tr("Stop waiting; the change may still complete on the account"));
    m_cancel->hide();
    auto *toolbar = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_newUser), static_cast<QWidget *>(m_rename),
                       static_cast<QWidget *>(m_newPermission), static_cast<QWidget *>(m_edit),
                       static_cast<QWidget *>(m_delete)})
        toolbar->addWidget(w);
    toolbar->addStretch(1);
    toolbar->addWidget(m_progress);
    toolbar->addWidget(m_cancel);
    toolbar->addWidget(m_refresh);

    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("permissionTree"));
    m_tree->setAccessibleName(tr("Databases, users and permissions"));
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(PermissionTreeModel::NameColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(PermissionTreeModel::NameColumn, 260);
    m_tree->header()->setStretchLastSection(true);

    // The minted token.
    m_tokenBox = new QGroupBox(tr("Resource token"));
    m_tokenBox->setObjectName(QStringLiteral("tokenBox"));
    m_lifetime = new QTimeEdit(QTime(1, 0, 0));
    m_lifetime->setObjectName(QStringLiteral("lifetimeEdit"));
    m_lifetime->setAccessibleName(tr("Token lifetime"));
    m_lifetime->setDisplayFormat(QStringLiteral("H:mm:ss"));
    m_lifetime->setMinimumTime(QTime(0, 0).addSecs(CosmosRules::kMinimumTokenLifetimeSeconds));
    m_lifetime->setMaximumTime(QTime(0, 0).addSecs(CosmosRules::kMaximumTokenLifetimeSeconds));
    m_lifetime->setToolTip(tr("How long the token works: 10 seconds to 5 hours (h:mm:ss)"));
    auto *lifetimeLabel = new QLabel(tr("&Lifetime:"));
    lifetimeLabel->setBuddy(m_lifetime);
    m_mint = button(QStringLiteral("mintButton"), tr("&Mint Token"));
    m_mint->setToolTip(
        tr("Reads the selected permission; the service mints a new token valid for the lifetime"));
    m_tokenFor = new QLabel;
    m_tokenFor->setObjectName(QStringLiteral("tokenFor"));
    m_tokenFor->setWordWrap(true);
    m_tokenFor->setTextFormat(Qt::PlainText);
    m_tokenField = new QLineEdit;
    m_tokenField->setObjectName(QStringLiteral("tokenField"));
    m_tokenField->setAccessibleName(tr("Resource token (masked)"));
    m_tokenField->setReadOnly(true);
    m_tokenField->setPlaceholderText(tr("No token minted"));
    m_reveal = new QToolButton;
    m_reveal->setObjectName(QStringLiteral("revealToken"));
    m_reveal->setIcon(QIcon(QStringLiteral(":/icons/show-secret.svg")));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show the token for a few seconds"));
    m_reveal->setAccessibleName(tr("Reveal token"));
    m_copy = new QToolButton;
    m_copy->setObjectName(QStringLiteral("copyToken"));
    m_copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_copy->setToolTip(tr("Copy the token; the clipboard is cleared after a countdown"));
    m_copy->setAccessibleName(tr("Copy token"));
    auto *inspect = button(QStringLiteral("inspectToken"), tr("Inspect"));
    inspect->setToolTip(tr("Open the token in the Token inspector (what it grants, until when)"));
    connect(inspect, &QPushButton::clicked, this, [this] {
        if (!m_token.isEmpty())
            emit inspectRequested(m_token);
    });
    m_forget = button(QStringLiteral("forgetToken"), tr("Forget"));
    m_forget->setToolTip(tr("Wipe the token from memory now (it keeps working until it expires)"));
    m_countdown = new QLabel;
    m_countdown->setObjectName(QStringLiteral("tokenCountdown"));
    m_countdown->setTextFormat(Qt::PlainText);
    m_countdown->setAccessibleName(tr("Token expiry"));
    m_clipboardStatus = new QLabel;
    m_clipboardStatus->setObjectName(QStringLiteral("tokenClipboardStatus"));
    m_clipboardStatus->setTextFormat(Qt::PlainText);
    m_clipboardStatus->setAccessibleName(tr("Clipboard"));
    m_try = button(QStringLiteral("tryTokenButton"), tr("&Try This Token"));
    m_try->setToolTip(tr("Read the permitted resource and try to write a probe item with this token"));
    m_readResult = new QLabel;
    m_readResult->setObjectName(QStringLiteral("tryReadResult"));
    m_writeResult = new QLabel;
    m_writeResult->setObjectName(QStringLiteral("tryWriteResult"));
    for (QLabel *l : {m_readResult, m_writeResult}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_readResult->setAccessibleName(tr("Read result"));
    m_writeResult->setAccessibleName(tr("Write result"));

    auto *tokenLayout = new QVBoxLayout(m_tokenBox);
    auto *mintRow = new QHBoxLayout;
    mintRow->addWidget(lifetimeLabel);
    mintRow->addWidget(m_lifetime);
    mintRow->addWidget(m_mint);
    mintRow->addWidget(m_tokenFor, 1);
    auto *fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_tokenField, 1);
    fieldRow->addWidget(m_reveal);
    fieldRow->addWidget(m_copy);
    fieldRow->addWidget(inspect);
    fieldRow->addWidget(m_forget);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_countdown);
    statusRow->addStretch(1);
    statusRow->addWidget(m_clipboardStatus);
    auto *tryRow = new QHBoxLayout;
    tryRow->addWidget(m_try);
    tryRow->addStretch(1);
    tokenLayout->addLayout(mintRow);
    tokenLayout->addLayout(fieldRow);
    tokenLayout->addLayout(statusRow);
    tokenLayout->addLayout(tryRow);
    tokenLayout->addWidget(m_readResult);
    tokenLayout->addWidget(m_writeResult);

    m_manage = new QWidget;
    auto *manageLayout = new QVBoxLayout(m_manage);
    manageLayout->setContentsMargins(0, 0, 0, 0);
    manageLayout->addLayout(toolbar);
    // No splitter: the token box keeps the height its (wrapped) results need; the tree takes the rest.
    manageLayout->addWidget(m_tree, 1);
    manageLayout->addWidget(m_tokenBox);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_intro);
    layout->addWidget(m_notice);
    layout->addLayout(loadRow);
    layout->addWidget(m_manage, 1);
    setTabOrder(m_load, m_newUser);
    setTabOrder(m_refresh, m_tree);
    setTabOrder(m_tree, m_lifetime);

    connect(m_load, &QPushButton::clicked, this, &ResourceTokensView::load);
    connect(m_refresh, &QPushButton::clicked, this, &ResourceTokensView::refresh);
    connect(m_newUser, &QPushButton::clicked, this, &ResourceTokensView::newUser);
    connect(m_rename, &QPushButton::clicked, this, &ResourceTokensView::renameUser);
    connect(m_newPermission, &QPushButton::clicked, this, &ResourceTokensView::newPermission);
    connect(m_edit, &QPushButton::clicked, this, &ResourceTokensView::editPermission);
    connect(m_delete, &QPushButton::clicked, this, &ResourceTokensView::deleteSelected);
    connect(m_cancel, &QPushButton::clicked, this, &ResourceTokensView::cancelWrite);
    connect(m_mint, &QPushButton::clicked, this, &ResourceTokensView::mintToken);
    connect(m_try, &QPushButton::clicked, this, &ResourceTokensView::tryToken);
    connect(m_forget, &QPushButton::clicked, this, &ResourceTokensView::forgetToken);
    connect(m_reveal, &QToolButton::toggled, this, &ResourceTokensView::setRevealed);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        if (!m_token.isEmpty())
            m_clipboard->copy(m_token, tr("Resource token"));
        updateTokenView();
    });
    connect(m_clipboard, &SecretClipboard::countdownChanged, this, &ResourceTokensView::updateTokenView);
    connect(m_clipboard, &SecretClipboard::copied, this, &ResourceTokensView::updateTokenView);
    connect(m_clipboard, &SecretClipboard::finished, this, &ResourceTokensView::updateTokenView);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResourceTokensView::updateState);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResourceTokensView::updateState);
    connect(m_model, &PermissionTreeModel::usersRequested, this, &ResourceTokensView::loadUsers);
    connect(m_model, &PermissionTreeModel::permissionsRequested, this,
            [this](const QString &database, const QString &user) { loadPermissions(database, user); });
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ResourceTokensView::tick);
    updateState();
    updateTokenView();
}

ResourceTokensView::~ResourceTokensView()
{
    if (m_write)
        m_write->abort();
    if (m_keyJob)
        m_keyJob->abort();
    forgetToken();
}

bool ResourceTokensView::hasKey() const
{
    return m_master && m_master->isKeyValid();
}

void ResourceTokensView::dropKey()
{
    ++m_generation;
    if (m_write)
        m_write->abort();
    if (m_keyJob)
        m_keyJob->abort();
    m_write = nullptr;
    m_keyJob = nullptr;
    m_loading = 0;
    m_trying = false;
    m_items.reset();
    m_service.reset();
    m_master.reset(); // the decoded key is wiped with the authorizer
    m_model->clear();
}

void ResourceTokensView::setContext(AzureSession *session, const CosmosAccount &account)
{
    dropKey();
    forgetToken();
    m_session = session;
    m_account = account;
    m_keys.reset();
    if (session && account.isValid())
        m_keys = std::make_unique<KeysService>(session, account.id);
    m_banner->hideMessage();
    m_notice->hide();
    m_readOutcome = m_writeOutcome = Outcome::None;
    m_readResult->clear();
    m_writeResult->clear();
    updateState();
    updateTokenView();
}

ResourceTokensView::Selection ResourceTokensView::selection() const
{
    const QModelIndex i = m_tree->currentIndex();
    if (!i.isValid() || !m_tree->selectionModel()->isRowSelected(i.row(), i.parent()))
        return {};
    const QModelIndex first = i.siblingAtColumn(0);
    return {first.data(PermissionTreeModel::DatabaseRole).toString(),
            first.data(PermissionTreeModel::UserIdRole).toString(),
            first.data(PermissionTreeModel::PermissionIdRole).toString()};
}

void ResourceTokensView::updateState()
{
    const bool connected = m_keys != nullptr;
    const bool keyed = hasKey();
    const bool busy = !m_write.isNull();
    const Selection s = selection();
    m_load->setVisible(connected && !keyed);
    m_load->setEnabled(connected && m_keyJob.isNull());
    if (!connected)
        m_keyState->setText(tr("Select an account to manage its users and resource tokens."));
    else if (!m_keyJob.isNull())
        m_keyState->setText(tr("Fetching the primary key…"));
    else if (keyed)
        m_keyState->setText(tr("The primary key is held in memory while this account is shown."));
    else
        m_keyState->setText(tr("Nothing is loaded until you ask."));
    if (connected && m_account.disableLocalAuth)
        m_keyState->setText(m_keyState->text() + u' ' +
                            tr("Key-based authentication is disabled on this account: the service refuses "
                               "keys and resource tokens (401, substatus 5202)."));
    m_manage->setEnabled(keyed);
    m_newUser->setEnabled(keyed && !busy && !s.database.isEmpty());
    m_rename->setEnabled(keyed && !busy && !s.user.isEmpty() && s.permission.isEmpty());
    m_newPermission->setEnabled(keyed && !busy && !s.user.isEmpty());
    m_edit->setEnabled(keyed && !busy && !s.permission.isEmpty());
    m_delete->setEnabled(keyed && !busy && !s.user.isEmpty());
    m_delete->setText(s.permission.isEmpty() ? tr("&Delete User") : tr("&Delete Permission"));
    m_delete->setAccessibleName(QString(m_delete->text()).remove(QLatin1Char('&')));
    m_refresh->setEnabled(keyed && m_loading == 0);
    m_mint->setEnabled(keyed && !s.permission.isEmpty() && !busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

// ---------------------------------------------------------------------------------------------------------------
// Key and lists

void ResourceTokensView::load()
{
    if (!m_keys || m_keyJob)
        return;
    if (m_account.documentEndpoint.isEmpty()) {
        m_banner->showMessage(tr("The account reports no data-plane endpoint."), MessageWidget::Type::Error);
        return;
    }
    m_notice->hide();
    m_banner->hideMessage();
    const quint64 generation = ++m_generation;
    m_keyJob = m_keys->listKeys(this, [this, generation](const Result<AccountKeys> &r) {
        if (generation != m_generation)
            return;
        m_keyJob = nullptr;
        if (!r.ok()) {
            if (r.error().isForbidden())
                showMissingListKeys(r.error());
            else
                m_banner->showError(tr("Fetching the key of “%1” failed").arg(m_account.name), r.error());
            updateState();
            return;
        }
        const AccountKeys &keys = r.value();
        const SecureBytes &key =
            keys.primaryMasterKey.isEmpty() ? keys.secondaryMasterKey : keys.primaryMasterKey;
        if (key.isEmpty()) {
            m_banner->showMessage(tr("The account returned no read-write key."), MessageWidget::Type::Error);
            updateState();
            return;
        }
        m_master = std::make_shared<MasterKeyAuthorizer>(key);
        if (!m_master->isKeyValid()) {
            m_master.reset();
            m_banner->showMessage(tr("The account's primary key could not be used."),
                                  MessageWidget::Type::Error);
            updateState();
            return;
        }
        ApiClient *client = m_session ? m_session->client() : nullptr;
        const QUrl endpoint(m_account.documentEndpoint);
        m_service = std::make_unique<CosmosPermissionsService>(client, endpoint, m_master);
        m_items = std::make_unique<CosmosItemsClient>(client, endpoint);
        refresh();
    });
    updateState();
}

void ResourceTokensView::showMissingListKeys(const ApiError &error)
{
    QString action = AccountTreeModel::missingAction(error);
    if (action.isEmpty())
        action = kListKeysAction;
    m_notice->setText(
        tr("Users and resource tokens are managed with the account's primary key, and your role may not read "
           "it: "
           "it lacks %1. Ask for a role that includes it (for example Cosmos DB Account Contributor). "
           "Data-plane role-based access in the other tab needs no keys.")
            .arg(action));
    m_notice->show();
}

void ResourceTokensView::refresh()
{
    if (!m_service)
        return;
    const quint64 generation = m_generation;
    ++m_loading;
    m_service->listDatabases(this, [this, generation](const Result<QList<CosmosDatabase>> &r) {
        if (generation != m_generation)
            return;
        --m_loading;
        if (!r.ok()) {
            m_banner->showError(tr("Listing the databases of “%1” failed").arg(m_account.name), r.error());
            m_banner->showMessage(m_banner->text() + u'\n' + explainDataPlaneError(r.error()),
                                  MessageWidget::Type::Error, m_banner->details());
        } else {
            m_model->setDatabases(r.value());
            if (r.value().isEmpty())
                m_banner->showMessage(
                    tr("“%1” has no databases yet: users live in a database.").arg(m_account.name),
                    MessageWidget::Type::Information);
        }
        updateState();
    });
    updateState();
}

void ResourceTokensView::loadUsers(const QString &database)
{
    if (!m_service)
        return;
    const quint64 generation = m_generation;
    ++m_loading;
    m_service->listUsers(database, this, [this, generation, database](const Result<QList<CosmosUser>> &r) {
        if (generation != m_generation)
            return;
        --m_loading;
        if (!r.ok()) {
            m_model->usersFailed(database);
            m_banner->showError(tr("Listing the users of “%1” failed").arg(database), r.error());
        } else {
            m_model->setUsers(database, r.value());
            m_tree->expand(m_model->databaseIndex(database));
        }
        updateState();
    });
    updateState();
}

void ResourceTokensView::loadPermissions(const QString &database, const QString &user, const QString &select)
{
    if (!m_service)
        return;
    const quint64 generation = m_generation;
    ++m_loading;
    m_service->listPermissions(
        database, user, kListingLifetimeSeconds, this,
        [this, generation, database, user, select](const Result<QList<CosmosPermission>> &r) {
            if (generation != m_generation)
                return;
            --m_loading;
            if (!r.ok()) {
                m_model->permissionsFailed(database, user);
                m_banner->showError(tr("Listing the permissions of “%1” failed").arg(user), r.error());
            } else {
                // The tokens the listing minted are dropped here (the model keeps none).
                m_model->setPermissions(database, user, r.value());
                m_tree->expand(m_model->userIndex(database, user));
                if (!select.isEmpty()) {
                    const QModelIndex i = m_model->permissionIndex(database, user, select);
                    m_tree->setCurrentIndex(i);
                    m_tree->scrollTo(i);
                }
            }
            updateState();
        });
    updateState();
}

// ---------------------------------------------------------------------------------------------------------------
// Changes

void ResourceTokensView::startWrite(AbstractJob *job, const QString &what)
{
    m_write = job;
    m_progress->setToolTip(what);
    m_banner->hideMessage();
    updateState();
    emit busyChanged(true);
}

void ResourceTokensView::endWrite()
{
    m_write = nullptr;
    updateState();
    emit busyChanged(false);
}

void ResourceTokensView::failWrite(const QString &what, const ApiError &error)
{
    endWrite();
    if (error.isCancelled())
        return;
    m_banner->showError(what, error);
    if (error.kind == ApiError::Kind::Http || error.kind == ApiError::Kind::Network ||
        error.kind == ApiError::Kind::Tls) {
        const QString advice = explainDataPlaneError(error);
        if (!advice.isEmpty() && !m_banner->text().contains(advice))
            m_banner->showMessage(m_banner->text() + u'\n' + advice, MessageWidget::Type::Error,
                                  m_banner->details());
    }
}

void ResourceTokensView::cancelWrite()
{
    if (m_write)
        m_write->abort();
}

void ResourceTokensView::newUser()
{
    const Selection s = selection();
    if (!m_service || s.database.isEmpty())
        return;
    CosmosUserDialog dialog(s.database, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = dialog.userId();
    const QString database = s.database;
    startWrite(
        m_service->createUser(database, id, this,
                              [this, database, id](const Result<CosmosUser> &r) {
                                  if (!r.ok())
                                      return failWrite(tr("Creating user “%1” failed").arg(id), r.error());
                                  endWrite();
                                  m_banner->showMessage(tr("User “%1” created in “%2”.").arg(id, database),
                                                        MessageWidget::Type::Positive);
                                  loadUsers(database);
                                  emit changed();
                              }),
        tr("Creating user %1").arg(id));
}

void ResourceTokensView::renameUser()
{
    const Selection s = selection();
    if (!m_service || s.user.isEmpty())
        return;
    CosmosUserDialog dialog(s.database, s.user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString newId = dialog.userId();
    const QString database = s.database;
    const QString oldId = s.user;
    startWrite(m_service->renameUser(database, oldId, newId, this,
                                     [this, database, oldId, newId](const Result<CosmosUser> &r) {
                                         if (!r.ok())
                                             return failWrite(tr("Renaming user “%1” failed").arg(oldId),
                                                              r.error());
                                         endWrite();
                                         m_banner->showMessage(tr("User “%1” is now “%2”.").arg(oldId, newId),
                                                               MessageWidget::Type::Positive);
                                         loadUsers(database);
                                         emit changed();
                                     }),
               tr("Renaming user %1").arg(oldId));
}

void ResourceTokensView::newPermission()
{
    const Selection s = selection();
    if (!m_service || s.user.isEmpty())
        return;
    CosmosPermissionDialog dialog(m_service.get(), s.database, s.user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CosmosPermission p = dialog.permission();
    startWrite(m_service->createPermission(
                   p, CosmosRules::kMinimumTokenLifetimeSeconds, this,
                   [this, p](const Result<CosmosPermission> &r) {
                       if (!r.ok())
                           return failWrite(tr("Creating permission “%1” failed").arg(p.id), r.error());
                       endWrite();
                       m_banner->showMessage(
                           tr("Permission “%1” created. Select it and mint a token to hand out.").arg(p.id),
                           MessageWidget::Type::Positive);
                       loadPermissions(p.database, p.user, p.id);
                       emit changed();
                   }),
               tr("Creating permission %1").arg(p.id));
}

void ResourceTokensView::editPermission()
{
    const Selection s = selection();
    const CosmosPermission *current = m_model->permissionAt(m_tree->currentIndex().siblingAtColumn(0));
    if (!m_service || !current)
        return;
    CosmosPermissionDialog dialog(m_service.get(), s.database, s.user, this);
    dialog.setPermission(*current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CosmosPermission p = dialog.permission();
    const QString oldId = s.permission;
    if (MessageBox::question(
            this, tr("Replace Permission"), tr("Replace permission “%1”?").arg(oldId),
            tr("Every resource token minted from “%1” stops working at once, including tokens "
               "already handed out. New tokens will allow: %2")
                .arg(oldId, PermissionTreeModel::describePermission(p)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No, QMessageBox::Warning) != QMessageBox::Yes)
        return;
    startWrite(m_service->replacePermission(
                   oldId, p, CosmosRules::kMinimumTokenLifetimeSeconds, this,
                   [this, p, oldId](const Result<CosmosPermission> &r) {
                       if (!r.ok())
                           return failWrite(tr("Replacing permission “%1” failed").arg(oldId), r.error());
                       endWrite();
                       if (m_tokenPermission.database == p.database && m_tokenPermission.user == p.user &&
                           m_tokenPermission.id == oldId && !m_token.isEmpty())
                           m_tokenRevoked = true;
                       m_banner->showMessage(
                           tr("Permission “%1” replaced. Tokens minted before no longer work.").arg(oldId),
                           MessageWidget::Type::Positive);
                       loadPermissions(p.database, p.user, p.id);
                       updateTokenView();
                       emit changed();
                   }),
               tr("Replacing permission %1").arg(oldId));
}

void ResourceTokensView::deleteSelected()
{
    const Selection s = selection();
    if (!m_service || s.user.isEmpty())
        return;
    const QString database = s.database;
    const QString user = s.user;
    if (!s.permission.isEmpty()) {
        const QString id = s.permission;
        if (MessageBox::question(
                this, tr("Delete Permission"), tr("Delete permission “%1” of user “%2”?").arg(id, user),
                tr("Every resource token minted from it stops working at once, including tokens "
                   "already handed out to applications."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                QMessageBox::Warning) != QMessageBox::Yes)
            return;
        startWrite(m_service->deletePermission(
                       database, user, id, this,
                       [this, database, user, id](const Result<void> &r) {
                           if (!r.ok())
                               return failWrite(tr("Deleting permission “%1” failed").arg(id), r.error());
                           endWrite();
                           if (m_tokenPermission.database == database && m_tokenPermission.user == user &&
                               m_tokenPermission.id == id && !m_token.isEmpty())
                               m_tokenRevoked = true;
                           m_banner->showMessage(
                               tr("Permission “%1” deleted: tokens minted from it no longer work.").arg(id),
                               MessageWidget::Type::Positive);
                           loadPermissions(database, user);
                           updateTokenView();
                           emit changed();
                       }),
                   tr("Deleting permission %1").arg(id));
        return;
    }
    if (MessageBox::question(
            this, tr("Delete User"), tr("Delete user “%1” from database “%2”?").arg(user, database),
            tr("All of the user's permissions are deleted with it, and every resource token "
               "minted from them stops working at once."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No, QMessageBox::Warning) != QMessageBox::Yes)
        return;
    startWrite(
        m_service->deleteUser(database, user, this,
                              [this, database, user](const Result<void> &r) {
                                  if (!r.ok())
                                      return failWrite(tr("Deleting user “%1” failed").arg(user), r.error());
                                  endWrite();
                                  if (m_tokenPermission.database == database &&
                                      m_tokenPermission.user == user && !m_token.isEmpty())
                                      m_tokenRevoked = true;
                                  m_banner->showMessage(
                                      tr("User “%1” deleted: tokens minted from its permissions no longer "
                                         "work.")
                                          .arg(user),
                                      MessageWidget::Type::Positive);
                                  loadUsers(database);
                                  updateTokenView();
                                  emit changed();
                              }),
        tr("Deleting user %1").arg(user));
}

// ---------------------------------------------------------------------------------------------------------------
// The token

void ResourceTokensView::mintToken()
{
    const Selection s = selection();
    if (!m_service || s.permission.isEmpty())
        return;
    const int lifetime = QTime(0, 0).secsTo(m_lifetime->time());
    if (auto ok = CosmosRules::validateTokenLifetime(lifetime); !ok) {
        m_banner->showMessage(ok.error().message, MessageWidget::Type::Error);
        return;
    }
    startWrite(
        m_service->readPermission(
            s.database, s.user, s.permission, lifetime, this,
            [this, s](const Result<CosmosPermission> &r) {
                if (!r.ok())
                    return failWrite(tr("Minting a token from “%1” failed").arg(s.permission), r.error());
                endWrite();
                forgetToken();
                CosmosPermission p = r.value();
                m_token = p.token;
                p.token.clear();
                m_tokenExpiresAt = p.tokenExpiresAt;
                m_tokenPermission = p;
                m_tokenExpired = false;
                m_tokenRevoked = false;
                m_readOutcome = m_writeOutcome = Outcome::None;
                m_readResult->clear();
                m_writeResult->clear();
                if (m_token.isEmpty())
                    m_banner->showMessage(tr("The service returned no token."), MessageWidget::Type::Error);
                else
                    m_tick->start();
                updateTokenView();
            }),
        tr("Minting a token"));
}

void ResourceTokensView::forgetToken()
{
    if (m_reveal && m_reveal->isChecked()) {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(false);
    }
    if (m_tokenField) {
        QString shown = m_tokenField->text();
        m_tokenField->clear();
        SecureBytes::wipe(shown);
    }
    m_token.clear();
    m_revealLeft = 0;
    if (m_tick)
        m_tick->stop();
    if (m_tokenFor)
        updateTokenView();
}

void ResourceTokensView::tick()
{
    if (m_token.isEmpty()) {
        m_tick->stop();
        return;
    }
    if (Clock::now().toUTC() >= m_tokenExpiresAt) {
        forgetToken();
        m_tokenExpired = true;
        updateTokenView();
        return;
    }
    if (m_revealLeft > 0 && --m_revealLeft == 0)
        setRevealed(false);
    updateTokenView();
}

void ResourceTokensView::setRevealed(bool revealed)
{
    if (m_reveal->isChecked() != revealed) {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(revealed);
    }
    QString shown = m_tokenField->text();
    if (revealed && !m_token.isEmpty()) {
        m_tokenField->setText(m_token.toString());
        m_tokenField->setAccessibleName(tr("Resource token (shown)"));
        m_revealLeft = m_revealSeconds;
    } else {
        m_tokenField->setText(m_token.isEmpty() ? QString() : maskText());
        m_tokenField->setAccessibleName(tr("Resource token (masked)"));
        m_revealLeft = 0;
    }
    SecureBytes::wipe(shown);
    updateTokenView();
}

void ResourceTokensView::updateTokenView()
{
    const bool has = !m_token.isEmpty();
    if (!has && !m_tokenField->text().isEmpty() && m_tokenField->text() != maskText()) {
        QString shown = m_tokenField->text();
        m_tokenField->clear();
        SecureBytes::wipe(shown);
    }
    if (has && m_revealLeft == 0 && m_tokenField->text() != maskText())
        m_tokenField->setText(maskText());
    if (!has)
        m_tokenField->clear();
    m_reveal->setEnabled(has);
    m_copy->setEnabled(has);
    if (auto *inspect = findChild<QPushButton *>(QStringLiteral("inspectToken")))
        inspect->setEnabled(has);
    m_forget->setEnabled(has);
    m_try->setEnabled(has && !m_trying && m_items != nullptr);

    if (m_tokenPermission.id.isEmpty())
        m_tokenFor->setText(tr("Select a permission and mint a token to hand out or try."));
    else
        m_tokenFor->setText(
            tr("From “%1” of user “%2”: %3%4")
                .arg(m_tokenPermission.id, m_tokenPermission.user,
                     PermissionTreeModel::describePermission(m_tokenPermission),
                     m_tokenRevoked ? tr(" — revoked: the permission was deleted or replaced") : QString()));
    if (has) {
        const qint64 left = Clock::now().toUTC().secsTo(m_tokenExpiresAt);
        QString text =
            tr("Expires in %1 (at %2)")
                .arg(clockText(qMax<qint64>(0, left)),
                     QLocale().toString(m_tokenExpiresAt.toLocalTime().time(), QLocale::ShortFormat));
        if (m_revealLeft > 0)
            text += u' ' + tr("· shown for %n more second(s)", nullptr, m_revealLeft);
        m_countdown->setText(text);
    } else if (m_tokenExpired) {
        m_countdown->setText(tr("Expired: the token was wiped from memory. Mint a new one."));
    } else if (!m_tokenPermission.id.isEmpty()) {
        m_countdown->setText(tr("Forgotten: the token was wiped from memory."));
    } else {
        m_countdown->clear();
    }
    m_clipboardStatus->setText(m_clipboard->statusText());
    m_clipboardStatus->setVisible(!m_clipboardStatus->text().isEmpty());
}

// ---------------------------------------------------------------------------------------------------------------
// Try this token

QString ResourceTokensView::outcomeText(const QString &what, const ApiError &error) const
{
    QString status;
    if (error.httpStatus > 0) {
        status = error.subStatus
                     ? tr("%1 %2, substatus %3").arg(error.httpStatus).arg(error.code).arg(error.subStatus)
                     : tr("%1 %2").arg(error.httpStatus).arg(error.code);
    }
    const bool denied = error.httpStatus == 401 || error.httpStatus == 403;
    QString text = denied             ? tr("%1: denied (%2).").arg(what, status)
                   : status.isEmpty() ? tr("%1: failed.").arg(what)
                                      : tr("%1: failed (%2).").arg(what, status);
    QString message = error.message;
    const int activity = message.indexOf(QLatin1String("ActivityId:"));
    if (activity > 0)
        message = message.left(activity).trimmed();
    if (!message.isEmpty())
        text += u' ' + tr("The service says: %1").arg(message);
    // A resource token is not a key: the generic key advice (regenerated key, clock skew) would mislead here.
    QString advice;
    if (error.httpStatus == 401 && error.subStatus == 0)
        advice =
            tr("The token was refused: it expired, or the permission (or its user) it was minted from was "
               "deleted or replaced since. Mint a new token from a current permission.");
    else if (error.httpStatus == 403 && error.subStatus == 0 &&
             !error.message.startsWith(QLatin1String("Request originated")))
        advice =
            tr("The token does not cover this request: check the permission's mode (Read allows no writes), "
               "its resource and its partition key.");
    else
        advice = explainDataPlaneError(error);
    if (!advice.isEmpty())
        text += u'\n' + advice;
    return text;
}

void ResourceTokensView::setOutcome(bool read, Outcome outcome, const QString &text)
{
    (read ? m_readOutcome : m_writeOutcome) = outcome;
    QLabel *label = read ? m_readResult : m_writeResult;
    QString icon;
    switch (outcome) {
    case Outcome::Allowed:
        icon = QStringLiteral("✔ ");
        break;
    case Outcome::Denied:
        icon = QStringLiteral("✖ ");
        break;
    case Outcome::Failed:
        icon = QStringLiteral("⚠ ");
        break;
    default:
        break;
    }
    label->setText(icon + text);
    label->setAccessibleDescription(text);
}

void ResourceTokensView::tryToken()
{
    if (m_token.isEmpty() || !m_items || !m_service || m_trying)
        return;
    const QStringList seg = CosmosPermission::linkSegments(m_tokenPermission.resource);
    if (seg.size() < 2)
        return;
    m_trying = true;
    const quint64 run = ++m_tryRun;
    const quint64 generation = m_generation;
    setOutcome(true, Outcome::Running, tr("Reading…"));
    setOutcome(false, Outcome::Running, tr("Waiting for the read…"));
    updateTokenView();
    // The container's partition key path (for the probe item) comes from the master-key listing.
    m_service->listContainers(
        seg.at(1), this, [this, run, generation, seg](const Result<QList<CosmosContainer>> &r) {
            if (generation != m_generation || run != m_tryRun)
                return;
            std::optional<CosmosContainer> container;
            if (r.ok()) {
                for (const CosmosContainer &c : r.value()) {
                    if ((seg.size() >= 4 && c.id == seg.at(3)) || (seg.size() == 2 && !container))
                        container = c;
                }
            }
            runProbes(container ? &*container : nullptr, run);
        });
}

void ResourceTokensView::runProbes(const CosmosContainer *containerInfo, quint64 run)
{
    const QStringList seg = CosmosPermission::linkSegments(m_tokenPermission.resource);
    const QString database = seg.value(1);
    const QString container = containerInfo ? containerInfo->id : QString();
    const QStringList keyPaths = containerInfo ? containerInfo->partitionKeyPaths : QStringList();
    const QJsonArray pk = m_tokenPermission.resourcePartitionKey;
    const std::shared_ptr<RequestAuthorizer> auth = std::make_shared<ResourceTokenAuthorizer>(m_token);
    const quint64 generation = m_generation;
    auto stale = [this, run, generation] { return generation != m_generation || run != m_tryRun; };
    auto finish = [this] {
        m_trying = false;
        updateTokenView();
    };

    // The write probe: create `csc-token-probe-<uuid>` (with the partition key value set) and delete it again
    // only if the create succeeded.
    auto write = [this, database, container, keyPaths, pk, auth, stale, finish] {
        if (container.isEmpty()) {
            setOutcome(false, Outcome::NotTried,
                       tr("Write: not tried — the database has no container to write a probe item to."));
            return finish();
        }
        const QString id =
            QStringLiteral("csc-token-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject item{{QStringLiteral("id"), id},
                         {QStringLiteral("purpose"), QStringLiteral("Cosmos Security Console token probe")}};
        QJsonArray itemKey;
        if (!keyPaths.isEmpty()) {
            const QJsonValue value = pk.isEmpty() ? QJsonValue(id) : pk.at(0);
            item = CosmosItemsClient::withValueAt(item, keyPaths.first(), value);
            itemKey = QJsonArray{value};
        }
        const QString what = tr("Write a probe item “%1” to “%2”").arg(id, container);
        setOutcome(false, Outcome::Running, tr("Writing…"));
        m_items->createItem(
            database, container, item, itemKey, auth, this,
            [this, database, container, id, itemKey, auth, stale, finish,
             what](const Result<QJsonObject> &r) {
                if (stale())
                    return;
                if (!r.ok()) {
                    const bool denied = r.error().httpStatus == 401 || r.error().httpStatus == 403;
                    setOutcome(false, denied ? Outcome::Denied : Outcome::Failed,
                               outcomeText(what, r.error()));
                    return finish();
                }
                m_items->deleteItem(
                    database, container, id, itemKey, auth, this,
                    [this, database, container, id, itemKey, stale, finish, what](const Result<void> &d) {
                        if (stale())
                            return;
                        if (d.ok()) {
                            setOutcome(
                                false, Outcome::Allowed,
                                tr("%1: allowed (201 Created); the probe item was deleted again.").arg(what));
                            return finish();
                        }
                        setOutcome(
                            false, Outcome::Allowed,
                            tr("%1: allowed (201 Created), but deleting it with the token failed; it is "
                               "deleted with the account key instead.")
                                .arg(what));
                        if (m_master)
                            m_items->deleteItem(database, container, id, itemKey, m_master, this,
                                                [](const Result<void> &) {});
                        finish();
                    });
            });
    };

    auto onRead = [this, stale, write](const QString &what, const std::optional<ApiError> &error,
                                       const QString &allowedText) {
        if (stale())
            return;
        if (error) {
            const bool denied = error->httpStatus == 401 || error->httpStatus == 403;
            setOutcome(true, denied ? Outcome::Denied : Outcome::Failed, outcomeText(what, *error));
        } else {
            setOutcome(true, Outcome::Allowed, allowedText);
        }
        write();
    };

    if (seg.size() == 2) {
        // A database-wide token: read = list its containers with the token.
        const QString what = tr("List the containers of “%1”").arg(database);
        auto tokenService = std::make_shared<CosmosPermissionsService>(
            m_session ? m_session->client() : nullptr, QUrl(m_account.documentEndpoint), auth);
        tokenService->listContainers(
            database, this, [tokenService, onRead, what](const Result<QList<CosmosContainer>> &r) {
                if (!r.ok())
                    return onRead(what, r.error(), QString());
                onRead(what, std::nullopt,
                       ResourceTokensView::tr("%1: allowed (200 OK, %n container(s)).", nullptr,
                                              int(r.value().size()))
                           .arg(what));
            });
        return;
    }
    if (container.isEmpty()) {
        setOutcome(true, Outcome::Failed, tr("The container “%1” was not found.").arg(seg.value(3)));
        setOutcome(false, Outcome::NotTried, tr("Write: not tried."));
        return finish();
    }
    if (seg.size() >= 6) {
        const QString item = seg.at(5);
        const QString what = tr("Read item “%1”").arg(item);
        m_items->readItem(
            database, container, item, pk, auth, this, [onRead, what](const Result<QJsonObject> &r) {
                if (!r.ok())
                    return onRead(what, r.error(), QString());
                onRead(what, std::nullopt, ResourceTokensView::tr("%1: allowed (200 OK).").arg(what));
            });
        return;
    }
    const QString what = pk.isEmpty() ? tr("Read the first page of items in “%1”").arg(container)
                                      : tr("Read the first page of items in “%1”, partition %2")
                                            .arg(container, PermissionTreeModel::describePartitionKey(pk));
    m_items->readItems(database, container, pk, 10, auth, this,
                       [onRead, what](const Result<CosmosItemPage> &r) {
                           if (!r.ok())
                               return onRead(what, r.error(), QString());
                           onRead(what, std::nullopt,
                                  ResourceTokensView::tr("%1: allowed (200 OK, %n item(s) on the page).",
                                                         nullptr, r.value().count)
                                      .arg(what));
                       });
}

} // namespace csc
