// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/JwtSignatureService.h"

#include "core/Clock.h"
#include "net/ApiClient.h"
#include "net/JobBinding.h"
#include "net/RestJob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QPointer>

#include <utility>

namespace csc {

namespace {

struct ServiceTr
{
    Q_DECLARE_TR_FUNCTIONS(csc::JwtSignatureService)
};

/// OpenID configurations are a few KB; anything far larger is not one.
constexpr qsizetype kMaxConfigurationBytes = 256 * 1024;

using Outcome = JwtVerification::Outcome;

JwtVerification failure(Outcome outcome, const QString &message, const QString &kid)
{
    JwtVerification v;
    v.outcome = outcome;
    v.message = message;
    v.kid = kid;
    return v;
}

/// Text for an address in a message: host and path, no query (a B2C policy or anything else stays out).
QString shownUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toDisplayString();
}

/// The verifier's answer completed with where the keys came from.
JwtVerification completed(JwtVerification v, const QUrl &jwksUri, bool fromCache, bool refetched)
{
    v.jwksUri = jwksUri;
    v.keysFromCache = fromCache;
    if (v.outcome == Outcome::Verified)
        v.message = ServiceTr::tr("Signed by key “%1” of %2.").arg(v.kid, shownUrl(jwksUri));
    else if (v.outcome == Outcome::UnknownKid && refetched && !v.kid.isEmpty())
        v.message = ServiceTr::tr("No key with the id “%1” is in the key set at %2, even after fetching it "
                                  "again.")
                        .arg(v.kid.left(80), shownUrl(jwksUri));
    return v;
}

/// Calls `done(v)` from the event loop unless `context` (when given) is gone by then.
void answerLater(QObject *context, QObject *fallback, const JwtSignatureService::Done &done,
                 const JwtVerification &v)
{
    const QPointer<QObject> ctx(context);
    const bool guarded = context != nullptr;
    QMetaObject::invokeMethod(
        context ? context : fallback,
        [ctx, guarded, done, v] {
            if (!guarded || ctx)
                done(v);
        },
        Qt::QueuedConnection);
}

} // namespace

/**
 * One verification that needs the network: OpenID configuration (unless the key set's address is known),
 * key set, verification. Not tracked by ApiClient itself; its GETs are.
 */
class JwtVerifyJob : public AbstractJob
{
    Q_OBJECT
public:
    using StoreKeys = std::function<void(const QString &issuer, const QUrl &jwksUri, const Jwks &keys)>;

    JwtVerifyJob(ApiClient *client, TrustedAuthorities trusted, Jwt jwt, QString issuer, QObject *context,
                 JwtSignatureService::Done done, StoreKeys store)
        : m_client(client), m_trusted(std::move(trusted)), m_jwt(std::move(jwt)), m_issuer(std::move(issuer)),
          m_context(context), m_guarded(context != nullptr), m_done(std::move(done)),
          m_store(std::move(store))
    {
        if (context)
            connect(context, &QObject::destroyed, this, &JwtVerifyJob::abort);
    }

    QString description() const override { return ServiceTr::tr("Check a token's signature"); }

    void startDiscovery(const QUrl &configuration)
    {
        m_configurationUrl = configuration;
        RestRequest req = RestRequest::get(configuration);
        req.description = ServiceTr::tr("Read the OpenID configuration of %1").arg(configuration.host());
        send(req, &JwtVerifyJob::onConfiguration);
    }

