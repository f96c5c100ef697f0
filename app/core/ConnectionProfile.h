// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CloudEnvironment.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace csc {

/**
 * @brief Non-secret description of how to reach and sign in to one Azure environment.
 *
 * Stored in QSettings by ProfileStore. Secrets (client secret, refresh token) live in the SecretStore under
 * secretKey(...), never here.
 */
struct ConnectionProfile
{
    /// How the console signs in. Only ClientSecret exists today; the others are reserved so stored profiles
    /// of later versions keep their meaning.
    enum class AuthMethod
    {
        ClientSecret,
        Certificate,
        InteractiveBrowser,
        DeviceCode,
        ManagedIdentity
    };

    QString id;   ///< stable UUID without braces
    QString name; ///< shown in the UI
    CloudEnvironment::Id cloud = CloudEnvironment::Id::AzureCloud;
    QUrl customAuthorityHost;   ///< only for Custom
    QUrl customResourceManager; ///< only for Custom
    QString tenantId;           ///< GUID or verified domain
    QString clientId;           ///< application (client) id GUID
    AuthMethod authMethod = AuthMethod::ClientSecret;
    QString trustedCaFile;   ///< optional PEM file with one extra CA (the local cloud's)
    bool localCloud = false; ///< managed by the console: starts the local emulator

    static ConnectionProfile create(); ///< new id, defaults
    CloudEnvironment environment() const;
    /// Checks every field; the error is a Validation error naming the field and what is expected.
    Result<void> validate() const;

    /// Key in the SecretStore for a secret of this profile, e.g. "profile/<id>/client-secret".
    QString secretKey(const QString &kind) const;
    static QString clientSecretKind() { return QStringLiteral("client-secret"); }

    static QString authMethodToString(AuthMethod m);
    static AuthMethod authMethodFromString(const QString &s);

    static bool isGuid(const QString &s);
    static bool isTenantDomain(const QString &s);

    bool operator==(const ConnectionProfile &) const = default;
};

/**
 * @brief Loads and saves ConnectionProfiles in QSettings (group "profiles"), plus the last used profile id.
 */
class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings); ///< not owned
    QList<ConnectionProfile> load() const;
    void save(const ConnectionProfile &profile);
    void remove(const QString &id);
    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

private:
    QSettings *m_settings;
};

} // namespace csc
