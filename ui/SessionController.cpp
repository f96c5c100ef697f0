// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "SessionController.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "models/ProfileListModel.h"

#include <QSettings>
#include <QTimer>

namespace csc {

namespace {
QString testGroup(const QString &profileId)
{
    return QStringLiteral("connectionTests/") + profileId;
}
} // namespace

SessionController::SessionController(QSettings *settings, SecretStore *secrets, QNetworkAccessManager *nam,
                                     RequestLog *log, QObject *parent)
    : QObject(parent), m_settings(settings), m_secrets(secrets), m_nam(nam), m_log(log),
      m_model(new ProfileListModel(this)), m_tester(new ConnectionTester(nam, log, this))
{
    ProfileStore store(m_settings);
    m_model->setProfiles(store.load());
    const QString last = store.lastUsedId();
    if (m_model->indexOf(last).isValid())
        m_currentId = last;
    else if (m_model->rowCount() > 0)
        m_currentId = m_model->profiles().constFirst().id;

    m_openers.push_back(std::make_unique<ClientSecretOpener>(secrets, nam, log));
    connect(m_tester, &ConnectionTester::stepChanged, this, &SessionController::connectionTestStep);
    connect(m_tester, &ConnectionTester::finished, this, &SessionController::onTestFinished);
}

SessionController::~SessionController()
{
    // The session's jobs end (Cancelled) while the objects they report to still exist.
    delete m_connectContext;
    m_session.reset();
}

QList<ConnectionProfile> SessionController::profiles() const
{
    return m_model->profiles();
}

std::optional<ConnectionProfile> SessionController::profile(const QString &id) const
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return std::nullopt;
    return m_model->itemAt(index);
}

void SessionController::saveProfile(const ConnectionProfile &profile)
{
    ProfileStore(m_settings).save(profile);
    m_settings->sync();
    m_model->upsert(profile);
    emit profileSaved(profile.id);
    if (m_currentId.isEmpty())
        setCurrentProfileId(profile.id);
    else if (profile.id == m_currentId && m_session && !(m_session->profile() == profile))
        disconnectSession(); // the live session was built from the old values
}

void SessionController::removeProfile(const QString &id, QObject *context, SecretStore::WriteDone done)
{
    const std::optional<ConnectionProfile> p = profile(id);
    if (!p) {
        if (done)
            done({});
        return;
    }
    auto finish = [this, id, done](Result<void> removed) {
        if (!removed.ok()) {
            if (done)
                done(removed);
            return;
        }
        if (m_session && m_session->profile().id == id)
            disconnectSession();
        ProfileStore(m_settings).remove(id);
        m_settings->remove(testGroup(id));
        m_settings->sync();
        m_model->remove(id);
        emit profileRemoved(id);
        if (m_currentId == id)
            setCurrentProfileId(m_model->rowCount() > 0 ? m_model->profiles().constFirst().id : QString());
        if (done)
            done({});
    };
    if (!m_secrets) {
        finish({});
        return;
    }
    m_secrets->remove(p->secretKey(ConnectionProfile::clientSecretKind()), context ? context : this, finish);
}

