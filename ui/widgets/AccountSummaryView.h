// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ApiError.h"
#include "core/CosmosAccount.h"
#include "core/SecurityPosture.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QGridLayout;

namespace csc {

/**
 * @brief The right-hand side of the Accounts panel: the security summary of one account (one row per area
 * with a good / attention / risk marker and a one-line reason), the totals of a subscription or resource
 * group, or a failure to load with what to do and a Retry button.
 */
class AccountSummaryView : public QWidget
{
    Q_OBJECT
public:
    explicit AccountSummaryView(QWidget *parent = nullptr);

    /// `context` is the resource group and subscription line ("rg-orders · Contoso Production").
    void showAccount(const CosmosAccount &account, const QString &context);
    /// A subscription or resource group: `counts[level]` accounts at each level.
    void showContainer(const QString &title, const QString &subtitle, int accounts, const int counts[3]);
    /// A failure to load (error row): summary, remedy, the missing permission, the request id, Retry.
    void showError(const ApiError &error, const QString &missingAction);
    /// Nothing selected: `text` says what to do.
    void showPlaceholder(const QString &text);

    /// The findings shown for the account (empty when no account is shown).
    const QList<SecurityPosture::Finding> &findings() const { return m_shown; }
    /// The row widget of one area (objectName "finding-<area>"); null when no account is shown.
    QWidget *findingWidget(SecurityPosture::Area area) const;
    /// The account shown (invalid when the view shows something else).
    const CosmosAccount &account() const { return m_account; }

    static QIcon levelIcon(SecurityPosture::Level level);

signals:
    void retryRequested();

private:
    void setHeader(const QString &title, const QString &subtitle);
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_endpoint;
    QLabel *m_overall;
    QWidget *m_findings;
    QGridLayout *m_grid;
    QList<SecurityPosture::Finding> m_shown;
    QLabel *m_placeholder;
    QLabel *m_errorText;
    QPushButton *m_retry;
    CosmosAccount m_account;
};

} // namespace csc
