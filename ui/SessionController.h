// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ConnectionProfile.h"
#include "net/AzureSession.h"
#include "secrets/SecretStore.h"
#include "ui/SessionOpener.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QSettings;

namespace csc {

class ProfileListModel;
class RequestLog;

/**
 * @brief What the last connection test of a profile found. Stored (non-secret) in QSettings under
 * "connectionTests/<profile id>".
 */
struct ConnectionTestRecord
{
    QDateTime testedAt; ///< UTC
    bool ok = false;
    QString tenantId;
    QString objectId;
    QString applicationId;
    QStringList subscriptions;
    QString error; ///< translated summary when !ok
};

/**
 * @brief The application's connection state: the profiles (QSettings + ProfileListModel), their secrets
 * (SecretStore), the current profile, the live AzureSession and connection tests. Widgets are views over it.
 *
 * Connect: the first SessionOpener that handles the current profile opens the session (client secret from the
 * SecretStore by default); sessionChanged() hands it to the panels. None of the injected objects is owned;
 * they must outlive the controller.
 */
class SessionController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Disconnected,
        Connecting,
        Connected
    };
    Q_ENUM(State)

    SessionController(QSettings *settings, SecretStore *secrets, QNetworkAccessManager *nam, RequestLog *log,
                      QObject *parent = nullptr);
    ~SessionController() override;

    QSettings *settings() const { return m_settings; }
    SecretStore *secretStore() const { return m_secrets; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    RequestLog *requestLog() const { return m_log; }

    // Profiles
    ProfileListModel *profileModel() const { return m_model; }
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &id) const;
    /// Saves (creates or replaces) the non-secret profile in QSettings.
    void saveProfile(const ConnectionProfile &profile);
    /// Removes the profile's stored secret, then the profile and its test record. `done` may be empty.
    void removeProfile(const QString &id, QObject *context, SecretStore::WriteDone done);
    void storeClientSecret(const ConnectionProfile &profile, const SecureBytes &secret, QObject *context,
                           SecretStore::WriteDone done);
    void readClientSecret(const ConnectionProfile &profile, QObject *context, SecretStore::ReadDone done);

    QString currentProfileId() const { return m_currentId; }
    std::optional<ConnectionProfile> currentProfile() const { return profile(m_currentId); }
    /// Makes `id` current (remembered as last used). Disconnects a session of another profile.
    void setCurrentProfileId(const QString &id);

    // Session
    State state() const { return m_state; }
    AzureSession *session() const { return m_session.get(); }
    /// Higher priority than the openers added before (the default client-secret opener is added first).
    void addOpener(std::unique_ptr<SessionOpener> opener);
    void connectCurrent();
    void disconnectSession();

    // Connection tests
    /// Tests `profile` with `secret`; an empty secret means "the stored one".
    void testConnection(const ConnectionProfile &profile, const SecureBytes &secret = {});
    bool isTesting() const;
    QString testingProfileId() const { return m_testingId; }
    void cancelTest();
    std::optional<ConnectionTestRecord> lastTest(const QString &profileId) const;

signals:
    void currentProfileChanged(const QString &id);
    void profileSaved(const QString &id);
    void profileRemoved(const QString &id);
    void stateChanged(csc::SessionController::State state);
    void sessionChanged(csc::AzureSession *session); ///< nullptr when disconnected
    /// A recoverable failure (connect); `what` says what was attempted (translated).
    void errorOccurred(const QString &what, const csc::ApiError &error);
    void connectionTestStarted(const QString &profileId);
    void connectionTestStep(const QString &text);
    /// Every test ends with exactly one of these (also when cancelled: an ApiError of kind Cancelled).
    void connectionTestFinished(const QString &profileId,
                                const csc::Result<csc::ConnectionTestReport> &result);

private:
    SessionOpener *openerFor(const ConnectionProfile &profile) const;
    static ApiError unsupportedMethodError();
    void setState(State state);
    void onTestFinished(const Result<ConnectionTestReport> &result);
    void finishTest(QString profileId, const Result<ConnectionTestReport> &result);
    void saveTestRecord(const QString &profileId, const ConnectionTestRecord &record);

    QSettings *m_settings;
    QPointer<SecretStore> m_secrets;
    QNetworkAccessManager *m_nam;
    RequestLog *m_log;
    ProfileListModel *m_model;
    QString m_currentId;
    State m_state = State::Disconnected;
    std::unique_ptr<AzureSession> m_session;
    std::vector<std::unique_ptr<SessionOpener>> m_openers;
    QObject *m_connectContext =
        nullptr; ///< replaced per connect attempt: late answers of older ones are dropped
    ConnectionTester *m_tester;
    QObject *m_testContext = nullptr;
    QString m_testingId;
};

} // namespace csc
