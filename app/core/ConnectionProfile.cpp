// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/ConnectionProfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

namespace csc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("csc::ConnectionProfile", text);
}

bool isHttpsUrl(const QUrl &u)
{
    return u.isValid() && u.scheme() == QLatin1String("https") && !u.host().isEmpty() && !u.hasQuery() &&
           !u.hasFragment() && u.userInfo().isEmpty();
}
} // namespace

ConnectionProfile ConnectionProfile::create()
{
    ConnectionProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return p;
}

CloudEnvironment ConnectionProfile::environment() const
{
    if (cloud == CloudEnvironment::Id::Custom)
        return CloudEnvironment::custom(customAuthorityHost, customResourceManager);
    return CloudEnvironment::byId(cloud);
}

bool ConnectionProfile::isGuid(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(s).hasMatch();
}

bool ConnectionProfile::isTenantDomain(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^(?=.{4,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    return re.match(s).hasMatch();
}

Result<void> ConnectionProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return ApiError::validation(tr("Enter a name for the connection."));
    if (name.size() > 100)
        return ApiError::validation(tr("The connection name is longer than 100 characters."));
    if (localCloud) {
        // The console fills in the local cloud's endpoints, tenant and CA when it starts the emulator.
        if (!clientId.isEmpty() && !isGuid(clientId))
            return ApiError::validation(
                tr("The client id must be the application (client) id of an app "
                   "registration, a GUID such as 00000000-0000-0000-0000-000000000000."));
        return {};
    }
    if (!isGuid(tenantId) && !isTenantDomain(tenantId))
        return ApiError::validation(tr("The tenant must be a directory (tenant) id such as "
                                       "00000000-0000-0000-0000-000000000000 or a domain such as "
                                       "contoso.onmicrosoft.com."));
    if (!isGuid(clientId))
        return ApiError::validation(tr("The client id must be the application (client) id of an app "
                                       "registration, a GUID such as 00000000-0000-0000-0000-000000000000."));
    if (cloud == CloudEnvironment::Id::Custom) {
        if (!isHttpsUrl(customAuthorityHost))
            return ApiError::validation(tr("The sign-in authority must be an https:// address without query, "
                                           "for example https://login.microsoftonline.com."));
        if (!isHttpsUrl(customResourceManager))
            return ApiError::validation(
                tr("The Resource Manager endpoint must be an https:// address without "
                   "query, for example https://management.azure.com."));
    }
    if (!trustedCaFile.isEmpty()) {
        const QFileInfo fi(trustedCaFile);
        if (!fi.isFile() || !fi.isReadable())
            return ApiError::validation(
                tr("The trusted certificate authority file %1 cannot be read.").arg(trustedCaFile));
    }
    if (authMethod != AuthMethod::ClientSecret)
        return ApiError::validation(tr("This version signs in with a client secret only."));
    return {};
}

QString ConnectionProfile::secretKey(const QString &kind) const
{
    return QStringLiteral("profile/%1/%2").arg(id, kind);
}

QString ConnectionProfile::authMethodToString(AuthMethod m)
{
    switch (m) {
    case AuthMethod::ClientSecret:
        return QStringLiteral("clientSecret");
    case AuthMethod::Certificate:
        return QStringLiteral("certificate");
    case AuthMethod::InteractiveBrowser:
        return QStringLiteral("interactiveBrowser");
    case AuthMethod::DeviceCode:
        return QStringLiteral("deviceCode");
    case AuthMethod::ManagedIdentity:
        return QStringLiteral("managedIdentity");
    }
    return QStringLiteral("clientSecret");
}

ConnectionProfile::AuthMethod ConnectionProfile::authMethodFromString(const QString &s)
{
    for (AuthMethod m : {AuthMethod::ClientSecret, AuthMethod::Certificate, AuthMethod::InteractiveBrowser,
                         AuthMethod::DeviceCode, AuthMethod::ManagedIdentity}) {
        if (authMethodToString(m) == s)
            return m;
    }
    return AuthMethod::ClientSecret;
}

ProfileStore::ProfileStore(QSettings *settings) : m_settings(settings) {}

QList<ConnectionProfile> ProfileStore::load() const
{
    QList<ConnectionProfile> out;
    m_settings->beginGroup(QStringLiteral("profiles"));
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        ConnectionProfile p;
        p.id = id;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.cloud = CloudEnvironment::idFromString(m_settings->value(QStringLiteral("cloud")).toString());
        p.customAuthorityHost = QUrl(m_settings->value(QStringLiteral("authorityHost")).toString());
        p.customResourceManager = QUrl(m_settings->value(QStringLiteral("resourceManager")).toString());
        p.tenantId = m_settings->value(QStringLiteral("tenantId")).toString();
        p.clientId = m_settings->value(QStringLiteral("clientId")).toString();
        p.authMethod =
            ConnectionProfile::authMethodFromString(m_settings->value(QStringLiteral("auth")).toString());
        p.trustedCaFile = m_settings->value(QStringLiteral("trustedCaFile")).toString();
        p.localCloud = m_settings->value(QStringLiteral("localCloud"), false).toBool();
        m_settings->endGroup();
        out << p;
    }
    m_settings->endGroup();
    std::sort(out.begin(), out.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

void ProfileStore::save(const ConnectionProfile &p)
{
    m_settings->beginGroup(QStringLiteral("profiles"));
    m_settings->remove(p.id);
    m_settings->beginGroup(p.id);
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("cloud"), CloudEnvironment::idToString(p.cloud));
    if (p.cloud == CloudEnvironment::Id::Custom) {
        m_settings->setValue(QStringLiteral("authorityHost"), p.customAuthorityHost.toString());
        m_settings->setValue(QStringLiteral("resourceManager"), p.customResourceManager.toString());
    }
    m_settings->setValue(QStringLiteral("tenantId"), p.tenantId);
    m_settings->setValue(QStringLiteral("clientId"), p.clientId);
    m_settings->setValue(QStringLiteral("auth"), ConnectionProfile::authMethodToString(p.authMethod));
    if (!p.trustedCaFile.isEmpty())
        m_settings->setValue(QStringLiteral("trustedCaFile"), p.trustedCaFile);
    m_settings->setValue(QStringLiteral("localCloud"), p.localCloud);
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
}

void ProfileStore::remove(const QString &id)
{
    m_settings->beginGroup(QStringLiteral("profiles"));
    m_settings->remove(id);
    m_settings->endGroup();
    if (lastUsedId() == id)
        m_settings->remove(QStringLiteral("lastProfile"));
    m_settings->sync();
}

QString ProfileStore::lastUsedId() const
{
    return m_settings->value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastUsedId(const QString &id)
{
    m_settings->setValue(QStringLiteral("lastProfile"), id);
}

} // namespace csc
