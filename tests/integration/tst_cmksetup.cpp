// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "LocalCloudFixture.h"
#include "emulator/DemoSeed.h"
#include "net/AzureSession.h"
#include "net/CmkPlan.h"
#include "net/CmkSetupJob.h"
#include "net/KeyVaultService.h"
#include "net/RequestLog.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using namespace csc;
using Outcome = CmkSetupJob::Outcome;
using Kind = CmkStep::Kind;

namespace {

const QString kProd = QLatin1String(emu::DemoSeed::kSubscriptionProduction);
const QString kDev = QLatin1String(emu::DemoSeed::kSubscriptionDevelopment);
const QString kTenant = QLatin1String(emu::DemoSeed::kTenantId);

QString vaultId(const QString &sub, const QString &rg, const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.KeyVault/vaults/%3")
        .arg(sub, rg, name);
}

const QString kRbacVaultId =
    vaultId(kProd, QLatin1String(emu::DemoSeed::kCmkVaultGroup), QLatin1String(emu::DemoSeed::kCmkVault));
const QString kPolicyVaultId = vaultId(kDev, QLatin1String(emu::DemoSeed::kLegacyVaultGroup),
                                       QLatin1String(emu::DemoSeed::kLegacyVault));

/// What one CmkSetupJob run reported (kept apart from the job, which deletes itself once finished).
struct Run
{
    QList<CmkStep> steps;
    std::optional<Result<CosmosAccount>> result;
    QList<Outcome> outcomes;
    QString report;
    CmkChoices completed;
    QStringList progress;
    QList<std::pair<int, Outcome>> changes;
    QStringList messages;
    int finishedCount = 0;

    qsizetype indexOf(Kind kind) const
    {
        for (qsizetype i = 0; i < steps.size(); ++i) {
            if (steps.at(i).kind == kind)
                return i;
        }
        return -1;
    }
    Outcome outcomeOf(Kind kind) const { return outcomes.value(indexOf(kind), Outcome::Pending); }
};

QList<Kind> kindsOf(const QList<CmkStep> &steps)
{
    QList<Kind> out;
    for (const CmkStep &s : steps)
        out << s.kind;
    return out;
}

} // namespace

class TestCmkSetup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void systemIdentityRbacVaultExistingKey();
    void sameChoicesAgainAreAllAlreadyDone();
    void userAssignedIdentityAccessPolicyVaultFixAndNewKey();
    void abortThenResume();
    void failingStepReportsWhereThingsStand();

private:
    using Hook = std::function<void(CmkSetupJob *, Run &)>;
    std::shared_ptr<Run> run(const CmkChoices &choices, int accessRetries = 0, const Hook &hook = {});
    Result<KeyVault> readVault(const QString &id);
    Result<CosmosAccount> account(const QString &name);
    CmkChoices systemRbacChoices(const QString &accountName, const QString &keyName, bool createKey);

    test::LocalCloudFixture m_cloud;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<AzureSession> m_session;
    CmkChoices m_firstChoices;
};

void TestCmkSetup::initTestCase()
{
    emu::EmulatorOptions options;
    options.lroDelayMs = 300; // long enough to abort an operation in flight
    const Result<void> started = m_cloud.start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().summary()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();
    m_session = m_cloud.session(m_nam.get(), m_log.get(), test::DemoOwner);
    QVERIFY(m_session);
}

void TestCmkSetup::cleanupTestCase()
{
    m_session.reset();
}

std::shared_ptr<Run> TestCmkSetup::run(const CmkChoices &choices, int accessRetries, const Hook &hook)
{
    auto r = std::make_shared<Run>();
    const Result<QList<CmkStep>> plan = CmkPlan::build(choices);
    if (!plan) {
        r->result = plan.error();
        return r;
    }
    r->steps = plan.value();
    auto *job = new CmkSetupJob(m_session.get(), choices, plan.value());
    job->setDefaultPollIntervalMs(50);
    job->setAccessRetries(accessRetries, 10);
    connect(job, &CmkSetupJob::stepChanged, job, [r](int index, Outcome outcome, const QString &message) {
        r->changes.append({index, outcome});
        r->messages.append(message);
    });
    connect(job, &CmkSetupJob::progressed, job, [r](const QString &status, int) { r->progress << status; });
    connect(job, &CmkSetupJob::finished, job, [r, job](const Result<CosmosAccount> &result) {
        ++r->finishedCount;
        r->result = result;
        for (qsizetype i = 0; i < r->steps.size(); ++i)
            r->outcomes << job->outcome(int(i));
        r->report = job->statusReport();
        r->completed = job->choices();
    });
    if (hook)
        hook(job, *r);
    job->start();
    if (!QTest::qWaitFor([r] { return r->result.has_value(); }, 60000))
        qWarning() << "the setup did not finish within 60 s";
    // finished() exactly once: nothing more arrives afterwards.
    QTest::qWait(100);
    return r;
}

