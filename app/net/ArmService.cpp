// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/ArmService.h"

#include "core/Logging.h"
#include "core/Redactor.h"
#include "net/ApiClient.h"
#include "net/AzureSession.h"
#include "net/RestJob.h"

#include <QJsonArray>

#include <memory>

namespace csc {

namespace {

QString segment(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

ApiError parseError(const QUrl &url, const QString &message, const QString &requestId = {})
{
    ApiError e = ApiError::make(ApiError::Kind::Parse, message);
    e.method = QStringLiteral("GET");
    e.url = Redactor::url(url);
    e.requestId = requestId;
    return e;
}

/// Calls `handler` with the job's result unless `context` was given and is gone; aborts the job when the
/// context is destroyed (the handler then is not called).
template <typename Job, typename R, typename F> void bind(Job *job, QObject *context, F handler)
{
    const QPointer<QObject> ctx(context);
    const bool guarded = context != nullptr;
    // A QWidget emits destroyed() at the start of its destructor, while QPointers to it are still set: the
    // flag keeps the handler from running on a half-destroyed context when the abort answers at once.
    auto alive = std::make_shared<bool>(true);
    QObject::connect(job, &Job::finished, job, [ctx, guarded, alive, handler](const R &r) {
        if (!guarded || (ctx && *alive))
            handler(r);
    });
    if (context)
        QObject::connect(context, &QObject::destroyed, job, [job, alive] {
            *alive = false;
            job->abort();
        });
}

template <typename T> Result<QList<T>> parseItems(const QJsonArray &items, const QUrl &url)
{
    QList<T> out;
    out.reserve(items.size());
    int skipped = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue v = items.at(i);
        if (!v.isObject()) {
            ++skipped;
            continue;
        }
        Result<T> item = T::fromJson(v.toObject());
        if (!item.ok()) {
            qCWarning(lcNet) << "skipping list item" << i << "of" << Redactor::urlString(url) << ":"
                             << item.error().message;
            ++skipped;
            continue;
        }
        out.append(std::move(item).value());
    }
    if (skipped > 0)
        qCWarning(lcNet) << skipped << "unreadable items in" << Redactor::urlString(url);
    return out;
}

} // namespace

ArmService::ArmService(AzureSession *session, QObject *parent) : QObject(parent), m_session(session) {}

ArmService::~ArmService() = default;

AzureSession *ArmService::session() const
{
    return m_session;
}

QUrl ArmService::subscriptionsUrl() const
{
    if (!m_session)
        return {};
    return m_session->environment().armUrl(QStringLiteral("/subscriptions"),
                                           QLatin1String(subscriptionsApiVersion));
}

QUrl ArmService::resourceGroupsUrl(const QString &subscriptionId) const
{
    if (!m_session || subscriptionId.isEmpty())
        return {};
    return m_session->environment().armUrl(
        QStringLiteral("/subscriptions/%1/resourcegroups").arg(segment(subscriptionId)),
        QLatin1String(resourceGroupsApiVersion));
}

QUrl ArmService::accountsUrl(const QString &subscriptionId) const
{
    if (!m_session || subscriptionId.isEmpty())
        return {};
    return m_session->environment().armUrl(
        QStringLiteral("/subscriptions/%1/providers/Microsoft.DocumentDB/databaseAccounts")
            .arg(segment(subscriptionId)),
        QLatin1String(cosmosApiVersion));
}

QUrl ArmService::accountsUrl(const QString &subscriptionId, const QString &resourceGroup) const
{
    if (!m_session || subscriptionId.isEmpty() || resourceGroup.isEmpty())
        return {};
    return m_session->environment().armUrl(
        QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.DocumentDB/databaseAccounts")
            .arg(segment(subscriptionId), segment(resourceGroup)),
        QLatin1String(cosmosApiVersion));
}

QUrl ArmService::accountUrl(const QString &accountId) const
{
    if (!m_session)
        return {};
    const ArmResourceId rid = ArmResourceId::parse(accountId);
    QString id = accountId.trimmed();
    while (id.endsWith(QLatin1Char('/')))
        id.chop(1);
    const QString expectedTail =
        QStringLiteral("/resourceGroups/%1/providers/Microsoft.DocumentDB/databaseAccounts/%2")
            .arg(rid.resourceGroup, rid.name);
    if (rid.subscriptionId.isEmpty() || rid.resourceGroup.isEmpty() || rid.name.isEmpty() ||
        !id.endsWith(expectedTail, Qt::CaseInsensitive))
        return {};
    return m_session->environment().armUrl(
        QStringLiteral(
            "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.DocumentDB/databaseAccounts/%3")
            .arg(segment(rid.subscriptionId), segment(rid.resourceGroup), segment(rid.name)),
        QLatin1String(cosmosApiVersion));
}

template <typename T>
void ArmService::failLater(QObject *context, const Callback<T> &done, const ApiError &error)
{
    const QPointer<QObject> ctx(context);
    const bool guarded = context != nullptr;
    QMetaObject::invokeMethod(
        context ? context : this,
        [ctx, guarded, done, error] {
            if (!guarded || ctx)
                done(error);
        },
        Qt::QueuedConnection);
}

template <typename T>
AbstractJob *ArmService::list(const QUrl &url, const QString &description, QObject *context,
                              Callback<QList<T>> done)
{
    if (!m_session) {
        failLater<QList<T>>(context, done, ApiError::validation(tr("Not signed in to Azure.")));
        return nullptr;
    }
    if (!url.isValid() || url.isEmpty()) {
        failLater<QList<T>>(context, done,
                            ApiError::validation(tr("The subscription or resource group is missing.")));
        return nullptr;
    }
    RestRequest request = RestRequest::get(url);
    request.authorizer = m_session->armAuthorizer();
    request.description = description;
    PagedJob *job = m_session->client()->sendPaged(request, PagedJob::Mode::ArmNextLink);
    bind<PagedJob, Result<QJsonArray>>(job, context, [url, done](const Result<QJsonArray> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        done(parseItems<T>(r.value(), url));
    });
    return job;
}

AbstractJob *ArmService::listSubscriptions(QObject *context, Callback<QList<Subscription>> done)
{
    return list<Subscription>(subscriptionsUrl(), tr("List subscriptions"), context, std::move(done));
}

AbstractJob *ArmService::listResourceGroups(const QString &subscriptionId, QObject *context,
                                            Callback<QList<ResourceGroup>> done)
{
    return list<ResourceGroup>(resourceGroupsUrl(subscriptionId),
                               tr("List resource groups of subscription %1").arg(subscriptionId), context,
                               std::move(done));
}

AbstractJob *ArmService::listAccounts(const QString &subscriptionId, QObject *context,
                                      Callback<QList<CosmosAccount>> done)
{
    return list<CosmosAccount>(accountsUrl(subscriptionId),
                               tr("List Cosmos DB accounts of subscription %1").arg(subscriptionId), context,
                               std::move(done));
}

AbstractJob *ArmService::listAccountsInResourceGroup(const QString &subscriptionId,
                                                     const QString &resourceGroup, QObject *context,
                                                     Callback<QList<CosmosAccount>> done)
{
    return list<CosmosAccount>(accountsUrl(subscriptionId, resourceGroup),
                               tr("List Cosmos DB accounts of resource group %1").arg(resourceGroup), context,
                               std::move(done));
}

AbstractJob *ArmService::getAccount(const QString &accountId, QObject *context, Callback<CosmosAccount> done)
{
    if (!m_session) {
        failLater<CosmosAccount>(context, done, ApiError::validation(tr("Not signed in to Azure.")));
        return nullptr;
    }
    const QUrl url = accountUrl(accountId);
    if (url.isEmpty()) {
        failLater<CosmosAccount>(
            context, done,
            ApiError::validation(tr("\"%1\" is not the id of a Cosmos DB account.").arg(accountId)));
        return nullptr;
    }
    RestRequest request = RestRequest::get(url);
    request.authorizer = m_session->armAuthorizer();
    request.description = tr("Read Cosmos DB account %1").arg(ArmResourceId::parse(accountId).name);
    RestJob *job = m_session->client()->send(request);
    bind<RestJob, RestResult>(job, context, [url, done](const RestResult &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        const QJsonDocument doc = r.value().jsonDocument();
        if (!doc.isObject()) {
            done(parseError(url, tr("The account is not a JSON object."), r.value().requestId()));
            return;
        }
        Result<CosmosAccount> account = CosmosAccount::fromJson(doc.object());
        if (!account.ok()) {
            ApiError e = account.error();
            e.method = QStringLiteral("GET");
            e.url = Redactor::url(url);
            e.requestId = r.value().requestId();
            done(e);
            return;
        }
        done(account);
    });
    return job;
}

} // namespace csc
