// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/CmkSetupJob.h"

#include "net/AzureSession.h"
#include "net/EncryptionService.h"
#include "net/IdentityService.h"
#include "net/KeyVaultService.h"
#include "net/RoleAssignmentsService.h"

#include <QRegularExpression>
#include <QTimer>

namespace csc {

namespace {

QString normalizedUri(QString uri)
{
    uri = uri.trimmed();
    while (uri.endsWith(QLatin1Char('/')))
        uri.chop(1);
    return uri;
}

bool sameKeyUri(const QString &a, const QString &b)
{
    return !a.isEmpty() && normalizedUri(a).compare(normalizedUri(b), Qt::CaseInsensitive) == 0;
}

/// defaultIdentity values compared as Azure does (absent = FirstPartyIdentity, case-insensitive).
bool sameDefaultIdentity(const QString &a, const QString &b)
{
    const auto norm = [](const QString &s) {
        return s.isEmpty() ? QStringLiteral("FirstPartyIdentity") : normalizedUri(s);
    };
    return norm(a).compare(norm(b), Qt::CaseInsensitive) == 0;
}

/// The data-plane base of a vault: scheme, host and port only.
QUrl vaultBase(const QUrl &vaultUri)
{
    QUrl base;
    base.setScheme(vaultUri.scheme());
    base.setHost(vaultUri.host());
    base.setPort(vaultUri.port());
    return base;
}

bool fixApplied(KeyVaultService::VaultFix fix, const KeyVault &v)
{
    switch (fix) {
    case KeyVaultService::VaultFix::EnableSoftDelete:
        return v.enableSoftDelete;
    case KeyVaultService::VaultFix::EnablePurgeProtection:
        return v.enablePurgeProtection;
    case KeyVaultService::VaultFix::AllowTrustedServices:
        return v.networkDefaultAction.compare(QLatin1String("Deny"), Qt::CaseInsensitive) != 0 ||
               v.networkBypass.isEmpty() ||
               v.networkBypass.compare(QLatin1String("AzureServices"), Qt::CaseInsensitive) == 0;
    case KeyVaultService::VaultFix::EnablePublicNetworkAccess:
        return v.isPublicNetworkAccessEnabled();
    }
    return false;
}

bool keyStatusConfirmed(const QString &status)
{
    return status.isEmpty() || status.contains(QLatin1String("confirmed"), Qt::CaseInsensitive);
}

} // namespace

CmkSetupJob::CmkSetupJob(AzureSession *session, CmkChoices choices, QList<CmkStep> steps, QObject *parent)
    : AbstractJob(parent), m_session(session), m_choices(std::move(choices)), m_steps(std::move(steps))
{
    m_outcomes = QList<Outcome>(m_steps.size(), Outcome::Pending);
    m_keyVault = new KeyVaultService(session, this);
    m_roles = new RoleAssignmentsService(session, this);
    m_identities = new IdentityService(session, this);
    m_encryption = new EncryptionService(session, m_choices.account.id, this);
}

CmkSetupJob::~CmkSetupJob() = default;

QString CmkSetupJob::description() const
{
    return tr("Set up the customer-managed key of “%1”").arg(m_choices.account.name);
}

CmkSetupJob::Outcome CmkSetupJob::outcome(int step) const
{
    return step >= 0 && step < m_outcomes.size() ? m_outcomes.at(step) : Outcome::Pending;
}

void CmkSetupJob::setAccessRetries(int retries, int delayMs)
{
    m_accessRetries = qMax(0, retries);
    m_accessRetryDelayMs = qMax(0, delayMs);
}

bool CmkSetupJob::isKeyAccessPending(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Http || error.httpStatus >= 500)
        return false;
    if (error.subStatus == 4002)
        return true;
    static const QRegularExpression marker(QStringLiteral("\\b4002\\b|KeyVaultAuthenticationFailure"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (marker.match(error.code).hasMatch() || marker.match(error.message).hasMatch())
        return true;
    for (const QString &d : error.details) {
        if (marker.match(d).hasMatch())
            return true;
    }
    return false;
}

void CmkSetupJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    m_encryption->setDefaultPollIntervalMs(m_pollMs);
    QTimer::singleShot(0, this, [this] {
        if (m_finished)
            return;
        if (!m_session) {
            finish(ApiError::validation(tr("The connection was closed; sign in again.")));
            return;
        }
        if (m_steps.isEmpty()) {
            finish(ApiError::validation(tr("The customer-managed key setup has no steps.")));
            return;
        }
        runStep(0);
    });
}

void CmkSetupJob::abort()
{
    if (m_finished)
        return;
    ++m_call; // answers of the request in flight are ignored from now on
    m_cancelled = true;
    m_error = ApiError::cancelled();
    const QPointer<AbstractJob> inflight = m_inflight;
    m_inflight.clear();
    if (m_current >= 0 && m_current < m_outcomes.size() && m_outcomes.at(m_current) == Outcome::Running) {
        m_outcomes[m_current] = Outcome::Cancelled;
        emit stepChanged(m_current, Outcome::Cancelled,
                         tr("Interrupted; the change may or may not have been applied."));
    }
    finish(ApiError::cancelled());
    if (inflight && !inflight->isEnded())
        inflight->abort();
}

int CmkSetupJob::percent() const
{
    if (m_steps.isEmpty())
        return 0;
    return int(qMax(0, m_current) * 100 / m_steps.size());
}

void CmkSetupJob::track(AbstractJob *job, quint64 call)
{
    if (isCurrent(call) && job && !job->isEnded())
        m_inflight = job;
}

void CmkSetupJob::followLro(LroJob *job)
{
    if (!job)
        return;
    const int index = m_current;
    connect(job, &LroJob::progressed, this, [this, index](const QString &status, int) {
        if (m_finished || index != m_current)
            return;
        emit progressed(tr("%1: %2").arg(m_steps.at(index).title, status), percent());
    });
}

void CmkSetupJob::runStep(int index)
{
    if (m_finished)
        return;
    if (index >= m_steps.size()) {
        // Plans end with Verify; a custom list without it ends with the account as last read.
        finish(m_choices.account);
        return;
    }
    m_current = index;
    m_outcomes[index] = Outcome::Running;
    const CmkStep &step = m_steps.at(index);
    emit stepChanged(index, Outcome::Running, step.title);
    emit progressed(step.title, percent());
    switch (step.kind) {
    case CmkStep::Kind::CreateUserAssignedIdentity:
        runCreateUserAssigned();
        return;
    case CmkStep::Kind::AddAccountIdentity:
        runAddAccountIdentity();
        return;
    case CmkStep::Kind::CreateVault:
        runCreateVault();
        return;
    case CmkStep::Kind::FixVault:
        runFixVault();
        return;
    case CmkStep::Kind::CreateKey:
        runCreateKey();
        return;
    case CmkStep::Kind::GrantRoleAssignment:
        runGrantRoleAssignment();
        return;
    case CmkStep::Kind::GrantAccessPolicy:
        runGrantAccessPolicy();
        return;
    case CmkStep::Kind::SetKeyVaultKeyUri:
        runSetKeyVaultKeyUri();
        return;
    case CmkStep::Kind::Verify:
        runVerify();
        return;
    }
}

void CmkSetupJob::complete(Outcome outcome, const QString &message)
{
    if (m_finished)
        return;
    m_inflight.clear();
    m_outcomes[m_current] = outcome;
    if (outcome == Outcome::Done)
        m_changed = true;
    emit stepChanged(m_current, outcome, message);
    refreshStepTexts();
    runStep(m_current + 1);
}

void CmkSetupJob::fail(const ApiError &error)
{
    if (m_finished)
        return;
    m_inflight.clear();
    if (error.isCancelled()) {
        // Not our abort (that ignores answers): the session went away under the job.
        m_cancelled = true;
        m_error = error;
        if (m_current >= 0) {
            m_outcomes[m_current] = Outcome::Cancelled;
            emit stepChanged(m_current, Outcome::Cancelled,
                             tr("Interrupted; the change may or may not have been applied."));
        }
        finish(error);
        return;
    }
    m_failed = true;
    m_error = error;
    if (m_current >= 0) {
        m_outcomes[m_current] = Outcome::Failed;
        emit stepChanged(m_current, Outcome::Failed, error.summary());
    }
    finish(error);
}

void CmkSetupJob::finish(const Result<CosmosAccount> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_inflight.clear();
    if (!result.ok() && !m_failed && !m_cancelled) {
        m_error = result.error();
        if (result.error().isCancelled())
            m_cancelled = true;
        else
            m_failed = true;
    }
    if (result.ok())
        emit progressed(tr("The customer-managed key of “%1” is set up.").arg(m_choices.account.name), 100);
    emit finished(result);
    markEnded();
}

void CmkSetupJob::refreshStepTexts()
{
    // Principal ids, the created vault's URI and a resolved key version fill in the later steps.
    const Result<QList<CmkStep>> rebuilt = CmkPlan::build(m_choices);
    if (!rebuilt || rebuilt.value().size() != m_steps.size())
        return;
    const QList<CmkStep> &list = rebuilt.value();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).kind != m_steps.at(i).kind ||
            (list.at(i).kind == CmkStep::Kind::FixVault && list.at(i).fix != m_steps.at(i).fix))
            return;
    }
    for (qsizetype i = m_current + 1; i < list.size(); ++i) {
        CmkStep &s = m_steps[i];
        s.title = list.at(i).title;
        s.detail = list.at(i).detail;
        s.azCommand = list.at(i).azCommand;
        s.resource = list.at(i).resource;
        s.body = list.at(i).body;
    }
}