Result<KeyVault> TestCmkSetup::readVault(const QString &id)
{
    KeyVaultService service(m_session.get());
    std::optional<Result<KeyVault>> got;
    service.getVault(id, nullptr, [&got](const Result<KeyVault> &v) { got = v; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 20000))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no answer for %1").arg(id));
    return *got;
}

Result<CosmosAccount> TestCmkSetup::account(const QString &name)
{
    return test::LocalCloudFixture::fetchAccount(m_session.get(), name);
}

CmkChoices TestCmkSetup::systemRbacChoices(const QString &accountName, const QString &keyName, bool createKey)
{
    CmkChoices c;
    const Result<CosmosAccount> a = account(accountName);
    const Result<KeyVault> v = readVault(kRbacVaultId);
    if (!a || !v) {
        qWarning() << "cannot read" << accountName << (a ? QString() : a.error().summary())
                   << (v ? QString() : v.error().summary());
        return c;
    }
    c.account = a.value();
    c.tenantId = kTenant;
    c.identityKind = CmkIdentityKind::SystemAssigned;
    c.vault = v.value();
    c.keyName = keyName;
    c.createKey = createKey;
    return c;
}

void TestCmkSetup::systemIdentityRbacVaultExistingKey()
{
    const CmkChoices choices = systemRbacChoices(QStringLiteral("contoso-catalog"),
                                                 QLatin1String(emu::DemoSeed::kCmkKeyName), false);
    QVERIFY(choices.account.isValid());
    QVERIFY(!choices.account.identity.hasSystemAssigned());
    QVERIFY(!choices.account.usesCustomerManagedKey());
    m_firstChoices = choices;

    const auto r = run(choices);
    QVERIFY(r->result.has_value());
    QVERIFY2(r->result->ok(), qPrintable(r->report));
    QCOMPARE(r->finishedCount, 1);
    QCOMPARE(kindsOf(r->steps), (QList<Kind>{Kind::AddAccountIdentity, Kind::GrantRoleAssignment,
                                             Kind::SetKeyVaultKeyUri, Kind::Verify}));
    QCOMPARE(r->outcomes, (QList<Outcome>{Outcome::Done, Outcome::Done, Outcome::Done, Outcome::Done}));
    // Running, then the outcome, for every step, in order.
    QCOMPARE(r->changes.size(), 8);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(r->changes.at(2 * i), std::make_pair(i, Outcome::Running));
        QCOMPARE(r->changes.at(2 * i + 1), std::make_pair(i, Outcome::Done));
    }
    QVERIFY(!r->progress.isEmpty());

    const CosmosAccount &verified = r->result->value();
    QCOMPARE(verified.keyVaultKeyUri, choices.keyUri());
    QVERIFY(!verified.keyVaultKeyUriVersion.isEmpty());
    QVERIFY(verified.customerManagedKeyStatus.contains(QLatin1String("confirmed")));
    QCOMPARE(verified.defaultIdentity, QStringLiteral("SystemAssignedIdentity"));
    QVERIFY(verified.identity.hasSystemAssigned());
    // The principal was read from the account after enabling the identity and granted.
    QCOMPARE(r->completed.principalId, verified.identity.principalId);
    QVERIFY(r->steps.at(1)
                .body.value(QLatin1String("properties"))
                .toObject()
                .value(QLatin1String("principalId")) == QJsonValue(QStringLiteral("<principalId>")));
    QVERIFY(r->report.contains(QLatin1String("set up and verified")));
    // The account as Azure reports it now.
    const Result<CosmosAccount> reread = account(QStringLiteral("contoso-catalog"));
    QVERIFY(reread.ok());
    QCOMPARE(reread.value().keyVaultKeyUri, choices.keyUri());
}

void TestCmkSetup::sameChoicesAgainAreAllAlreadyDone()
{
    QVERIFY2(m_firstChoices.account.isValid(), "needs systemIdentityRbacVaultExistingKey");
    // The very same (now stale) choices: every step finds its effect in place and sends nothing.
    const qsizetype before = m_log->entries().size();
    const auto r = run(m_firstChoices);
    QVERIFY(r->result.has_value());
    QVERIFY2(r->result->ok(), qPrintable(r->report));
    QCOMPARE(r->outcomes, QList<Outcome>(r->steps.size(), Outcome::AlreadyDone));
    QVERIFY(r->report.contains(QLatin1String("Already in place:")));
    QVERIFY(!r->report.contains(QLatin1String("Done:")));
    QVERIFY(m_log->entries().size() > before);
    for (qsizetype i = before; i < m_log->entries().size(); ++i)
        QVERIFY2(m_log->entries().at(i).method == QLatin1String("GET"),
                 qPrintable(m_log->entries().at(i).url));
}