    void startKeys(const QUrl &jwksUri, bool refetch)
    {
        m_jwksUri = jwksUri;
        m_refetch = refetch;
        RestRequest req = RestRequest::get(jwksUri);
        req.description = ServiceTr::tr("Read the signing keys of %1").arg(jwksUri.host());
        send(req, &JwtVerifyJob::onKeys);
    }

public slots:
    void abort() override
    {
        if (m_finished)
            return;
        // Finish first, so the inner job's Cancelled answer finds the verification already answered.
        JwtVerification v = failure(Outcome::DiscoveryFailed,
                                    ServiceTr::tr("The signature check was cancelled."), m_jwt.kid());
        v.jwksUri = m_jwksUri;
        finish(v, true);
    }

private:
    void send(const RestRequest &request, void (JwtVerifyJob::*handler)(const RestResult &))
    {
        if (!m_client) {
            finish(failure(Outcome::DiscoveryFailed, ServiceTr::tr("The connection is closed."), m_jwt.kid()),
                   true);
            return;
        }
        RestJob *job = m_client->send(request);
        m_current = job;
        jobs::bind<RestJob, RestResult>(job, this,
                                        [this, handler](const RestResult &r) { (this->*handler)(r); });
    }

    void discoveryFailed(const QString &message)
    {
        JwtVerification v = failure(Outcome::DiscoveryFailed, message, m_jwt.kid());
        v.jwksUri = m_jwksUri;
        finish(v, false);
    }

    void onConfiguration(const RestResult &r)
    {
        m_current = nullptr;
        if (m_finished)
            return;
        const QString where = shownUrl(m_configurationUrl);
        if (!r) {
            discoveryFailed(ServiceTr::tr("The OpenID configuration at %1 could not be fetched: %2")
                                .arg(where, r.error().summary()));
            return;
        }
        const QByteArray &body = r.value().body;
        QJsonParseError error{};
        const QJsonDocument doc =
            body.size() <= kMaxConfigurationBytes ? QJsonDocument::fromJson(body, &error) : QJsonDocument();
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            discoveryFailed(ServiceTr::tr("The OpenID configuration at %1 is not a JSON object.").arg(where));
            return;
        }
        const QJsonObject config = doc.object();
        const QString issuer = config.value(QLatin1String("issuer")).toString();
        if (issuer != m_issuer) {
            discoveryFailed(
                ServiceTr::tr("The OpenID configuration at %1 is for the issuer “%2”, not for the "
                              "token's issuer “%3”.")
                    .arg(where, issuer.left(200), m_issuer.left(200)));
            return;
        }
        const QString jwks = config.value(QLatin1String("jwks_uri")).toString();
        const QUrl jwksUri(jwks, QUrl::StrictMode);
        if (jwks.isEmpty() || !jwksUri.isValid()) {
            discoveryFailed(
                ServiceTr::tr("The OpenID configuration at %1 names no key set (“jwks_uri”).").arg(where));
            return;
        }
        if (!m_trusted.isTrusted(jwksUri)) {
            discoveryFailed(
                ServiceTr::tr("The OpenID configuration at %1 points to keys at %2, which is not a "
                              "trusted Microsoft Entra host; they were not fetched.")
                    .arg(where, shownUrl(jwksUri).left(200)));
            return;
        }
        startKeys(jwksUri, false);
    }

    void onKeys(const RestResult &r)
    {
        m_current = nullptr;
        if (m_finished)
            return;
        const QString where = shownUrl(m_jwksUri);
        if (!r) {
            discoveryFailed(ServiceTr::tr("The signing keys at %1 could not be fetched: %2")
                                .arg(where, r.error().summary()));
            return;
        }
        const Result<Jwks> keys = Jwks::parse(r.value().body);
        if (!keys) {
            discoveryFailed(ServiceTr::tr("The signing keys at %1 could not be read: %2")
                                .arg(where, keys.error().message));
            return;
        }
        if (m_store)
            m_store(m_issuer, m_jwksUri, keys.value());
        finish(completed(JwtSignatureVerifier::verify(m_jwt, keys.value()), m_jwksUri, false, m_refetch),
               false);
    }

    void finish(const JwtVerification &v, bool queued)
    {
        if (m_finished)
            return;
        m_finished = true;
        if (m_current) {
            RestJob *inner = m_current;
            m_current = nullptr;
            inner->disconnect(this);
            inner->abort();
        }
        const auto deliver = [this, v] {
            if (!m_guarded || m_context)
                m_done(v);
            markEnded();
        };
        if (queued)
            QMetaObject::invokeMethod(this, deliver, Qt::QueuedConnection);
        else
            deliver();
    }

    QPointer<ApiClient> m_client;
    TrustedAuthorities m_trusted;
    Jwt m_jwt;
    QString m_issuer;
    QPointer<QObject> m_context;
    bool m_guarded;
    JwtSignatureService::Done m_done;
    StoreKeys m_store;
    QUrl m_configurationUrl;
    QUrl m_jwksUri;
    bool m_refetch = false;
    QPointer<RestJob> m_current;
    bool m_finished = false;
};