void CmkSetupJob::readAccount(std::function<void()> next)
{
    const quint64 call = nextCall();
    track(m_encryption->refresh(this,
                                [this, call, next = std::move(next)](const Result<CosmosAccount> &r) {
                                    if (!isCurrent(call))
                                        return;
                                    m_inflight.clear();
                                    if (!r) {
                                        fail(r.error());
                                        return;
                                    }
                                    m_choices.account = r.value();
                                    next();
                                }),
          call);
}

// --- Identity
// ------------------------------------------------------------------------------------------------

void CmkSetupJob::runCreateUserAssigned()
{
    const ArmResourceId id = ArmResourceId::parse(m_choices.userAssignedId);
    const QString location = m_choices.userAssignedLocation.isEmpty() ? m_choices.account.location
                                                                      : m_choices.userAssignedLocation;
    const quint64 call = nextCall();
    track(m_identities->listUserAssigned(
              id.subscriptionId, this,
              [this, call, id, location](const Result<QList<UserAssignedIdentityResource>> &list) {
                  if (!isCurrent(call))
                      return;
                  m_inflight.clear();
                  if (!list) {
                      fail(list.error());
                      return;
                  }
                  for (const UserAssignedIdentityResource &i : list.value()) {
                      if (!ArmResourceId::sameId(i.id, m_choices.userAssignedId))
                          continue;
                      if (!i.principalId.isEmpty())
                          m_choices.principalId = i.principalId;
                      complete(
                          Outcome::AlreadyDone,
                          tr("The identity “%1” already exists (principal %2).").arg(i.name, i.principalId));
                      return;
                  }
                  const quint64 create = nextCall();
                  track(m_identities->createUserAssigned(
                            id.subscriptionId, id.resourceGroup, id.name, location, this,
                            [this, create](const Result<UserAssignedIdentityResource> &r) {
                                if (!isCurrent(create))
                                    return;
                                m_inflight.clear();
                                if (!r) {
                                    fail(r.error());
                                    return;
                                }
                                m_choices.principalId = r.value().principalId;
                                complete(Outcome::Done, tr("Created the identity “%1” (principal %2).")
                                                            .arg(r.value().name, r.value().principalId));
                            }),
                        create);
              }),
          call);
}

