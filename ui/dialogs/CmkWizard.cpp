// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/dialogs/CmkWizard.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "net/AzureSession.h"
#include "net/EncryptionService.h"
#include "net/IdentityService.h"
#include "net/KeyVaultService.h"
#include "net/RoleAssignmentsService.h"
#include "ui/MessageBox.h"
#include "ui/widgets/CommandPreview.h"
#include "ui/widgets/MessageWidget.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace csc {

namespace {

QLabel *textLabel(const QString &text = {}, const QString &objectName = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QLabel *busyLabel(const QString &objectName)
{
    auto *label = textLabel({}, objectName);
    label->setAccessibleName(CmkWizard::tr("Progress"));
    label->hide();
    return label;
}

QIcon severityIcon(CmkFinding::Severity severity)
{
    switch (severity) {
    case CmkFinding::Severity::Blocking:
        return QIcon(QStringLiteral(":/icons/error.svg"));
    case CmkFinding::Severity::Warning:
        return QIcon(QStringLiteral(":/icons/warning.svg"));
    case CmkFinding::Severity::Info:
        break;
    }
    return QIcon(QStringLiteral(":/icons/info.svg"));
}

QString identityResourceId(const QString &subscriptionId, const QString &resourceGroup, const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ManagedIdentity/"
                          "userAssignedIdentities/%3")
        .arg(subscriptionId, resourceGroup, name);
}

bool isContinuousBackup(const CosmosAccount &account)
{
    const QJsonObject backup = account.raw.value(QStringLiteral("properties"))
                                   .toObject()
                                   .value(QStringLiteral("backupPolicy"))
                                   .toObject();
    return backup.value(QStringLiteral("type"))
               .toString()
               .compare(QLatin1String("Continuous"), Qt::CaseInsensitive) == 0;
}

/// Fills `list` with findings; fixable ones are checkable (unchecked: the user consents by ticking).
void showFindings(QListWidget *list, const QList<CmkFinding> &findings, const QString &allGood)
{
    list->clear();
    if (findings.isEmpty()) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/success.svg")), allGood);
        item->setFlags(Qt::ItemIsEnabled);
        list->addItem(item);
        return;
    }
    for (int i = 0; i < findings.size(); ++i) {
        const CmkFinding &f = findings.at(i);
        QString text = f.message;
        if (!f.remedy.isEmpty())
            text += QLatin1Char('\n') + f.remedy;
        auto *item = new QListWidgetItem(severityIcon(f.severity), text);
        item->setData(Qt::UserRole, i);
        item->setData(Qt::UserRole + 1, f.id);
        item->setData(Qt::AccessibleTextRole, text);
        if (f.fixable) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(f.fixIrreversible
                                 ? CmkWizard::tr("Tick to let the setup fix this. The fix cannot be undone.")
                                 : CmkWizard::tr("Tick to let the setup fix this."));
        } else {
            item->setFlags(Qt::ItemIsEnabled);
        }
        list->addItem(item);
    }
}

/// Blocking findings that are neither fixable-and-ticked; the fixes ticked, in finding order.
bool findingsResolved(const QListWidget *list, const QList<CmkFinding> &findings,
                      QList<KeyVaultService::VaultFix> *fixes = nullptr)
{
    bool ok = true;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        const QVariant index = item->data(Qt::UserRole);
        if (!index.isValid())
            continue;
        const CmkFinding &f = findings.at(index.toInt());
        const bool ticked = f.fixable && item->checkState() == Qt::Checked;
        if (ticked && fixes)
            fixes->append(f.fix);
        if (f.severity == CmkFinding::Severity::Blocking && !ticked)
            ok = false;
    }
    return ok;
}

class CmkPageBase : public QWizardPage
{
public:
    explicit CmkPageBase(CmkWizard *wizard, const QString &objectName) : m_wizard(wizard)
    {
        setObjectName(objectName);
        m_layout = new QVBoxLayout(this);
        m_message = new MessageWidget;
        m_message->setObjectName(objectName + QStringLiteral("Message"));
        m_message->hide();
        // "identityPage" → "identityBusy": the line that says what the page is loading.
        m_busy = busyLabel(QString(objectName).replace(QLatin1String("Page"), QLatin1String("Busy")));
    }

protected:
    CmkChoices &choices() { return m_wizard->choices(); }
    AzureSession *session() const { return m_wizard->session(); }
    void finishLayout()
    {
        m_layout->addWidget(m_message);
        m_layout->addStretch(1);
    }
    void showError(const QString &what, const ApiError &error) { m_message->showError(what, error); }
    void showProblem(const QString &text) { m_message->showMessage(text, MessageWidget::Type::Error); }
    void clearMessage() { m_message->hideMessage(); }
    /// Shows what the page is loading (empty: nothing), disables `m_busyDisables` meanwhile, and re-evaluates
    /// whether the page is complete.
    void setBusy(const QString &text)
    {
        m_loading = !text.isEmpty();
        m_busy->setText(text);
        m_busy->setVisible(m_loading);
        if (m_busyDisables)
            m_busyDisables->setEnabled(!m_loading);
        emit completeChanged();
    }

    CmkWizard *m_wizard;
    QVBoxLayout *m_layout;
    MessageWidget *m_message;
    QLabel *m_busy;
    QWidget *m_busyDisables = nullptr; ///< the page's chooser, disabled while loading
    bool m_loading = false;
};

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// Identity

