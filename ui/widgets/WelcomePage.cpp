// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "WelcomePage.h"

#include "ui/SessionController.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace csc {

WelcomePage::WelcomePage(SessionController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Overview"));

    auto *content = new QWidget;
    content->setMaximumWidth(860);

    // Header
    auto *logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/cosmos-security-console.svg"))
                        .pixmap(QSize(64, 64), devicePixelRatioF()));
    logo->setAccessibleName(tr("Cosmos Security Console logo"));
    auto *title = new QLabel(tr("Cosmos Security Console"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Secure Azure Cosmos DB accounts by clicking, not scripting."));
    subtitle->setWordWrap(true);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addStretch();
    titles->addWidget(title);
    titles->addWidget(subtitle);
    titles->addStretch();
    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(logo);
    header->addLayout(titles, 1);

    // No connection yet
    m_emptyBox = new QGroupBox(tr("No connection yet"));
    m_emptyBox->setObjectName(QStringLiteral("welcomeEmptyBox"));
    auto *emptyText = new QLabel(tr(
        "Create a connection with the directory (tenant) ID, the application (client) ID and a client secret "
        "of an app registration that may read your subscriptions. The client secret is kept in the system "
        "keychain, never in a file."));
    emptyText->setWordWrap(true);
    auto *createButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("C&reate Connection…"));
    createButton->setObjectName(QStringLiteral("welcomeCreateButton"));
    createButton->setAccessibleName(tr("Create a connection"));
    connect(createButton, &QPushButton::clicked, this, &WelcomePage::createConnectionRequested);
    auto *emptyLayout = new QVBoxLayout(m_emptyBox);
    emptyLayout->setSpacing(12);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(createButton, 0, Qt::AlignLeft);

    // Current connection
    m_connectionBox = new QGroupBox(tr("Current connection"));
    m_connectionBox->setObjectName(QStringLiteral("welcomeConnectionBox"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(18);
    form->setVerticalSpacing(8);
    m_name = addRow(form, tr("Connection:"), QStringLiteral("welcomeProfileName"));
    m_cloud = addRow(form, tr("Cloud:"), QStringLiteral("welcomeCloud"));
    m_tenant = addRow(form, tr("Tenant:"), QStringLiteral("welcomeTenant"));
    m_clientId = addRow(form, tr("Application (client) ID:"), QStringLiteral("welcomeClientId"));
    m_state = addRow(form, tr("Status:"), QStringLiteral("welcomeState"));
    m_principal = addRow(form, tr("Signed-in principal:"), QStringLiteral("welcomePrincipal"));
    m_lastTest = addRow(form, tr("Last connection test:"), QStringLiteral("welcomeLastTest"));
    m_subscriptions = addRow(form, tr("Subscriptions:"), QStringLiteral("welcomeSubscriptions"));

    m_connectButton = new QPushButton;
    m_connectButton->setObjectName(QStringLiteral("welcomeConnectButton"));
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        if (m_controller->state() == SessionController::State::Disconnected)
            emit connectRequested();
        else
            emit disconnectRequested();
    });
    m_testButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/test-connection.svg")), tr("&Test Connection"));
    m_testButton->setObjectName(QStringLiteral("welcomeTestButton"));
    m_testButton->setAccessibleName(tr("Test the connection"));
    connect(m_testButton, &QPushButton::clicked, this, &WelcomePage::testConnectionRequested);
    auto *manageButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/connections.svg")), tr("&Manage Connections…"));
    manageButton->setObjectName(QStringLiteral("welcomeManageButton"));
    manageButton->setAccessibleName(tr("Manage connections"));
    connect(manageButton, &QPushButton::clicked, this, &WelcomePage::manageConnectionsRequested);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_connectButton);
    buttons->addWidget(m_testButton);
    buttons->addWidget(manageButton);
    buttons->addStretch();
    auto *connectionLayout = new QVBoxLayout(m_connectionBox);
    connectionLayout->setSpacing(14);
    connectionLayout->addLayout(form);
    connectionLayout->addLayout(buttons);

    // Secret storage
    auto *secretsBox = new QGroupBox(tr("Secret storage"));
    secretsBox->setObjectName(QStringLiteral("welcomeSecretsBox"));
    auto *keyIcon = new QLabel;
    keyIcon->setPixmap(
        QIcon(QStringLiteral(":/icons/keychain.svg")).pixmap(QSize(24, 24), devicePixelRatioF()));
    m_secretStorage = new QLabel;
    m_secretStorage->setObjectName(QStringLiteral("welcomeSecretStorage"));
    m_secretStorage->setWordWrap(true);
    m_secretStorage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *secretsLayout = new QHBoxLayout(secretsBox);
    secretsLayout->setSpacing(10);
    secretsLayout->addWidget(keyIcon, 0, Qt::AlignTop);
    secretsLayout->addWidget(m_secretStorage, 1);

    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(32, 28, 32, 28);
    column->setSpacing(20);
    column->addLayout(header);
    column->addWidget(m_emptyBox);
    column->addWidget(m_connectionBox);
    column->addWidget(secretsBox);
    column->addStretch();

    auto *centered = new QWidget;
    auto *centerLayout = new QHBoxLayout(centered);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addStretch(1);
    centerLayout->addWidget(content, 100);
    centerLayout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(centered);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(controller, &SessionController::currentProfileChanged, this, &WelcomePage::refresh);
    connect(controller, &SessionController::profileSaved, this, &WelcomePage::refresh);
    connect(controller, &SessionController::profileRemoved, this, &WelcomePage::refresh);
    connect(controller, &SessionController::stateChanged, this, &WelcomePage::refresh);
    connect(controller, &SessionController::connectionTestStarted, this, &WelcomePage::refresh);
    connect(controller, &SessionController::connectionTestFinished, this, &WelcomePage::refresh);
    refresh();
}