void CmkSetupJob::runAddAccountIdentity()
{
    readAccount([this] {
        const bool system = m_choices.identityKind == CmkIdentityKind::SystemAssigned;
        const QString ua = system ? QString() : m_choices.userAssignedId;
        const CosmosAccount &account = m_choices.account;
        const auto takePrincipal = [this, system]() -> bool {
            const CosmosAccount &a = m_choices.account;
            if (system) {
                m_choices.principalId = a.identity.principalId;
            } else {
                for (auto it = a.identity.userAssignedIdentities.begin();
                     it != a.identity.userAssignedIdentities.end(); ++it) {
                    if (ArmResourceId::sameId(it.key(), m_choices.userAssignedId) &&
                        !it.value().principalId.isEmpty())
                        m_choices.principalId = it.value().principalId;
                }
            }
            return !m_choices.principalId.isEmpty();
        };
        bool present = false;
        if (system) {
            present = account.identity.hasSystemAssigned() && !account.identity.principalId.isEmpty();
        } else {
            for (auto it = account.identity.userAssignedIdentities.begin();
                 it != account.identity.userAssignedIdentities.end(); ++it)
                present = present || ArmResourceId::sameId(it.key(), ua);
        }
        if (present) {
            takePrincipal();
            complete(Outcome::AlreadyDone,
                     system ? tr("“%1” already has a system-assigned identity (principal %2).")
                                  .arg(account.name, m_choices.principalId)
                            : tr("The identity “%1” is already attached to “%2”.")
                                  .arg(ArmResourceId::parse(ua).name, account.name));
            return;
        }
        const quint64 call = nextCall();
        LroJob *job = m_encryption->addIdentities(
            account, system, ua, this, [this, call, system, takePrincipal](const Result<CosmosAccount> &r) {
                if (!isCurrent(call))
                    return;
                m_inflight.clear();
                if (!r) {
                    fail(r.error());
                    return;
                }
                m_choices.account = r.value();
                if (!takePrincipal() && system) {
                    fail(ApiError::make(ApiError::Kind::Parse,
                                        tr("Azure enabled the system-assigned identity of “%1” but did not "
                                           "report its principal id; read the account again and retry.")
                                            .arg(m_choices.account.name)));
                    return;
                }
                complete(Outcome::Done,
                         system ? tr("Enabled the system-assigned identity of “%1” (principal %2).")
                                      .arg(m_choices.account.name, m_choices.principalId)
                                : tr("Attached the identity “%1” to “%2”.")
                                      .arg(ArmResourceId::parse(m_choices.userAssignedId).name,
                                           m_choices.account.name));
            });
        followLro(job);
        track(job, call);
    });
}