class CmkIdentityPage : public CmkPageBase
{
    Q_OBJECT
public:
    explicit CmkIdentityPage(CmkWizard *wizard) : CmkPageBase(wizard, QStringLiteral("identityPage"))
    {
        setTitle(tr("Identity"));
        setSubTitle(tr("Choose the identity Azure Cosmos DB uses to reach the key in Azure Key Vault."));
        m_group = new QButtonGroup(this);

        m_system = new QRadioButton(tr("The account's &system-assigned managed identity (recommended)"));
        m_system->setObjectName(QStringLiteral("systemRadio"));
        m_systemNote = textLabel({}, QStringLiteral("systemNote"));
        m_user = new QRadioButton(tr("A &user-assigned managed identity"));
        m_user->setObjectName(QStringLiteral("userRadio"));
        m_userCombo = new QComboBox;
        m_userCombo->setObjectName(QStringLiteral("userCombo"));
        m_userCombo->setAccessibleName(tr("User-assigned identity"));
        m_newName = new QLineEdit;
        m_newName->setObjectName(QStringLiteral("newIdentityName"));
        m_newName->setAccessibleName(tr("Name of the new identity"));
        m_newName->setPlaceholderText(tr("Name of the new identity"));
        m_newGroup = new QLineEdit;
        m_newGroup->setObjectName(QStringLiteral("newIdentityGroup"));
        m_newGroup->setAccessibleName(tr("Resource group of the new identity"));
        m_userNote = textLabel(tr("Attached to the account by the setup. Needed for accounts with continuous "
                                  "backup, and reusable by several accounts."),
                               QStringLiteral("userNote"));
        m_firstParty = new QRadioButton(tr("The Azure Cosmos DB &first-party identity"));
        m_firstParty->setObjectName(QStringLiteral("firstPartyRadio"));
        m_firstPartyNote = textLabel({}, QStringLiteral("firstPartyNote"));

        for (QRadioButton *b : {m_system, m_user, m_firstParty}) {
            b->setAccessibleName(b->text().remove(QLatin1Char('&')));
            m_group->addButton(b);
        }
        m_layout->addWidget(m_system);
        m_layout->addWidget(indent(m_systemNote));
        m_layout->addWidget(m_user);
        auto *userBox = new QWidget;
        auto *userForm = new QFormLayout(userBox);
        m_userForm = userForm;
        userForm->setContentsMargins(24, 0, 0, 0);
        userForm->addRow(tr("Identity:"), m_userCombo);
        userForm->addRow(tr("New identity name:"), m_newName);
        userForm->addRow(tr("Resource group:"), m_newGroup);
        userForm->addRow(m_userNote);
        m_layout->addWidget(userBox);
        m_layout->addWidget(m_firstParty);
        m_layout->addWidget(indent(m_firstPartyNote));
        m_layout->addWidget(m_busy);
        finishLayout();

        connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
            if (on)
                onModeChanged();
        });
        connect(m_userCombo, &QComboBox::currentIndexChanged, this, [this] { updateState(); });
        connect(m_newName, &QLineEdit::textChanged, this, [this] { updateState(); });
        connect(m_newGroup, &QLineEdit::textChanged, this, [this] { updateState(); });
    }

    void initializePage() override
    {
        const CosmosAccount &account = choices().account;
        m_system->setChecked(choices().identityKind == CmkIdentityKind::SystemAssigned);
        m_user->setChecked(choices().identityKind == CmkIdentityKind::UserAssigned);
        m_firstParty->setChecked(choices().identityKind == CmkIdentityKind::FirstParty);
        if (account.identity.hasSystemAssigned())
            m_systemNote->setText(tr("Enabled (object id %1).").arg(account.identity.principalId));
        else
            m_systemNote->setText(tr("Not enabled yet: the setup enables it first, then grants it access to "
                                     "the key. Its object id is known only after that step."));
        m_newGroup->setText(account.resourceGroup);
        const bool continuous = isContinuousBackup(account);
        m_firstParty->setEnabled(!continuous);
        m_firstPartyNote->setText(
            continuous
                ? tr("Not available: the account uses continuous backup, which needs a managed identity.")
                : tr("Shared by every Cosmos DB account in the tenant, so access granted to it is not "
                     "limited to this account. Prefer a managed identity."));
        loadIdentities();
        onModeChanged();
    }

    bool isComplete() const override
    {
        if (m_loading)
            return false;
        if (m_system->isChecked())
            return true;
        if (m_firstParty->isChecked())
            return !m_firstPartyId.isEmpty();
        if (!m_user->isChecked())
            return false;
        if (creatingNew())
            return IdentityService::validateName(m_newName->text().trimmed()).ok() &&
                   !m_newGroup->text().trimmed().isEmpty() && !nameTaken();
        return m_userCombo->currentIndex() >= 0 && m_userCombo->currentData().isValid();
    }

    bool validatePage() override
    {
        CmkChoices &c = choices();
        c.createUserAssigned = false;
        c.userAssignedId.clear();
        c.principalId.clear();
        if (m_system->isChecked()) {
            c.identityKind = CmkIdentityKind::SystemAssigned;
            c.principalId = c.account.identity.principalId;
        } else if (m_firstParty->isChecked()) {
            c.identityKind = CmkIdentityKind::FirstParty;
            c.principalId = m_firstPartyId;
        } else {
            c.identityKind = CmkIdentityKind::UserAssigned;
            if (creatingNew()) {
                c.createUserAssigned = true;
                c.userAssignedId = identityResourceId(c.account.subscriptionId, m_newGroup->text().trimmed(),
                                                      m_newName->text().trimmed());
                c.userAssignedLocation = c.account.location;
            } else {
                const UserAssignedIdentityResource &r = m_identities.at(m_userCombo->currentData().toInt());
                c.userAssignedId = r.id;
                c.principalId = r.principalId;
            }
        }
        return true;
    }