JwtSignatureService::JwtSignatureService(ApiClient *client, TrustedAuthorities trusted, QObject *parent)
    : QObject(parent), m_client(client), m_trusted(std::move(trusted))
{}

void JwtSignatureService::setTrustedAuthorities(TrustedAuthorities trusted)
{
    m_trusted = std::move(trusted);
    // Keys fetched under the old list may come from a host that is no longer trusted.
    clearCache();
}

void JwtSignatureService::clearCache()
{
    m_cache.clear();
    m_jwksUriByIssuer.clear();
}

AbstractJob *JwtSignatureService::verify(const Jwt &jwt, QObject *context, Done done)
{
    // alg none / not RS256 / unreadable: known without any key.
    const JwtVerification early = JwtSignatureVerifier::verify(jwt, Jwks{});
    if (early.outcome == Outcome::Malformed || early.outcome == Outcome::AlgNone ||
        early.outcome == Outcome::AlgNotAllowed) {
        answerLater(context, this, done, early);
        return nullptr;
    }

    const QJsonValue issValue = jwt.payload.value(QLatin1String("iss"));
    const QString issuer = issValue.isString() ? issValue.toString() : QString();
    const Result<QUrl> configuration = m_trusted.openIdConfigurationFor(issuer);
    if (!configuration) {
        answerLater(context, this, done,
                    failure(Outcome::IssuerNotTrusted, configuration.error().message, jwt.kid()));
        return nullptr;
    }

    const QPointer<JwtSignatureService> self(this);
    auto store = [self](const QString &iss, const QUrl &jwksUri, const Jwks &keys) {
        if (!self)
            return;
        const QString key = jwksUri.toString(QUrl::FullyEncoded);
        self->m_cache.insert(key, CachedKeys{keys, Clock::now()});
        self->m_jwksUriByIssuer.insert(iss, key);
    };

    // Fresh keys for this issuer: answer from the cache, unless the kid is not in them (keys rotate).
    const QString knownUri = m_jwksUriByIssuer.value(issuer);
    const auto cached = knownUri.isEmpty() ? m_cache.constEnd() : m_cache.constFind(knownUri);
    if (cached != m_cache.constEnd()) {
        const qint64 age = cached->fetchedAt.secsTo(Clock::now());
        if (age >= 0 && age < m_cacheSeconds) {
            const QUrl jwksUri(knownUri, QUrl::StrictMode);
            const JwtVerification v = JwtSignatureVerifier::verify(jwt, cached->keys);
            if (v.outcome != Outcome::UnknownKid || jwt.kid().isEmpty()) {
                answerLater(context, this, done, completed(v, jwksUri, true, false));
                return nullptr;
            }
            auto *job = new JwtVerifyJob(m_client, m_trusted, jwt, issuer, context, std::move(done), store);
            job->startKeys(jwksUri, true);
            return job;
        }
    }
    if (!knownUri.isEmpty()) {
        m_cache.remove(knownUri);
        m_jwksUriByIssuer.remove(issuer);
    }

    auto *job = new JwtVerifyJob(m_client, m_trusted, jwt, issuer, context, std::move(done), store);
    job->startDiscovery(configuration.value());
    return job;
}

} // namespace csc

#include "JwtSignatureService.moc"