QLabel *WelcomePage::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wrapped labels in a form otherwise ask for a narrow width and break short values early.
    value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    value->setMinimumWidth(420);
    auto *caption = new QLabel(label);
    caption->setBuddy(value);
    value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    form->addRow(caption, value);
    return value;
}

void WelcomePage::setSecretStorageStatus(bool persistent, const QString &reason)
{
    m_secretsKnown = true;
    m_secretsPersistent = persistent;
    m_secretsReason = reason;
    refresh();
}

void WelcomePage::refresh()
{
    const std::optional<ConnectionProfile> profile = m_controller->currentProfile();
    m_emptyBox->setVisible(!profile);
    m_connectionBox->setVisible(profile.has_value());

    SecretStore *store = m_controller->secretStore();
    if (!store) {
        m_secretStorage->setText(tr("No secret store is available."));
    } else if (m_secretsKnown && !m_secretsPersistent) {
        m_secretStorage->setText(tr("In use: %1.").arg(store->backendName()) + QLatin1Char('\n') +
                                 m_secretsReason);
    } else if (store->isPersistent() || (m_secretsKnown && m_secretsPersistent)) {
        m_secretStorage->setText(
            tr("In use: %1. Client secrets are kept in the system keychain and survive a restart.")
                .arg(store->backendName()));
    } else {
        m_secretStorage->setText(
            tr("In use: %1. Client secrets are kept in memory and are gone when the console "
               "closes.")
                .arg(store->backendName()));
    }

    if (!profile)
        return;
    m_name->setText(profile->name);
    m_cloud->setText(profile->environment().displayName());
    m_tenant->setText(profile->tenantId);
    m_clientId->setText(profile->clientId);

    switch (m_controller->state()) {
    case SessionController::State::Connected:
        m_state->setText(tr("Connected"));
        m_connectButton->setText(tr("&Disconnect"));
        m_connectButton->setIcon(QIcon(QStringLiteral(":/icons/disconnect.svg")));
        m_connectButton->setAccessibleName(tr("Disconnect"));
        break;
    case SessionController::State::Connecting:
        m_state->setText(tr("Connecting…"));
        m_connectButton->setText(tr("&Stop Connecting"));
        m_connectButton->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
        m_connectButton->setAccessibleName(tr("Stop connecting"));
        break;
    case SessionController::State::Disconnected:
        m_state->setText(tr("Not connected"));
        m_connectButton->setText(tr("&Connect"));
        m_connectButton->setIcon(QIcon(QStringLiteral(":/icons/connect.svg")));
        m_connectButton->setAccessibleName(tr("Connect"));
        break;
    }

    const bool testing = m_controller->isTesting() && m_controller->testingProfileId() == profile->id;
    m_testButton->setEnabled(!testing);
    const std::optional<ConnectionTestRecord> test = m_controller->lastTest(profile->id);
    const QLocale locale;
    if (testing) {
        m_lastTest->setText(tr("Testing…"));
    } else if (!test) {
        m_lastTest->setText(tr("Not tested yet. Use Test Connection to sign in and list the subscriptions."));
    } else if (test->ok) {
        m_lastTest->setText(
            tr("Succeeded on %1").arg(locale.toString(test->testedAt.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_lastTest->setText(
            tr("Failed on %1: %2")
                .arg(locale.toString(test->testedAt.toLocalTime(), QLocale::ShortFormat), test->error));
    }
    if (test && test->ok) {
        m_principal->setText(tr("Application %1 (object ID %2) in tenant %3")
                                 .arg(test->applicationId.isEmpty() ? profile->clientId : test->applicationId,
                                      test->objectId.isEmpty() ? tr("unknown") : test->objectId,
                                      test->tenantId.isEmpty() ? profile->tenantId : test->tenantId));
        m_subscriptions->setText(
            test->subscriptions.isEmpty()
                ? tr("None visible to this application. Grant it a role such as Reader on a "
                     "subscription.")
                : test->subscriptions.join(QLatin1Char('\n')));
    } else {
        m_principal->setText(tr("Not known until a connection test succeeds."));
        m_subscriptions->setText(tr("Not known until a connection test succeeds."));
    }
}

} // namespace csc