// --- Vault
// ---------------------------------------------------------------------------------------------------

void CmkSetupJob::runCreateVault()
{
    const QString vaultId = m_choices.vaultId();
    const quint64 call = nextCall();
    track(m_keyVault->getVault(vaultId, this,
                               [this, call](const Result<KeyVault> &existing) {
                                   if (!isCurrent(call))
                                       return;
                                   m_inflight.clear();
                                   if (existing) {
                                       m_choices.vault = existing.value();
                                       complete(Outcome::AlreadyDone,
                                                tr("Vault “%1” already exists.").arg(existing.value().name));
                                       return;
                                   }
                                   if (!existing.error().isNotFound()) {
                                       fail(existing.error());
                                       return;
                                   }
                                   KeyVaultService::NewVault nv = m_choices.newVault;
                                   if (nv.tenantId.isEmpty())
                                       nv.tenantId = m_choices.tenantId;
                                   const quint64 create = nextCall();
                                   track(m_keyVault->createVault(
                                             nv, this,
                                             [this, create](const Result<KeyVault> &r) {
                                                 if (!isCurrent(create))
                                                     return;
                                                 m_inflight.clear();
                                                 if (!r) {
                                                     fail(r.error());
                                                     return;
                                                 }
                                                 m_choices.vault = r.value();
                                                 complete(
                                                     Outcome::Done,
                                                     tr("Created vault “%1” (%2).")
                                                         .arg(r.value().name, r.value().vaultUri.toString()));
                                             }),
                                         create);
                               }),
          call);
}

