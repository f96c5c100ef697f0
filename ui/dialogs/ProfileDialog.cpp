// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileDialog.h"

#include "emulator/DemoSeed.h"
#include "models/ProfileListModel.h"
#include "ui/LocalCloudOpener.h"
#include "ui/MessageBox.h"
#include "ui/SessionController.h"
#include "ui/widgets/MessageWidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace csc {

namespace {
const char *kInvalidProperty = "cscInvalid";

void markInvalid(QWidget *w, bool invalid)
{
    if (!w || w->property(kInvalidProperty).toBool() == invalid)
        return;
    w->setProperty(kInvalidProperty, invalid);
    w->setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 1px solid #e04444; border-radius: 2px; }")
                             : QString());
}

bool isHttpsUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty() &&
           !url.hasQuery();
}
} // namespace

ProfileDialog::ProfileDialog(SessionController *controller, QWidget *parent)
    : QDialog(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Connections"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cosmos-security-console.svg")));
    buildUi();

    connect(m_controller, &SessionController::connectionTestStep, this, [this](const QString &step) {
        if (m_testing)
            m_testStep->setText(step);
    });
    connect(m_controller, &SessionController::connectionTestFinished, this, &ProfileDialog::onTestFinished);

    const QString current = m_controller->currentProfileId();
    selectProfile(current);
    resize(900, 520);
}