void SessionController::storeClientSecret(const ConnectionProfile &profile, const SecureBytes &secret,
                                          QObject *context, SecretStore::WriteDone done)
{
    if (!m_secrets) {
        QMetaObject::invokeMethod(
            context ? context : this,
            [done] {
                done(ApiError::make(ApiError::Kind::SecretStore, tr("No secret store is available.")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_secrets->write(profile.secretKey(ConnectionProfile::clientSecretKind()), secret, context,
                     std::move(done));
}

void SessionController::readClientSecret(const ConnectionProfile &profile, QObject *context,
                                         SecretStore::ReadDone done)
{
    if (!m_secrets) {
        QMetaObject::invokeMethod(
            context ? context : this,
            [done] {
                done(ApiError::make(ApiError::Kind::SecretStore, tr("No secret store is available.")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_secrets->read(profile.secretKey(ConnectionProfile::clientSecretKind()), context, std::move(done));
}

void SessionController::setCurrentProfileId(const QString &id)
{
    if (id == m_currentId)
        return;
    if (m_session || m_state == State::Connecting)
        disconnectSession();
    m_currentId = id;
    ProfileStore(m_settings).setLastUsedId(id);
    emit currentProfileChanged(id);
}

void SessionController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SessionController::addOpener(std::unique_ptr<SessionOpener> opener)
{
    if (opener)
        m_openers.insert(m_openers.begin(), std::move(opener));
}

SessionOpener *SessionController::openerFor(const ConnectionProfile &profile) const
{
    for (const auto &candidate : m_openers) {
        if (candidate->handles(profile))
            return candidate.get();
    }
    return nullptr;
}

ApiError SessionController::unsupportedMethodError()
{
    return ApiError::validation(tr("This version cannot sign in with the method this connection "
                                   "uses. Edit the connection and choose a client secret."));
}

void SessionController::connectCurrent()
{
    const std::optional<ConnectionProfile> p = currentProfile();
    if (!p)
        return;
    disconnectSession();
    if (const Result<void> valid = p->validate(); !valid.ok()) {
        emit errorOccurred(tr("Connecting to “%1”").arg(p->name), valid.error());
        return;
    }
    SessionOpener *opener = openerFor(*p);
    if (!opener) {
        emit errorOccurred(tr("Connecting to “%1”").arg(p->name), unsupportedMethodError());
        return;
    }
    m_connectContext = new QObject(this);
    setState(State::Connecting);
    const QString name = p->name;
    opener->open(*p, m_connectContext, [this, name](Result<std::unique_ptr<AzureSession>> result) {
        m_connectContext->deleteLater();
        m_connectContext = nullptr;
        if (!result.ok()) {
            setState(State::Disconnected);
            emit errorOccurred(tr("Connecting to “%1”").arg(name), result.error());
            return;
        }
        m_session = std::move(result).value();
        qCInfo(lcUi) << "connected profile" << m_session->profile().id;
        setState(State::Connected);
        emit sessionChanged(m_session.get());
    });
}

void SessionController::disconnectSession()
{
    delete m_connectContext; // drops a pending opener answer
    m_connectContext = nullptr;
    const bool hadSession = m_session != nullptr;
    if (hadSession)
        emit sessionChanged(nullptr); // panels let go first
    m_session.reset();
    setState(State::Disconnected);
}

void SessionController::testConnection(const ConnectionProfile &profile, const SecureBytes &secret)
{
    cancelTest();
    m_testingId = profile.id;
    m_testContext = new QObject(this);
    emit connectionTestStarted(profile.id);
    if (!secret.isEmpty()) {
        m_tester->start(profile, secret);
        return;
    }
    SessionOpener *opener = openerFor(profile);
    if (!opener) {
        QTimer::singleShot(0, m_testContext,
                           [this, id = profile.id] { finishTest(id, unsupportedMethodError()); });
        return;
    }
    QObject *context = m_testContext;
    opener->resolve(profile, context, [this, profile, context](Result<SessionOpener::SignIn> signIn) {
        if (context != m_testContext)
            return;
        if (!signIn.ok()) {
            finishTest(profile.id, signIn.error());
            return;
        }
        m_tester->start(signIn.value().profile, signIn.value().secret);
    });
}

bool SessionController::isTesting() const
{
    return m_testContext != nullptr;
}

void SessionController::cancelTest()
{
    if (!m_testContext)
        return;
    if (m_tester->isRunning()) {
        m_tester->cancel(); // finishes with Cancelled -> onTestFinished
        if (!m_testContext)
            return;
    }
    finishTest(m_testingId, ApiError::cancelled());
}

void SessionController::onTestFinished(const Result<ConnectionTestReport> &result)
{
    if (m_testContext)
        finishTest(m_testingId, result);
}

void SessionController::finishTest(QString profileId, const Result<ConnectionTestReport> &result)
{
    // profileId is a copy: callers pass m_testingId, which is cleared here.
    delete m_testContext;
    m_testContext = nullptr;
    m_testingId.clear();

    ConnectionTestRecord record;
    record.testedAt = Clock::now();
    if (result.ok()) {
        record.ok = true;
        record.tenantId = result.value().tenantId;
        record.objectId = result.value().objectId;
        record.applicationId = result.value().applicationId;
        record.subscriptions = result.value().subscriptions;
    } else {
        record.error = result.error().summary();
    }
    // A cancelled test says nothing about the connection: keep the previous record.
    if (!(!result.ok() && result.error().isCancelled()) && profile(profileId))
        saveTestRecord(profileId, record);
    emit connectionTestFinished(profileId, result);
}

void SessionController::saveTestRecord(const QString &profileId, const ConnectionTestRecord &record)
{
    m_settings->beginGroup(testGroup(profileId));
    m_settings->setValue(QStringLiteral("testedAt"), record.testedAt);
    m_settings->setValue(QStringLiteral("ok"), record.ok);
    m_settings->setValue(QStringLiteral("tenantId"), record.tenantId);
    m_settings->setValue(QStringLiteral("objectId"), record.objectId);
    m_settings->setValue(QStringLiteral("applicationId"), record.applicationId);
    m_settings->setValue(QStringLiteral("subscriptions"), record.subscriptions);
    m_settings->setValue(QStringLiteral("error"), record.error);
    m_settings->endGroup();
    m_settings->sync();
}

std::optional<ConnectionTestRecord> SessionController::lastTest(const QString &profileId) const
{
    if (profileId.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(testGroup(profileId));
    std::optional<ConnectionTestRecord> record;
    if (m_settings->contains(QStringLiteral("testedAt"))) {
        ConnectionTestRecord r;
        r.testedAt = m_settings->value(QStringLiteral("testedAt")).toDateTime();
        r.ok = m_settings->value(QStringLiteral("ok")).toBool();
        r.tenantId = m_settings->value(QStringLiteral("tenantId")).toString();
        r.objectId = m_settings->value(QStringLiteral("objectId")).toString();
        r.applicationId = m_settings->value(QStringLiteral("applicationId")).toString();
        r.subscriptions = m_settings->value(QStringLiteral("subscriptions")).toStringList();
        r.error = m_settings->value(QStringLiteral("error")).toString();
        record = r;
    }
    m_settings->endGroup();
    return record;
}

} // namespace csc
