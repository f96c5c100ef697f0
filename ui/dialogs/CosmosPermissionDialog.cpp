// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/dialogs/CosmosPermissionDialog.h"

#include "models/PermissionTreeModel.h"
#include "net/CosmosPermissionsService.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace csc {

namespace {
enum KeyType
{
    NoKey,
    StringKey,
    NumberKey,
    BoolKey,
    NullKey
};
} // namespace

CosmosPermissionDialog::CosmosPermissionDialog(CosmosPermissionsService *service, const QString &database,
                                               const QString &user, QWidget *parent)
    : QDialog(parent), m_service(service), m_database(database), m_user(user)
{
    setObjectName(QStringLiteral("cosmosPermissionDialog"));
    setWindowTitle(tr("New Permission"));
    auto *intro = new QLabel(tr("A permission of user “%1” grants one resource in database “%2”. Every token "
                                "minted from it carries exactly this grant.")
                                 .arg(user, database));
    intro->setWordWrap(true);

    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("permissionIdEdit"));
    m_id->setAccessibleName(tr("Permission id"));
    m_id->setPlaceholderText(tr("e.g. read-orders"));
    m_mode = new QComboBox;
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->setAccessibleName(tr("Mode"));
    m_mode->addItem(tr("Read"), int(CosmosPermission::Mode::Read));
    m_mode->addItem(tr("All (read and write)"), int(CosmosPermission::Mode::All));
    m_modeDescription = new QLabel;
    m_modeDescription->setObjectName(QStringLiteral("modeDescription"));
    m_modeDescription->setWordWrap(true);

    m_scopeDatabase = new QRadioButton(tr("The whole &database “%1”").arg(database));
    m_scopeDatabase->setObjectName(QStringLiteral("scopeDatabase"));
    m_scopeContainer = new QRadioButton(tr("One &container"));
    m_scopeContainer->setObjectName(QStringLiteral("scopeContainer"));
    m_scopeItem = new QRadioButton(tr("One &item in a container"));
    m_scopeItem->setObjectName(QStringLiteral("scopeItem"));
    m_scope = new QButtonGroup(this);
    m_scope->addButton(m_scopeDatabase, DatabaseScope);
    m_scope->addButton(m_scopeContainer, ContainerScope);
    m_scope->addButton(m_scopeItem, ItemScope);
    m_scopeContainer->setChecked(true);
    m_container = new QComboBox;
    m_container->setObjectName(QStringLiteral("containerCombo"));
    m_container->setAccessibleName(tr("Container"));
    m_item = new QLineEdit;
    m_item->setObjectName(QStringLiteral("itemEdit"));
    m_item->setAccessibleName(tr("Item id"));
    m_item->setPlaceholderText(tr("item id"));
    m_keyPath = new QLabel;
    m_keyPath->setObjectName(QStringLiteral("partitionKeyPath"));
    m_keyPath->setTextFormat(Qt::PlainText);
    m_keyType = new QComboBox;
    m_keyType->setObjectName(QStringLiteral("partitionKeyType"));
    m_keyType->setAccessibleName(tr("Partition key value type"));
    m_keyType->addItem(tr("Any partition"), NoKey);
    m_keyType->addItem(tr("Text"), StringKey);
    m_keyType->addItem(tr("Number"), NumberKey);
    m_keyType->addItem(tr("true / false"), BoolKey);
    m_keyType->addItem(tr("null"), NullKey);
    m_keyValue = new QLineEdit;
    m_keyValue->setObjectName(QStringLiteral("partitionKeyValue"));
    m_keyValue->setAccessibleName(tr("Partition key value"));

    auto *resourceBox = new QGroupBox(tr("Resource"));
    auto *resourceLayout = new QFormLayout(resourceBox);
    auto *scopes = new QVBoxLayout;
    scopes->addWidget(m_scopeDatabase);
    scopes->addWidget(m_scopeContainer);
    scopes->addWidget(m_scopeItem);
    resourceLayout->addRow(tr("Grants:"), scopes);
    resourceLayout->addRow(tr("C&ontainer:"), m_container);
    resourceLayout->addRow(tr("I&tem id:"), m_item);
    resourceLayout->addRow(tr("Partition key path:"), m_keyPath);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyType);
    keyRow->addWidget(m_keyValue, 1);
    auto *keyLabel = new QLabel(tr("&Partition key value:"));
    keyLabel->setBuddy(m_keyType);
    resourceLayout->addRow(keyLabel, keyRow);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("permissionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setAccessibleName(tr("Problem"));
    // Room for two lines each, so the dialog does not clip them when they appear while typing.
    m_summary->setMinimumHeight(2 * m_summary->fontMetrics().lineSpacing());
    m_problem->setMinimumHeight(2 * m_problem->fontMetrics().lineSpacing());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Permission &id:"), m_id);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(QString(), m_modeDescription);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(resourceBox);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &CosmosPermissionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_id, &QLineEdit::textChanged, this, &CosmosPermissionDialog::validate);
    connect(m_item, &QLineEdit::textChanged, this, &CosmosPermissionDialog::validate);
    connect(m_keyValue, &QLineEdit::textChanged, this, &CosmosPermissionDialog::validate);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &CosmosPermissionDialog::validate);
    connect(m_container, &QComboBox::currentIndexChanged, this, &CosmosPermissionDialog::validate);
    connect(m_keyType, &QComboBox::currentIndexChanged, this, &CosmosPermissionDialog::validate);
    connect(m_scope, &QButtonGroup::idClicked, this, &CosmosPermissionDialog::validate);
    loadContainers();
    validate();
    resize(560, sizeHint().height());
}