void ProfileDialog::buildUi()
{
    // Left: the profiles
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Connections"));
    m_list->setModel(m_controller->profileModel());
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumWidth(200);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProfileDialog::onCurrentRowChanged);

    m_newButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New"));
    m_newButton->setObjectName(QStringLiteral("newButton"));
    m_newButton->setAccessibleName(tr("New connection"));
    m_newButton->setAutoDefault(false);
    connect(m_newButton, &QPushButton::clicked, this, &ProfileDialog::newProfile);
    m_deleteButton = new QPushButton(QIcon(QStringLiteral(":/icons/remove.svg")), tr("&Delete"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setAccessibleName(tr("Delete connection"));
    m_deleteButton->setAutoDefault(false);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfileDialog::deleteProfile);

    m_newLocalButton = new QPushButton(QIcon(QStringLiteral(":/icons/database.svg")), tr("&Local Cloud"));
    m_newLocalButton->setObjectName(QStringLiteral("newLocalCloudButton"));
    m_newLocalButton->setAccessibleName(tr("New local cloud connection"));
    m_newLocalButton->setToolTip(
        tr("A connection to the local cloud that runs on this computer, with demo data: no Azure "
           "subscription needed."));
    m_newLocalButton->setAutoDefault(false);
    connect(m_newLocalButton, &QPushButton::clicked, this, &ProfileDialog::newLocalCloudProfile);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_newLocalButton);
    listButtons->addWidget(m_deleteButton);
    listButtons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    // Right: the form
    m_banner = new MessageWidget;
    m_banner->setObjectName(QStringLiteral("profileBanner"));

    m_nameEdit = new QLineEdit;
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setAccessibleName(tr("Connection name"));
    m_nameEdit->setPlaceholderText(tr("e.g. Production"));
    m_nameEdit->setMaxLength(100);

    m_cloudCombo = new QComboBox;
    m_cloudCombo->setObjectName(QStringLiteral("cloudCombo"));
    m_cloudCombo->setAccessibleName(tr("Cloud"));
    for (auto id : {CloudEnvironment::Id::AzureCloud, CloudEnvironment::Id::AzureUSGovernment,
                    CloudEnvironment::Id::AzureChinaCloud, CloudEnvironment::Id::Custom}) {
        m_cloudCombo->addItem(CloudEnvironment::byId(id).displayName(), int(id));
    }

    m_authorityEdit = new QLineEdit;
    m_authorityEdit->setObjectName(QStringLiteral("authorityEdit"));
    m_authorityEdit->setAccessibleName(tr("Sign-in authority"));
    m_authorityEdit->setPlaceholderText(QStringLiteral("https://login.microsoftonline.com"));
    m_armEdit = new QLineEdit;
    m_armEdit->setObjectName(QStringLiteral("resourceManagerEdit"));
    m_armEdit->setAccessibleName(tr("Resource Manager endpoint"));
    m_armEdit->setPlaceholderText(QStringLiteral("https://management.azure.com"));

    m_tenantEdit = new QLineEdit;
    m_tenantEdit->setObjectName(QStringLiteral("tenantEdit"));
    m_tenantEdit->setAccessibleName(tr("Tenant"));
    m_tenantEdit->setPlaceholderText(tr("Directory (tenant) ID or domain, e.g. contoso.onmicrosoft.com"));

    m_clientIdEdit = new QLineEdit;
    m_clientIdEdit->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientIdEdit->setAccessibleName(tr("Application (client) ID"));
    m_clientIdEdit->setPlaceholderText(QStringLiteral("00000000-0000-0000-0000-000000000000"));

    m_secretEdit = new QLineEdit;
    m_secretEdit->setObjectName(QStringLiteral("secretEdit"));
    m_secretEdit->setAccessibleName(tr("Client secret"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase |
                                      Qt::ImhSensitiveData);
    m_showSecretButton = new QToolButton;
    m_showSecretButton->setObjectName(QStringLiteral("showSecretButton"));
    m_showSecretButton->setIcon(QIcon(QStringLiteral(":/icons/show-secret.svg")));
    m_showSecretButton->setCheckable(true);
    m_showSecretButton->setToolTip(tr("Show the client secret"));
    m_showSecretButton->setAccessibleName(tr("Show the client secret"));
    connect(m_showSecretButton, &QToolButton::toggled, this, [this](bool shown) {
        m_secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showSecretButton->setToolTip(shown ? tr("Hide the client secret") : tr("Show the client secret"));
    });
    auto *secretRow = new QHBoxLayout;
    m_secretRow = secretRow;
    secretRow->setSpacing(4);
    secretRow->addWidget(m_secretEdit, 1);
    secretRow->addWidget(m_showSecretButton);

    m_caFileEdit = new QLineEdit;
    m_caFileEdit->setObjectName(QStringLiteral("caFileEdit"));
    m_caFileEdit->setAccessibleName(tr("Trusted certificate authority file"));
    m_caFileEdit->setPlaceholderText(tr("Optional PEM file with one extra trusted CA"));
    m_caBrowseButton = new QPushButton(tr("&Browse…"));
    m_caBrowseButton->setObjectName(QStringLiteral("caBrowseButton"));
    m_caBrowseButton->setAccessibleName(tr("Choose the trusted certificate authority file"));
    m_caBrowseButton->setAutoDefault(false);
    connect(m_caBrowseButton, &QPushButton::clicked, this, &ProfileDialog::browseCaFile);
    auto *caRow = new QHBoxLayout;
    m_caRow = caRow;
    caRow->setSpacing(4);
    caRow->addWidget(m_caFileEdit, 1);
    caRow->addWidget(m_caBrowseButton);

    m_principalCombo = new QComboBox;
    m_principalCombo->setObjectName(QStringLiteral("principalCombo"));
    m_principalCombo->setAccessibleName(tr("Sign in as"));
    for (const emu::DemoSeed::DemoPrincipal &principal : emu::DemoSeed::kPrincipals) {
        const QString role = principal.role ? QLatin1String(principal.role) : tr("no role");
        m_principalCombo->addItem(tr("%1 (%2)").arg(QLatin1String(principal.name), role),
                                  QLatin1String(principal.clientId));
    }
    m_localInfo = new QLabel(
        tr("The local cloud runs inside the console on this computer (HTTPS on 127.0.0.1 with its own "
           "certificate authority) and imitates Microsoft Entra ID, Azure Resource Manager and Azure "
           "Cosmos DB with demo data. Its demo service principals have fixed, documented secrets; choose "
           "one to see what each Azure role may do."));
    m_localInfo->setObjectName(QStringLiteral("localCloudInfo"));
    m_localInfo->setWordWrap(true);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setVerticalSpacing(8);
    auto addRow = [this](const QString &text, QWidget *buddy, QWidget *field,
                         QLayout *fieldLayout = nullptr) {
        auto *label = new QLabel(text);
        label->setBuddy(buddy);
        if (fieldLayout)
            m_form->addRow(label, fieldLayout);
        else
            m_form->addRow(label, field);
    };
    addRow(tr("Na&me:"), m_nameEdit, m_nameEdit);
    m_form->addRow(m_localInfo);
    addRow(tr("Sign in &as:"), m_principalCombo, m_principalCombo);
    addRow(tr("&Cloud:"), m_cloudCombo, m_cloudCombo);
    addRow(tr("Sign-in a&uthority:"), m_authorityEdit, m_authorityEdit);
    addRow(tr("&Resource Manager:"), m_armEdit, m_armEdit);
    addRow(tr("&Tenant:"), m_tenantEdit, m_tenantEdit);
    addRow(tr("Client &ID:"), m_clientIdEdit, m_clientIdEdit);
    addRow(tr("Client s&ecret:"), m_secretEdit, nullptr, secretRow);
    addRow(tr("Trusted C&A file:"), m_caFileEdit, nullptr, caRow);

    m_validationLabel = new QLabel;
    m_validationLabel->setObjectName(QStringLiteral("validationLabel"));
    m_validationLabel->setWordWrap(true);
    m_validationLabel->setTextFormat(Qt::PlainText);
    m_validationLabel->setAccessibleName(tr("Problem with the form"));
    m_validationLabel->setStyleSheet(QStringLiteral("color: #e04444;"));
    m_validationLabel->hide();
    m_form->addRow(QString(), m_validationLabel);

    auto *formBox = new QGroupBox(tr("Connection"));
    formBox->setLayout(m_form);

    m_testButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/test-connection.svg")), tr("Te&st Connection"));
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAccessibleName(tr("Test the connection"));
    m_testButton->setAutoDefault(false);
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        if (m_testing)
            m_controller->cancelTest();
        else
            testConnection();
    });
    m_testProgress = new QProgressBar;
    m_testProgress->setObjectName(QStringLiteral("testProgress"));
    m_testProgress->setAccessibleName(tr("Connection test in progress"));
    m_testProgress->setRange(0, 0);
    m_testProgress->setTextVisible(false);
    m_testProgress->setMaximumWidth(120);
    m_testProgress->setMaximumHeight(14);
    m_testProgress->hide();
    m_testStep = new QLabel;
    m_testStep->setObjectName(QStringLiteral("testStep"));
    m_testStep->hide();
    m_saveButton = new QPushButton(tr("Sa&ve"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save the connection"));
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileDialog::save);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_testButton);
    actions->addWidget(m_testProgress);
    actions->addWidget(m_testStep, 1);
    actions->addStretch();
    actions->addWidget(m_saveButton);

    auto *right = new QVBoxLayout;
    right->setSpacing(10);
    right->addWidget(m_banner);
    right->addWidget(formBox);
    right->addLayout(actions);
    right->addStretch();

    auto *columns = new QHBoxLayout;
    columns->setSpacing(14);
    columns->addLayout(left, 0);
    columns->addLayout(right, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_buttons->setObjectName(QStringLiteral("dialogButtons"));
    m_connectButton = m_buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setIcon(QIcon(QStringLiteral(":/icons/connect.svg")));
    m_connectButton->setAccessibleName(tr("Save and connect"));
    m_connectButton->setAutoDefault(false);
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    close->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_connectButton, &QPushButton::clicked, this, &ProfileDialog::connectAndClose);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit :
         {m_nameEdit, m_authorityEdit, m_armEdit, m_tenantEdit, m_clientIdEdit, m_secretEdit, m_caFileEdit})
        connect(edit, &QLineEdit::textEdited, this, &ProfileDialog::onEdited);
    connect(m_principalCombo, &QComboBox::currentIndexChanged, this, &ProfileDialog::onEdited);
    connect(m_cloudCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateCloudRows();
        onEdited();
    });

    setTabOrder(m_list, m_newButton);
    setTabOrder(m_newButton, m_newLocalButton);
    setTabOrder(m_newLocalButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_nameEdit);
    setTabOrder(m_nameEdit, m_principalCombo);
    setTabOrder(m_principalCombo, m_cloudCombo);
    setTabOrder(m_cloudCombo, m_authorityEdit);
    setTabOrder(m_authorityEdit, m_armEdit);
    setTabOrder(m_armEdit, m_tenantEdit);
    setTabOrder(m_tenantEdit, m_clientIdEdit);
    setTabOrder(m_clientIdEdit, m_secretEdit);
    setTabOrder(m_secretEdit, m_showSecretButton);
    setTabOrder(m_showSecretButton, m_caFileEdit);
    setTabOrder(m_caFileEdit, m_caBrowseButton);
    setTabOrder(m_caBrowseButton, m_testButton);
    setTabOrder(m_testButton, m_saveButton);
    setTabOrder(m_saveButton, m_connectButton);
    setTabOrder(m_connectButton, close);
}

