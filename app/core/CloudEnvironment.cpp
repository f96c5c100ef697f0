// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/CloudEnvironment.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace csc {

namespace {
QUrl stripSlash(QUrl u)
{
    QString p = u.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    u.setPath(p);
    return u;
}
} // namespace

CloudEnvironment CloudEnvironment::azureCloud()
{
    CloudEnvironment c;
    c.id = Id::AzureCloud;
    c.authorityHost = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    c.resourceManager = QUrl(QStringLiteral("https://management.azure.com"));
    c.resourceManagerScope = QStringLiteral("https://management.azure.com/.default");
    c.cosmosSuffix = QStringLiteral("documents.azure.com");
    c.cosmosScope = QStringLiteral("https://cosmos.azure.com/.default");
    c.keyVaultScope = QStringLiteral("https://vault.azure.net/.default");
    c.keyVaultSuffix = QStringLiteral(".vault.azure.net");
    c.logAnalytics = QUrl(QStringLiteral("https://api.loganalytics.io"));
    c.logAnalyticsScope = QStringLiteral("https://api.loganalytics.io/.default");
    c.microsoftGraph = QUrl(QStringLiteral("https://graph.microsoft.com"));
    c.microsoftGraphScope = QStringLiteral("https://graph.microsoft.com/.default");
    return c;
}

CloudEnvironment CloudEnvironment::azureChinaCloud()
{
    CloudEnvironment c;
    c.id = Id::AzureChinaCloud;
    c.authorityHost = QUrl(QStringLiteral("https://login.chinacloudapi.cn"));
    c.resourceManager = QUrl(QStringLiteral("https://management.chinacloudapi.cn"));
    c.resourceManagerScope = QStringLiteral("https://management.chinacloudapi.cn/.default");
    c.cosmosSuffix = QStringLiteral("documents.azure.cn");
    c.cosmosScope = QStringLiteral("https://cosmos.azure.cn/.default");
    c.keyVaultScope = QStringLiteral("https://vault.azure.cn/.default");
    c.keyVaultSuffix = QStringLiteral(".vault.azure.cn");
    c.logAnalytics = QUrl(QStringLiteral("https://api.loganalytics.azure.cn"));
    c.logAnalyticsScope = QStringLiteral("https://api.loganalytics.azure.cn/.default");
    c.microsoftGraph = QUrl(QStringLiteral("https://microsoftgraph.chinacloudapi.cn"));
    c.microsoftGraphScope = QStringLiteral("https://microsoftgraph.chinacloudapi.cn/.default");
    return c;
}

CloudEnvironment CloudEnvironment::azureUsGovernment()
{
    CloudEnvironment c;
    c.id = Id::AzureUSGovernment;
    c.authorityHost = QUrl(QStringLiteral("https://login.microsoftonline.us"));
    c.resourceManager = QUrl(QStringLiteral("https://management.usgovcloudapi.net"));
    c.resourceManagerScope = QStringLiteral("https://management.usgovcloudapi.net/.default");
    c.cosmosSuffix = QStringLiteral("documents.azure.us");
    c.cosmosScope = QStringLiteral("https://cosmos.azure.us/.default");
    c.keyVaultScope = QStringLiteral("https://vault.usgovcloudapi.net/.default");
    c.keyVaultSuffix = QStringLiteral(".vault.usgovcloudapi.net");
    c.logAnalytics = QUrl(QStringLiteral("https://api.loganalytics.us"));
    c.logAnalyticsScope = QStringLiteral("https://api.loganalytics.us/.default");
    c.microsoftGraph = QUrl(QStringLiteral("https://graph.microsoft.us"));
    c.microsoftGraphScope = QStringLiteral("https://graph.microsoft.us/.default");
    return c;
}

CloudEnvironment CloudEnvironment::custom(const QUrl &authorityHost, const QUrl &resourceManager)
{
    CloudEnvironment c = azureCloud();
    c.id = Id::Custom;
    c.authorityHost = stripSlash(authorityHost);
    c.resourceManager = stripSlash(resourceManager);
    c.resourceManagerScope = c.resourceManager.toString() + QStringLiteral("/.default");
    // A custom cloud serves Microsoft Graph beside ARM (the local cloud does).
    c.microsoftGraph = c.resourceManager;
    c.microsoftGraphScope = c.resourceManagerScope;
    return c;
}

CloudEnvironment CloudEnvironment::byId(Id id)
{
    switch (id) {
    case Id::AzureChinaCloud:
        return azureChinaCloud();
    case Id::AzureUSGovernment:
        return azureUsGovernment();
    case Id::AzureCloud:
    case Id::Custom:
        break;
    }
    CloudEnvironment c = azureCloud();
    c.id = id;
    return c;
}

QString CloudEnvironment::idToString(Id id)
{
    switch (id) {
    case Id::AzureCloud:
        return QStringLiteral("AzureCloud");
    case Id::AzureChinaCloud:
        return QStringLiteral("AzureChinaCloud");
    case Id::AzureUSGovernment:
        return QStringLiteral("AzureUSGovernment");
    case Id::Custom:
        return QStringLiteral("Custom");
    }
    return QStringLiteral("AzureCloud");
}

CloudEnvironment::Id CloudEnvironment::idFromString(const QString &s, bool *ok)
{
    if (ok)
        *ok = true;
    if (s == QLatin1String("AzureCloud"))
        return Id::AzureCloud;
    if (s == QLatin1String("AzureChinaCloud"))
        return Id::AzureChinaCloud;
    if (s == QLatin1String("AzureUSGovernment"))
        return Id::AzureUSGovernment;
    if (s == QLatin1String("Custom"))
        return Id::Custom;
    if (ok)
        *ok = false;
    return Id::AzureCloud;
}

QString CloudEnvironment::displayName() const
{
    switch (id) {
    case Id::AzureCloud:
        return QCoreApplication::translate("csc::CloudEnvironment", "Azure (global)");
    case Id::AzureChinaCloud:
        return QCoreApplication::translate("csc::CloudEnvironment", "Azure operated by 21Vianet (China)");
    case Id::AzureUSGovernment:
        return QCoreApplication::translate("csc::CloudEnvironment", "Azure US Government");
    case Id::Custom:
        return QCoreApplication::translate("csc::CloudEnvironment", "Custom endpoints");
    }
    return {};
}

QUrl CloudEnvironment::tokenEndpoint(const QString &tenant) const
{
    QUrl u = authorityHost;
    u.setPath(u.path() + QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/token"));
    return u;
}

QUrl CloudEnvironment::openIdConfiguration(const QString &tenant) const
{
    QUrl u = authorityHost;
    u.setPath(u.path() + QLatin1Char('/') + tenant +
              QStringLiteral("/v2.0/.well-known/openid-configuration"));
    return u;
}

QUrl CloudEnvironment::armUrl(const QString &path, const QString &apiVersion) const
{
    QUrl u = resourceManager;
    u.setPath(u.path() + path);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("api-version"), apiVersion);
    u.setQuery(q);
    return u;
}

} // namespace csc