void TestCmkSetup::userAssignedIdentityAccessPolicyVaultFixAndNewKey()
{
    const Result<CosmosAccount> a = account(QStringLiteral("fabrikam-telemetry"));
    QVERIFY(a.ok());
    const Result<KeyVault> v = readVault(kPolicyVaultId);
    QVERIFY(v.ok());
    QVERIFY(!v.value().enableRbacAuthorization);
    QVERIFY(!v.value().enablePurgeProtection);
    const QList<CmkFinding> findings = CmkPreflight::checkVault(v.value());
    QVERIFY(CmkPreflight::hasBlocking(findings));

    CmkChoices c;
    c.account = a.value();
    c.tenantId = kTenant;
    c.identityKind = CmkIdentityKind::UserAssigned;
    c.userAssignedId = QStringLiteral("/subscriptions/%1/resourceGroups/rg-analytics/providers/"
                                      "Microsoft.ManagedIdentity/userAssignedIdentities/telemetry-cmk")
                           .arg(kDev);
    c.createUserAssigned = true;
    c.userAssignedLocation = QStringLiteral("northeurope");
    c.vault = v.value();
    for (const CmkFinding &f : findings) {
        if (f.fixable)
            c.vaultFixes << f.fix;
    }
    QCOMPARE(c.vaultFixes,
             QList<KeyVaultService::VaultFix>{KeyVaultService::VaultFix::EnablePurgeProtection});
    c.createKey = true;
    c.keyName = QStringLiteral("telemetry-cmk");
    c.keySize = 3072;

    const auto r = run(c);
    QVERIFY(r->result.has_value());
    QVERIFY2(r->result->ok(), qPrintable(r->report));
    QCOMPARE(kindsOf(r->steps),
             (QList<Kind>{Kind::CreateUserAssignedIdentity, Kind::AddAccountIdentity, Kind::FixVault,
                          Kind::CreateKey, Kind::GrantAccessPolicy, Kind::SetKeyVaultKeyUri, Kind::Verify}));
    QCOMPARE(r->outcomes, QList<Outcome>(r->steps.size(), Outcome::Done));
    const CosmosAccount &verified = r->result->value();
    QCOMPARE(verified.defaultIdentity, QStringLiteral("UserAssignedIdentity=") + c.userAssignedId);
    QCOMPARE(verified.keyVaultKeyUri, c.keyUri());
    QVERIFY(verified.customerManagedKeyStatus.contains(QLatin1String("confirmed")));
    // The identity created by the setup is the one granted on the vault.
    QVERIFY(!r->completed.principalId.isEmpty());
    const Result<KeyVault> after = readVault(kPolicyVaultId);
    QVERIFY(after.ok());
    QVERIFY(after.value().enablePurgeProtection);
    const KeyVaultAccessPolicy *policy = after.value().accessPolicyFor(r->completed.principalId);
    QVERIFY(policy);
    QVERIFY(policy->allowsCustomerManagedKey());
    // Steps after the identity carry the principal once it is known.
    QVERIFY(!r->messages.isEmpty());

    // Again: every step already in place.
    const auto again = run(c);
    QVERIFY(again->result.has_value());
    QVERIFY2(again->result->ok(), qPrintable(again->report));
    QCOMPARE(again->outcomes, QList<Outcome>(again->steps.size(), Outcome::AlreadyDone));
}