void ProfileDialog::selectProfile(const QString &id)
{
    const QModelIndex index = m_controller->profileModel()->indexOf(id);
    if (!index.isValid()) {
        newProfile();
        return;
    }
    if (m_list->currentIndex() == index && !m_isNew && m_base.id == id)
        return;
    m_list->setCurrentIndex(index); // -> onCurrentRowChanged -> loadProfile
    if (m_base.id != id)
        loadProfile(m_controller->profileModel()->itemAt(index), false);
}

void ProfileDialog::loadProfile(const ConnectionProfile &profile, bool isNew)
{
    m_loading = true;
    m_base = profile;
    m_isNew = isNew;
    m_dirty = false;
    m_touched = false;
    m_nameEdit->setText(profile.name);
    m_cloudCombo->setCurrentIndex(qMax(0, m_cloudCombo->findData(int(profile.cloud))));
    m_authorityEdit->setText(profile.customAuthorityHost.toString());
    m_armEdit->setText(profile.customResourceManager.toString());
    m_tenantEdit->setText(profile.tenantId);
    m_clientIdEdit->setText(profile.clientId);
    m_secretEdit->clear();
    m_showSecretButton->setChecked(false);
    const QString backend =
        m_controller->secretStore() ? m_controller->secretStore()->backendName() : QString();
    m_secretEdit->setPlaceholderText(isNew ? tr("The client secret's value (not its ID)")
                                           : tr("Stored in %1; type a new value to replace it").arg(backend));
    m_caFileEdit->setText(profile.trustedCaFile);
    {
        const int principal =
            m_principalCombo->findData(profile.clientId, Qt::UserRole, Qt::MatchFixedString);
        m_principalCombo->setCurrentIndex(qMax(0, principal));
    }
    m_validationLabel->hide();
    for (QWidget *w : {static_cast<QWidget *>(m_nameEdit), static_cast<QWidget *>(m_authorityEdit),
                       static_cast<QWidget *>(m_armEdit), static_cast<QWidget *>(m_tenantEdit),
                       static_cast<QWidget *>(m_clientIdEdit), static_cast<QWidget *>(m_secretEdit),
                       static_cast<QWidget *>(m_caFileEdit)})
        markInvalid(w, false);
    updateCloudRows();
    m_loading = false;
    updateButtons();
}

