// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/TokenAccountChecker.h"

#include "core/ApiError.h"
#include "core/Clock.h"
#include "net/ArmService.h"
#include "net/AzureSession.h"
#include "net/CosmosPermissionsService.h"
#include "net/MasterKeyAuthorizer.h"
#include "net/SqlRbacService.h"
#include "net/StepJob.h"

#include <QLocale>
#include <QUrl>

#include <array>
#include <memory>

namespace csc {

namespace {

constexpr std::array<KeyKind, 4> kAllKinds{KeyKind::Primary, KeyKind::Secondary, KeyKind::PrimaryReadonly,
                                           KeyKind::SecondaryReadonly};

bool isReadOnly(KeyKind kind)
{
    return kind == KeyKind::PrimaryReadonly || kind == KeyKind::SecondaryReadonly;
}

QString keyNoun(KeyKind kind)
{
    switch (kind) {
    case KeyKind::Primary:
        return TokenAccountChecker::tr("primary read-write key");
    case KeyKind::Secondary:
        return TokenAccountChecker::tr("secondary read-write key");
    case KeyKind::PrimaryReadonly:
        return TokenAccountChecker::tr("primary read-only key");
    case KeyKind::SecondaryReadonly:
        return TokenAccountChecker::tr("secondary read-only key");
    }
    return {};
}

AccountCheck check(QString id, AccountCheck::Status status, QString title, QString detail)
{
    return AccountCheck{std::move(id), status, std::move(title), std::move(detail)};
}

/// scheme://host:port of an absolute URL, lower-case, default https port made explicit; empty when not one.
QString origin(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return {};
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + u':' +
           QString::number(port);
}

/// `https://cosmos.azure.com/.default` → `https://cosmos.azure.com`.
QString resourceOfScope(const QString &scope)
{
    QString s = scope;
    if (s.endsWith(QLatin1String("/.default")))
        s.chop(9);
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

bool sameResource(const QString &audience, const QString &resource)
{
    QString a = audience.trimmed();
    while (a.endsWith(u'/'))
        a.chop(1);
    return !resource.isEmpty() && a.compare(resource, Qt::CaseInsensitive) == 0;
}

/// What the caller gets, once: guards the context, ends the step job first.
template <typename T> struct Flow : std::enable_shared_from_this<Flow<T>>
{
    QPointer<StepJob> job;
    QPointer<QObject> context;
    bool guarded = false;
    bool contextGone = false; ///< set when the context's destroyed() arrives (a QWidget's comes early)
    TokenAccountChecker::Done<T> done;

    bool live() const { return job && !job->isEnded(); }
    /// answer() from the event loop (never re-entrantly, from the call that started the flow).
    void answerLater(const Result<T> &result)
    {
        if (!job)
            return;
        QMetaObject::invokeMethod(
            job, [self = this->shared_from_this(), result] { self->answer(result); }, Qt::QueuedConnection);
    }
    void answer(const Result<T> &result)
    {
        if (!live())
            return;
        auto d = done;
        job->finish();
        if (!guarded || (context && !contextGone))
            d(result);
    }
};

template <typename T>
std::shared_ptr<Flow<T>> startFlow(TokenAccountChecker *owner, const QString &description, QObject *context,
                                   TokenAccountChecker::Done<T> done)
{
    auto flow = std::make_shared<Flow<T>>();
    flow->job = new StepJob(description, owner);
    flow->context = context;
    flow->guarded = context != nullptr;
    flow->done = std::move(done);
    std::weak_ptr<Flow<T>> weak = flow;
    flow->job->onCancel([weak] {
        if (auto f = weak.lock()) {
            if (!f->guarded || (f->context && !f->contextGone))
                f->done(ApiError::cancelled());
        }
    });
    if (context) {
        // A QWidget emits destroyed() while QPointers to it are still set: mark it gone before aborting.
        StepJob *job = flow->job;
        QObject::connect(context, &QObject::destroyed, job, [weak, job] {
            if (auto f = weak.lock())
                f->contextGone = true;
            job->abort();
        });
    }
    return flow;
}

/// The account's keys for a comparison: all four, or only the read-only ones when listKeys is refused (403) —
/// `use(keys, readOnlyOnly)` then says so. Other failures end the flow.
template <typename T, typename Use>
void followKeys(const std::shared_ptr<Flow<T>> &flow, KeysService *keys, Use use)
{
    flow->job->follow(keys->listKeys(flow->job, [flow, keys, use](const Result<AccountKeys> &k) {
        if (!flow->live())
            return;
        if (k) {
            use(k.value(), false);
            return;
        }
        if (k.error().httpStatus != 403) {
            flow->answer(k.error());
            return;
        }
        flow->job->follow(keys->listReadOnlyKeys(flow->job, [flow, use](const Result<AccountKeys> &ro) {
            if (!flow->live())
                return;
            if (!ro) {
                flow->answer(ro.error());
                return;
            }
            use(ro.value(), true);
        }));
    }));
}

QString whenText(const QDateTime &t)
{
    return QLocale().toString(t.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString durationText(qint64 seconds)
{
    const qint64 s = qAbs(seconds);
    if (s < 120)
        return TokenAccountChecker::tr("%1 s").arg(s);
    if (s < 7200)
        return TokenAccountChecker::tr("%1 min").arg(s / 60);
    return TokenAccountChecker::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace

TokenAccountChecker::TokenAccountChecker(AzureSession *session, CosmosAccount account, QObject *parent)
    : QObject(parent), m_session(session), m_account(std::move(account))
{}

AccountCheck TokenAccountChecker::audienceCheck(const QString &audience, const CosmosAccount &account,
                                                const CloudEnvironment &cloud)
{
    const QString id = QStringLiteral("audience");
    if (audience.trimmed().isEmpty())
        return check(id, AccountCheck::Status::Fail, tr("The token names no audience"),
                     tr("Without an aud claim no Azure service accepts the token."));
    const QString cosmosResource = resourceOfScope(cloud.cosmosScope);
    const QString endpointOrigin = origin(account.documentEndpoint);
    if (sameResource(audience, cosmosResource) ||
        sameResource(audience, QStringLiteral("https://cosmos.azure.com")))
        return check(id, AccountCheck::Status::Pass, tr("Audience fits the Cosmos DB data plane"),
                     tr("The token is for %1, which every account's data plane in this cloud accepts, %2 "
                        "included.")
                         .arg(audience, account.name));
    if (!endpointOrigin.isEmpty() && origin(audience) == endpointOrigin)
        return check(id, AccountCheck::Status::Pass, tr("Audience is this account's endpoint"),
                     tr("The token is for %1, the data plane of %2.").arg(audience, account.name));
    const QString armResource = resourceOfScope(cloud.resourceManagerScope);
    if (sameResource(audience, armResource) ||
        sameResource(audience, QStringLiteral("https://management.azure.com")) ||
        sameResource(audience, QStringLiteral("https://management.core.windows.net")))
        return check(
            id, AccountCheck::Status::Attention, tr("Audience is Azure Resource Manager"),
            tr("This token works for the control plane of %1 (settings, keys, role assignments, as far as "
               "the principal's Azure roles allow) but the data plane refuses it (401): data needs a "
               "token for %2 or the account endpoint.")
                .arg(account.name, cosmosResource));
    if (audience.contains(QLatin1String(".documents.")) ||
        origin(audience).contains(QLatin1String(".documents.")))
        return check(id, AccountCheck::Status::Fail, tr("Audience is another Cosmos DB account"),
                     tr("The token is for %1, not for %2 (%3): this account refuses it with 401.")
                         .arg(audience, account.name, account.documentEndpoint));
    return check(id, AccountCheck::Status::Fail, tr("Audience does not fit this account"),
                 tr("The token is for %1. The data plane of %2 accepts only %3 or %4; Azure Resource Manager "
                    "only %5.")
                     .arg(audience, account.name, cosmosResource, account.documentEndpoint, armResource));
}

AccountCheck TokenAccountChecker::tenantCheck(const QString &tokenTenant, const QString &accountTenant)
{
    const QString id = QStringLiteral("tenant");
    if (tokenTenant.isEmpty())
        return check(id, AccountCheck::Status::Attention, tr("The token names no tenant"),
                     tr("Without a tid claim it cannot be told which directory issued it."));
    if (accountTenant.isEmpty())
        return check(
            id, AccountCheck::Status::Info, tr("The account's tenant is not known"),
            tr("The subscription of this account was not in the list this connection can read, so its "
               "tenant cannot be compared with %1.")
                .arg(tokenTenant));
    if (tokenTenant.compare(accountTenant, Qt::CaseInsensitive) == 0)
        return check(id, AccountCheck::Status::Pass, tr("Tenant matches the account's"),
                     tr("Issued by tenant %1, the tenant of the account's subscription.").arg(tokenTenant));
    return check(
        id, AccountCheck::Status::Fail, tr("Token from another tenant"),
        tr("Issued by tenant %1, but the account belongs to tenant %2: the account refuses it (401). Sign "
           "in to tenant %2, or for a guest, ask for a token of that tenant.")
            .arg(tokenTenant, accountTenant));
}

AbstractJob *TokenAccountChecker::checkJwt(const JwtSummary &jwt, QObject *context,
                                           Done<JwtAccountReport> done)
{
    auto flow = startFlow<JwtAccountReport>(this, tr("Check the token against %1").arg(m_account.name),
                                            context, std::move(done));
    StepJob *job = flow->job;
    if (!m_session) {
        flow->answerLater(ApiError::validation(tr("The connection was closed; sign in again.")));
        return job;
    }
    auto report = std::make_shared<JwtAccountReport>();
    report->checks << audienceCheck(jwt.audience, m_account, m_session->environment());
    if (jwt.idToken)
        report->checks << check(
            QStringLiteral("token-type"), AccountCheck::Status::Fail, tr("This is an ID token"),
            tr("ID tokens tell an application who signed in; Azure services refuse them as "
               "access tokens. Request an access token for the Cosmos DB scope."));

    const QString subscriptionId = ArmResourceId::parse(m_account.id).subscriptionId;
    const QString accountId = m_account.id;
    const bool dataPlaneAudience = report->checks.first().status == AccountCheck::Status::Pass;
    QPointer<AzureSession> session = m_session;

    auto assignmentsStep = [flow, report, jwt, accountId, session, dataPlaneAudience, this]() {
        if (!flow->live() || !session)
            return;
        auto *rbac = new SqlRbacService(session, accountId, flow->job);
        flow->job->follow(rbac->listRoleAssignments(flow->job, [flow, report, jwt, accountId, rbac,
                                                                dataPlaneAudience](
                                                                   const Result<QList<SqlRoleAssignment>>
                                                                       &assignments) {
            if (!flow->live())
                return;
            if (!assignments) {
                report->checks << check(QStringLiteral("assignments"), AccountCheck::Status::Attention,
                                        tr("Role assignments could not be read"),
                                        assignments.error().summary());
                flow->answer(*report);
                return;
            }
            QList<SqlRoleAssignment> matching;
            QList<bool> viaGroup;
            for (const auto &a : assignments.value()) {
                if (!jwt.objectId.isEmpty() &&
                    a.principalId.compare(jwt.objectId, Qt::CaseInsensitive) == 0) {
                    matching << a;
                    viaGroup << false;
                } else if (jwt.groups.contains(a.principalId, Qt::CaseInsensitive)) {
                    matching << a;
                    viaGroup << true;
                }
            }
            flow->job->follow(rbac->listRoleDefinitions(
                flow->job, [flow, report, jwt, accountId, matching, viaGroup,
                            dataPlaneAudience](const Result<QList<SqlRoleDefinition>> &definitions) {
                    if (!flow->live())
                        return;
                    for (qsizetype i = 0; i < matching.size(); ++i) {
                        MatchedAssignment m;
                        m.assignment = matching.at(i);
                        m.viaGroup = viaGroup.at(i);
                        m.scopeText = SqlScope::describe(accountId, m.assignment.scope);
                        if (definitions) {
                            for (const auto &d : definitions.value()) {
                                if (d.id.compare(m.assignment.roleDefinitionId, Qt::CaseInsensitive) == 0) {
                                    m.roleName = d.roleName;
                                    m.dataActions = d.dataActions;
                                }
                            }
                        }
                        if (m.roleName.isEmpty())
                            m.roleName = ArmResourceId::parse(m.assignment.roleDefinitionId).name;
                        report->assignments << m;
                    }
                    const QString principal = jwt.objectId.isEmpty() ? tr("(no oid claim)") : jwt.objectId;
                    if (report->assignments.isEmpty()) {
                        QString detail =
                            tr("No data-plane role assignment of this account names object id %1%2: reads "
                               "and writes with this token are refused with 403 (substatus 5301). Assign a "
                               "role in Permissions → Role-based access.")
                                .arg(principal,
                                     jwt.groups.isEmpty() ? QString() : tr(" or one of its groups"));
                        report->checks << check(QStringLiteral("assignments"),
                                                dataPlaneAudience ? AccountCheck::Status::Fail
                                                                  : AccountCheck::Status::Info,
                                                tr("No data-plane role applies"), detail);
                    } else {
                        QStringList names;
                        bool broad = false;
                        for (const auto &m : std::as_const(report->assignments)) {
                            names << tr("%1 on %2").arg(m.roleName, m.scopeText);
                            const bool wholeAccount =
                                SqlScope::relative(accountId, m.assignment.scope) == QLatin1String("/");
                            const bool writes =
                                m.dataActions.contains(QStringLiteral("Microsoft.DocumentDB/databaseAccounts/"
                                                                      "sqlDatabases/containers/*")) ||
                                m.dataActions.contains(QStringLiteral("Microsoft.DocumentDB/databaseAccounts/"
                                                                      "sqlDatabases/containers/items/*"));
                            broad = broad || (wholeAccount && writes);
                        }
                        report->checks << check(
                            QStringLiteral("assignments"),
                            broad ? AccountCheck::Status::Attention : AccountCheck::Status::Pass,
                            broad ? tr("Broad data-plane role") : tr("Data-plane roles apply"),
                            (broad ? tr("Write access to every container of the account: consider a role "
                                        "scoped to the containers the principal needs. ")
                                   : QString()) +
                                names.join(QStringLiteral("; ")));
                    }
                    if (jwt.groups.isEmpty())
                        report->checks << check(QStringLiteral("groups"), AccountCheck::Status::Info,
                                                tr("Group assignments not evaluated"),
                                                tr("The token carries no groups claim, so assignments to "
                                                   "groups the principal belongs to are not shown here."));
                    flow->answer(*report);
                }));
        }));
    };

    auto *arm = new ArmService(m_session, job);
    job->follow(arm->listSubscriptions(
        job, [flow, report, jwt, subscriptionId, assignmentsStep](const Result<QList<Subscription>> &subs) {
            if (!flow->live())
                return;
            QString tenant;
            if (subs) {
                for (const auto &s : subs.value()) {
                    if (s.subscriptionId.compare(subscriptionId, Qt::CaseInsensitive) == 0)
                        tenant = s.tenantId;
                }
            }
            report->checks << tenantCheck(jwt.tenantId, tenant);
            assignmentsStep();
        }));
    return job;
}

AbstractJob *TokenAccountChecker::matchMasterSignature(const QByteArray &signature, const QByteArray &verb,
                                                       const CosmosResource &resource, const QString &date,
                                                       QObject *context, Done<MasterSignatureMatch> done)
{
    auto flow = startFlow<MasterSignatureMatch>(
        this, tr("Compare the signature with the keys of %1").arg(m_account.name), context, std::move(done));
    StepJob *job = flow->job;
    auto match = std::make_shared<MasterSignatureMatch>();
    match->stringToSign = QString::fromUtf8(
        MasterKeySigner::stringToSign(verb, resource.resourceType, resource.resourceLink, date));
    const QDateTime signedAt = MasterKeySigner::parseHttpDate(date);
    if (!signedAt.isValid()) {
        match->checks << check(QStringLiteral("date"), AccountCheck::Status::Fail,
                               tr("The date is not an HTTP date"),
                               tr("x-ms-date must look like “Thu, 27 Apr 2017 00:51:12 GMT”; the service "
                                  "refuses other forms."));
    } else {
        const qint64 age = signedAt.secsTo(Clock::now());
        if (qAbs(age) > 15 * 60)
            match->checks << check(QStringLiteral("date"), AccountCheck::Status::Attention,
                                   tr("The date is outside the 15-minute window"),
                                   tr("Signed for %1, %2 away from now: the service refuses x-ms-date values "
                                      "more than 15 minutes "
                                      "off (401). The signature can still be compared.")
                                       .arg(whenText(signedAt), durationText(age)));
    }
    if (m_account.disableLocalAuth)
        match->checks << check(QStringLiteral("local-auth"), AccountCheck::Status::Fail,
                               tr("Key-based authentication is disabled on %1").arg(m_account.name),
                               tr("The account refuses every master-key signature (401, substatus 5202), "
                                  "whichever key made it."));
    if (!m_session) {
        flow->answerLater(ApiError::validation(tr("The connection was closed; sign in again.")));
        return job;
    }
    auto *keys = new KeysService(m_session, m_account.id, job);
    const QString accountName = m_account.name;
    auto compare = [flow, match, signature, verb, resource, date, accountName](const AccountKeys &k,
                                                                               bool readOnlyOnly) {
        for (KeyKind kind : kAllKinds) {
            const SecureBytes &key = k.key(kind);
            if (!key.isEmpty() && MasterKeySigner::verify(key, verb, resource, date, signature)) {
                match->key = kind;
                break;
            }
        }
        if (match->key) {
            const bool ro = isReadOnly(*match->key);
            match->checks.prepend(check(
                QStringLiteral("key"), ro ? AccountCheck::Status::Pass : AccountCheck::Status::Attention,
                tr("Signed with the %1").arg(keyNoun(*match->key)),
                ro ? tr("A read-only key can read data but not change it.")
                   : tr("Whoever holds this key can read, change and delete all data of %1. An application "
                        "that only reads should use a read-only key, or better an Entra ID identity with a "
                        "data-plane role.")
                         .arg(accountName)));
        } else {
            match->checks.prepend(check(
                QStringLiteral("key"), AccountCheck::Status::Fail,
                readOnlyOnly ? tr("No read-only key of %1 made this signature").arg(accountName)
                             : tr("No key of %1 made this signature").arg(accountName),
                (readOnlyOnly ? tr("This connection may not list the read-write keys, so they were not "
                                   "compared. ")
                              : QString()) +
                    tr("Check the verb, resource type, link (case matters) and date; otherwise the key was "
                       "regenerated since, or it belongs to another account.")));
        }
        flow->answer(*match);
    };
    followKeys(flow, keys, compare);
    return job;
}

AbstractJob *TokenAccountChecker::findPermission(const ResourceTokenInfo &token, QObject *context,
                                                 Done<PermissionMatch> done)
{
    auto flow = startFlow<PermissionMatch>(
        this, tr("Find the permission behind the token in %1").arg(m_account.name), context, std::move(done));
    StepJob *job = flow->job;
    auto match = std::make_shared<PermissionMatch>();
    auto answerLater = [flow, match] { flow->answerLater(*match); };
    if (!token.readable) {
        match->checks << check(
            QStringLiteral("permission"), AccountCheck::Status::Info, tr("Azure seals resource tokens"),
            tr("Only the service can read which permission minted this token, its scope and "
               "expiry. Every read of a permission mints a new token, so it cannot be matched "
               "by comparison either; the Permissions panel lists the users and permissions "
               "of each database."));
        answerLater();
        return job;
    }
    if (token.account.compare(m_account.name, Qt::CaseInsensitive) != 0) {
        match->checks << check(QStringLiteral("account"), AccountCheck::Status::Fail,
                               tr("Minted by another account"),
                               tr("This token was minted by account %1; %2 refuses it (401).")
                                   .arg(token.account, m_account.name));
        answerLater();
        return job;
    }
    if (token.expiresAt.isValid()) {
        const qint64 left = Clock::now().secsTo(token.expiresAt);
        match->checks << (left > 0 ? check(QStringLiteral("lifetime"), AccountCheck::Status::Pass,
                                           tr("Valid for %1 more").arg(durationText(left)),
                                           tr("Expires at %1.").arg(whenText(token.expiresAt)))
                                   : check(QStringLiteral("lifetime"), AccountCheck::Status::Fail,
                                           tr("Expired %1 ago").arg(durationText(left)),
                                           tr("Expired at %1: the data plane answers 403. Ask the mid-tier "
                                              "for a new token.")
                                               .arg(whenText(token.expiresAt))));
    }
    if (m_account.disableLocalAuth) {
        match->checks << check(QStringLiteral("local-auth"), AccountCheck::Status::Fail,
                               tr("Key-based authentication is disabled on %1").arg(m_account.name),
                               tr("The account refuses resource tokens (401, substatus 5202), and the "
                                  "permissions cannot be read with a key either."));
        answerLater();
        return job;
    }
    if (!m_session) {
        flow->answerLater(ApiError::validation(tr("The connection was closed; sign in again.")));
        return job;
    }
    auto *keys = new KeysService(m_session, m_account.id, job);
    QPointer<AzureSession> session = m_session;
    const QUrl endpoint(m_account.documentEndpoint);
    job->follow(keys->listKeys(job, [flow, match, token, session, endpoint](const Result<AccountKeys> &k) {
        if (!flow->live())
            return;
        if (!k) {
            match->checks << check(QStringLiteral("permission"), AccountCheck::Status::Attention,
                                   tr("Permissions could not be read"),
                                   tr("Reading users and permissions needs the account's primary key: %1")
                                       .arg(k.error().summary()));
            flow->answer(*match);
            return;
        }
        if (!session) {
            flow->answer(ApiError::cancelled());
            return;
        }
        auto authorizer = std::make_shared<MasterKeyAuthorizer>(k.value().primaryMasterKey);
        auto *perms = new CosmosPermissionsService(session->client(), endpoint, authorizer, flow->job);
        flow->job->follow(perms->listUsers(
            token.database, flow->job, [flow, match, token, perms](const Result<QList<CosmosUser>> &users) {
                if (!flow->live())
                    return;
                if (!users) {
                    match->checks << check(QStringLiteral("permission"), AccountCheck::Status::Fail,
                                           tr("The database or its users are gone"),
                                           tr("Database %1 could not be read (%2): the token is revoked.")
                                               .arg(token.database, users.error().summary()));
                    flow->answer(*match);
                    return;
                }
                QString userId;
                for (const auto &u : users.value()) {
                    if (u.rid == token.userRid)
                        userId = u.id;
                }
                if (userId.isEmpty()) {
                    match->checks << check(QStringLiteral("permission"), AccountCheck::Status::Fail,
                                           tr("The user was deleted"),
                                           tr("The user this token was minted for no longer exists in "
                                              "database %1: the token is revoked (401).")
                                               .arg(token.database));
                    flow->answer(*match);
                    return;
                }
                // Listing mints tokens too: ask for the shortest lifetime; they are wiped with the list.
                flow->job->follow(perms->listPermissions(
                    token.database, userId, 10, flow->job,
                    [flow, match, token, userId](const Result<QList<CosmosPermission>> &list) {
                        if (!flow->live())
                            return;
                        if (!list) {
                            flow->answer(list.error());
                            return;
                        }
                        match->database = token.database;
                        match->userId = userId;
                        for (const auto &p : list.value()) {
                            if (p.rid != token.permissionRid)
                                continue;
                            match->found = true;
                            match->permissionId = p.id;
                            match->mode = p.mode == CosmosPermission::Mode::All ? QStringLiteral("All")
                                                                                : QStringLiteral("Read");
                            match->resource = p.resource;
                            match->partitionKey =
                                p.resourcePartitionKey.isEmpty()
                                    ? QString()
                                    : QString::fromUtf8(QJsonDocument(p.resourcePartitionKey)
                                                            .toJson(QJsonDocument::Compact));
                            const bool replaced =
                                !token.permissionEtag.isEmpty() && p.etag != token.permissionEtag;
                            if (replaced)
                                match->checks.prepend(check(
                                    QStringLiteral("permission"), AccountCheck::Status::Fail,
                                    tr("Permission “%1” was replaced since").arg(p.id),
                                    tr("Replacing a permission revokes the tokens minted before: this one is "
                                       "refused (401). It now grants %1 on %2.")
                                        .arg(match->mode, p.resource)));
                            else
                                match->checks.prepend(check(
                                    QStringLiteral("permission"), AccountCheck::Status::Pass,
                                    tr("From permission “%1” of user “%2”").arg(p.id, userId),
                                    tr("Grants %1 on %2%3 in database %4.")
                                        .arg(match->mode, p.resource,
                                             match->partitionKey.isEmpty()
                                                 ? QString()
                                                 : tr(" (partition key %1 only)").arg(match->partitionKey),
                                             token.database)));
                        }
                        if (!match->found)
                            match->checks.prepend(
                                check(QStringLiteral("permission"), AccountCheck::Status::Fail,
                                      tr("The permission was deleted"),
                                      tr("User “%1” no longer has the permission this token "
                                         "was minted for: the token is revoked (401).")
                                          .arg(userId)));
                        flow->answer(*match);
                    }));
            }));
    }));
    return job;
}

AbstractJob *TokenAccountChecker::identifyKey(const SecureBytes &key, CosmosConnectionString::Flavor flavor,
                                              QObject *context, Done<KeyIdentification> done)
{
    auto flow = startFlow<KeyIdentification>(
        this, tr("Compare the key with the keys of %1").arg(m_account.name), context, std::move(done));
    StepJob *job = flow->job;
    auto result = std::make_shared<KeyIdentification>();
    if (m_account.disableLocalAuth)
        result->checks << check(
            QStringLiteral("local-auth"), AccountCheck::Status::Fail,
            tr("Key-based authentication is disabled on %1").arg(m_account.name),
            tr("The account refuses every key (401, substatus 5202): this connection string "
               "does not work. Use Entra ID."));
    if (!m_session) {
        flow->answerLater(ApiError::validation(tr("The connection was closed; sign in again.")));
        return job;
    }
    auto *keys = new KeysService(m_session, m_account.id, job);
    const QString accountName = m_account.name;
    const QString endpoint = m_account.documentEndpoint;
    const SecureBytes given = key;
    auto conclude = [flow, result, given, accountName, endpoint, flavor, keys](const AccountKeys &k,
                                                                               bool readOnlyOnly) {
        for (KeyKind kind : kAllKinds) {
            const SecureBytes &candidate = k.key(kind);
            if (!candidate.isEmpty() && MasterKeySigner::constantTimeEquals(candidate.bytes(), given.bytes()))
                result->key = kind;
        }
        if (!result->key) {
            result->checks.prepend(
                check(QStringLiteral("key-kind"), AccountCheck::Status::Fail,
                      readOnlyOnly ? tr("Not a read-only key of %1").arg(accountName)
                                   : tr("Not a current key of %1").arg(accountName),
                      readOnlyOnly
                          ? tr("This connection may not list the read-write keys, so it cannot tell whether "
                               "it is one of them.")
                          : tr("The key was regenerated since, or it belongs to another account: the "
                               "connection string does not work against %1.")
                                .arg(accountName)));
        } else if (isReadOnly(*result->key)) {
            result->checks.prepend(check(QStringLiteral("key-kind"), AccountCheck::Status::Pass,
                                         tr("Embeds the %1").arg(keyNoun(*result->key)),
                                         tr("Whoever has this connection string can read all data of %1, but "
                                            "not change it.")
                                             .arg(accountName)));
        } else {
            result->checks.prepend(check(
                QStringLiteral("key-kind"), AccountCheck::Status::Fail,
                tr("Embeds the %1").arg(keyNoun(*result->key)),
                tr("Whoever has this connection string can read, change and delete all data of %1. Give "
                   "applications that only read the read-only connection string, and prefer Entra ID.")
                    .arg(accountName)));
        }
        const SecureBytes &ro = k.primaryReadonlyMasterKey;
        if (!ro.isEmpty() && flavor == CosmosConnectionString::Flavor::Sql) {
            QByteArray text = QByteArrayLiteral("AccountEndpoint=") + endpoint.toUtf8() +
                              QByteArrayLiteral(";AccountKey=") + ro.bytes() + ';';
            result->readOnlyConnectionString = SecureBytes(text);
            SecureBytes::wipe(text);
            flow->answer(*result);
            return;
        }
        if (flavor == CosmosConnectionString::Flavor::Sql) {
            flow->answer(*result);
            return;
        }
        // Table and MongoDB strings come from listConnectionStrings (the service knows their hosts).
        flow->job->follow(keys->listConnectionStrings(
            flow->job, [flow, result, flavor](const Result<ConnectionStrings> &list) {
                if (!flow->live())
                    return;
                if (list) {
                    const QString type = flavor == CosmosConnectionString::Flavor::MongoDb
                                             ? QStringLiteral("MongoDB")
                                             : QStringLiteral("Table");
                    for (const auto &c : list.value()) {
                        if (c.keyKind == QLatin1String("PrimaryReadonly") &&
                            c.type.compare(type, Qt::CaseInsensitive) == 0)
                            result->readOnlyConnectionString = c.connectionString;
                    }
                }
                flow->answer(*result);
            }));
    };
    followKeys(flow, keys, conclude);
    return job;
}

} // namespace csc