void CmkSetupJob::runFixVault()
{
    const KeyVaultService::VaultFix fix = currentStep().fix;
    const QString vaultId = m_choices.vaultId();
    const quint64 call = nextCall();
    track(m_keyVault->getVault(
              vaultId, this,
              [this, call, fix, vaultId](const Result<KeyVault> &current) {
                  if (!isCurrent(call))
                      return;
                  m_inflight.clear();
                  if (!current) {
                      fail(current.error());
                      return;
                  }
                  m_choices.vault = current.value();
                  if (fixApplied(fix, current.value())) {
                      complete(Outcome::AlreadyDone,
                               tr("Vault “%1” already has this setting.").arg(current.value().name));
                      return;
                  }
                  const quint64 apply = nextCall();
                  track(m_keyVault->applyFix(
                            vaultId, fix, this,
                            [this, apply, fix](const Result<KeyVault> &r) {
                                if (!isCurrent(apply))
                                    return;
                                m_inflight.clear();
                                if (!r) {
                                    fail(r.error());
                                    return;
                                }
                                m_choices.vault = r.value();
                                if (!fixApplied(fix, r.value())) {
                                    fail(ApiError::make(ApiError::Kind::Parse,
                                                        tr("Vault “%1” accepted the change but still "
                                                           "reports the old setting.")
                                                            .arg(r.value().name)));
                                    return;
                                }
                                complete(Outcome::Done, tr("Changed vault “%1”.").arg(r.value().name));
                            }),
                        apply);
              }),
          call);
}

// --- Key
// -----------------------------------------------------------------------------------------------------

void CmkSetupJob::runCreateKey()
{
    KeyVaultKeyId id;
    id.vaultUri = vaultBase(m_choices.vault.vaultUri);
    id.name = m_choices.keyName;
    const quint64 call = nextCall();
    track(m_keyVault->getKey(
              id, this,
              [this, call](const Result<KeyVaultKey> &existing) {
                  if (!isCurrent(call))
                      return;
                  m_inflight.clear();
                  if (existing) {
                      complete(
                          Outcome::AlreadyDone,
                          tr("Key “%1” already exists in vault “%2” (version %3); it is used as it is.")
                              .arg(m_choices.keyName, m_choices.vaultName(), existing.value().id.version));
                      return;
                  }
                  if (!existing.error().isNotFound()) {
                      fail(existing.error());
                      return;
                  }
                  const quint64 create = nextCall();
                  track(m_keyVault->createKey(
                            vaultBase(m_choices.vault.vaultUri), m_choices.keyName, m_choices.keySize, this,
                            [this, create](const Result<KeyVaultKey> &r) {
                                if (!isCurrent(create))
                                    return;
                                m_inflight.clear();
                                if (!r) {
                                    fail(r.error());
                                    return;
                                }
                                complete(Outcome::Done, tr("Created key “%1” in vault “%2” (version %3).")
                                                            .arg(m_choices.keyName, m_choices.vaultName(),
                                                                 r.value().id.version));
                            }),
                        create);
              }),
          call);
}

// --- Grant
// ---------------------------------------------------------------------------------------------------

void CmkSetupJob::withPrincipal(std::function<void(const QString &)> next)
{
    const QString known = m_choices.knownPrincipalId();
    if (!known.isEmpty()) {
        m_choices.principalId = known;
        next(known);
        return;
    }
    switch (m_choices.identityKind) {
    case CmkIdentityKind::SystemAssigned:
        fail(ApiError::validation(tr("“%1” has no system-assigned identity yet, so there is nobody to grant "
                                     "access to the key.")
                                      .arg(m_choices.account.name)));
        return;
    case CmkIdentityKind::FirstParty: {
        const quint64 call = nextCall();
        track(
            m_identities->servicePrincipalByAppId(QLatin1String(kCosmosFirstPartyAppId), this,
                                                  [this, call, next](const Result<ServicePrincipalInfo> &r) {
                                                      if (!isCurrent(call))
                                                          return;
                                                      m_inflight.clear();
                                                      if (!r) {
                                                          fail(r.error());
                                                          return;
                                                      }
                                                      m_choices.principalId = r.value().objectId;
                                                      refreshStepTexts();
                                                      next(m_choices.principalId);
                                                  }),
            call);
        return;
    }
    case CmkIdentityKind::UserAssigned: {
        const quint64 call = nextCall();
        track(
            m_identities->listUserAssigned(
                ArmResourceId::parse(m_choices.userAssignedId).subscriptionId, this,
                [this, call, next](const Result<QList<UserAssignedIdentityResource>> &r) {
                    if (!isCurrent(call))
                        return;
                    m_inflight.clear();
                    if (!r) {
                        fail(r.error());
                        return;
                    }
                    for (const UserAssignedIdentityResource &i : r.value()) {
                        if (ArmResourceId::sameId(i.id, m_choices.userAssignedId) &&
                            !i.principalId.isEmpty()) {
                            m_choices.principalId = i.principalId;
                            next(i.principalId);
                            return;
                        }
                    }
                    fail(ApiError::validation(tr("The user-assigned identity “%1” was not found.")
                                                  .arg(ArmResourceId::parse(m_choices.userAssignedId).name)));
                }),
            call);
        return;
    }
    }
}