void ProfileDialog::newProfile()
{
    if (!resolveUnsavedChanges())
        return;
    {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->selectionModel()->clear();
    }
    loadProfile(ConnectionProfile::create(), true);
    m_banner->hide();
    m_nameEdit->setFocus();
}

ConnectionProfile ProfileDialog::profileFromForm() const
{
    ConnectionProfile p = m_base;
    p.name = m_nameEdit->text().trimmed();
    p.cloud = static_cast<CloudEnvironment::Id>(m_cloudCombo->currentData().toInt());
    if (p.cloud == CloudEnvironment::Id::Custom) {
        p.customAuthorityHost = QUrl(m_authorityEdit->text().trimmed(), QUrl::StrictMode);
        p.customResourceManager = QUrl(m_armEdit->text().trimmed(), QUrl::StrictMode);
    } else {
        p.customAuthorityHost.clear();
        p.customResourceManager.clear();
    }
    if (p.localCloud) {
        // Endpoints, tenant and CA are filled in when the local cloud starts.
        p.clientId = m_principalCombo->currentData().toString();
        return p;
    }
    p.tenantId = m_tenantEdit->text().trimmed();
    p.clientId = m_clientIdEdit->text().trimmed();
    p.trustedCaFile = m_caFileEdit->text().trimmed();
    return p;
}

