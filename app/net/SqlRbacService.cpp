// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/SqlRbacService.h"

#include "core/AzCli.h"
#include "core/Logging.h"
#include "net/ApiClient.h"
#include "net/AzureSession.h"
#include "net/JobBinding.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace csc {

namespace {
ApiError notSignedIn()
{
    return ApiError::validation(SqlRbacService::tr("Not signed in to Azure."));
}
} // namespace

SqlRbacService::SqlRbacService(AzureSession *session, QString accountId, QObject *parent)
    : QObject(parent), m_session(session), m_accountId(std::move(accountId))
{}

SqlRbacService::~SqlRbacService() = default;

QString SqlRbacService::roleDefinitionId(const QString &guid) const
{
    return m_accountId + QStringLiteral("/sqlRoleDefinitions/") + guid;
}

QUrl SqlRbacService::url(const QString &collection, const QString &name) const
{
    QString path = m_accountId + u'/' + collection;
    if (!name.isEmpty())
        path += u'/' + name;
    return m_session ? m_session->environment().armUrl(path, apiVersion()) : QUrl();
}

template <typename T>
AbstractJob *SqlRbacService::failLater(QObject *context, const Done<T> &done, const ApiError &error)
{
    jobs::failLater(context, this, done, error);
    return nullptr;
}

template <typename T, typename Parse>
AbstractJob *SqlRbacService::list(const QString &collection, const QString &description, QObject *context,
                                  Done<QList<T>> done, Parse parse)
{
    if (!m_session)
        return failLater<QList<T>>(context, done, notSignedIn());
    RestRequest req = RestRequest::get(url(collection));
    req.authorizer = m_session->armAuthorizer();
    req.description = description;
    PagedJob *job = m_session->client()->sendPaged(req, PagedJob::Mode::ArmNextLink);
    jobs::bind<PagedJob, Result<QJsonArray>>(job, context, [done, parse](const Result<QJsonArray> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        QList<T> out;
        for (const QJsonValue &v : r.value()) {
            Result<T> item = parse(v.toObject());
            if (item.ok())
                out.append(std::move(item).value());
            else
                qCWarning(lcNet) << "skipping an unreadable RBAC entry:" << item.error().message;
        }
        done(out);
    });
    return job;
}

template <typename T, typename Parse>
AbstractJob *SqlRbacService::longRunning(RestRequest req, QObject *context, Done<T> done, Parse parse)
{
    req.authorizer = m_session->armAuthorizer();
    LroJob *job = m_session->client()->sendLongRunning(req);
    job->setDefaultPollIntervalMs(m_pollMs);
    jobs::bind<LroJob, RestResult>(job, context, [done, parse](const RestResult &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        done(parse(r.value()));
    });
    return job;
}

AbstractJob *SqlRbacService::listRoleDefinitions(QObject *context, Done<QList<SqlRoleDefinition>> done)
{
    return list<SqlRoleDefinition>(QStringLiteral("sqlRoleDefinitions"),
                                   tr("List data-plane role definitions"), context, std::move(done),
                                   [](const QJsonObject &o) { return SqlRoleDefinition::fromJson(o); });
}

AbstractJob *SqlRbacService::listRoleAssignments(QObject *context, Done<QList<SqlRoleAssignment>> done)
{
    return list<SqlRoleAssignment>(QStringLiteral("sqlRoleAssignments"),
                                   tr("List data-plane role assignments"), context, std::move(done),
                                   [](const QJsonObject &o) { return SqlRoleAssignment::fromJson(o); });
}

AbstractJob *SqlRbacService::putRoleDefinition(const SqlRoleDefinition &definition, QObject *context,
                                               Done<SqlRoleDefinition> done)
{
    if (!m_session)
        return failLater<SqlRoleDefinition>(context, done, notSignedIn());
    if (auto ok = definition.validate(m_accountId); !ok)
        return failLater<SqlRoleDefinition>(context, done, ok.error());
    RestRequest req("PUT", url(QStringLiteral("sqlRoleDefinitions"), definition.name));
    req.body = QJsonDocument(definition.toJson()).toJson(QJsonDocument::Compact);
    req.setHeader("Content-Type", "application/json");
    req.description = tr("Save the role “%1”").arg(definition.roleName);
    return longRunning<SqlRoleDefinition>(req, context, std::move(done), [](const RestResponse &r) {
        return SqlRoleDefinition::fromJson(r.json());
    });
}

