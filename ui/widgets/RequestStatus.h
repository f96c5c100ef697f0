// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace csc {

class AbstractJob;
class ApiClient;
class SessionController;

/**
 * @brief The status bar's right side: a busy indicator and text while requests of the current session (or a
 * connection test, or a connect) run, and a Cancel button that stops them (ApiClient::abortAll,
 * SessionController::cancelTest / disconnect).
 */
class RequestStatus : public QWidget
{
    Q_OBJECT
public:
    explicit RequestStatus(SessionController *controller, QWidget *parent = nullptr);

    QAction *cancelAction() const { return m_cancel; }
    bool isBusy() const;
    QString text() const;

public slots:
    void cancelAll();

private:
    void setClient(ApiClient *client);
    void refresh();

    SessionController *m_controller;
    QPointer<ApiClient> m_client;
    QPointer<AbstractJob> m_lastJob;
    QMetaObject::Connection m_countConnection;
    QMetaObject::Connection m_jobConnection;
    QString m_testStep;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
    QAction *m_cancel;
};

} // namespace csc
