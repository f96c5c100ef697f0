// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CosmosAccount.h"
#include "net/CmkPlan.h"
#include "net/CmkSetupJob.h"

#include <QPointer>
#include <QWizard>
#include <optional>

class QSettings;

namespace csc {

class AzureSession;

/**
 * @brief The guided customer-managed-key setup of one account: identity → vault (preflight with consented
 * fixes) → key → access → review (steps, az CLI, ARM JSON, what cannot be undone) → apply (progress,
 * cancel, resume) → verify. Each page checks before it lets the user on. Builds no requests itself: it
 * uses csc_net's services and CmkSetupJob.
 *
 * While applying, the choices are saved in QSettings under pendingKey(accountId) (no secrets) and removed
 * once verified, so an interrupted setup can be resumed: construct the wizard with the saved choices
 * (pendingChoices()) and it opens on the review page.
 */
class CmkWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        IdentityPage,
        VaultPage,
        KeyPage,
        AccessPage,
        ReviewPage,
        ApplyPage,
        VerifyPage
    };

    /// `tenantId`: the tenant of the account's subscription (for access policies and Graph).
    CmkWizard(AzureSession *session, const CosmosAccount &account, const QString &tenantId,
              QSettings *settings, QWidget *parent = nullptr);
    /// Resumes a saved setup (opens on the review page).
    CmkWizard(AzureSession *session, const CmkChoices &resume, QSettings *settings,
              QWidget *parent = nullptr);
    ~CmkWizard() override;

    /// "encryption/pending/<lowercase account id>"
    static QString pendingKey(const QString &accountId);
    /// The saved choices of an interrupted setup of `accountId`, if any.
    static std::optional<CmkChoices> pendingChoices(QSettings *settings, const QString &accountId);

    const CmkChoices &choices() const { return m_choices; }
    CmkChoices &choices() { return m_choices; }
    CmkSetupJob *job() const { return m_job; }
    AzureSession *session() const;
    /// The account as read after a verified setup (invalid before).
    const CosmosAccount &verifiedAccount() const { return m_verified; }
    /// Tests shorten the LRO polling and the access retries.
    void setPollIntervalMs(int ms) { m_pollMs = ms; }
    void setAccessRetries(int retries, int delayMs)
    {
        m_accessRetries = retries;
        m_accessRetryDelayMs = delayMs;
    }

    /// Asks before stopping a running setup, then closes.
    void reject() override;

signals:
    /// The setup was verified; `account` is the account read afterwards.
    void accountUpdated(const csc::CosmosAccount &account);

private:
    friend class CmkApplyPage;
    void init();
    /// Stores the choices under pendingKey() (before and while applying).
    void savePending();
    CmkSetupJob *createJob(const QList<CmkStep> &steps);
    /// The setup was verified: forget the pending setup and report the account.
    void onApplied(const CosmosAccount &account);

    QPointer<AzureSession> m_session;
    QSettings *m_settings;
    CmkChoices m_choices;
    CosmosAccount m_verified;
    QPointer<CmkSetupJob> m_job;
    int m_pollMs = 5000;
    int m_accessRetries = 10;
    int m_accessRetryDelayMs = 30000;
};

} // namespace csc