private:
    static QWidget *indent(QWidget *w)
    {
        auto *box = new QWidget;
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(24, 0, 0, 0);
        l->addWidget(w);
        return box;
    }
    bool creatingNew() const { return m_userCombo->currentIndex() == m_userCombo->count() - 1; }
    bool nameTaken() const
    {
        const QString name = m_newName->text().trimmed();
        for (const UserAssignedIdentityResource &r : m_identities)
            if (r.name.compare(name, Qt::CaseInsensitive) == 0 &&
                r.resourceGroup.compare(m_newGroup->text().trimmed(), Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }

    void loadIdentities()
    {
        if (m_loaded || !session())
            return;
        if (!m_service)
            m_service = new IdentityService(session(), this);
        setBusy(tr("Loading the user-assigned identities of the subscription…"));
        m_service->listUserAssigned(
            choices().account.subscriptionId, this,
            [this](const Result<QList<UserAssignedIdentityResource>> &r) {
                setBusy({});
                m_userCombo->clear();
                if (!r) {
                    showError(tr("Listing the user-assigned identities"), r.error());
                } else {
                    m_loaded = true;
                    m_identities = r.value();
                    const CosmosAccount &account = choices().account;
                    for (int i = 0; i < m_identities.size(); ++i) {
                        const UserAssignedIdentityResource &id = m_identities.at(i);
                        const bool attached = account.identity.userAssignedIdentities.contains(id.id);
                        m_userCombo->addItem(
                            attached ? tr("%1 (%2, attached to this account)").arg(id.name, id.resourceGroup)
                                     : tr("%1 (%2)").arg(id.name, id.resourceGroup),
                            i);
                        if (ArmResourceId::sameId(id.id, choices().userAssignedId))
                            m_userCombo->setCurrentIndex(i);
                    }
                }
                m_userCombo->addItem(tr("Create a new identity…"));
                if (m_identities.isEmpty())
                    m_userCombo->setCurrentIndex(m_userCombo->count() - 1);
                updateState();
            });
    }

    void onModeChanged()
    {
        clearMessage();
        if (m_firstParty->isChecked() && m_firstPartyId.isEmpty())
            lookUpFirstParty();
        updateState();
    }

    void lookUpFirstParty()
    {
        if (!session() || m_loading)
            return;
        if (!m_service)
            m_service = new IdentityService(session(), this);
        setBusy(tr("Looking up the Azure Cosmos DB application in Microsoft Entra ID…"));
        m_service->servicePrincipalByAppId(
            QLatin1String(kCosmosFirstPartyAppId), this, [this](const Result<ServicePrincipalInfo> &r) {
                setBusy({});
                if (!r) {
                    if (r.error().isNotFound())
                        showProblem(
                            tr("The Azure Cosmos DB application (%1) has no service principal in this "
                               "tenant, so it cannot be granted access. Choose a managed identity.")
                                .arg(QLatin1String(kCosmosFirstPartyAppId)));
                    else
                        showError(tr("Looking up the Azure Cosmos DB application"), r.error());
                    return;
                }
                m_firstPartyId = r.value().objectId;
                m_firstPartyNote->setText(
                    m_firstPartyNote->text() + QLatin1Char(' ') +
                    tr("Service principal “%1”, object id %2.").arg(r.value().displayName, m_firstPartyId));
                updateState();
            });
    }

    void updateState()
    {
        const bool user = m_user->isChecked();
        m_userCombo->setEnabled(user && m_loaded);
        const bool create = user && creatingNew();
        m_newName->setEnabled(create);
        m_newGroup->setEnabled(create);
        m_userForm->setRowVisible(m_newName, create);
        m_userForm->setRowVisible(m_newGroup, create);
        if (create && nameTaken())
            showProblem(tr("An identity named “%1” already exists in resource group “%2”: choose it in the "
                           "list instead.")
                            .arg(m_newName->text().trimmed(), m_newGroup->text().trimmed()));
        else if (create && !m_newName->text().trimmed().isEmpty()) {
            const auto valid = IdentityService::validateName(m_newName->text().trimmed());
            if (!valid)
                showProblem(valid.error().message);
            else
                clearMessage();
        }
        emit completeChanged();
    }

    QButtonGroup *m_group;
    QRadioButton *m_system;
    QLabel *m_systemNote;
    QRadioButton *m_user;
    QComboBox *m_userCombo;
    QLineEdit *m_newName;
    QLineEdit *m_newGroup;
    QLabel *m_userNote;
    QFormLayout *m_userForm = nullptr;
    QRadioButton *m_firstParty;
    QLabel *m_firstPartyNote;
    QPointer<IdentityService> m_service;
    QList<UserAssignedIdentityResource> m_identities;
    QString m_firstPartyId;
    bool m_loaded = false;
};

// ---------------------------------------------------------------------------------------------------------------
// Vault

class CmkVaultPage : public CmkPageBase
{
    Q_OBJECT
public:
    explicit CmkVaultPage(CmkWizard *wizard) : CmkPageBase(wizard, QStringLiteral("vaultPage"))
    {
        setTitle(tr("Key vault"));
        setSubTitle(tr("Choose the Azure Key Vault that holds the key. Azure Cosmos DB needs soft delete and "
                       "purge protection, and must be able to reach the vault as a trusted Azure service."));
        m_combo = new QComboBox;
        m_combo->setObjectName(QStringLiteral("vaultCombo"));
        m_busyDisables = m_combo;
        m_combo->setAccessibleName(tr("Key vault"));
        m_newName = new QLineEdit;
        m_newName->setObjectName(QStringLiteral("newVaultName"));
        m_newName->setAccessibleName(tr("Name of the new key vault"));
        m_newName->setPlaceholderText(tr("3–24 letters, digits and hyphens"));
        m_newGroup = new QLineEdit;
        m_newGroup->setObjectName(QStringLiteral("newVaultGroup"));
        m_newGroup->setAccessibleName(tr("Resource group of the new key vault"));
        m_newRbac = new QCheckBox(tr("Use Azure &role-based access control for its data (recommended)"));
        m_newRbac->setObjectName(QStringLiteral("newVaultRbac"));
        m_newRbac->setAccessibleName(tr("Use Azure role-based access control"));
        m_newRbac->setChecked(true);
        m_newNote = textLabel(tr("Created in the account's region with soft delete (90 days) and purge "
                                 "protection on."),
                              QStringLiteral("newVaultNote"));
        auto *form = new QFormLayout;
        m_form = form;
        form->addRow(tr("&Vault:"), m_combo);
        form->addRow(tr("New vault name:"), m_newName);
        form->addRow(tr("Resource group:"), m_newGroup);
        form->addRow(QString(), m_newRbac);
        form->addRow(QString(), m_newNote);
        m_layout->addLayout(form);
        m_model = textLabel({}, QStringLiteral("vaultModel"));
        m_layout->addWidget(m_model);
        m_checksCaption = textLabel(tr("Checks (tick a fix to let the setup apply it):"));
        m_layout->addWidget(m_checksCaption);
        m_findingsList = new QListWidget;
        m_findingsList->setObjectName(QStringLiteral("vaultFindings"));
        m_findingsList->setAccessibleName(tr("Vault checks"));
        m_findingsList->setWordWrap(true);
        m_findingsList->setMinimumHeight(110);
        m_layout->addWidget(m_findingsList, 1);
        m_layout->addWidget(m_busy);
        finishLayout();

        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { onVaultChosen(); });
        connect(m_newName, &QLineEdit::textChanged, this, [this] { updateNewVault(); });
        connect(m_newGroup, &QLineEdit::textChanged, this, [this] { updateNewVault(); });
        connect(m_newRbac, &QCheckBox::toggled, this, [this] { updateNewVault(); });
        connect(m_findingsList, &QListWidget::itemChanged, this, [this] { emit completeChanged(); });
    }

    void initializePage() override
    {
        m_newGroup->setText(choices().account.resourceGroup);
        if (!m_loaded)
            loadVaults();
    }

    bool isComplete() const override
    {
        if (m_loading)
            return false;
        if (creatingNew())
            return KeyVaultService::validateVaultName(m_newName->text().trimmed()).ok() &&
                   !m_newGroup->text().trimmed().isEmpty() && !nameTaken();
        return m_current.isValid() && findingsResolved(m_findingsList, m_findings);
    }

    bool validatePage() override
    {
        CmkChoices &c = choices();
        c.vaultFixes.clear();
        if (creatingNew()) {
            c.createVault = true;
            KeyVaultService::NewVault v;
            v.subscriptionId = c.account.subscriptionId;
            v.resourceGroup = m_newGroup->text().trimmed();
            v.name = m_newName->text().trimmed();
            v.location = c.account.location;
            v.tenantId = c.tenantId;
            v.enableRbacAuthorization = m_newRbac->isChecked();
            c.newVault = v;
            c.vault = KeyVault();
            c.vault.name = v.name;
            c.vault.subscriptionId = v.subscriptionId;
            c.vault.resourceGroup = v.resourceGroup;
            c.vault.enableRbacAuthorization = v.enableRbacAuthorization;
            c.vault.enablePurgeProtection = true;
            c.createKey = true;
            return true;
        }
        c.createVault = false;
        c.vault = m_current;
        findingsResolved(m_findingsList, m_findings, &c.vaultFixes);
        return true;
    }

private:
    bool creatingNew() const { return m_loaded && m_combo->currentIndex() == m_combo->count() - 1; }
    bool nameTaken() const
    {
        const QString name = m_newName->text().trimmed();
        for (const KeyVault &v : m_vaults)
            if (v.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    void loadVaults()
    {
        if (!session())
            return;
        if (!m_service)
            m_service = new KeyVaultService(session(), this);
        setBusy(tr("Loading the key vaults of the subscription…"));
        m_service->listVaults(
            choices().account.subscriptionId, this, [this](const Result<QList<KeyVault>> &r) {
                setBusy({});
                const QSignalBlocker block(m_combo);
                m_combo->clear();
                if (!r) {
                    showError(tr("Listing the key vaults"), r.error());
                } else {
                    m_vaults = r.value();
                    for (int i = 0; i < m_vaults.size(); ++i) {
                        const KeyVault &v = m_vaults.at(i);
                        m_combo->addItem(v.enableRbacAuthorization
                                             ? tr("%1 (%2, Azure RBAC)").arg(v.name, v.resourceGroup)
                                             : tr("%1 (%2, access policies)").arg(v.name, v.resourceGroup),
                                         i);
                    }
                }
                m_loaded = true;
                m_combo->addItem(tr("Create a new key vault…"));
                int select = m_vaults.isEmpty() ? m_combo->count() - 1 : 0;
                for (int i = 0; i < m_vaults.size(); ++i)
                    if (ArmResourceId::sameId(m_vaults.at(i).id, choices().vault.id))
                        select = i;
                m_combo->setCurrentIndex(select);
                onVaultChosen();
            });
    }

    void onVaultChosen()
    {
        clearMessage();
        m_findingsList->clear();
        m_findings.clear();
        m_current = KeyVault();
        m_model->clear();
        const bool create = creatingNew();
        m_newName->setEnabled(create);
        m_newGroup->setEnabled(create);
        m_newRbac->setEnabled(create);
        for (QWidget *w : {static_cast<QWidget *>(m_newName), static_cast<QWidget *>(m_newGroup),
                           static_cast<QWidget *>(m_newRbac), static_cast<QWidget *>(m_newNote)})
            m_form->setRowVisible(w, create);
        m_findingsList->setVisible(!create);
        m_checksCaption->setVisible(!create);
        if (create) {
            updateNewVault();
            return;
        }
        const QVariant index = m_combo->currentData();
        if (!index.isValid()) {
            emit completeChanged();
            return;
        }
        // Read it again: the list may be minutes old and the checks must see the vault as it is now.
        const QString id = m_vaults.at(index.toInt()).id;
        setBusy(tr("Checking the key vault…"));
        m_service->getVault(id, this, [this, id](const Result<KeyVault> &r) {
            setBusy({});
            const QVariant now = m_combo->currentData();
            if (!now.isValid() || !ArmResourceId::sameId(m_vaults.at(now.toInt()).id, id))
                return; // another vault was chosen meanwhile
            if (!r) {
                showError(tr("Reading the key vault"), r.error());
                return;
            }
            m_current = r.value();
            m_findings = CmkPreflight::checkVault(m_current);
            showFindings(m_findingsList, m_findings,
                         tr("Soft delete, purge protection and network access are "
                            "set as Azure Cosmos DB needs them."));
            m_model->setText(m_current.enableRbacAuthorization
                                 ? tr("Permission model: Azure role-based access control. The identity will "
                                      "get the role “Key Vault Crypto Service Encryption User”.")
                                 : tr("Permission model: access policies. The identity will get an access "
                                      "policy with the key permissions get, wrapKey and unwrapKey."));
            emit completeChanged();
        });
    }

    void updateNewVault()
    {
        if (!creatingNew())
            return;
        const QString name = m_newName->text().trimmed();
        m_model->setText(m_newRbac->isChecked()
                             ? tr("Permission model: Azure role-based access control. The identity will get "
                                  "the role “Key Vault Crypto Service Encryption User”.")
                             : tr("Permission model: access policies (get, wrapKey, unwrapKey)."));
        if (nameTaken())
            showProblem(
                tr("A key vault named “%1” already exists: choose it in the list instead.").arg(name));
        else if (!name.isEmpty()) {
            const auto valid = KeyVaultService::validateVaultName(name);
            if (!valid)
                showProblem(valid.error().message);
            else
                clearMessage();
        }
        emit completeChanged();
    }

    QComboBox *m_combo;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_newName;
    QLineEdit *m_newGroup;
    QCheckBox *m_newRbac;
    QLabel *m_newNote;
    QLabel *m_model;
    QLabel *m_checksCaption;
    QListWidget *m_findingsList;
    QPointer<KeyVaultService> m_service;
    QList<KeyVault> m_vaults;
    KeyVault m_current;
    QList<CmkFinding> m_findings;
    bool m_loaded = false;
};

// ---------------------------------------------------------------------------------------------------------------
// Key

class CmkKeyPage : public CmkPageBase
{
    Q_OBJECT
public:
    explicit CmkKeyPage(CmkWizard *wizard) : CmkPageBase(wizard, QStringLiteral("keyPage"))
    {
        setTitle(tr("Key"));
        setSubTitle(tr("Choose or create the RSA key that wraps the account's data-encryption key."));
        m_combo = new QComboBox;
        m_combo->setObjectName(QStringLiteral("keyCombo"));
        m_busyDisables = m_combo;
        m_combo->setAccessibleName(tr("Key"));
        m_newName = new QLineEdit;
        m_newName->setObjectName(QStringLiteral("newKeyName"));
        m_newName->setAccessibleName(tr("Name of the new key"));
        m_size = new QComboBox;
        m_size->setObjectName(QStringLiteral("keySize"));
        m_size->setAccessibleName(tr("Key size"));
        m_size->addItem(tr("RSA 2048 bits"), 2048);
        m_size->addItem(tr("RSA 3072 bits (recommended)"), 3072);
        m_size->addItem(tr("RSA 4096 bits"), 4096);
        m_size->setCurrentIndex(1);
        auto *form = new QFormLayout;
        m_form = form;
        form->addRow(tr("&Key:"), m_combo);
        form->addRow(tr("New key name:"), m_newName);
        form->addRow(tr("Key size:"), m_size);
        m_layout->addLayout(form);
        m_details = textLabel({}, QStringLiteral("keyDetails"));
        m_layout->addWidget(m_details);
        m_findingsList = new QListWidget;
        m_findingsList->setObjectName(QStringLiteral("keyFindings"));
        m_findingsList->setAccessibleName(tr("Key checks"));
        m_findingsList->setWordWrap(true);
        m_findingsList->setMinimumHeight(90);
        m_layout->addWidget(m_findingsList, 1);
        m_versionless = new QCheckBox(tr("Use the &versionless key URI (recommended): Azure Cosmos DB then "
                                         "picks up new key versions by itself"));
        m_versionless->setObjectName(QStringLiteral("versionless"));
        m_versionless->setAccessibleName(tr("Use the versionless key URI"));
        m_versionless->setChecked(true);
        m_layout->addWidget(m_versionless);
        m_uri = textLabel({}, QStringLiteral("keyUri"));
        m_uri->setAccessibleName(tr("Key URI"));
        m_layout->addWidget(m_uri);
        m_layout->addWidget(m_busy);
        finishLayout();

        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { onKeyChosen(); });
        connect(m_newName, &QLineEdit::textChanged, this, [this] { updateState(); });
        connect(m_size, &QComboBox::currentIndexChanged, this, [this] { updateState(); });
        connect(m_versionless, &QCheckBox::toggled, this, [this] { updateState(); });
    }

    void initializePage() override
    {
        const CmkChoices &c = choices();
        if (m_loadedFor == c.vault.id && !c.createVault)
            return;
        m_loadedFor = c.createVault ? QString() : c.vault.id;
        m_keys.clear();
        m_current = KeyVaultKey();
        const QSignalBlocker block(m_combo);
        m_combo->clear();
        if (m_newName->text().isEmpty())
            m_newName->setText(QStringLiteral("cosmos-%1").arg(c.account.name.left(60)));
        if (c.createVault) {
            m_combo->addItem(tr("Create a new key…"));
            onKeyChosen();
            return;
        }
        if (!m_service)
            m_service = new KeyVaultService(session(), this);
        setBusy(tr("Loading the keys of “%1”…").arg(c.vault.name));
        m_service->listKeys(c.vault.vaultUri, this, [this](const Result<QList<KeyVaultKey>> &r) {
            setBusy({});
            const QSignalBlocker block(m_combo);
            m_combo->clear();
            if (!r) {
                showError(tr("Listing the keys of “%1”").arg(choices().vault.name), r.error());
                if (r.error().isForbidden())
                    m_details->setText(
                        tr("Listing keys needs a Key Vault data-plane permission: the role “Key Vault Crypto "
                           "Officer” or “Key Vault Reader” (Azure RBAC), or the key permissions list and get "
                           "(access policy). You can still create a new key if you may."));
            } else {
                m_keys = r.value();
                for (int i = 0; i < m_keys.size(); ++i)
                    m_combo->addItem(m_keys.at(i).enabled ? m_keys.at(i).id.name
                                                          : tr("%1 (disabled)").arg(m_keys.at(i).id.name),
                                     i);
            }
            m_combo->addItem(tr("Create a new key…"));
            int select = m_keys.isEmpty() ? m_combo->count() - 1 : 0;
            for (int i = 0; i < m_keys.size(); ++i)
                if (m_keys.at(i).id.name.compare(choices().keyName, Qt::CaseInsensitive) == 0)
                    select = i;
            m_combo->setCurrentIndex(select);
            onKeyChosen();
        });
    }

    bool isComplete() const override
    {
        if (m_loading)
            return false;
        if (creatingNew())
            return KeyVaultService::validateKeyName(m_newName->text().trimmed()).ok() && !nameTaken();
        return !m_current.id.name.isEmpty() && findingsResolved(m_findingsList, m_findings);
    }

    bool validatePage() override
    {
        CmkChoices &c = choices();
        c.versionless = m_versionless->isChecked();
        if (creatingNew()) {
            c.createKey = true;
            c.keyName = m_newName->text().trimmed();
            c.keySize = m_size->currentData().toInt();
            c.keyVersion.clear();
        } else {
            c.createKey = false;
            c.keyName = m_current.id.name;
            c.keySize = m_current.keySize;
            c.keyVersion = c.versionless ? QString() : m_current.id.version;
        }
        return true;
    }

private:
    bool creatingNew() const
    {
        return m_combo->currentIndex() == m_combo->count() - 1 && m_combo->count() > 0;
    }
    bool nameTaken() const
    {
        for (const KeyVaultKey &k : m_keys)
            if (k.id.name.compare(m_newName->text().trimmed(), Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    void onKeyChosen()
    {
        clearMessage();
        m_findingsList->clear();
        m_findings.clear();
        m_current = KeyVaultKey();
        m_details->clear();
        const bool create = creatingNew();
        m_newName->setEnabled(create);
        m_size->setEnabled(create);
        m_form->setRowVisible(m_newName, create);
        m_form->setRowVisible(m_size, create);
        if (create) {
            m_findingsList->hide();
            m_versionless->setChecked(true);
            m_versionless->setEnabled(false);
            updateState();
            return;
        }
        m_findingsList->show();
        m_versionless->setEnabled(true);
        const QVariant index = m_combo->currentData();
        if (!index.isValid()) {
            updateState();
            return;
        }
        const KeyVaultKeyId id = m_keys.at(index.toInt()).id;
        setBusy(tr("Reading key “%1”…").arg(id.name));
        KeyVaultKeyId latest = id;
        latest.version.clear();
        m_service->getKey(latest, this, [this, name = id.name](const Result<KeyVaultKey> &r) {
            setBusy({});
            if (!r) {
                showError(tr("Reading key “%1”").arg(name), r.error());
                return;
            }
            m_current = r.value();
            m_findings = CmkPreflight::checkKey(m_current, Clock::now(), choices().vault.name);
            showFindings(m_findingsList, m_findings, tr("The key suits Azure Cosmos DB."));
            const QLocale locale;
            QString details =
                tr("%1 %2 bits, latest version %3, %4.")
                    .arg(m_current.kty)
                    .arg(m_current.keySize)
                    .arg(m_current.id.version, m_current.enabled ? tr("enabled") : tr("disabled"));
            if (m_current.expires.isValid())
                details += QLatin1Char(' ') +
                           tr("Expires %1.")
                               .arg(locale.toString(m_current.expires.toLocalTime(), QLocale::ShortFormat));
            m_details->setText(details);
            updateState();
        });
    }

    void updateState()
    {
        KeyVaultKeyId id;
        id.vaultUri = choices().vault.vaultUri;
        id.vaultUri.setPath(QString()); // the base only: vaultUri ends with a slash
        if (creatingNew()) {
            id.name = m_newName->text().trimmed();
            if (nameTaken())
                showProblem(
                    tr("A key named “%1” already exists in this vault: choose it in the list instead.")
                        .arg(id.name));
            else if (!id.name.isEmpty()) {
                const auto valid = KeyVaultService::validateKeyName(id.name);
                if (!valid)
                    showProblem(valid.error().message);
                else
                    clearMessage();
            }
        } else {
            id.name = m_current.id.name;
            if (!m_versionless->isChecked())
                id.version = m_current.id.version;
        }
        if (choices().createVault || id.vaultUri.isEmpty())
            m_uri->setText(
                tr("Key URI: https://%1%2/keys/%3 (the vault's address is known once it is created)")
                    .arg(choices().vault.name, QStringLiteral(".vault.azure.net"), id.name));
        else if (!id.name.isEmpty())
            m_uri->setText(id.isVersionless()
                               ? tr("Key URI: %1 (versionless: follows key rotation)").arg(id.toString())
                               : tr("Key URI: %1 (pinned: after a rotation you must update the account "
                                    "yourself)")
                                     .arg(id.toString()));
        else
            m_uri->clear();
        emit completeChanged();
    }

    QComboBox *m_combo;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_newName;
    QComboBox *m_size;
    QLabel *m_details;
    QListWidget *m_findingsList;
    QCheckBox *m_versionless;
    QLabel *m_uri;
    QPointer<KeyVaultService> m_service;
    QList<KeyVaultKey> m_keys;
    KeyVaultKey m_current;
    QList<CmkFinding> m_findings;
    QString m_loadedFor;
};

// ---------------------------------------------------------------------------------------------------------------
// Access

class CmkAccessPage : public CmkPageBase
{
    Q_OBJECT
public:
    explicit CmkAccessPage(CmkWizard *wizard) : CmkPageBase(wizard, QStringLiteral("accessPage"))
    {
        setTitle(tr("Access to the key"));
        setSubTitle(tr("The identity needs to read the key and to wrap and unwrap with it."));
        m_explain = textLabel({}, QStringLiteral("accessExplain"));
        m_state = textLabel({}, QStringLiteral("accessState"));
        m_state->setAccessibleName(tr("Access state"));
        m_rights = textLabel({}, QStringLiteral("accessRights"));
        m_command = new CommandPreview;
        m_command->setObjectName(QStringLiteral("accessCommand"));
        m_command->setCaption(tr("Azure CLI"));
        m_layout->addWidget(m_explain);
        m_layout->addWidget(m_state);
        m_layout->addWidget(m_rights);
        m_layout->addWidget(m_command);
        m_layout->addWidget(m_busy);
        finishLayout();
    }

    void initializePage() override
    {
        clearMessage();
        const CmkChoices &c = choices();
        const bool rbac = c.useRoleAssignment();
        const QString principal = c.principalId.isEmpty() ? QStringLiteral("<principalId>") : c.principalId;
        if (rbac) {
            m_explain->setText(
                tr("Vault “%1” uses Azure role-based access control: the identity gets the role "
                   "“Key Vault Crypto Service Encryption User” (read keys, wrap and unwrap) on "
                   "the vault.")
                    .arg(c.vault.name));
            m_rights->setText(
                tr("Creating a role assignment needs Owner, User Access Administrator or Role "
                   "Based Access Control Administrator on the vault (Contributor is not enough)."));
            m_command->setCommand(RoleAssignmentsService::azCreateCommand(
                c.vaultId(), QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser), principal,
                QStringLiteral("ServicePrincipal")));
        } else {
            m_explain->setText(
                tr("Vault “%1” uses access policies: the identity gets an access policy with the "
                   "key permissions get, wrapKey and unwrapKey.")
                    .arg(c.vault.name));
            m_rights->setText(tr("Changing access policies needs Key Vault Contributor or Contributor on the "
                                 "vault."));
            m_command->setCommand(KeyVaultService::azSetPolicyCommand(
                c.vault, KeyVaultAccessPolicy::forCustomerManagedKey(c.tenantId, principal)));
        }
        if (c.principalId.isEmpty()) {
            m_state->setText(
                tr("The identity is created or enabled during the setup; access is granted right "
                   "after that step."));
            return;
        }
        if (c.createVault) {
            m_state->setText(tr("The new vault is created during the setup; access is granted right after."));
            return;
        }
        if (!rbac) {
            const KeyVaultAccessPolicy *policy = c.vault.accessPolicyFor(c.principalId);
            const bool granted = policy && policy->allowsCustomerManagedKey();
            m_state->setText(
                granted ? tr("Already granted: the vault has an access policy for object id %1 "
                             "with get, wrapKey and unwrapKey. Nothing to change.")
                              .arg(c.principalId)
                : policy ? tr("Object id %1 has an access policy without all of get, wrapKey "
                              "and unwrapKey: the setup adds the missing permissions.")
                               .arg(c.principalId)
                         : tr("Will be granted: object id %1 has no access policy yet.").arg(c.principalId));
            return;
        }
        if (!m_service)
            m_service = new RoleAssignmentsService(session(), this);
        setBusy(tr("Checking the role assignments of the identity…"));
        const QString vaultId = c.vaultId();
        const QString principalId = c.principalId;
        m_service->list(
            vaultId, principalId, this, [this, vaultId, principalId](const Result<QList<RoleAssignment>> &r) {
                setBusy({});
                if (!r) {
                    // Not fatal: the setup checks again and creates the assignment if needed.
                    showError(tr("Reading the role assignments of the vault"), r.error());
                    m_state->setText(tr("Will be granted if it is missing."));
                    return;
                }
                const bool granted = RoleAssignmentsService::covers(
                    r.value(), vaultId, QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser),
                    principalId);
                m_state->setText(granted ? tr("Already granted: object id %1 holds the role on the vault "
                                              "or above. Nothing to change.")
                                               .arg(principalId)
                                         : tr("Will be granted: object id %1 has no such role on the "
                                              "vault yet.")
                                               .arg(principalId));
            });
    }

    bool isComplete() const override { return !m_loading; }

private:
    QLabel *m_explain;
    QLabel *m_state;
    QLabel *m_rights;
    CommandPreview *m_command;
    QPointer<RoleAssignmentsService> m_service;
};

// ---------------------------------------------------------------------------------------------------------------
// Review

class CmkReviewPage : public CmkPageBase
{
    Q_OBJECT
public:
    explicit CmkReviewPage(CmkWizard *wizard) : CmkPageBase(wizard, QStringLiteral("reviewPage"))
    {
        setTitle(tr("Review"));
        setSubTitle(tr("What the setup will change, step by step. Nothing has been changed yet."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("&Apply"));
        m_summary = textLabel({}, QStringLiteral("reviewSummary"));
        m_layout->addWidget(m_summary);
        m_tabs = new QTabWidget;
        m_tabs->setObjectName(QStringLiteral("reviewTabs"));
        m_steps = new QTreeWidget;
        m_steps->setObjectName(QStringLiteral("reviewSteps"));
        m_steps->setAccessibleName(tr("Steps"));
        m_steps->setHeaderLabels({tr("Step"), tr("Can be undone")});
        m_steps->setRootIsDecorated(false);
        m_steps->setWordWrap(true);
        m_steps->header()->setStretchLastSection(false);
        m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        auto *stepsBox = new QWidget;
        auto *stepsLayout = new QVBoxLayout(stepsBox);
        stepsLayout->setContentsMargins(0, 0, 0, 0);
        stepsLayout->addWidget(m_steps, 1);
        m_stepDetail = textLabel({}, QStringLiteral("reviewStepDetail"));
        m_stepDetail->setAccessibleName(tr("What the selected step does"));
        stepsLayout->addWidget(m_stepDetail);
        connect(m_steps, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
            m_stepDetail->setText(item ? item->data(0, Qt::UserRole).toString() : QString());
        });
        m_tabs->addTab(stepsBox, tr("&Steps"));
        m_cli = new QPlainTextEdit;
        m_cli->setObjectName(QStringLiteral("reviewCli"));
        m_cli->setAccessibleName(tr("Azure CLI commands"));
        m_cli->setReadOnly(true);
        m_cli->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_cli->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_tabs->addTab(m_cli, tr("Azure &CLI"));
        m_json = new QPlainTextEdit;
        m_json->setObjectName(QStringLiteral("reviewJson"));
        m_json->setAccessibleName(tr("ARM JSON"));
        m_json->setReadOnly(true);
        m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_tabs->addTab(m_json, tr("ARM &JSON"));
        m_layout->addWidget(m_tabs, 1);
        m_irreversible = textLabel({}, QStringLiteral("reviewIrreversible"));
        m_layout->addWidget(m_irreversible);
        m_consent = new QCheckBox(tr("I understand that these changes &cannot be undone."));
        m_consent->setObjectName(QStringLiteral("reviewConsent"));
        m_consent->setAccessibleName(tr("I understand that these changes cannot be undone"));
        m_layout->addWidget(m_consent);
        finishLayout();
        connect(m_consent, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    }

    void initializePage() override
    {
        clearMessage();
        m_steps->clear();
        m_cli->clear();
        m_json->clear();
        m_planOk = false;
        const CmkChoices &c = choices();
        const auto plan = CmkPlan::build(c);
        if (!plan) {
            showProblem(tr("The setup cannot be planned: %1").arg(plan.error().message));
            emit completeChanged();
            return;
        }
        m_planOk = true;
        QString identity;
        switch (c.identityKind) {
        case CmkIdentityKind::SystemAssigned:
            identity = tr("the account's system-assigned identity");
            break;
        case CmkIdentityKind::UserAssigned:
            identity = tr("user-assigned identity “%1”").arg(ArmResourceId::parse(c.userAssignedId).name);
            break;
        case CmkIdentityKind::FirstParty:
            identity = tr("the Azure Cosmos DB first-party identity");
            break;
        }
        m_summary->setText(
            tr("Account “%1” will encrypt its data with key “%2” in vault “%3”, reached by %4.")
                .arg(c.account.name, c.keyName, c.vault.name, identity));
        QStringList cli;
        QStringList json;
        json << QStringLiteral("// %1").arg(tr("The account after the setup (template form)"))
             << QString::fromUtf8(QJsonDocument(CmkPlan::accountTemplate(c)).toJson(QJsonDocument::Indented));
        int n = 0;
        for (const CmkStep &step : plan.value()) {
            ++n;
            auto *item = new QTreeWidgetItem(m_steps, {QStringLiteral("%1. %2").arg(n).arg(step.title),
                                                       step.irreversible ? tr("No") : tr("Yes")});
            item->setToolTip(0, step.detail);
            if (step.irreversible) {
                item->setIcon(1, QIcon(QStringLiteral(":/icons/warning.svg")));
                item->setToolTip(1, step.irreversibleNote);
            }
            item->setData(0, Qt::UserRole,
                          step.irreversible ? step.detail + QLatin1Char('\n') + step.irreversibleNote
                                            : step.detail);
            if (!step.azCommand.isEmpty())
                cli << QStringLiteral("# %1. %2").arg(n).arg(step.title) << step.azCommand << QString();
            if (!step.method.isEmpty()) {
                json << QString() << QStringLiteral("// %1. %2").arg(n).arg(step.title)
                     << QStringLiteral("%1 %2").arg(step.method, step.resource);
                if (!step.body.isEmpty())
                    json << QString::fromUtf8(QJsonDocument(step.body).toJson(QJsonDocument::Indented));
            }
        }
        if (m_steps->topLevelItemCount() > 0)
            m_steps->setCurrentItem(m_steps->topLevelItem(0));
        m_cli->setPlainText(cli.join(QLatin1Char('\n')).trimmed());
        m_json->setPlainText(json.join(QLatin1Char('\n')).trimmed());
        const QStringList effects = CmkPlan::irreversibleEffects(c);
        m_irreversible->setVisible(!effects.isEmpty());
        m_consent->setVisible(!effects.isEmpty());
        m_consent->setChecked(false);
        QString text = tr("Cannot be undone:");
        for (const QString &e : effects)
            text += QStringLiteral("\n• ") + e;
        m_irreversible->setText(text);
        emit completeChanged();
    }

    bool isComplete() const override { return m_planOk && (m_consent->isHidden() || m_consent->isChecked()); }

private:
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTreeWidget *m_steps;
    QLabel *m_stepDetail = nullptr;
    QPlainTextEdit *m_cli;
    QPlainTextEdit *m_json;
    QLabel *m_irreversible;
    QCheckBox *m_consent;
    bool m_planOk = false;
};

// ---------------------------------------------------------------------------------------------------------------
// Apply

class CmkApplyPage : public CmkPageBase
{
    Q_OBJECT
public:
    explicit CmkApplyPage(CmkWizard *wizard) : CmkPageBase(wizard, QStringLiteral("applyPage"))
    {
        setTitle(tr("Apply"));
        setSubTitle(
            tr("Each step checks first whether it is already done, so the setup can be run again after "
               "an interruption."));
        m_steps = new QTreeWidget;
        m_steps->setObjectName(QStringLiteral("applySteps"));
        m_steps->setAccessibleName(tr("Steps"));
        m_steps->setHeaderLabels({tr("Step"), tr("State")});
        // Room for the longest state with its icon from the start (the column does not grow while running).
        const QFontMetrics metrics = m_steps->fontMetrics();
        int stateWidth = 0;
        for (const QString &state :
             {tr("Waiting"), tr("Running…"), tr("Done"), tr("Already done"), tr("Failed"), tr("Stopped")})
            stateWidth = qMax(stateWidth, metrics.horizontalAdvance(state));
        m_steps->header()->setMinimumSectionSize(stateWidth + m_steps->iconSize().width() + 24);
        m_steps->setRootIsDecorated(false);
        m_steps->header()->setStretchLastSection(false);
        m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        m_layout->addWidget(m_steps, 1);
        m_progress = new QProgressBar;
        m_progress->setObjectName(QStringLiteral("applyProgress"));
        m_progress->setAccessibleName(tr("Progress of the setup"));
        m_status = textLabel({}, QStringLiteral("applyStatus"));
        m_status->setAccessibleName(tr("Status"));
        m_stop = new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("S&top"));
        m_stop->setObjectName(QStringLiteral("applyStop"));
        m_stop->setAccessibleName(tr("Stop the setup"));
        m_stop->setAutoDefault(false);
        m_retry = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Resume the setup"));
        m_retry->setObjectName(QStringLiteral("applyRetry"));
        m_retry->setAccessibleName(tr("Resume the setup"));
        m_retry->setAutoDefault(false);
        m_retry->hide();
        auto *row = new QHBoxLayout;
        row->addWidget(m_progress, 1);
        row->addWidget(m_stop);
        row->addWidget(m_retry);
        m_layout->addLayout(row);
        m_layout->addWidget(m_status);
        m_report = textLabel({}, QStringLiteral("applyReport"));
        m_report->setAccessibleName(tr("Where the setup stands"));
        m_report->hide();
        m_layout->addWidget(m_report);
        finishLayout();
        connect(m_stop, &QPushButton::clicked, this, &CmkApplyPage::stop);
        connect(m_retry, &QPushButton::clicked, this, &CmkApplyPage::run);
    }

    void initializePage() override { run(); }
    bool isComplete() const override { return m_done; }
    bool isRunning() const { return !m_job.isNull(); }

    void stop()
    {
        if (m_job) {
            m_status->setText(tr("Stopping…"));
            m_job->abort();
        }
    }

    void run()
    {
        clearMessage();
        m_report->hide();
        m_retry->hide();
        m_done = false;
        const auto plan = CmkPlan::build(choices());
        if (!plan) {
            showProblem(tr("The setup cannot be planned: %1").arg(plan.error().message));
            return;
        }
        // Saved before anything changes, so an interrupted setup can be resumed from the Encryption panel.
        m_wizard->savePending();
        m_steps->clear();
        for (const CmkStep &step : plan.value()) {
            auto *item = new QTreeWidgetItem(m_steps, {step.title, tr("Waiting")});
            item->setToolTip(0, step.detail);
        }
        m_progress->setRange(0, int(plan.value().size()));
        m_progress->setValue(0);
        m_stop->show();
        m_stop->setEnabled(true);
        auto *job = m_wizard->createJob(plan.value());
        m_job = job;
        connect(job, &CmkSetupJob::stepChanged, this,
                [this](int index, CmkSetupJob::Outcome outcome, const QString &message) {
                    onStep(index, outcome, message);
                });
        connect(job, &CmkSetupJob::progressed, this,
                [this](const QString &status, int) { m_status->setText(status); });
        connect(job, &CmkSetupJob::finished, this,
                [this, job](const Result<CosmosAccount> &r) { onFinished(job, r); });
        emit completeChanged();
        job->start();
    }

private:
    void onStep(int index, CmkSetupJob::Outcome outcome, const QString &message)
    {
        QTreeWidgetItem *item = m_steps->topLevelItem(index);
        if (!item)
            return;
        QString state;
        QString icon;
        switch (outcome) {
        case CmkSetupJob::Outcome::Pending:
            state = tr("Waiting");
            break;
        case CmkSetupJob::Outcome::Running:
            state = tr("Running…");
            icon = QStringLiteral(":/icons/refresh.svg");
            m_steps->setCurrentItem(item);
            break;
        case CmkSetupJob::Outcome::Done:
            state = tr("Done");
            icon = QStringLiteral(":/icons/success.svg");
            break;
        case CmkSetupJob::Outcome::AlreadyDone:
            state = tr("Already done");
            icon = QStringLiteral(":/icons/success.svg");
            break;
        case CmkSetupJob::Outcome::Failed:
            state = tr("Failed");
            icon = QStringLiteral(":/icons/error.svg");
            break;
        case CmkSetupJob::Outcome::Cancelled:
            state = tr("Stopped");
            icon = QStringLiteral(":/icons/warning.svg");
            break;
        }
        item->setText(1, state);
        item->setIcon(1, icon.isEmpty() ? QIcon() : QIcon(icon));
        if (!message.isEmpty())
            item->setToolTip(1, message);
        int finished = 0;
        for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
            const QString s = m_steps->topLevelItem(i)->text(1);
            if (s == tr("Done") || s == tr("Already done"))
                ++finished;
        }
        m_progress->setValue(finished);
    }

    void onFinished(CmkSetupJob *job, const Result<CosmosAccount> &r)
    {
        m_stop->hide();
        if (r) {
            m_done = true;
            m_status->setText(tr("The setup is complete."));
            m_wizard->onApplied(r.value());
            emit completeChanged();
            if (wizard())
                wizard()->next();
            return;
        }
        m_report->setText(job->statusReport());
        m_report->show();
        m_retry->show();
        if (r.error().isCancelled())
            m_message->showMessage(tr("The setup was stopped. Resume it here or later from the Encryption "
                                      "panel."),
                                   MessageWidget::Type::Warning);
        else
            showError(tr("The setup"), r.error());
        m_status->clear();
        emit completeChanged();
    }

    QTreeWidget *m_steps;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_stop;
    QPushButton *m_retry;
    QLabel *m_report;
    QPointer<CmkSetupJob> m_job;
    bool m_done = false;
};

// ---------------------------------------------------------------------------------------------------------------
// Verify

class CmkVerifyPage : public CmkPageBase
{
    Q_OBJECT
public:
    explicit CmkVerifyPage(CmkWizard *wizard) : CmkPageBase(wizard, QStringLiteral("verifyPage"))
    {
        setTitle(tr("Verified"));
        setSubTitle(tr("The account reports the customer-managed key in use."));
        setFinalPage(true);
        m_form = new QFormLayout;
        m_uri = textLabel({}, QStringLiteral("verifyUri"));
        m_version = textLabel({}, QStringLiteral("verifyVersion"));
        m_identity = textLabel({}, QStringLiteral("verifyIdentity"));
        m_status = textLabel({}, QStringLiteral("verifyStatus"));
        m_form->addRow(tr("Key URI:"), m_uri);
        m_form->addRow(tr("Key version in use:"), m_version);
        m_form->addRow(tr("Default identity:"), m_identity);
        m_form->addRow(tr("Status:"), m_status);
        m_layout->addLayout(m_form);
        m_next =
            textLabel(tr("Keep the key's previous versions enabled for 24 hours after a rotation, and never "
                         "disable or delete the key or remove the identity's access while the account "
                         "exists: Azure Cosmos DB would lose access to the data. The Encryption panel "
                         "shows the key's health."),
                      QStringLiteral("verifyAdvice"));
        m_layout->addWidget(m_next);
        finishLayout();
    }

    void initializePage() override
    {
        const CosmosAccount &a = m_wizard->verifiedAccount();
        m_uri->setText(a.keyVaultKeyUri);
        m_version->setText(a.keyVaultKeyUriVersion.isEmpty() ? tr("not reported") : a.keyVaultKeyUriVersion);
        QString identity = a.defaultIdentity;
        if (identity.compare(QLatin1String("SystemAssignedIdentity"), Qt::CaseInsensitive) == 0)
            identity = tr("System-assigned identity (object id %1)").arg(a.identity.principalId);
        else if (identity.startsWith(QLatin1String("UserAssignedIdentity="), Qt::CaseInsensitive)) {
            const QString id = identity.section(QLatin1Char('='), 1);
            const auto it = a.identity.userAssignedIdentities.constFind(id);
            identity = tr("User-assigned identity “%1” (object id %2)")
                           .arg(ArmResourceId::parse(id).name,
                                it != a.identity.userAssignedIdentities.constEnd() ? it->principalId
                                                                                   : tr("unknown"));
        } else if (identity.isEmpty() ||
                   identity.compare(QLatin1String("FirstPartyIdentity"), Qt::CaseInsensitive) == 0)
            identity = tr("The Azure Cosmos DB first-party identity");
        m_identity->setText(identity);
        m_status->setText(a.customerManagedKeyStatus.isEmpty() ? tr("not reported")
                                                               : a.customerManagedKeyStatus);
    }

private:
    QFormLayout *m_form;
    QLabel *m_uri;
    QLabel *m_version;
    QLabel *m_identity;
    QLabel *m_status;
    QLabel *m_next;
};

// ---------------------------------------------------------------------------------------------------------------
// CmkWizard

CmkWizard::CmkWizard(AzureSession *session, const CosmosAccount &account, const QString &tenantId,
                     QSettings *settings, QWidget *parent)
    : QWizard(parent), m_session(session), m_settings(settings)
{
    m_choices.account = account;
    m_choices.tenantId = tenantId;
    if (account.identity.hasSystemAssigned())
        m_choices.principalId = account.identity.principalId;
    init();
}

CmkWizard::CmkWizard(AzureSession *session, const CmkChoices &resume, QSettings *settings, QWidget *parent)
    : QWizard(parent), m_session(session), m_settings(settings), m_choices(resume)
{
    init();
    setStartId(ReviewPage);
}

CmkWizard::~CmkWizard() = default;

void CmkWizard::init()
{
    setObjectName(QStringLiteral("cmkWizard"));
    setWindowTitle(tr("Customer-managed key for “%1”").arg(m_choices.account.name));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(IdentityPage, new CmkIdentityPage(this));
    setPage(VaultPage, new CmkVaultPage(this));
    setPage(KeyPage, new CmkKeyPage(this));
    setPage(AccessPage, new CmkAccessPage(this));
    setPage(ReviewPage, new CmkReviewPage(this));
    setPage(ApplyPage, new CmkApplyPage(this));
    setPage(VerifyPage, new CmkVerifyPage(this));
    resize(900, 660);
}

QString CmkWizard::pendingKey(const QString &accountId)
{
    return QStringLiteral("encryption/pending/") + accountId.toLower();
}

std::optional<CmkChoices> CmkWizard::pendingChoices(QSettings *settings, const QString &accountId)
{
    if (!settings)
        return std::nullopt;
    const QByteArray json = settings->value(pendingKey(accountId)).toByteArray();
    if (json.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    auto choices = CmkChoices::fromJson(doc.object());
    if (!choices || !ArmResourceId::sameId(choices.value().account.id, accountId)) {
        qCWarning(lcUi) << "ignoring unreadable pending CMK setup for" << accountId;
        return std::nullopt;
    }
    return choices.value();
}

AzureSession *CmkWizard::session() const
{
    return m_session;
}

void CmkWizard::savePending()
{
    if (!m_settings)
        return;
    m_settings->setValue(pendingKey(m_choices.account.id),
                         QJsonDocument(m_choices.toJson()).toJson(QJsonDocument::Compact));
    m_settings->sync();
}

CmkSetupJob *CmkWizard::createJob(const QList<CmkStep> &steps)
{
    auto *job = new CmkSetupJob(m_session, m_choices, steps, this);
    job->setDefaultPollIntervalMs(m_pollMs);
    job->setAccessRetries(m_accessRetries, m_accessRetryDelayMs);
    // The job completes the choices (a new identity's principal id, the created vault's address): keep them
    // so a resumed run and the saved pending setup know them too.
    connect(job, &CmkSetupJob::stepChanged, this,
            [this, job](int, CmkSetupJob::Outcome outcome, const QString &) {
                if (outcome == CmkSetupJob::Outcome::Done || outcome == CmkSetupJob::Outcome::AlreadyDone) {
                    m_choices = job->choices();
                    savePending();
                }
            });
    m_job = job;
    return job;
}

void CmkWizard::onApplied(const CosmosAccount &account)
{
    m_verified = account;
    m_choices.account = account;
    if (m_settings) {
        m_settings->remove(pendingKey(account.id));
        m_settings->sync();
    }
    emit accountUpdated(account);
}

void CmkWizard::reject()
{
    if (m_job) {
        const auto answer =
            MessageBox::question(this, tr("Stop the setup?"), tr("The setup is still running. Stop it now?"),
                                 tr("The step in progress may or may not complete in Azure. Everything done "
                                    "so far stays in place, "
                                    "and you can resume the setup later from the Encryption panel."),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No, QMessageBox::Warning);
        if (answer != QMessageBox::Yes)
            return;
        m_job->abort();
    }
    QWizard::reject();
}

} // namespace csc

#include "CmkWizard.moc"