CosmosPermissionDialog::~CosmosPermissionDialog()
{
    if (m_containersJob)
        m_containersJob->abort();
}

void CosmosPermissionDialog::loadContainers()
{
    if (!m_service)
        return;
    m_container->clear();
    m_container->setPlaceholderText(tr("Loading containers…"));
    m_containersJob =
        m_service->listContainers(m_database, this, [this](const Result<QList<CosmosContainer>> &r) {
            m_containersJob = nullptr;
            if (!r.ok()) {
                m_container->setPlaceholderText(tr("Containers could not be listed"));
                m_problem->setText(tr("The containers of “%1” could not be listed: %2")
                                       .arg(m_database, r.error().summary()));
                m_problem->show();
                return;
            }
            m_containers = r.value();
            const QSignalBlocker block(m_container);
            for (const CosmosContainer &c : m_containers)
                m_container->addItem(c.id, c.id);
            m_container->setPlaceholderText(m_containers.isEmpty() ? tr("No containers") : QString());
            if (!m_pendingContainer.isEmpty())
                m_container->setCurrentIndex(m_container->findData(m_pendingContainer));
            else if (!m_containers.isEmpty())
                m_container->setCurrentIndex(0);
            validate();
        });
}

void CosmosPermissionDialog::setPermission(const CosmosPermission &p)
{
    setWindowTitle(tr("Edit Permission"));
    m_ok->setText(tr("&Replace"));
    m_id->setText(p.id);
    m_mode->setCurrentIndex(m_mode->findData(int(p.mode)));
    const QStringList s = CosmosPermission::linkSegments(p.resource);
    if (s.size() >= 4) {
        m_pendingContainer = s.at(3);
        const int i = m_container->findData(s.at(3));
        if (i >= 0)
            m_container->setCurrentIndex(i);
    }
    (s.size() == 2 ? m_scopeDatabase : s.size() >= 6 ? m_scopeItem : m_scopeContainer)->setChecked(true);
    if (s.size() >= 6)
        m_item->setText(s.at(5));
    if (!p.resourcePartitionKey.isEmpty()) {
        const QJsonValue v = p.resourcePartitionKey.at(0);
        m_keyType->setCurrentIndex(m_keyType->findData(v.isString()   ? StringKey
                                                       : v.isDouble() ? NumberKey
                                                       : v.isBool()   ? BoolKey
                                                                      : NullKey));
        m_keyValue->setText(v.isString()   ? v.toString()
                            : v.isDouble() ? QString::number(v.toDouble(), 'g', 17)
                            : v.isBool()   ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                           : QString());
    }
    validate();
}