void CmkSetupJob::runGrantRoleAssignment()
{
    withPrincipal([this](const QString &principal) {
        const QString vaultId = m_choices.vaultId();
        const QString role = QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser);
        const quint64 call = nextCall();
        track(m_roles->list(
                  vaultId, principal, this,
                  [this, call, vaultId, role, principal](const Result<QList<RoleAssignment>> &list) {
                      if (!isCurrent(call))
                          return;
                      m_inflight.clear();
                      if (!list) {
                          fail(list.error());
                          return;
                      }
                      if (RoleAssignmentsService::covers(list.value(), vaultId, role, principal)) {
                          complete(Outcome::AlreadyDone,
                                   tr("The principal %1 already has “%2” on vault “%3”.")
                                       .arg(principal, AzureRoles::displayName(role), m_choices.vaultName()));
                          return;
                      }
                      const quint64 create = nextCall();
                      track(m_roles->create(vaultId, role, principal, QStringLiteral("ServicePrincipal"),
                                            CmkPlan::roleAssignmentDescription(m_choices), this,
                                            [this, create, role, principal](const Result<RoleAssignment> &r) {
                                                if (!isCurrent(create))
                                                    return;
                                                m_inflight.clear();
                                                if (!r) {
                                                    fail(r.error());
                                                    return;
                                                }
                                                complete(Outcome::Done,
                                                         tr("Granted “%1” on vault “%2” to the principal %3.")
                                                             .arg(AzureRoles::displayName(role),
                                                                  m_choices.vaultName(), principal));
                                            }),
                            create);
                  }),
              call);
    });
}

void CmkSetupJob::runGrantAccessPolicy()
{
    withPrincipal([this](const QString &principal) {
        const QString vaultId = m_choices.vaultId();
        const quint64 call = nextCall();
        track(m_keyVault->getVault(
                  vaultId, this,
                  [this, call, vaultId, principal](const Result<KeyVault> &current) {
                      if (!isCurrent(call))
                          return;
                      m_inflight.clear();
                      if (!current) {
                          fail(current.error());
                          return;
                      }
                      m_choices.vault = current.value();
                      const KeyVaultAccessPolicy *existing = current.value().accessPolicyFor(principal);
                      if (existing && existing->allowsCustomerManagedKey()) {
                          complete(Outcome::AlreadyDone,
                                   tr("Vault “%1” already lets the principal %2 get, wrap and unwrap keys.")
                                       .arg(current.value().name, principal));
                          return;
                      }
                      const KeyVaultAccessPolicy policy =
                          KeyVaultAccessPolicy::forCustomerManagedKey(m_choices.grantTenantId(), principal);
                      const quint64 add = nextCall();
                      track(m_keyVault->addAccessPolicy(
                                vaultId, policy, this,
                                [this, add, principal](const Result<KeyVault> &r) {
                                    if (!isCurrent(add))
                                        return;
                                    m_inflight.clear();
                                    if (!r) {
                                        fail(r.error());
                                        return;
                                    }
                                    m_choices.vault = r.value();
                                    complete(Outcome::Done,
                                             tr("Added an access policy for the principal %1 to vault “%2”.")
                                                 .arg(principal, r.value().name));
                                }),
                            add);
                  }),
              call);
    });
}

