// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "RequestStatus.h"

#include "net/ApiClient.h"
#include "ui/SessionController.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace csc {

RequestStatus::RequestStatus(SessionController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_label(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancelButton(new QToolButton(this)), m_cancel(new QAction(this))
{
    m_label->setObjectName(QStringLiteral("requestStatusText"));
    m_progress->setObjectName(QStringLiteral("requestProgress"));
    m_progress->setAccessibleName(tr("Requests in progress"));
    m_progress->setRange(0, 0); // busy: the number of pages or polls ahead is unknown
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(14);

    m_cancel->setObjectName(QStringLiteral("cancelRequestsAction"));
    m_cancel->setText(tr("&Cancel Running Requests"));
    m_cancel->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_cancel->setToolTip(tr("Cancel running requests (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setShortcutContext(Qt::WindowShortcut);
    connect(m_cancel, &QAction::triggered, this, &RequestStatus::cancelAll);

    m_cancelButton->setObjectName(QStringLiteral("cancelRequestsButton"));
    m_cancelButton->setDefaultAction(m_cancel);
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->setAccessibleName(tr("Cancel running requests"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancelButton);

    connect(controller, &SessionController::sessionChanged, this,
            [this](AzureSession *session) { setClient(session ? session->client() : nullptr); });
    connect(controller, &SessionController::stateChanged, this, &RequestStatus::refresh);
    connect(controller, &SessionController::connectionTestStarted, this, [this] {
        m_testStep = tr("Testing the connection…");
        refresh();
    });
    connect(controller, &SessionController::connectionTestStep, this, [this](const QString &step) {
        m_testStep = step;
        refresh();
    });
    connect(controller, &SessionController::connectionTestFinished, this, [this] {
        m_testStep.clear();
        refresh();
    });
    setClient(controller->session() ? controller->session()->client() : nullptr);
}

void RequestStatus::setClient(ApiClient *client)
{
    disconnect(m_countConnection);
    disconnect(m_jobConnection);
    m_client = client;
    m_lastJob = nullptr;
    if (client) {
        m_countConnection = connect(client, &ApiClient::activeJobCountChanged, this, &RequestStatus::refresh);
        m_jobConnection = connect(client, &ApiClient::jobStarted, this, [this](AbstractJob *job) {
            m_lastJob = job;
            refresh();
        });
    }
    refresh();
}

bool RequestStatus::isBusy() const
{
    return (m_client && !m_client->activeJobs().isEmpty()) || m_controller->isTesting() ||
           m_controller->state() == SessionController::State::Connecting;
}

QString RequestStatus::text() const
{
    return m_label->text();
}

void RequestStatus::refresh()
{
    const int jobs = m_client ? int(m_client->activeJobs().size()) : 0;
    QStringList parts;
    if (m_controller->state() == SessionController::State::Connecting)
        parts << tr("Connecting…");
    if (m_controller->isTesting())
        parts << (m_testStep.isEmpty() ? tr("Testing the connection…") : m_testStep);
    if (jobs > 0) {
        if (jobs == 1 && m_lastJob && !m_lastJob->isEnded())
            parts << m_lastJob->description();
        else
            parts << tr("%n request(s) running", nullptr, jobs);
    }
    const bool busy = !parts.isEmpty();
    m_label->setText(parts.join(QStringLiteral(" · ")));
    m_label->setVisible(busy);
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancel->setEnabled(busy);
}

void RequestStatus::cancelAll()
{
    if (m_controller->isTesting())
        m_controller->cancelTest();
    if (m_controller->state() == SessionController::State::Connecting)
        m_controller->disconnectSession();
    if (m_client)
        m_client->abortAll();
    refresh();
}

} // namespace csc
