// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace csc {

/**
 * @brief The parts of an ARM resource id
 * (`/subscriptions/{sub}/resourceGroups/{rg}/providers/{ns}/{type}/{name}`).
 *
 * Segment names are matched case-insensitively (ARM ids are case-insensitive); values keep the case the
 * service returned. Plain value type.
 */
struct ArmResourceId
{
    QString subscriptionId;    ///< empty if the id has no `subscriptions/{id}` pair
    QString resourceGroup;     ///< empty if the id has no `resourceGroups/{name}` pair
    QString providerNamespace; ///< e.g. Microsoft.DocumentDB; empty for subscriptions and resource groups
    QString name;              ///< the last segment (the resource's own name)

    static ArmResourceId parse(const QString &id);
    /// True when both ids name the same resource (ARM ids compare case-insensitively).
    static bool sameId(const QString &a, const QString &b);
};

/**
 * @brief An Azure subscription as `GET /subscriptions` returns it. Plain value type.
 */
struct Subscription
{
    QString id;             ///< /subscriptions/{subscriptionId}
    QString subscriptionId; ///< GUID
    QString displayName;
    QString state; ///< Enabled, Warned, PastDue, Disabled, Deleted
    QString tenantId;

    /// Needs `subscriptionId` (or an `id` it can be read from); a Parse error otherwise.
    static Result<Subscription> fromJson(const QJsonObject &json);
};

/**
 * @brief A resource group as `GET /subscriptions/{id}/resourcegroups` returns it. Plain value type.
 */
struct ResourceGroup
{
    QString id; ///< /subscriptions/{sub}/resourceGroups/{name}
    QString name;
    QString location;
    QString subscriptionId; ///< read from id

    /// Needs `id` and `name`; a Parse error otherwise.
    static Result<ResourceGroup> fromJson(const QJsonObject &json);
};

/**
 * @brief One Microsoft.DocumentDB/databaseAccounts resource (ARM api-version 2025-10-15) with its
 * security-relevant properties.
 *
 * A plain value type parsed by fromJson(); `raw` keeps the whole object so later changes can round-trip the
 * properties this type does not model. Absent booleans take ARM's defaults (false); absent strings stay
 * empty.
 */
struct CosmosAccount
{
    struct VirtualNetworkRule
    {
        QString id; ///< subnet resource id
        bool ignoreMissingVNetServiceEndpoint = false;
        bool operator==(const VirtualNetworkRule &) const = default;
    };

    struct PrivateEndpointConnection
    {
        QString id;
        QString name;
        QString privateEndpointId;
        QString status; ///< Pending, Approved, Rejected, Disconnected (free text in the spec)
        QString description;
        QString groupId;
        QString provisioningState;
        bool operator==(const PrivateEndpointConnection &) const = default;
    };

    struct UserAssignedIdentity
    {
        QString principalId;
        QString clientId;
        bool operator==(const UserAssignedIdentity &) const = default;
    };

    struct Identity
    {
        QString type;        ///< SystemAssigned, UserAssigned, "SystemAssigned,UserAssigned", None, or empty
        QString principalId; ///< of the system-assigned identity
        QString tenantId;
        QMap<QString, UserAssignedIdentity> userAssignedIdentities; ///< resource id -> ids
        bool hasSystemAssigned() const;
        bool hasUserAssigned() const;
        bool operator==(const Identity &) const = default;
    };

    /// generationTime of each key (`properties.keysMetadata`); invalid when not reported.
    struct KeysMetadata
    {
        QDateTime primaryMasterKey;
        QDateTime secondaryMasterKey;
        QDateTime primaryReadonlyMasterKey;
        QDateTime secondaryReadonlyMasterKey;
        bool operator==(const KeysMetadata &) const = default;
    };

    QString id;
    QString name;
    QString type;
    QString subscriptionId; ///< read from id
    QString resourceGroup;  ///< read from id
    QString location;
    QString kind; ///< GlobalDocumentDB, MongoDB, Parse
    QMap<QString, QString> tags;

    QString documentEndpoint;
    QString provisioningState;
    bool disableLocalAuth = false;
    bool disableKeyBasedMetadataWriteAccess = false;
    QString publicNetworkAccess; ///< Enabled, Disabled, SecuredByPerimeter; empty when absent
    QStringList ipRules; ///< `ipRules[].ipAddressOrRange`, or the legacy comma-separated `ipRangeFilter`
    bool isVirtualNetworkFilterEnabled = false;
    QList<VirtualNetworkRule> virtualNetworkRules;
    QString networkAclBypass; ///< None, AzureServices; empty when absent
    QStringList networkAclBypassResourceIds;
    QList<PrivateEndpointConnection> privateEndpointConnections;
    QString keyVaultKeyUri;
    QString keyVaultKeyUriVersion;
    QString customerManagedKeyStatus;
    QString defaultIdentity;   ///< FirstPartyIdentity, SystemAssignedIdentity, UserAssignedIdentity=<id>
    QString minimalTlsVersion; ///< Tls, Tls11, Tls12; empty when absent
    Identity identity;
    KeysMetadata keysMetadata;

    QJsonObject raw; ///< the object as received

    /// Needs a non-empty string `id` and `name`; a Parse error naming the missing field otherwise.
    static Result<CosmosAccount> fromJson(const QJsonObject &json);

    bool isValid() const { return !id.isEmpty(); }
    /// Public network access is on (Enabled, or absent, which ARM treats as Enabled).
    bool isPublicNetworkAccessEnabled() const;
    bool usesCustomerManagedKey() const { return !keyVaultKeyUri.isEmpty(); }
    /// The vault name from keyVaultKeyUri (`https://{vault}.vault.azure.net/...`); empty without a CMK.
    QString keyVaultName() const;
    /// Splits a legacy `ipRangeFilter` ("1.2.3.4,10.0.0.0/8") into trimmed, non-empty entries.
    static QStringList splitIpRangeFilter(const QString &filter);

    bool operator==(const CosmosAccount &other) const;
};

} // namespace csc

Q_DECLARE_METATYPE(csc::CosmosAccount)
Q_DECLARE_METATYPE(csc::Subscription)
Q_DECLARE_METATYPE(csc::ResourceGroup)