// --- Key URI
// -------------------------------------------------------------------------------------------------

void CmkSetupJob::runSetKeyVaultKeyUri()
{
    const auto compareAndSet = [this] {
        readAccount([this] {
            const CosmosAccount &a = m_choices.account;
            if (sameKeyUri(a.keyVaultKeyUri, m_choices.keyUri()) &&
                sameDefaultIdentity(a.defaultIdentity, m_choices.defaultIdentity())) {
                complete(Outcome::AlreadyDone,
                         tr("“%1” already uses the key %2.").arg(a.name, a.keyVaultKeyUri));
                return;
            }
            setKeyVaultKeyUri(0);
        });
    };
    if (m_choices.versionless || !m_choices.keyVersion.isEmpty()) {
        compareAndSet();
        return;
    }
    // Pinned to the latest version at apply time: find out which one it is.
    KeyVaultKeyId id;
    id.vaultUri = vaultBase(m_choices.vault.vaultUri);
    id.name = m_choices.keyName;
    const quint64 call = nextCall();
    track(m_keyVault->getKey(id, this,
                             [this, call, compareAndSet](const Result<KeyVaultKey> &r) {
                                 if (!isCurrent(call))
                                     return;
                                 m_inflight.clear();
                                 if (!r) {
                                     fail(r.error());
                                     return;
                                 }
                                 m_choices.keyVersion = r.value().id.version;
                                 compareAndSet();
                             }),
          call);
}

void CmkSetupJob::setKeyVaultKeyUri(int attempt)
{
    const QString keyUri = m_choices.keyUri();
    const QString defaultIdentity =
        sameDefaultIdentity(m_choices.account.defaultIdentity, m_choices.defaultIdentity())
            ? QString()
            : m_choices.defaultIdentity();
    const quint64 call = nextCall();
    LroJob *job = m_encryption->setKeyVaultKeyUri(
        keyUri, defaultIdentity, this, [this, call, attempt, keyUri](const Result<CosmosAccount> &r) {
            if (!isCurrent(call))
                return;
            m_inflight.clear();
            if (r) {
                m_choices.account = r.value();
                complete(Outcome::Done, tr("“%1” now uses the key %2.").arg(r.value().name, keyUri));
                return;
            }
            if (!isKeyAccessPending(r.error()) || attempt >= m_accessRetries) {
                fail(r.error());
                return;
            }
            const int seconds = (m_accessRetryDelayMs + 999) / 1000;
            emit progressed(
                tr("Azure Cosmos DB cannot reach key “%1” yet; new permissions can take a few minutes "
                   "to apply. Trying again in %n second(s) (retry %2 of %3)…",
                   nullptr, seconds)
                    .arg(m_choices.keyName)
                    .arg(attempt + 1)
                    .arg(m_accessRetries),
                percent());
            const quint64 wait = nextCall();
            QTimer::singleShot(m_accessRetryDelayMs, this, [this, wait, attempt] {
                if (isCurrent(wait))
                    setKeyVaultKeyUri(attempt + 1);
            });
        });
    followLro(job);
    track(job, call);
}

// --- Verify
// --------------------------------------------------------------------------------------------------

void CmkSetupJob::runVerify()
{
    readAccount([this] {
        const CosmosAccount &a = m_choices.account;
        const QString expected = m_choices.keyUri();
        if (!sameKeyUri(a.keyVaultKeyUri, expected)) {
            ApiError e = ApiError::make(
                ApiError::Kind::Parse,
                a.keyVaultKeyUri.isEmpty()
                    ? tr("“%1” reports no customer-managed key, although %2 was set.").arg(a.name, expected)
                    : tr("“%1” reports the key %2 instead of %3.").arg(a.name, a.keyVaultKeyUri, expected));
            e.code = QStringLiteral("CmkNotVerified");
            fail(e);
            return;
        }
        if (!keyStatusConfirmed(a.customerManagedKeyStatus)) {
            ApiError e = ApiError::make(ApiError::Kind::Parse,
                                        tr("“%1” uses the key %2, but Azure Cosmos DB reports: %3")
                                            .arg(a.name, expected, a.customerManagedKeyStatus));
            e.code = QStringLiteral("CmkNotVerified");
            fail(e);
            return;
        }
        QString message = a.keyVaultKeyUriVersion.isEmpty()
                              ? tr("“%1” uses the key %2.").arg(a.name, a.keyVaultKeyUri)
                              : tr("“%1” uses the key %2 (version %3).")
                                    .arg(a.name, a.keyVaultKeyUri, a.keyVaultKeyUriVersion);
        if (!a.customerManagedKeyStatus.isEmpty())
            message += QLatin1Char(' ') + a.customerManagedKeyStatus;
        m_inflight.clear();
        m_outcomes[m_current] = m_changed ? Outcome::Done : Outcome::AlreadyDone;
        emit stepChanged(m_current, m_outcomes.at(m_current), message);
        finish(a);
    });
}