const CosmosContainer *CosmosPermissionDialog::currentContainer() const
{
    const QString id = m_container->currentData().toString();
    for (const CosmosContainer &c : m_containers) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

Result<QJsonArray> CosmosPermissionDialog::partitionKey() const
{
    const QString text = m_keyValue->text().trimmed();
    switch (m_keyType->currentData().toInt()) {
    case StringKey:
        return QJsonArray{m_keyValue->text()};
    case NumberKey: {
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (!ok)
            return ApiError::validation(tr("The partition key value is not a number."));
        return QJsonArray{d};
    }
    case BoolKey:
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return QJsonArray{true};
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return QJsonArray{false};
        return ApiError::validation(tr("Type true or false as the partition key value."));
    case NullKey:
        return QJsonArray{QJsonValue::Null};
    default:
        return QJsonArray();
    }
}

CosmosPermission CosmosPermissionDialog::permission() const
{
    CosmosPermission p;
    p.id = m_id->text();
    p.database = m_database;
    p.user = m_user;
    p.mode = CosmosPermission::Mode(m_mode->currentData().toInt());
    const QString container = m_container->currentData().toString();
    switch (m_scope->checkedId()) {
    case DatabaseScope:
        p.resource = CosmosPermission::databaseLink(m_database);
        break;
    case ItemScope:
        p.resource = CosmosPermission::itemLink(m_database, container, m_item->text());
        break;
    default:
        p.resource = CosmosPermission::containerLink(m_database, container);
        break;
    }
    if (m_scope->checkedId() != DatabaseScope) {
        const auto key = partitionKey();
        if (key.ok())
            p.resourcePartitionKey = key.value();
    }
    return p;
}

void CosmosPermissionDialog::validate()
{
    const bool onDatabase = m_scope->checkedId() == DatabaseScope;
    m_modeDescription->setText(
        CosmosPermission::modeDescription(CosmosPermission::Mode(m_mode->currentData().toInt())));
    m_container->setEnabled(!onDatabase);
    m_item->setEnabled(m_scope->checkedId() == ItemScope);
    m_keyType->setEnabled(!onDatabase);
    const int keyType = m_keyType->currentData().toInt();
    m_keyValue->setEnabled(!onDatabase && keyType != NoKey && keyType != NullKey);
    const CosmosContainer *c = currentContainer();
    m_keyPath->setText(onDatabase                       ? tr("(not used for a database)")
                       : !c                             ? QString()
                       : c->partitionKeyPaths.isEmpty() ? tr("(the container is not partitioned)")
                                                        : c->partitionKeyPaths.join(QStringLiteral(", ")));

    QString problem;
    const bool idTyped = !m_id->text().isEmpty();
    if (!onDatabase && m_container->currentData().toString().isEmpty())
        problem = isLoadingContainers() ? QString() : tr("Choose a container.");
    else if (m_scope->checkedId() == ItemScope && m_item->text().isEmpty())
        problem = tr("Type the item id.");
    else if (!onDatabase && keyType != NoKey && !partitionKey().ok())
        problem = partitionKey().error().message;
    else if (!onDatabase && keyType != NoKey && c && c->partitionKeyPaths.isEmpty())
        problem = tr("The container is not partitioned: leave the partition key at Any partition.");
    else if (idTyped) {
        if (auto ok = permission().validate(); !ok)
            problem = ok.error().message;
    }
    const CosmosPermission p = permission();
    m_summary->setText(
        idTyped && problem.isEmpty()
            ? tr("Tokens of “%1” will allow: %2").arg(p.id, PermissionTreeModel::describePermission(p))
            : QString());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(idTyped && problem.isEmpty() && !isLoadingContainers());
}

void CosmosPermissionDialog::accept()
{
    validate();
    if (m_ok->isEnabled())
        QDialog::accept();
}

} // namespace csc
