// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CosmosAccount.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace csc {

/**
 * @brief The security summary of one CosmosAccount: one finding per area, each good / attention / risk with a
 * translated one-line reason, and the overall (worst) level.
 *
 * Pure and deterministic: evaluate() looks only at the account value. Plain value type.
 */
class SecurityPosture
{
public:
    /// Ordered from best to worst; numeric values are stable (used for sorting and item roles).
    enum class Level
    {
        Good = 0,
        Attention = 1,
        Risk = 2
    };

    /// One area of the summary, in display order.
    enum class Area
    {
        KeyAuthentication,
        KeyBasedMetadataWrites,
        PublicNetworkAccess,
        Firewall,
        PrivateEndpoints,
        Encryption,
        MinimalTls,
        ManagedIdentity
    };

    struct Finding
    {
        Area area = Area::KeyAuthentication;
        Level level = Level::Good;
        QString title;  ///< translated area title ("Key authentication")
        QString reason; ///< translated, one line ("Open to the whole internet")
    };

    /// Evaluates every area of `account`.
    static SecurityPosture evaluate(const CosmosAccount &account);

    const QList<Finding> &findings() const { return m_findings; }
    /// The finding of one area (every area has exactly one after evaluate()).
    Finding finding(Area area) const;
    Level overall() const { return m_overall; }
    int count(Level level) const;

    static QList<Area> allAreas();
    static QString areaTitle(Area area);   ///< translated
    static QString levelText(Level level); ///< translated: Good, Attention, Risk
    static Level worse(Level a, Level b) { return int(a) >= int(b) ? a : b; }

    /// How Cosmos DB treats one firewall entry.
    enum class IpRuleKind
    {
        Address,          ///< a single public IPv4 address (or /32)
        Range,            ///< a public CIDR range with a prefix of /16 or longer
        WideRange,        ///< a CIDR range wider than /16
        Everything,       ///< 0.0.0.0/0
        AzureDatacenters, ///< the pseudo rule 0.0.0.0: any Azure datacenter, any tenant
        Private,          ///< in 10/8, 100.64/10, 172.16/12, 192.168/16 or loopback: cannot be enforced
        Invalid           ///< not an IPv4 address or CIDR range
    };
    /// Classifies one `ipAddressOrRange` value. Pure.
    static IpRuleKind classifyIpRule(const QString &rule);

private:
    QList<Finding> m_findings;
    Level m_overall = Level::Good;
};

} // namespace csc

Q_DECLARE_METATYPE(csc::SecurityPosture)