// --- Report
// --------------------------------------------------------------------------------------------------

QString CmkSetupJob::statusReport() const
{
    const QString account = m_choices.account.name;
    QStringList lines;
    bool allDone = !m_steps.isEmpty();
    bool anyDone = false;
    bool keySet = false;
    int interrupted = -1;
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const Outcome o = m_outcomes.at(i);
        const bool done = o == Outcome::Done || o == Outcome::AlreadyDone;
        allDone = allDone && done;
        anyDone = anyDone || o == Outcome::Done;
        if (m_steps.at(i).kind == CmkStep::Kind::SetKeyVaultKeyUri && done)
            keySet = true;
        if (o == Outcome::Cancelled)
            interrupted = int(i);
    }

    if (m_finished && allDone && !m_failed && !m_cancelled)
        lines << tr("The customer-managed key of “%1” is set up and verified.").arg(account);
    else if (m_cancelled)
        lines << tr("The setup of the customer-managed key of “%1” was cancelled.").arg(account);
    else if (m_failed)
        lines << tr("The setup of the customer-managed key of “%1” failed.").arg(account);
    else if (m_started)
        lines << tr("The setup of the customer-managed key of “%1” is in progress.").arg(account);
    else
        lines << tr("The setup of the customer-managed key of “%1” has not started.").arg(account);

    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const QString &title = m_steps.at(i).title;
        switch (m_outcomes.at(i)) {
        case Outcome::Done:
            lines << tr("Done: %1").arg(title);
            break;
        case Outcome::AlreadyDone:
            lines << tr("Already in place: %1").arg(title);
            break;
        case Outcome::Running:
            lines << tr("In progress: %1").arg(title);
            break;
        case Outcome::Failed:
            lines << tr("Failed: %1 — %2").arg(title, m_error.summary());
            break;
        case Outcome::Cancelled:
            lines << tr("Interrupted: %1 — it may or may not have been applied.").arg(title);
            break;
        case Outcome::Pending:
            lines << tr("Not started: %1").arg(title);
            break;
        }
    }

    if (m_failed) {
        const QString remedy = m_error.remedy();
        if (!remedy.isEmpty())
            lines << remedy;
    }
    if (!(m_finished && allDone && !m_failed && !m_cancelled)) {
        if (keySet) {
            lines << tr("“%1” already uses the key %2; only the verification is missing.")
                         .arg(account, m_choices.keyUri());
        } else if (interrupted >= 0 && m_steps.at(interrupted).kind == CmkStep::Kind::SetKeyVaultKeyUri) {
            lines
                << tr("Azure may still complete the change of the key of “%1”; read the account again to see "
                      "which key it uses.")
                       .arg(account);
        } else if (m_choices.account.usesCustomerManagedKey()) {
            lines
                << tr("“%1” still uses its previous key %2.").arg(account, m_choices.account.keyVaultKeyUri);
        } else {
            lines << tr("“%1” still uses service-managed keys: its data is not encrypted with your key yet.")
                         .arg(account);
        }
        if (anyDone)
            lines << tr(
                "The steps already done stay in place; on their own they do not change how the account's "
                "data is encrypted.");
        if (m_finished)
            lines << tr("Run the setup again with the same choices to resume: steps already in place are "
                        "recognized and skipped.");
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace csc