void ProfileDialog::showValidation(const QString &text, QWidget *field)
{
    for (QWidget *w : {static_cast<QWidget *>(m_nameEdit), static_cast<QWidget *>(m_authorityEdit),
                       static_cast<QWidget *>(m_armEdit), static_cast<QWidget *>(m_tenantEdit),
                       static_cast<QWidget *>(m_clientIdEdit), static_cast<QWidget *>(m_secretEdit),
                       static_cast<QWidget *>(m_caFileEdit)})
        markInvalid(w, w == field);
    m_validationLabel->setText(text);
    m_validationLabel->setVisible(!text.isEmpty());
    if (field)
        field->setAccessibleDescription(text);
}

bool ProfileDialog::validateForm(bool force)
{
    const ConnectionProfile p = profileFromForm();
    const Result<void> valid = p.validate();
    if (valid.ok()) {
        showValidation({}, nullptr);
        return true;
    }
    if (!force && !m_touched)
        return false;
    // The field in the order validate() checks them: the first one that is wrong is the one it names.
    QWidget *field = nullptr;
    if (p.name.isEmpty() || p.name.size() > 100)
        field = m_nameEdit;
    else if (!ConnectionProfile::isGuid(p.tenantId) && !ConnectionProfile::isTenantDomain(p.tenantId))
        field = m_tenantEdit;
    else if (!ConnectionProfile::isGuid(p.clientId))
        field = m_clientIdEdit;
    else if (p.cloud == CloudEnvironment::Id::Custom && !isHttpsUrl(m_authorityEdit->text()))
        field = m_authorityEdit;
    else if (p.cloud == CloudEnvironment::Id::Custom && !isHttpsUrl(m_armEdit->text()))
        field = m_armEdit;
    else if (!p.trustedCaFile.isEmpty())
        field = m_caFileEdit;
    showValidation(valid.error().message, field);
    return false;
}

void ProfileDialog::onEdited()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_touched = true;
    validateForm(false);
    updateButtons();
}

void ProfileDialog::onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (!current.isValid())
        return;
    const ConnectionProfile p = m_controller->profileModel()->itemAt(current);
    if (p.id == m_base.id && !m_isNew)
        return;
    if (!resolveUnsavedChanges()) {
        const QSignalBlocker block(m_list->selectionModel());
        if (previous.isValid())
            m_list->setCurrentIndex(previous);
        else
            m_list->selectionModel()->clear();
        return;
    }
    loadProfile(p, false);
    m_banner->hide();
}

bool ProfileDialog::resolveUnsavedChanges()
{
    if (!m_dirty)
        return true;
    const QString name =
        m_nameEdit->text().trimmed().isEmpty() ? tr("the new connection") : m_nameEdit->text().trimmed();
    const auto answer = MessageBox::question(
        this, tr("Unsaved Changes"), tr("Save the changes to “%1”?").arg(name), QString(),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_dirty = false;
        return true;
    }
    return false;
}

