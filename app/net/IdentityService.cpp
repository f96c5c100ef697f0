// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/IdentityService.h"

#include "core/AzCli.h"
#include "core/ConnectionProfile.h"
#include "core/Logging.h"
#include "net/ApiClient.h"
#include "net/AzureSession.h"
#include "net/JobBinding.h"
#include "net/JobFlow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <utility>

namespace csc {

namespace {

ApiError notSignedIn()
{
    return ApiError::validation(IdentityService::tr("Not signed in to Azure."));
}

Result<UserAssignedIdentityResource> parseIdentity(const QJsonObject &o)
{
    return UserAssignedIdentityResource::fromJson(o);
}

Result<ServicePrincipalInfo> parseServicePrincipal(const QJsonObject &o)
{
    ServicePrincipalInfo sp;
    sp.objectId = o.value(QLatin1String("id")).toString();
    sp.appId = o.value(QLatin1String("appId")).toString();
    sp.displayName = o.value(QLatin1String("displayName")).toString();
    if (!ConnectionProfile::isGuid(sp.objectId))
        return ApiError::make(ApiError::Kind::Parse,
                              IdentityService::tr("The service principal has no object id (\"id\")."));
    return sp;
}

} // namespace

IdentityService::IdentityService(AzureSession *session, QObject *parent) : QObject(parent), m_session(session)
{}

IdentityService::~IdentityService() = default;

Result<void> IdentityService::validateName(const QString &name)
{
    if (name.size() < 3 || name.size() > 128)
        return ApiError::validation(tr("A managed identity name has 3 to 128 characters."));
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$"));
    if (!allowed.match(name).hasMatch())
        return ApiError::validation(tr("A managed identity name may only contain letters, digits, dashes and "
                                       "underscores, and must start with a letter or a digit."));
    return {};
}

QString IdentityService::azCreateCommand(const QString &resourceGroup, const QString &name,
                                         const QString &location)
{
    return QStringLiteral("az identity create --name %1 --resource-group %2 --location %3")
        .arg(AzCli::quote(name), AzCli::quote(resourceGroup), AzCli::quote(location));
}

QUrl IdentityService::servicePrincipalUrl(const QString &appId) const
{
    if (!m_session)
        return {};
    QUrl url = m_session->environment().microsoftGraph;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v1.0/servicePrincipals(appId='%1')").arg(appId));
    return url;
}

template <typename T>
AbstractJob *IdentityService::failLater(QObject *context, const Done<T> &done, const ApiError &error)
{
    jobs::failLater(context, this, done, error);
    return nullptr;
}

AbstractJob *IdentityService::listUserAssigned(const QString &subscriptionId, QObject *context,
                                               Done<QList<UserAssignedIdentityResource>> done)
{
    if (!m_session)
        return failLater<QList<UserAssignedIdentityResource>>(context, done, notSignedIn());
    if (!ConnectionProfile::isGuid(subscriptionId))
        return failLater<QList<UserAssignedIdentityResource>>(
            context, done, ApiError::validation(tr("\"%1\" is not a subscription id.").arg(subscriptionId)));
    RestRequest req(
        "GET",
        m_session->environment().armUrl(
            QStringLiteral("/subscriptions/%1/providers/Microsoft.ManagedIdentity/userAssignedIdentities")
                .arg(subscriptionId),
            apiVersion()));
    req.authorizer = m_session->armAuthorizer();
    req.description = tr("List the managed identities of subscription %1").arg(subscriptionId);
    PagedJob *job = m_session->client()->sendPaged(req, PagedJob::Mode::ArmNextLink);
    jobs::bind<PagedJob, Result<QJsonArray>>(job, context, [done](const Result<QJsonArray> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        QList<UserAssignedIdentityResource> out;
        for (const QJsonValue &v : r.value()) {
            Result<UserAssignedIdentityResource> identity = parseIdentity(v.toObject());
            if (identity.ok())
                out.append(std::move(identity).value());
            else
                qCWarning(lcNet) << "skipping an unreadable managed identity:" << identity.error().message;
        }
        done(out);
    });
    return job;
}

AbstractJob *IdentityService::createUserAssigned(const QString &subscriptionId, const QString &resourceGroup,
                                                 const QString &name, const QString &location,
                                                 QObject *context, Done<UserAssignedIdentityResource> done)
{
    if (!m_session)
        return failLater<UserAssignedIdentityResource>(context, done, notSignedIn());
    if (auto ok = validateName(name); !ok)
        return failLater<UserAssignedIdentityResource>(context, done, ok.error());
    if (!ConnectionProfile::isGuid(subscriptionId) || resourceGroup.trimmed().isEmpty() ||
        resourceGroup.contains(QLatin1Char('/')))
        return failLater<UserAssignedIdentityResource>(
            context, done,
            ApiError::validation(tr("Choose the subscription and resource group of the identity.")));
    if (location.trimmed().isEmpty())
        return failLater<UserAssignedIdentityResource>(
            context, done, ApiError::validation(tr("Choose the location of the identity.")));
    const QUrl url = m_session->environment().armUrl(
        QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ManagedIdentity/"
                       "userAssignedIdentities/%3")
            .arg(subscriptionId, QString::fromLatin1(QUrl::toPercentEncoding(resourceGroup)), name),
        apiVersion());
    RestRequest req("PUT", url);
    req.authorizer = m_session->armAuthorizer();
    req.body =
        QJsonDocument(QJsonObject{{QStringLiteral("location"), location}}).toJson(QJsonDocument::Compact);
    req.description = tr("Create the managed identity %1").arg(name);
    RestJob *job = m_session->client()->send(req);
    jobs::bind<RestJob, RestResult>(job, context, [done, url](const RestResult &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        done(jobs::parseBody<UserAssignedIdentityResource>(r.value(), "PUT", url, parseIdentity));
    });
    return job;
}

AbstractJob *IdentityService::servicePrincipalByAppId(const QString &appId, QObject *context,
                                                      Done<ServicePrincipalInfo> done)
{
    if (!m_session)
        return failLater<ServicePrincipalInfo>(context, done, notSignedIn());
    if (!ConnectionProfile::isGuid(appId))
        return failLater<ServicePrincipalInfo>(
            context, done, ApiError::validation(tr("The application id must be a GUID.")));
    const QUrl url = servicePrincipalUrl(appId);
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return failLater<ServicePrincipalInfo>(
            context, done,
            ApiError::validation(tr("The cloud of this connection has no Microsoft Graph endpoint.")));
    RestRequest req("GET", url);
    req.authorizer = m_session->authorizerFor(m_session->environment().microsoftGraphScope);
    req.description = tr("Look up the service principal of application %1").arg(appId);
    RestJob *job = m_session->client()->send(req);
    jobs::bind<RestJob, RestResult>(job, context, [done, url](const RestResult &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        done(jobs::parseBody<ServicePrincipalInfo>(r.value(), "GET", url, parseServicePrincipal));
    });
    return job;
}

} // namespace csc
