// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/RoleAssignmentsService.h"

#include "core/AzCli.h"
#include "core/ConnectionProfile.h"
#include "core/CosmosAccount.h"
#include "core/Logging.h"
#include "net/ApiClient.h"
#include "net/AzureSession.h"
#include "net/JobBinding.h"
#include "net/JobFlow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

#include <utility>

namespace csc {

namespace {

const QString kAssignments = QStringLiteral("/providers/Microsoft.Authorization/roleAssignments");

ApiError notSignedIn()
{
    return ApiError::validation(RoleAssignmentsService::tr("Not signed in to Azure."));
}

/// The scope without surrounding blanks and trailing slashes.
QString normalized(const QString &scope)
{
    QString s = scope.trimmed();
    while (s.size() > 1 && s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

/// A subscription, resource group or resource scope (`/subscriptions/{guid}[/...]`), without query, fragment
/// or empty segments.
bool isScope(const QString &scope)
{
    const QStringList segs = scope.split(QLatin1Char('/'));
    if (segs.size() < 3 || !segs.at(0).isEmpty() ||
        segs.at(1).compare(QLatin1String("subscriptions"), Qt::CaseInsensitive) != 0 ||
        !ConnectionProfile::isGuid(segs.at(2)))
        return false;
    for (qsizetype i = 1; i < segs.size(); ++i) {
        const QString &s = segs.at(i);
        if (s.isEmpty() || s.contains(QLatin1Char('?')) || s.contains(QLatin1Char('#')) ||
            s == QLatin1String("..") || s == QLatin1String("."))
            return false;
    }
    return true;
}

const QStringList &principalTypes()
{
    static const QStringList types{QStringLiteral("User"), QStringLiteral("Group"),
                                   QStringLiteral("ServicePrincipal"), QStringLiteral("ForeignGroup"),
                                   QStringLiteral("Device")};
    return types;
}

/// `a` is `b` or one of its parent scopes.
bool scopeCovers(const QString &a, const QString &b)
{
    const QString parent = normalized(a);
    const QString child = normalized(b);
    if (parent == QLatin1String("/"))
        return true;
    return child.compare(parent, Qt::CaseInsensitive) == 0 ||
           child.startsWith(parent + QLatin1Char('/'), Qt::CaseInsensitive);
}

} // namespace

RoleAssignmentsService::RoleAssignmentsService(AzureSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{}

RoleAssignmentsService::~RoleAssignmentsService() = default;

QUrl RoleAssignmentsService::assignmentsUrl(const QString &scope, const QString &name) const
{
    const QString s = normalized(scope);
    if (!m_session || !isScope(s))
        return {};
    QString path = s + kAssignments;
    if (!name.isEmpty())
        path += QLatin1Char('/') + name;
    return m_session->environment().armUrl(path, apiVersion());
}

bool RoleAssignmentsService::covers(const QList<RoleAssignment> &assignments, const QString &scope,
                                    const QString &roleGuid, const QString &principalId)
{
    for (const RoleAssignment &a : assignments) {
        if (a.principalId.compare(principalId, Qt::CaseInsensitive) == 0 &&
            a.roleGuid().compare(roleGuid, Qt::CaseInsensitive) == 0 && scopeCovers(a.scope, scope))
            return true;
    }
    return false;
}

QJsonObject RoleAssignmentsService::createBody(const QString &scope, const QString &roleGuid,
                                               const QString &principalId, const QString &principalType,
                                               const QString &description)
{
    const QString subscription = ArmResourceId::parse(normalized(scope)).subscriptionId;
    QJsonObject properties{
        {QStringLiteral("roleDefinitionId"),
         QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
             .arg(subscription, roleGuid)},
        {QStringLiteral("principalId"), principalId},
    };
    if (!principalType.isEmpty())
        properties.insert(QStringLiteral("principalType"), principalType);
    if (!description.isEmpty())
        properties.insert(QStringLiteral("description"), description);
    return QJsonObject{{QStringLiteral("properties"), properties}};
}

QString RoleAssignmentsService::azCreateCommand(const QString &scope, const QString &roleGuid,
                                                const QString &principalId, const QString &principalType)
{
    QString cmd =
        QStringLiteral("az role assignment create --assignee-object-id %1").arg(AzCli::quote(principalId));
    if (!principalType.isEmpty())
        cmd += QStringLiteral(" --assignee-principal-type ") + AzCli::quote(principalType);
    cmd +=
        QStringLiteral(" --role %1 --scope %2").arg(AzCli::quote(roleGuid), AzCli::quote(normalized(scope)));
    return cmd;
}

template <typename T>
AbstractJob *RoleAssignmentsService::failLater(QObject *context, const Done<T> &done, const ApiError &error)
{
    jobs::failLater(context, this, done, error);
    return nullptr;
}

PagedJob *RoleAssignmentsService::startList(const QString &scope, const QString &principalId,
                                            QObject *context, Done<QList<RoleAssignment>> done)
{
    QUrl url = assignmentsUrl(scope);
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("$filter"), principalId.isEmpty()
                                                  ? QStringLiteral("atScope()")
                                                  : QStringLiteral("principalId eq '%1'").arg(principalId));
    url.setQuery(q);
    RestRequest req("GET", url);
    req.authorizer = m_session->armAuthorizer();
    req.description = tr("List role assignments");
    PagedJob *job = m_session->client()->sendPaged(req, PagedJob::Mode::ArmNextLink);
    jobs::bind<PagedJob, Result<QJsonArray>>(job, context, [done](const Result<QJsonArray> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        QList<RoleAssignment> out;
        for (const QJsonValue &v : r.value()) {
            Result<RoleAssignment> a = RoleAssignment::fromJson(v.toObject());
            if (a.ok())
                out.append(std::move(a).value());
            else
                qCWarning(lcNet) << "skipping an unreadable role assignment:" << a.error().message;
        }
        done(out);
    });
    return job;
}

AbstractJob *RoleAssignmentsService::list(const QString &scope, const QString &principalId, QObject *context,
                                          Done<QList<RoleAssignment>> done)
{
    if (!m_session)
        return failLater<QList<RoleAssignment>>(context, done, notSignedIn());
    if (assignmentsUrl(scope).isEmpty())
        return failLater<QList<RoleAssignment>>(
            context, done,
            ApiError::validation(
                tr("\"%1\" is not a subscription, resource group or resource scope.").arg(scope)));
    if (!principalId.isEmpty() && !ConnectionProfile::isGuid(principalId))
        return failLater<QList<RoleAssignment>>(
            context, done, ApiError::validation(tr("The principal must be an object id (a GUID).")));
    return startList(scope, principalId, context, std::move(done));
}

AbstractJob *RoleAssignmentsService::create(const QString &scope, const QString &roleGuid,
                                            const QString &principalId, const QString &principalType,
                                            const QString &description, QObject *context,
                                            Done<RoleAssignment> done)
{
    if (!m_session)
        return failLater<RoleAssignment>(context, done, notSignedIn());
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QUrl url = assignmentsUrl(scope, name);
    if (url.isEmpty())
        return failLater<RoleAssignment>(
            context, done,
            ApiError::validation(
                tr("\"%1\" is not a subscription, resource group or resource scope.").arg(scope)));
    if (!ConnectionProfile::isGuid(roleGuid))
        return failLater<RoleAssignment>(
            context, done, ApiError::validation(tr("The role must be a role definition id (a GUID).")));
    if (!ConnectionProfile::isGuid(principalId))
        return failLater<RoleAssignment>(
            context, done,
            ApiError::validation(tr("The principal must be the object id (a GUID) of a user, group, service "
                                    "principal or managed identity in Microsoft Entra ID.")));
    if (!principalType.isEmpty() && !principalTypes().contains(principalType))
        return failLater<RoleAssignment>(
            context, done,
            ApiError::validation(tr("The principal type must be one of %1.")
                                     .arg(principalTypes().join(QStringLiteral(", ")))));

    auto flow = jobs::Flow<RoleAssignment>::start(
        tr("Assign the role %1 to %2").arg(AzureRoles::displayName(roleGuid), principalId), this, context,
        std::move(done));
    RestRequest req("PUT", url);
    req.authorizer = m_session->armAuthorizer();
    req.body = QJsonDocument(createBody(scope, roleGuid, principalId, principalType, description))
                   .toJson(QJsonDocument::Compact);
    req.description = flow->job()->description();
    RestJob *job = m_session->client()->send(req); // PUT with our own GUID: safe to repeat
    const QPointer<RoleAssignmentsService> self(this);
    const QString wanted = normalized(scope);
    jobs::bind<RestJob, RestResult>(
        job, flow->job(), [flow, self, url, wanted, roleGuid, principalId](const RestResult &r) {
            if (!flow->live())
                return;
            if (r.ok()) {
                flow->answer(jobs::parseBody<RoleAssignment>(
                    r.value(), "PUT", url, [](const QJsonObject &o) { return RoleAssignment::fromJson(o); }));
                return;
            }
            if (r.error().httpStatus != 409 || r.error().code != QLatin1String("RoleAssignmentExists") ||
                !self || !self->m_session) {
                flow->answer(r.error());
                return;
            }
            // Already granted under another name: answer with that assignment.
            const ApiError exists = r.error();
            flow->follow(self->startList(
                wanted, principalId, flow->job(),
                [flow, exists, wanted, roleGuid](const Result<QList<RoleAssignment>> &listed) {
                    if (!flow->live())
                        return;
                    if (listed.ok()) {
                        for (const RoleAssignment &a : listed.value()) {
                            if (a.roleGuid().compare(roleGuid, Qt::CaseInsensitive) == 0 &&
                                normalized(a.scope).compare(wanted, Qt::CaseInsensitive) == 0) {
                                flow->answer(a);
                                return;
                            }
                        }
                    }
                    flow->answer(exists);
                }));
        });
    flow->follow(job);
    return flow->job();
}

AbstractJob *RoleAssignmentsService::remove(const QString &assignmentId, QObject *context, Done<void> done)
{
    if (!m_session)
        return failLater<void>(context, done, notSignedIn());
    const QString id = normalized(assignmentId);
    const qsizetype at = id.lastIndexOf(kAssignments + QLatin1Char('/'), -1, Qt::CaseInsensitive);
    const QString name = at > 0 ? id.mid(at + kAssignments.size() + 1) : QString();
    const QUrl url = at > 0 && ConnectionProfile::isGuid(name) ? assignmentsUrl(id.left(at), name) : QUrl();
    if (url.isEmpty())
        return failLater<void>(
            context, done,
            ApiError::validation(tr("\"%1\" is not the id of a role assignment.").arg(assignmentId)));
    RestRequest req("DELETE", url);
    req.authorizer = m_session->armAuthorizer();
    req.description = tr("Remove a role assignment");
    RestJob *job = m_session->client()->send(req);
    jobs::bind<RestJob, RestResult>(job, context, [done](const RestResult &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        done(Result<void>());
    });
    return job;
}

} // namespace csc
