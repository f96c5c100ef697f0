// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/CmkPlan.h"
#include "net/RestJob.h"

#include <QList>
#include <QPointer>

#include <functional>

namespace csc {

class AzureSession;
class EncryptionService;
class IdentityService;
class KeyVaultService;
class RoleAssignmentsService;

/**
 * @brief Applies a CMK plan step by step (CmkPlan::build) and verifies the result. Before each step it
 * checks whether the step's effect is already in place (identity on the account, vault property set, key
 * of that name exists, grant present, account already uses the key) and then reports AlreadyDone without
 * sending the change, so running the same choices again after an interruption or failure resumes safely.
 *
 * The system-assigned identity's principal id is taken from the account after AddAccountIdentity. The
 * SetKeyVaultKeyUri step is retried when Azure reports that the identity cannot reach the key yet (400 with
 * substatus 4002, role assignments take minutes to propagate): up to accessRetries() more times,
 * accessRetryDelayMs() apart, each reported through progressed(). abort() aborts the request in flight;
 * the job then finishes with Cancelled, and statusReport() says which steps are done, which one was
 * interrupted (and that it may or may not have been applied), and that running the setup again resumes.
 * finished() is emitted exactly once, with the verified account on success, then the job deletes itself
 * later (AbstractJob). Verify reports AlreadyDone when no earlier step of this run changed anything (the
 * setup was already complete), Done otherwise. The services are children of the job; the session is not
 * owned.
 */
class CmkSetupJob : public AbstractJob
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Pending,
        Running,
        Done,
        AlreadyDone,
        Failed,
        Cancelled
    };
    Q_ENUM(Outcome)

    CmkSetupJob(AzureSession *session, CmkChoices choices, QList<CmkStep> steps, QObject *parent = nullptr);
    ~CmkSetupJob() override;

    QString description() const override;
    const QList<CmkStep> &steps() const { return m_steps; }
    Outcome outcome(int step) const;
    /// Translated summary of where the setup stands (done / interrupted / not started steps, the error).
    QString statusReport() const;
    /// The choices as completed while applying (principal id of a new identity, created vault's uri ...).
    const CmkChoices &choices() const { return m_choices; }

    void setAccessRetries(int retries, int delayMs);
    int accessRetries() const { return m_accessRetries; }
    int accessRetryDelayMs() const { return m_accessRetryDelayMs; }
    /// Poll interval of the account LROs (tests shorten it).
    void setDefaultPollIntervalMs(int ms) { m_pollMs = ms; }

    void start();

    /// Whether `error` says that the account's identity cannot reach the key yet (Key Vault substatus 4002,
    /// KeyVaultAuthenticationFailure), which a new grant resolves once it has propagated.
    static bool isKeyAccessPending(const ApiError &error);

public slots:
    void abort() override;

signals:
    void stepChanged(int index, csc::CmkSetupJob::Outcome outcome, const QString &message);
    void progressed(const QString &status, int percentComplete);
    void finished(const csc::Result<csc::CosmosAccount> &result);

private:
    void runStep(int index);
    void complete(Outcome outcome, const QString &message);
    void fail(const ApiError &error);
    void finish(const Result<CosmosAccount> &result);
    void refreshStepTexts();
    quint64 nextCall() { return ++m_call; }
    bool isCurrent(quint64 call) const { return !m_finished && call == m_call; }
    void track(AbstractJob *job, quint64 call);
    void followLro(LroJob *job);
    int percent() const;
    const CmkStep &currentStep() const { return m_steps.at(m_current); }

    void runCreateUserAssigned();
    void runAddAccountIdentity();
    void runCreateVault();
    void runFixVault();
    void runCreateKey();
    void runGrantRoleAssignment();
    void runGrantAccessPolicy();
    void runSetKeyVaultKeyUri();
    void setKeyVaultKeyUri(int attempt);
    void runVerify();
    /// Calls `next` with the principal to grant, looking it up when the choices do not know it yet.
    void withPrincipal(std::function<void(const QString &)> next);
    /// Reads the account into m_choices.account, then calls `next`.
    void readAccount(std::function<void()> next);

    QPointer<AzureSession> m_session;
    KeyVaultService *m_keyVault = nullptr;
    RoleAssignmentsService *m_roles = nullptr;
    IdentityService *m_identities = nullptr;
    EncryptionService *m_encryption = nullptr;
    QPointer<AbstractJob> m_inflight;
    int m_current = -1;
    quint64 m_call = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_changed = false; ///< a step of this run changed something
    ApiError m_error;       ///< why the job failed (kind Cancelled when it was aborted)
    bool m_failed = false;
    bool m_cancelled = false;
    CmkChoices m_choices;
    QList<CmkStep> m_steps;
    QList<Outcome> m_outcomes;
    int m_accessRetries = 10;
    int m_accessRetryDelayMs = 30000;
    int m_pollMs = 5000;
};

} // namespace csc