void TestCmkSetup::abortThenResume()
{
    const CmkChoices choices =
        systemRbacChoices(QStringLiteral("contoso-legacy"), QStringLiteral("legacy-cmk"), true);
    QVERIFY(choices.account.isValid());
    // Abort as soon as the account accepted the PATCH of the key (the operation is then in flight).
    const auto r = run(choices, 0, [](CmkSetupJob *job, Run &run) {
        const QString setKeyTitle = run.steps.at(run.indexOf(Kind::SetKeyVaultKeyUri)).title;
        QObject::connect(job, &CmkSetupJob::progressed, job, [job, setKeyTitle](const QString &status, int) {
            if (status.startsWith(setKeyTitle + QLatin1Char(':')))
                job->abort();
        });
    });
    QVERIFY(r->result.has_value());
    QVERIFY(!r->result->ok());
    QVERIFY(r->result->error().isCancelled());
    QCOMPARE(r->finishedCount, 1);
    const qsizetype setKey = r->indexOf(Kind::SetKeyVaultKeyUri);
    QCOMPARE(r->outcomes.at(setKey), Outcome::Cancelled);
    for (qsizetype i = 0; i < setKey; ++i)
        QCOMPARE(r->outcomes.at(i), Outcome::Done);
    QCOMPARE(r->outcomes.constLast(), Outcome::Pending);
    qInfo().noquote() << r->report;
    QVERIFY2(r->report.contains(QLatin1String("cancelled")), qPrintable(r->report));
    QVERIFY(r->report.contains(QLatin1String("Done: ") + r->steps.at(0).title));
    QVERIFY(r->report.contains(QLatin1String("Interrupted: ") + r->steps.at(setKey).title));
    QVERIFY(r->report.contains(QLatin1String("may or may not have been applied")));
    QVERIFY(r->report.contains(QLatin1String("Not started: ") + r->steps.constLast().title));
    QVERIFY(r->report.contains(QLatin1String("Run the setup again")));

    // A new job with the same choices resumes: what was done is recognized, the rest is done.
    const auto resumed = run(choices);
    QVERIFY(resumed->result.has_value());
    QVERIFY2(resumed->result->ok(), qPrintable(resumed->report));
    for (qsizetype i = 0; i < setKey; ++i)
        QCOMPARE(resumed->outcomes.at(i), Outcome::AlreadyDone);
    // The interrupted operation may have completed in the local cloud meanwhile.
    QVERIFY(resumed->outcomes.at(setKey) == Outcome::Done ||
            resumed->outcomes.at(setKey) == Outcome::AlreadyDone);
    QCOMPARE(resumed->result->value().keyVaultKeyUri, choices.keyUri());
}

void TestCmkSetup::failingStepReportsWhereThingsStand()
{
    // A key Cosmos DB cannot use: created, then disabled through the data plane.
    const CmkChoices choices =
        systemRbacChoices(QStringLiteral("contoso-payments"), QStringLiteral("payments-cmk"), false);
    QVERIFY(choices.account.isValid());
    {
        KeyVaultService service(m_session.get());
        std::optional<Result<KeyVaultKey>> created;
        service.createKey(choices.vault.vaultUri, choices.keyName, 3072, nullptr,
                          [&created](const Result<KeyVaultKey> &k) { created = k; });
        QVERIFY(QTest::qWaitFor([&created] { return created.has_value(); }, 20000));
        QVERIFY2(created->ok(), created->ok() ? "" : qPrintable(created->error().summary()));
        std::optional<Result<KeyVaultKey>> disabled;
        service.setKeyEnabled(created->value().id, false, nullptr,
                              [&disabled](const Result<KeyVaultKey> &k) { disabled = k; });
        QVERIFY(QTest::qWaitFor([&disabled] { return disabled.has_value(); }, 20000));
        QVERIFY(disabled->ok());
        QVERIFY(!disabled->value().enabled);
    }

    const auto r = run(choices, 1);
    QVERIFY(r->result.has_value());
    QVERIFY(!r->result->ok());
    QCOMPARE(r->finishedCount, 1);
    const ApiError &e = r->result->error();
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QVERIFY2(e.message.contains(QLatin1String("disabled")), qPrintable(e.message));
    QVERIFY(CmkSetupJob::isKeyAccessPending(e));
    // One retry (access can take minutes to propagate), announced, then the failure.
    QVERIFY(std::any_of(r->progress.begin(), r->progress.end(),
                        [](const QString &s) { return s.contains(QLatin1String("Trying again")); }));
    const qsizetype setKey = r->indexOf(Kind::SetKeyVaultKeyUri);
    QCOMPARE(r->outcomes.at(setKey), Outcome::Failed);
    QCOMPARE(r->outcomes.at(r->indexOf(Kind::AddAccountIdentity)), Outcome::Done);
    QCOMPARE(r->outcomes.at(r->indexOf(Kind::GrantRoleAssignment)), Outcome::Done);
    QCOMPARE(r->outcomes.constLast(), Outcome::Pending);
    qInfo().noquote() << r->report;
    QVERIFY2(r->report.contains(QLatin1String("failed")), qPrintable(r->report));
    QVERIFY(r->report.contains(QLatin1String("Failed: ") + r->steps.at(setKey).title));
    QVERIFY(r->report.contains(QLatin1String("disabled")));
    QVERIFY(r->report.contains(QLatin1String("still uses service-managed keys")));
    QVERIFY(r->report.contains(QLatin1String("Run the setup again")));
    const Result<CosmosAccount> after = account(QStringLiteral("contoso-payments"));
    QVERIFY(after.ok());
    QVERIFY(!after.value().usesCustomerManagedKey());
}

QTEST_GUILESS_MAIN(TestCmkSetup)
#include "tst_cmksetup.moc"