void ProfileDialog::updateCloudRows()
{
    const bool local = m_base.localCloud;
    const bool custom = static_cast<CloudEnvironment::Id>(m_cloudCombo->currentData().toInt()) ==
                        CloudEnvironment::Id::Custom;
    m_form->setRowVisible(m_localInfo, local);
    m_form->setRowVisible(m_principalCombo, local);
    m_form->setRowVisible(m_cloudCombo, !local);
    m_form->setRowVisible(m_authorityEdit, custom && !local);
    m_form->setRowVisible(m_armEdit, custom && !local);
    m_form->setRowVisible(m_tenantEdit, !local);
    m_form->setRowVisible(m_clientIdEdit, !local);
    m_form->setRowVisible(m_secretRow, !local);
    m_form->setRowVisible(m_caRow, !local);
}

void ProfileDialog::newLocalCloudProfile()
{
    if (!resolveUnsavedChanges())
        return;
    {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->selectionModel()->clear();
    }
    loadProfile(LocalCloudOpener::newProfile(), true);
    m_dirty = true;
    m_banner->hide();
    m_nameEdit->setFocus();
    updateButtons();
}

void ProfileDialog::updateButtons()
{
    m_deleteButton->setEnabled(!m_isNew);
    m_testButton->setText(m_testing ? tr("Cancel Te&st") : tr("Te&st Connection"));
    m_testButton->setIcon(QIcon(m_testing ? QStringLiteral(":/icons/cancel.svg")
                                          : QStringLiteral(":/icons/test-connection.svg")));
    m_testButton->setAccessibleName(m_testing ? tr("Cancel the connection test") : tr("Test the connection"));
    m_connectButton->setEnabled(!m_testing);
}

void ProfileDialog::browseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Trusted Certificate Authority"), m_caFileEdit->text(),
                                     tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (file.isEmpty())
        return;
    m_caFileEdit->setText(file);
    onEdited();
}

bool ProfileDialog::save()
{
    m_touched = true;
    if (!validateForm(true))
        return false;
    if (m_isNew && !m_base.localCloud && m_secretEdit->text().isEmpty()) {
        showValidation(tr("Enter the client secret of the app registration."), m_secretEdit);
        m_secretEdit->setFocus();
        return false;
    }
    const ConnectionProfile profile = profileFromForm();
    QString typed = m_secretEdit->text();
    const bool newSecret = !typed.isEmpty();
    const SecureBytes secret = SecureBytes::fromUtf8Wiping(typed);
    m_controller->saveProfile(profile);
    {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_controller->profileModel()->indexOf(profile.id));
    }
    loadProfile(profile, false); // also clears the secret field

    const QString name = profile.name;
    if (!newSecret) {
        m_banner->showMessage(tr("Saved “%1”.").arg(name), MessageWidget::Type::Positive);
        return true;
    }
    m_banner->showMessage(tr("Saving the client secret of “%1”…").arg(name),
                          MessageWidget::Type::Information);
    m_controller->storeClientSecret(profile, secret, this, [this, name](Result<void> stored) {
        if (!stored.ok()) {
            m_banner->showError(tr("Storing the client secret of “%1”").arg(name), stored.error());
            return;
        }
        const QString backend =
            m_controller->secretStore() ? m_controller->secretStore()->backendName() : QString();
        m_banner->showMessage(tr("Saved “%1”. The client secret is stored in %2.").arg(name, backend),
                              MessageWidget::Type::Positive);
    });
    return true;
}

