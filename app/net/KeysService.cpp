// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/KeysService.h"

#include "core/AzCli.h"

#include "core/Redactor.h"
#include "net/ApiClient.h"
#include "net/AzureSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <openssl/crypto.h>

#include <utility>

namespace csc {

namespace {

/// Wipes a received body in place, even when its buffer is shared with the (ending) job's copy of the
/// response: the job that produced it is ours and nothing reads the body after its finished() handler.
void wipeBody(QByteArray &body)
{
    // Static and raw data (literals, fromRawData) is read-only and is no received body: leave it.
    if (!body.isEmpty() && body.data_ptr().isMutable())
        OPENSSL_cleanse(const_cast<char *>(body.constData()), size_t(body.size()));
    body.clear();
}

/// Moves a JSON string value into a SecureBytes, wiping the intermediate QString.
SecureBytes secureString(const QJsonValue &value)
{
    QString text = value.toString();
    return SecureBytes::fromUtf8Wiping(text);
}

QJsonObject parseObject(const QByteArray &body, bool *ok)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

ApiError parseError(const QString &message)
{
    return ApiError::make(ApiError::Kind::Parse, message);
}

template <typename T>
void deliver(const QPointer<QObject> &context, bool hasContext, const KeysService::Done<T> &done,
             const Result<T> &result)
{
    if (hasContext && !context)
        return;
    done(result);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// AccountKeys

const SecureBytes &AccountKeys::key(KeyKind kind) const
{
    switch (kind) {
    case KeyKind::Primary:
        return primaryMasterKey;
    case KeyKind::Secondary:
        return secondaryMasterKey;
    case KeyKind::PrimaryReadonly:
        return primaryReadonlyMasterKey;
    case KeyKind::SecondaryReadonly:
        return secondaryReadonlyMasterKey;
    }
    return primaryMasterKey;
}

bool AccountKeys::isEmpty() const
{
    return primaryMasterKey.isEmpty() && secondaryMasterKey.isEmpty() && primaryReadonlyMasterKey.isEmpty() &&
           secondaryReadonlyMasterKey.isEmpty();
}

Result<AccountKeys> AccountKeys::parse(QByteArray &body)
{
    bool ok = false;
    const QJsonObject obj = parseObject(body, &ok);
    wipeBody(body);
    if (!ok)
        return parseError(KeysService::tr("The list of keys is not a JSON object."));
    AccountKeys keys;
    keys.primaryMasterKey = secureString(obj.value(QLatin1String("primaryMasterKey")));
    keys.secondaryMasterKey = secureString(obj.value(QLatin1String("secondaryMasterKey")));
    keys.primaryReadonlyMasterKey = secureString(obj.value(QLatin1String("primaryReadonlyMasterKey")));
    keys.secondaryReadonlyMasterKey = secureString(obj.value(QLatin1String("secondaryReadonlyMasterKey")));
    if (keys.isEmpty())
        return parseError(KeysService::tr("The answer holds no account key."));
    return keys;
}

// ---------------------------------------------------------------------------------------------------------------
// KeysService

KeysService::KeysService(AzureSession *session, QString accountId, QObject *parent)
    : QObject(parent), m_session(session), m_accountId(std::move(accountId))
{}

KeysService::~KeysService() = default;

QString KeysService::keyKindName(KeyKind kind)
{
    switch (kind) {
    case KeyKind::Primary:
        return QStringLiteral("primary");
    case KeyKind::Secondary:
        return QStringLiteral("secondary");
    case KeyKind::PrimaryReadonly:
        return QStringLiteral("primaryReadonly");
    case KeyKind::SecondaryReadonly:
        return QStringLiteral("secondaryReadonly");
    }
    return {};
}

QString KeysService::keyKindDisplayName(KeyKind kind)
{
    switch (kind) {
    case KeyKind::Primary:
        return QStringLiteral("Primary");
    case KeyKind::Secondary:
        return QStringLiteral("Secondary");
    case KeyKind::PrimaryReadonly:
        return QStringLiteral("PrimaryReadonly");
    case KeyKind::SecondaryReadonly:
        return QStringLiteral("SecondaryReadonly");
    }
    return {};
}

QString KeysService::keyFieldName(KeyKind kind)
{
    switch (kind) {
    case KeyKind::Primary:
        return QStringLiteral("primaryMasterKey");
    case KeyKind::Secondary:
        return QStringLiteral("secondaryMasterKey");
    case KeyKind::PrimaryReadonly:
        return QStringLiteral("primaryReadonlyMasterKey");
    case KeyKind::SecondaryReadonly:
        return QStringLiteral("secondaryReadonlyMasterKey");
    }
    return {};
}

QString KeysService::settingPropertyName(AuthSetting setting)
{
    switch (setting) {
    case AuthSetting::DisableLocalAuth:
        return QStringLiteral("disableLocalAuth");
    case AuthSetting::DisableKeyBasedMetadataWriteAccess:
        return QStringLiteral("disableKeyBasedMetadataWriteAccess");
    }
    return {};
}

QByteArray KeysService::settingPatchBody(AuthSetting setting, bool value)
{
    const QJsonObject body{
        {QStringLiteral("properties"), QJsonObject{{settingPropertyName(setting), value}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<ConnectionStrings> KeysService::parseConnectionStrings(QByteArray &body)
{
    bool ok = false;
    const QJsonObject obj = parseObject(body, &ok);
    wipeBody(body);
    const QJsonValue list = obj.value(QLatin1String("connectionStrings"));
    if (!ok || !list.isArray())
        return parseError(KeysService::tr("The list of connection strings has no connectionStrings array."));
    ConnectionStrings out;
    const QJsonArray entries = list.toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        ConnectionStringInfo info;
        info.connectionString = secureString(e.value(QLatin1String("connectionString")));
        info.description = e.value(QLatin1String("description")).toString();
        info.keyKind = e.value(QLatin1String("keyKind")).toString();
        info.type = e.value(QLatin1String("type")).toString();
        if (info.connectionString.isEmpty())
            continue;
        out.append(std::move(info));
    }
    return out;
}

QString KeysService::azRegenerateCommand(const QString &accountId, KeyKind kind)
{
    return QStringLiteral("az cosmosdb keys regenerate %1 --key-kind %2")
        .arg(AzCli::nameArgs(accountId), keyKindName(kind));
}

QString KeysService::azListCommand(const QString &accountId, ListType type)
{
    QString typeName;
    switch (type) {
    case ListType::Keys:
        typeName = QStringLiteral("keys");
        break;
    case ListType::ReadOnlyKeys:
        typeName = QStringLiteral("read-only-keys");
        break;
    case ListType::ConnectionStrings:
        typeName = QStringLiteral("connection-strings");
        break;
    }
    return QStringLiteral("az cosmosdb keys list %1 --type %2").arg(AzCli::nameArgs(accountId), typeName);
}

QString KeysService::azUpdateCommand(const QString &accountId, AuthSetting setting, bool value)
{
    const QString flag = setting == AuthSetting::DisableLocalAuth
                             ? QStringLiteral("--disable-local-auth")
                             : QStringLiteral("--disable-key-based-metadata-write-access");
    return QStringLiteral("az cosmosdb update %1 %2 %3")
        .arg(AzCli::nameArgs(accountId), flag, value ? QStringLiteral("true") : QStringLiteral("false"));
}

ApiError KeysService::sessionGone() const
{
    return ApiError::validation(KeysService::tr("The connection was closed; sign in again."));
}

QUrl KeysService::actionUrl(const QString &action) const
{
    QString path = m_accountId;
    if (!action.isEmpty())
        path += QLatin1Char('/') + action;
    return m_session->environment().armUrl(path, apiVersion());
}

RestRequest KeysService::armRequest(const QByteArray &method, const QUrl &url) const
{
    RestRequest r(method, url);
    r.authorizer = m_session->armAuthorizer();
    return r;
}

AbstractJob *KeysService::fetchKeys(const QString &action, const QString &description, QObject *context,
                                    Done<AccountKeys> done)
{
    if (!m_session) {
        done(sessionGone());
        return nullptr;
    }
    RestRequest req = armRequest("POST", actionUrl(action));
    req.sensitiveResponse = true;
    req.retryNonIdempotent = true; // reading keys twice is harmless
    req.description = description;
    RestJob *job = m_session->client()->send(req);
    const QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    connect(job, &RestJob::finished, context ? context : this,
            [ctx, hasContext, done = std::move(done)](const RestResult &r) {
                if (!r.ok()) {
                    deliver<AccountKeys>(ctx, hasContext, done, r.error());
                    return;
                }
                QByteArray body = r.value().body;
                deliver<AccountKeys>(ctx, hasContext, done, AccountKeys::parse(body));
            });
    return job;
}

AbstractJob *KeysService::listKeys(QObject *context, Done<AccountKeys> done)
{
    return fetchKeys(QStringLiteral("listKeys"), KeysService::tr("List account keys"), context,
                     std::move(done));
}

AbstractJob *KeysService::listReadOnlyKeys(QObject *context, Done<AccountKeys> done)
{
    return fetchKeys(QStringLiteral("readonlykeys"), KeysService::tr("List read-only keys"), context,
                     std::move(done));
}

AbstractJob *KeysService::listConnectionStrings(QObject *context, Done<ConnectionStrings> done)
{
    if (!m_session) {
        done(sessionGone());
        return nullptr;
    }
    RestRequest req = armRequest("POST", actionUrl(QStringLiteral("listConnectionStrings")));
    req.sensitiveResponse = true;
    req.retryNonIdempotent = true;
    req.description = KeysService::tr("List connection strings");
    RestJob *job = m_session->client()->send(req);
    const QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    connect(job, &RestJob::finished, context ? context : this,
            [ctx, hasContext, done = std::move(done)](const RestResult &r) {
                if (!r.ok()) {
                    deliver<ConnectionStrings>(ctx, hasContext, done, r.error());
                    return;
                }
                QByteArray body = r.value().body;
                deliver<ConnectionStrings>(ctx, hasContext, done, parseConnectionStrings(body));
            });
    return job;
}

void KeysService::finishWithAccount(const RestResult &r, QPointer<QObject> context, bool hasContext,
                                    Done<CosmosAccount> done)
{
    if (hasContext && !context)
        return;
    if (!r.ok()) {
        done(r.error());
        return;
    }
    const QJsonObject obj = r.value().json();
    if (obj.contains(QLatin1String("id")) && obj.contains(QLatin1String("properties"))) {
        done(CosmosAccount::fromJson(obj));
        return;
    }
    // The operation completed without returning the account (regenerateKey answers 200 with no body): read
    // it.
    if (!m_session) {
        done(sessionGone());
        return;
    }
    RestRequest req = armRequest("GET", actionUrl(QString()));
    req.description = KeysService::tr("Read account");
    RestJob *job = m_session->client()->send(req);
    connect(job, &RestJob::finished, hasContext ? context.data() : this,
            [context, hasContext, done = std::move(done)](const RestResult &account) {
                if (!account.ok()) {
                    deliver<CosmosAccount>(context, hasContext, done, account.error());
                    return;
                }
                deliver<CosmosAccount>(context, hasContext, done,
                                       CosmosAccount::fromJson(account.value().json()));
            });
}

void KeysService::connectAccountResult(LroJob *job, QObject *context, Done<CosmosAccount> done)
{
    const QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    const QPointer<KeysService> self(this);
    connect(job, &LroJob::finished, context ? context : this,
            [self, ctx, hasContext, done = std::move(done)](const RestResult &r) {
                if (self) {
                    self->finishWithAccount(r, ctx, hasContext, done);
                    return;
                }
                deliver<CosmosAccount>(ctx, hasContext, done,
                                       r.ok() ? Result<CosmosAccount>(ApiError::cancelled())
                                              : Result<CosmosAccount>(r.error()));
            });
}

LroJob *KeysService::regenerateKey(KeyKind kind, QObject *context, Done<CosmosAccount> done)
{
    if (!m_session) {
        done(sessionGone());
        return nullptr;
    }
    RestRequest req = armRequest("POST", actionUrl(QStringLiteral("regenerateKey")));
    req.body = QJsonDocument(QJsonObject{{QStringLiteral("keyKind"), keyKindName(kind)}})
                   .toJson(QJsonDocument::Compact);
    req.retryNonIdempotent = false;
    req.description = KeysService::tr("Regenerate the %1 key").arg(keyKindName(kind));
    LroJob *job = m_session->client()->sendLongRunning(req); // runs from the event loop: configure it now
    // The result of interest is the account afterwards (keysMetadata.*.generationTime).
    job->setFinalUrl(actionUrl(QString()));
    job->setDefaultPollIntervalMs(m_pollMs);
    connectAccountResult(job, context, std::move(done));
    return job;
}

LroJob *KeysService::setAuthSetting(AuthSetting setting, bool value, QObject *context,
                                    Done<CosmosAccount> done)
{
    if (!m_session) {
        done(sessionGone());
        return nullptr;
    }
    RestRequest req = armRequest("PATCH", actionUrl(QString()));
    req.body = settingPatchBody(setting, value);
    req.retryNonIdempotent = true; // setting a boolean twice has the same effect
    req.description = setting == AuthSetting::DisableLocalAuth
                          ? (value ? KeysService::tr("Disable key-based authentication")
                                   : KeysService::tr("Enable key-based authentication"))
                          : (value ? KeysService::tr("Disable key-based metadata writes")
                                   : KeysService::tr("Enable key-based metadata writes"));
    LroJob *job = m_session->client()->sendLongRunning(req); // the final GET reads the account
    job->setDefaultPollIntervalMs(m_pollMs);
    connectAccountResult(job, context, std::move(done));
    return job;
}

} // namespace csc
