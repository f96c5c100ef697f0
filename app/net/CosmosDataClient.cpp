// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/CosmosDataClient.h"

#include "net/ApiClient.h"
#include "net/MasterKeyAuthorizer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <utility>

namespace csc {

namespace {

QStringList regionNames(const QJsonValue &locations)
{
    QStringList names;
    const QJsonArray list = locations.toArray();
    for (const QJsonValue &v : list) {
        const QString name = v.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

template <typename T>
void deliver(const QPointer<QObject> &context, bool hasContext, const CosmosDataClient::Done<T> &done,
             const Result<T> &result)
{
    if (hasContext && !context)
        return;
    done(result);
}

ApiError clientGone()
{
    return ApiError::validation(CosmosDataClient::tr("The connection was closed; sign in again."));
}

} // namespace

Result<DataPlaneAccountInfo> DataPlaneAccountInfo::fromJson(const QJsonObject &json)
{
    const QJsonValue id = json.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty())
        return ApiError::make(ApiError::Kind::Parse, CosmosDataClient::tr("The account document has no id."));
    DataPlaneAccountInfo info;
    info.id = id.toString();
    info.writableRegions = regionNames(json.value(QLatin1String("writableLocations")));
    info.readableRegions = regionNames(json.value(QLatin1String("readableLocations")));
    info.multipleWriteLocations = json.value(QLatin1String("enableMultipleWriteLocations")).toBool();
    info.consistencyLevel = json.value(QLatin1String("userConsistencyPolicy"))
                                .toObject()
                                .value(QLatin1String("defaultConsistencyLevel"))
                                .toString();
    return info;
}

CosmosDataClient::CosmosDataClient(ApiClient *client, QUrl endpoint, QObject *parent)
    : QObject(parent), m_client(client), m_endpoint(std::move(endpoint))
{}

CosmosDataClient::~CosmosDataClient()
{
    if (m_testJob)
        m_testJob->disconnect(this);
}

QUrl CosmosDataClient::urlFor(const QString &path) const
{
    QUrl u = m_endpoint;
    u.setPath(path);
    u.setQuery(QString());
    u.setFragment(QString());
    return u;
}

RestJob *CosmosDataClient::readAccount(std::shared_ptr<RequestAuthorizer> authorizer, QObject *context,
                                       Done<DataPlaneAccountInfo> done)
{
    if (!m_client) {
        done(clientGone());
        return nullptr;
    }
    RestRequest req = RestRequest::get(urlFor(QStringLiteral("/")));
    req.authorizer = std::move(authorizer);
    req.description = CosmosDataClient::tr("Read the Cosmos DB account document");
    RestJob *job = m_client->send(req);
    const QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    connect(job, &RestJob::finished, context ? context : this,
            [ctx, hasContext, done = std::move(done)](const RestResult &r) {
                if (!r.ok()) {
                    deliver<DataPlaneAccountInfo>(ctx, hasContext, done, r.error());
                    return;
                }
                deliver<DataPlaneAccountInfo>(ctx, hasContext, done,
                                              DataPlaneAccountInfo::fromJson(r.value().json()));
            });
    return job;
}

RestJob *CosmosDataClient::listDatabases(std::shared_ptr<RequestAuthorizer> authorizer, QObject *context,
                                         Done<DataPlaneTestReport> done)
{
    if (!m_client) {
        done(clientGone());
        return nullptr;
    }
    RestRequest req = RestRequest::get(urlFor(QStringLiteral("/dbs")));
    req.authorizer = std::move(authorizer);
    req.description = CosmosDataClient::tr("List Cosmos DB databases");
    RestJob *job = m_client->send(req);
    const QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    connect(job, &RestJob::finished, context ? context : this,
            [ctx, hasContext, done = std::move(done)](const RestResult &r) {
                if (!r.ok()) {
                    deliver<DataPlaneTestReport>(ctx, hasContext, done, r.error());
                    return;
                }
                const QJsonObject obj = r.value().json();
                const QJsonValue list = obj.value(QLatin1String("Databases"));
                if (!list.isArray()) {
                    ApiError e =
                        ApiError::make(ApiError::Kind::Parse,
                                       CosmosDataClient::tr("The list of databases has no Databases array."));
                    e.httpStatus = r.value().status;
                    e.requestId = r.value().requestId();
                    deliver<DataPlaneTestReport>(ctx, hasContext, done, e);
                    return;
                }
                DataPlaneTestReport report;
                const QJsonArray dbs = list.toArray();
                for (const QJsonValue &v : dbs)
                    report.databases << v.toObject().value(QLatin1String("id")).toString();
                report.databaseCount = obj.contains(QLatin1String("_count"))
                                           ? obj.value(QLatin1String("_count")).toInt()
                                           : int(report.databases.size());
                deliver<DataPlaneTestReport>(ctx, hasContext, done, report);
            });
    return job;
}

void CosmosDataClient::testKey(const SecureBytes &base64Key, QObject *context, Done<DataPlaneTestReport> done)
{
    cancelTest();
    auto authorizer = std::make_shared<MasterKeyAuthorizer>(base64Key);
    if (!authorizer->isKeyValid()) {
        done(ApiError::validation(
            CosmosDataClient::tr("The key is not a valid Cosmos DB account key (base64 expected).")));
        return;
    }
    const quint64 run = ++m_testRun;
    const QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    const QPointer<CosmosDataClient> self(this);
    m_testJob = readAccount(
        authorizer, context,
        [self, run, authorizer, ctx, hasContext, done](const Result<DataPlaneAccountInfo> &account) {
            if (!account.ok() || !self || self->m_testRun != run) {
                deliver<DataPlaneTestReport>(ctx, hasContext, done,
                                             account.ok() ? ApiError::cancelled() : account.error());
                if (self && self->m_testRun == run)
                    self->m_testJob = nullptr;
                return;
            }
            const DataPlaneAccountInfo info = account.value();
            self->m_testJob = self->listDatabases(
                authorizer, ctx.data(),
                [self, run, info, ctx, hasContext, done](const Result<DataPlaneTestReport> &dbs) {
                    if (self && self->m_testRun == run)
                        self->m_testJob = nullptr;
                    if (!dbs.ok()) {
                        deliver<DataPlaneTestReport>(ctx, hasContext, done, dbs.error());
                        return;
                    }
                    DataPlaneTestReport report = dbs.value();
                    report.account = info;
                    deliver<DataPlaneTestReport>(ctx, hasContext, done, report);
                });
        });
}

void CosmosDataClient::cancelTest()
{
    ++m_testRun;
    if (AbstractJob *job = m_testJob.data()) {
        m_testJob = nullptr;
        job->abort();
    }
}

QString explainDataPlaneError(const ApiError &e)
{
    switch (e.kind) {
    case ApiError::Kind::Cancelled:
        return CosmosDataClient::tr("The test was cancelled.");
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Timeout:
        return CosmosDataClient::tr(
                   "The account endpoint could not be reached, so the key was not tested: %1 %2")
            .arg(e.summary(), e.remedy())
            .trimmed();
    case ApiError::Kind::Validation:
        return e.message;
    case ApiError::Kind::Http:
    case ApiError::Kind::Parse:
    case ApiError::Kind::Auth:
    case ApiError::Kind::SecretStore:
    case ApiError::Kind::Process:
        break;
    }
    if (e.kind != ApiError::Kind::Http)
        return e.summary();

    const QString message = e.message;
    if (e.httpStatus == 401) {
        if (e.subStatus == 5202 ||
            message.contains(QLatin1String("Local Authorization is disabled"), Qt::CaseInsensitive))
            return CosmosDataClient::tr(
                "Key-based authentication is disabled on this account (disableLocalAuth is true): every "
                "account key and resource token is refused with 401, substatus 5202. Applications must sign "
                "in with Microsoft Entra ID, or an administrator must enable key-based authentication "
                "again.");
        if (message.contains(QLatin1String("not valid at the current time"), Qt::CaseInsensitive) ||
            message.contains(QLatin1String("x-ms-date"), Qt::CaseInsensitive))
            return CosmosDataClient::tr(
                "The service refused the request's time stamp (x-ms-date): this computer's clock differs "
                "too much from the service's. Correct the system clock (use network time) and test again; "
                "the key itself may be fine.");
        if (e.subStatus == 5000 || e.subStatus == 5001)
            return CosmosDataClient::tr(
                       "The authorization header was missing or malformed (401, substatus %1).")
                .arg(e.subStatus);
        return CosmosDataClient::tr(
            "The key was refused (401): the signature does not match any current key of the account. The key "
            "is wrong or incomplete, or it was regenerated since it was copied (the old value stops working "
            "at once; during a rotation both values may fail briefly). A skewed system clock also causes "
            "this. Read the keys again and retry.");
    }
    if (e.httpStatus == 403) {
        static const QRegularExpression ipRe(
            QStringLiteral(
                R"(Request originated from (?:client )?IP\s+([0-9A-Fa-f:.]+)\s+through public internet)"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch ip = ipRe.match(message);
        if (ip.hasMatch())
            return CosmosDataClient::
                tr("The key was not checked: the account's firewall blocked this computer. The request came "
                   "from IP %1 through the public internet, and that address is not allowed by the account's "
                   "IP "
                   "rules (or public network access is disabled). Add the address to the firewall, or "
                   "connect "
                   "through an allowed network or private endpoint; firewall changes can take up to 15 "
                   "minutes.")
                    .arg(ip.captured(1));
        if (message.contains(QLatin1String("Request originated from"), Qt::CaseInsensitive))
            return CosmosDataClient::tr(
                       "The key was not checked: the account's network rules blocked this request (%1).")
                .arg(message.section(QLatin1Char('.'), 0, 0));
        if ((e.subStatus >= 5301 && e.subStatus <= 5306) || e.subStatus == 5400)
            return CosmosDataClient::
                tr("The identity was recognised but is not allowed to do this (403, substatus %1): it has no "
                   "Cosmos DB data-plane role assignment granting the required data action on this scope. "
                   "Assign a data-plane role such as Cosmos DB Built-in Data Reader or Contributor.")
                    .arg(e.subStatus);
        if (e.subStatus == 5300)
            return CosmosDataClient::tr(
                "The operation is not allowed through the data plane with this credential (403, substatus "
                "5300): metadata writes (databases, containers, throughput) must go through Azure Resource "
                "Manager on this account.");
        return CosmosDataClient::tr("The request was authenticated but refused (403): %1").arg(message);
    }
    const QString remedy = e.remedy();
    return remedy.isEmpty() ? e.summary() : e.summary() + QLatin1Char(' ') + remedy;
}

} // namespace csc