AbstractJob *SqlRbacService::deleteRoleDefinition(const QString &name, QObject *context, Done<void> done)
{
    if (!m_session)
        return failLater<void>(context, done, notSignedIn());
    RestRequest req("DELETE", url(QStringLiteral("sqlRoleDefinitions"), name));
    req.description = tr("Delete a role definition");
    return longRunning<void>(req, context, std::move(done),
                             [](const RestResponse &) { return Result<void>(); });
}

AbstractJob *SqlRbacService::putRoleAssignment(const SqlRoleAssignment &assignment, QObject *context,
                                               Done<SqlRoleAssignment> done)
{
    if (!m_session)
        return failLater<SqlRoleAssignment>(context, done, notSignedIn());
    if (auto ok = assignment.validate(m_accountId); !ok)
        return failLater<SqlRoleAssignment>(context, done, ok.error());
    RestRequest req("PUT", url(QStringLiteral("sqlRoleAssignments"), assignment.name));
    req.body = QJsonDocument(assignment.toJson()).toJson(QJsonDocument::Compact);
    req.setHeader("Content-Type", "application/json");
    req.description = tr("Assign a data-plane role");
    return longRunning<SqlRoleAssignment>(req, context, std::move(done), [](const RestResponse &r) {
        return SqlRoleAssignment::fromJson(r.json());
    });
}

AbstractJob *SqlRbacService::deleteRoleAssignment(const QString &name, QObject *context, Done<void> done)
{
    if (!m_session)
        return failLater<void>(context, done, notSignedIn());
    RestRequest req("DELETE", url(QStringLiteral("sqlRoleAssignments"), name));
    req.description = tr("Remove a data-plane role assignment");
    return longRunning<void>(req, context, std::move(done),
                             [](const RestResponse &) { return Result<void>(); });
}

QString SqlRbacService::azCreateDefinitionCommand(const QString &accountId,
                                                  const SqlRoleDefinition &definition)
{
    QStringList scopes;
    for (const QString &s : definition.assignableScopes)
        scopes << SqlScope::relative(accountId, s);
    const QJsonObject body{{QStringLiteral("Id"), definition.name},
                           {QStringLiteral("RoleName"), definition.roleName},
                           {QStringLiteral("Type"), QStringLiteral("CustomRole")},
                           {QStringLiteral("AssignableScopes"), QJsonArray::fromStringList(scopes)},
                           {QStringLiteral("Permissions"),
                            QJsonArray{QJsonObject{{QStringLiteral("DataActions"),
                                                    QJsonArray::fromStringList(definition.dataActions)}}}}};
    return QStringLiteral("az cosmosdb sql role definition create %1 --body %2")
        .arg(AzCli::accountArgs(accountId),
             AzCli::quote(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))));
}

QString SqlRbacService::azDeleteDefinitionCommand(const QString &accountId, const QString &name)
{
    return QStringLiteral("az cosmosdb sql role definition delete %1 --id %2 --yes")
        .arg(AzCli::accountArgs(accountId), AzCli::quote(name));
}

QString SqlRbacService::azCreateAssignmentCommand(const QString &accountId,
                                                  const SqlRoleAssignment &assignment)
{
    return QStringLiteral("az cosmosdb sql role assignment create %1 --role-assignment-id %2 "
                          "--role-definition-id %3 --principal-id %4 --scope %5")
        .arg(AzCli::accountArgs(accountId), AzCli::quote(assignment.name),
             AzCli::quote(assignment.roleDefinitionId.section(u'/', -1, -1, QString::SectionSkipEmpty)),
             AzCli::quote(assignment.principalId),
             AzCli::quote(SqlScope::relative(accountId, assignment.scope)));
}

QString SqlRbacService::azDeleteAssignmentCommand(const QString &accountId, const QString &name)
{
    return QStringLiteral("az cosmosdb sql role assignment delete %1 --role-assignment-id %2 --yes")
        .arg(AzCli::accountArgs(accountId), AzCli::quote(name));
}

} // namespace csc
