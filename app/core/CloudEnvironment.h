// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

namespace csc {

/**
 * @brief The endpoints of one Azure cloud: where to sign in, where ARM is, which scopes to ask for.
 *
 * Values for the public and sovereign clouds follow the Azure CLI's cloud definitions. `Custom` is used for
 * the local cloud (every endpoint on the emulator) and for private clouds.
 */
struct CloudEnvironment
{
    enum class Id
    {
        AzureCloud,
        AzureChinaCloud,
        AzureUSGovernment,
        Custom
    };

    Id id = Id::AzureCloud;
    QUrl authorityHost;           ///< e.g. https://login.microsoftonline.com (no tenant, no trailing slash)
    QUrl resourceManager;         ///< e.g. https://management.azure.com (no trailing slash)
    QString resourceManagerScope; ///< e.g. https://management.azure.com/.default
    QString cosmosSuffix;         ///< e.g. documents.azure.com
    QString cosmosScope;          ///< e.g. https://cosmos.azure.com/.default
    QString keyVaultScope;        ///< e.g. https://vault.azure.net/.default
    QString keyVaultSuffix;       ///< e.g. .vault.azure.net
    QUrl logAnalytics;            ///< e.g. https://api.loganalytics.io
    QString logAnalyticsScope;
    QUrl microsoftGraph;         ///< e.g. https://graph.microsoft.com (the local cloud: its ARM base)
    QString microsoftGraphScope; ///< e.g. https://graph.microsoft.com/.default

    static CloudEnvironment azureCloud();
    static CloudEnvironment azureChinaCloud();
    static CloudEnvironment azureUsGovernment();
    /// A custom cloud whose every endpoint lives under `base` (the local cloud): ARM at base, authority at
    /// base.
    static CloudEnvironment custom(const QUrl &authorityHost, const QUrl &resourceManager);
    static CloudEnvironment byId(Id id);

    static QString idToString(Id id); ///< "AzureCloud", ... (stable, stored in settings)
    static Id idFromString(const QString &s, bool *ok = nullptr);
    QString displayName() const; ///< translated

    /// https://{authority}/{tenant}/oauth2/v2.0/token
    QUrl tokenEndpoint(const QString &tenant) const;
    /// https://{authority}/{tenant}/v2.0/.well-known/openid-configuration
    QUrl openIdConfiguration(const QString &tenant) const;
    /// ARM URL for a path such as "/subscriptions" with the given api-version.
    QUrl armUrl(const QString &path, const QString &apiVersion) const;
};

} // namespace csc