void ProfileDialog::deleteProfile()
{
    if (m_isNew)
        return;
    const ConnectionProfile profile = m_base;
    const QString backend =
        m_controller->secretStore() ? m_controller->secretStore()->backendName() : QString();
    const auto answer = MessageBox::question(
        this, tr("Delete Connection"), tr("Delete the connection “%1”?").arg(profile.name),
        tr("Its stored client secret is removed from %1 too. This cannot be undone.").arg(backend),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, QMessageBox::Warning);
    if (answer != QMessageBox::Yes)
        return;
    m_dirty = false;
    m_controller->removeProfile(profile.id, this, [this, profile](Result<void> removed) {
        if (!removed.ok()) {
            m_banner->showError(tr("Deleting the connection “%1”").arg(profile.name), removed.error());
            return;
        }
        if (m_base.id == profile.id) {
            const QString next = m_controller->profileModel()->rowCount() > 0
                                     ? m_controller->profileModel()->profiles().constFirst().id
                                     : QString();
            m_isNew = true; // nothing left to resolve
            selectProfile(next);
        }
        m_banner->showMessage(tr("Deleted “%1” and its stored client secret.").arg(profile.name),
                              MessageWidget::Type::Information);
    });
}

void ProfileDialog::testConnection()
{
    m_touched = true;
    if (!validateForm(true))
        return;
    const bool haveTyped = !m_secretEdit->text().isEmpty();
    if (!haveTyped && m_isNew && !m_base.localCloud) {
        showValidation(tr("Enter the client secret to test the connection."), m_secretEdit);
        m_secretEdit->setFocus();
        return;
    }
    const ConnectionProfile profile = profileFromForm();
    QString typed = m_secretEdit->text();
    const SecureBytes secret = SecureBytes::fromUtf8Wiping(typed);
    m_banner->hide();
    m_testingId = profile.id;
    setTesting(true);
    m_controller->testConnection(profile, secret);
}

void ProfileDialog::setTesting(bool testing)
{
    m_testing = testing;
    m_testProgress->setVisible(testing);
    m_testStep->setVisible(testing);
    m_testStep->setText(testing ? tr("Testing the connection…") : QString());
    updateButtons();
}

void ProfileDialog::onTestFinished(const QString &profileId, const Result<ConnectionTestReport> &result)
{
    if (!m_testing || profileId != m_testingId)
        return;
    setTesting(false);
    m_testingId.clear();
    if (!result.ok()) {
        if (result.error().isCancelled())
            m_banner->showMessage(tr("The connection test was cancelled."), MessageWidget::Type::Information);
        else
            m_banner->showError(tr("The connection test"), result.error());
        return;
    }
    const ConnectionTestReport &report = result.value();
    QString text =
        tr("The connection works. Signed in as application %1 in tenant %2.")
            .arg(report.applicationId.isEmpty() ? m_clientIdEdit->text().trimmed() : report.applicationId,
                 report.tenantId.isEmpty() ? m_tenantEdit->text().trimmed() : report.tenantId);
    if (report.subscriptions.isEmpty()) {
        text +=
            QLatin1Char('\n') + tr("The application sees no subscription. Grant it a role such as Reader on "
                                   "the subscriptions to manage.");
    } else {
        text += QLatin1Char('\n') + tr("%n subscription(s): %1", nullptr, int(report.subscriptions.size()))
                                        .arg(report.subscriptions.join(QStringLiteral(", ")));
    }
    QStringList details;
    if (!report.objectId.isEmpty())
        details << tr("Object ID of the service principal: %1").arg(report.objectId);
    if (report.tokenExpiresOn.isValid())
        details << tr("Access token valid until: %1")
                       .arg(QLocale().toString(report.tokenExpiresOn.toLocalTime(), QLocale::LongFormat));
    m_banner->showMessage(text, MessageWidget::Type::Positive, details.join(QLatin1Char('\n')));
}

void ProfileDialog::connectAndClose()
{
    if (m_dirty || m_isNew) {
        if (!save())
            return;
    }
    if (m_isNew)
        return;
    m_controller->setCurrentProfileId(m_base.id);
    emit connectRequested(m_base.id);
    QDialog::accept();
}

void ProfileDialog::reject()
{
    if (m_testing)
        m_controller->cancelTest();
    if (!resolveUnsavedChanges())
        return;
    QDialog::reject();
}

} // namespace csc
