// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/SecurityPosture.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace csc {

namespace {

using Level = SecurityPosture::Level;
using Area = SecurityPosture::Area;
using Finding = SecurityPosture::Finding;

/// Parses "a.b.c.d" into a 32-bit address.
std::optional<quint32> parseIpv4(const QString &s)
{
    const QStringList parts = s.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 addr = 0;
    for (const QString &p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return std::nullopt;
        for (const QChar c : p) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
        }
        const uint v = p.toUInt();
        if (v > 255)
            return std::nullopt;
        addr = (addr << 8) | v;
    }
    return addr;
}

bool inRange(quint32 addr, quint32 network, int prefix)
{
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return (addr & mask) == (network & mask);
}

bool isPrivate(quint32 addr)
{
    return inRange(addr, 0x0A000000u, 8)     // 10.0.0.0/8
           || inRange(addr, 0x64400000u, 10) // 100.64.0.0/10
           || inRange(addr, 0xAC100000u, 12) // 172.16.0.0/12
           || inRange(addr, 0xC0A80000u, 16) // 192.168.0.0/16
           || inRange(addr, 0x7F000000u, 8); // 127.0.0.0/8
}

Finding make(Area area, Level level, const QString &reason)
{
    return Finding{area, level, SecurityPosture::areaTitle(area), reason};
}

Finding publicNetworkAccess(const CosmosAccount &a);

Finding keyAuthentication(const CosmosAccount &a)
{
    if (a.disableLocalAuth)
        return make(Area::KeyAuthentication, Level::Good,
                    QCoreApplication::translate("csc::SecurityPosture",
                                                "Only Microsoft Entra ID identities can use the data"));
    // A leaked key is worst when the endpoint answers the whole internet (or any Azure tenant).
    if (publicNetworkAccess(a).level == Level::Risk)
        return make(
            Area::KeyAuthentication, Level::Risk,
            QCoreApplication::translate("csc::SecurityPosture",
                                        "Account keys and resource tokens work; anyone with a key has "
                                        "full access from anywhere"));
    return make(Area::KeyAuthentication, Level::Attention,
                QCoreApplication::translate("csc::SecurityPosture",
                                            "Account keys and resource tokens work; anyone with a key and "
                                            "network access has full access"));
}

Finding metadataWrites(const CosmosAccount &a)
{
    if (a.disableKeyBasedMetadataWriteAccess)
        return make(Area::KeyBasedMetadataWrites, Level::Good,
                    QCoreApplication::translate("csc::SecurityPosture",
                                                "Databases and containers change only through Azure Resource "
                                                "Manager"));
    if (a.disableLocalAuth)
        return make(Area::KeyBasedMetadataWrites, Level::Good,
                    QCoreApplication::translate("csc::SecurityPosture",
                                                "Keys are disabled, so they cannot change databases or "
                                                "containers"));
    return make(Area::KeyBasedMetadataWrites, Level::Attention,
                QCoreApplication::translate("csc::SecurityPosture",
                                            "Anyone with an account key can create and delete databases and "
                                            "containers"));
}

struct RuleStats
{
    bool azureDatacenters = false;
    bool everything = false;
    QStringList wide;
    QStringList privateRules;
    QStringList invalid;
};

RuleStats ruleStats(const CosmosAccount &a)
{
    RuleStats s;
    for (const QString &rule : a.ipRules) {
        switch (SecurityPosture::classifyIpRule(rule)) {
        case SecurityPosture::IpRuleKind::AzureDatacenters:
            s.azureDatacenters = true;
            break;
        case SecurityPosture::IpRuleKind::Everything:
            s.everything = true;
            break;
        case SecurityPosture::IpRuleKind::WideRange:
            s.wide << rule;
            break;
        case SecurityPosture::IpRuleKind::Private:
            s.privateRules << rule;
            break;
        case SecurityPosture::IpRuleKind::Invalid:
            s.invalid << rule;
            break;
        case SecurityPosture::IpRuleKind::Address:
        case SecurityPosture::IpRuleKind::Range:
            break;
        }
    }
    return s;
}

bool isPerimeter(const CosmosAccount &a)
{
    return a.publicNetworkAccess.compare(QLatin1String("SecuredByPerimeter"), Qt::CaseInsensitive) == 0;
}

bool isDisabled(const CosmosAccount &a)
{
    return a.publicNetworkAccess.compare(QLatin1String("Disabled"), Qt::CaseInsensitive) == 0;
}

Finding publicNetworkAccess(const CosmosAccount &a)
{
    if (isDisabled(a))
        return make(Area::PublicNetworkAccess, Level::Good,
                    QCoreApplication::translate("csc::SecurityPosture", "Private endpoints only"));
    if (isPerimeter(a))
        return make(
            Area::PublicNetworkAccess, Level::Good,
            QCoreApplication::translate("csc::SecurityPosture", "Secured by a network security perimeter"));
    if (!a.isPublicNetworkAccessEnabled())
        return make(Area::PublicNetworkAccess, Level::Attention,
                    QCoreApplication::translate("csc::SecurityPosture", "Unknown setting \"%1\"")
                        .arg(a.publicNetworkAccess));
    const RuleStats s = ruleStats(a);
    if (s.everything || (a.ipRules.isEmpty() && !a.isVirtualNetworkFilterEnabled))
        return make(Area::PublicNetworkAccess, Level::Risk,
                    QCoreApplication::translate("csc::SecurityPosture", "Open to the whole internet"));
    if (s.azureDatacenters)
        return make(
            Area::PublicNetworkAccess, Level::Risk,
            QCoreApplication::translate("csc::SecurityPosture", "Accepts any Azure datacenter, any tenant"));
    if (!a.ipRules.isEmpty())
        return make(Area::PublicNetworkAccess, Level::Attention,
                    QCoreApplication::translate("csc::SecurityPosture",
                                                "Reachable from the internet through %n firewall rule(s)",
                                                nullptr, int(a.ipRules.size())));
    if (a.virtualNetworkRules.isEmpty())
        return make(Area::PublicNetworkAccess, Level::Good,
                    QCoreApplication::translate("csc::SecurityPosture",
                                                "Public endpoint on, but the firewall admits no address"));
    return make(Area::PublicNetworkAccess, Level::Good,
                QCoreApplication::translate("csc::SecurityPosture",
                                            "Reachable only from %n virtual network subnet(s)", nullptr,
                                            int(a.virtualNetworkRules.size())));
}

Finding firewall(const CosmosAccount &a)
{
    if (isDisabled(a) || isPerimeter(a))
        return make(
            Area::Firewall, Level::Good,
            QCoreApplication::translate("csc::SecurityPosture", "Not needed: the public endpoint is closed"));
    if (!a.isPublicNetworkAccessEnabled())
        return make(Area::Firewall, Level::Attention,
                    QCoreApplication::translate("csc::SecurityPosture", "Unknown setting \"%1\"")
                        .arg(a.publicNetworkAccess));

    // Every problem found, worst first; the finding shows the worst and counts the others.
    QList<std::pair<Level, QString>> issues;
    const RuleStats s = ruleStats(a);
    if (a.ipRules.isEmpty() && !a.isVirtualNetworkFilterEnabled)
        issues.append(
            {Level::Risk, QCoreApplication::translate("csc::SecurityPosture",
                                                      "No IP or virtual network rules; every address is "
                                                      "allowed")});
    if (s.everything)
        issues.append({Level::Risk, QCoreApplication::translate("csc::SecurityPosture",
                                                                "0.0.0.0/0 admits every address")});
    if (s.azureDatacenters)
        issues.append(
            {Level::Risk, QCoreApplication::translate("csc::SecurityPosture",
                                                      "0.0.0.0 admits every Azure datacenter, any tenant")});
    for (const QString &r : s.invalid)
        issues.append(
            {Level::Attention,
             QCoreApplication::translate("csc::SecurityPosture", "%1 is not a valid IPv4 address or range")
                 .arg(r)});
    for (const QString &r : s.privateRules)
        issues.append({Level::Attention,
                       QCoreApplication::translate("csc::SecurityPosture",
                                                   "%1 is a private range, which Cosmos DB cannot enforce")
                           .arg(r)});
    for (const QString &r : s.wide)
        issues.append({Level::Attention, QCoreApplication::translate("csc::SecurityPosture",
                                                                     "%1 spans more than 65,536 addresses")
                                             .arg(r)});
    if (!a.isVirtualNetworkFilterEnabled && !a.virtualNetworkRules.isEmpty())
        issues.append({Level::Attention, QCoreApplication::translate("csc::SecurityPosture",
                                                                     "Virtual network rules are ignored: the "
                                                                     "virtual network filter is off")});
    if (a.networkAclBypass.compare(QLatin1String("AzureServices"), Qt::CaseInsensitive) == 0) {
        issues.append(
            {Level::Attention,
             a.networkAclBypassResourceIds.isEmpty()
                 ? QCoreApplication::translate("csc::SecurityPosture", "Azure services bypass the firewall")
                 : QCoreApplication::translate("csc::SecurityPosture",
                                               "%n Azure resource(s) bypass the firewall", nullptr,
                                               int(a.networkAclBypassResourceIds.size()))});
    }
    if (issues.isEmpty()) {
        const int subnets = a.isVirtualNetworkFilterEnabled ? int(a.virtualNetworkRules.size()) : 0;
        return make(Area::Firewall, Level::Good,
                    QCoreApplication::translate("csc::SecurityPosture", "%1 and %2")
                        .arg(QCoreApplication::translate("csc::SecurityPosture", "%n IP rule(s)", nullptr,
                                                         int(a.ipRules.size())),
                             QCoreApplication::translate("csc::SecurityPosture", "%n subnet rule(s)", nullptr,
                                                         subnets)));
    }
    std::stable_sort(issues.begin(), issues.end(),
                     [](const auto &x, const auto &y) { return int(x.first) > int(y.first); });
    QString reason = issues.constFirst().second;
    if (issues.size() > 1) {
        const int more = int(issues.size()) - 1;
        const QString text =
            QCoreApplication::translate("csc::SecurityPosture", "%1 (and %n more)", nullptr, more);
        reason = text.arg(reason);
    }
    return make(Area::Firewall, issues.constFirst().first, reason);
}

Finding privateEndpoints(const CosmosAccount &a)
{
    int approved = 0;
    int pending = 0;
    for (const CosmosAccount::PrivateEndpointConnection &c : a.privateEndpointConnections) {
        if (c.status.compare(QLatin1String("Approved"), Qt::CaseInsensitive) == 0)
            ++approved;
        else if (c.status.compare(QLatin1String("Pending"), Qt::CaseInsensitive) == 0)
            ++pending;
    }
    if (pending > 0 && approved > 0) {
        const QString text = QCoreApplication::translate(
            "csc::SecurityPosture", "%1 approved, %n waiting for approval", nullptr, pending);
        return make(Area::PrivateEndpoints, Level::Attention, text.arg(approved));
    }
    if (pending > 0) {
        const QString text = QCoreApplication::translate(
            "csc::SecurityPosture", "%n connection(s) waiting for approval", nullptr, pending);
        return make(Area::PrivateEndpoints, Level::Attention, text);
    }
    if (approved > 0)
        return make(Area::PrivateEndpoints, Level::Good,
                    QCoreApplication::translate("csc::SecurityPosture", "%n approved private endpoint(s)",
                                                nullptr, approved));
    if (isDisabled(a))
        return make(
            Area::PrivateEndpoints, Level::Attention,
            QCoreApplication::translate("csc::SecurityPosture",
                                        "No approved private endpoint, and the public endpoint is closed: "
                                        "nothing can reach the data"));
    return make(
        Area::PrivateEndpoints, Level::Attention,
        QCoreApplication::translate("csc::SecurityPosture", "None; all traffic uses the public endpoint"));
}

Finding encryption(const CosmosAccount &a)
{
    if (!a.usesCustomerManagedKey())
        return make(Area::Encryption, Level::Attention,
                    QCoreApplication::translate("csc::SecurityPosture", "Microsoft-managed keys"));
    const QString vault = a.keyVaultName();
    const QString status = a.customerManagedKeyStatus;
    // Anything but confirmed access means Cosmos DB cannot reach the key: the data is unavailable.
    if (!status.isEmpty() && !status.contains(QLatin1String("confirmed"), Qt::CaseInsensitive))
        return make(Area::Encryption, Level::Risk,
                    QCoreApplication::translate("csc::SecurityPosture", "Customer-managed key in %1: %2")
                        .arg(vault, status));
    return make(Area::Encryption, Level::Good,
                QCoreApplication::translate("csc::SecurityPosture", "Customer-managed key in Key Vault %1")
                    .arg(vault));
}

Finding minimalTls(const CosmosAccount &a)
{
    const QString v = a.minimalTlsVersion;
    if (v.compare(QLatin1String("Tls12"), Qt::CaseInsensitive) == 0 ||
        v.compare(QLatin1String("Tls13"), Qt::CaseInsensitive) == 0)
        return make(Area::MinimalTls, Level::Good,
                    QCoreApplication::translate("csc::SecurityPosture", "TLS 1.2 or later only"));
    if (v.compare(QLatin1String("Tls"), Qt::CaseInsensitive) == 0 ||
        v.compare(QLatin1String("Tls10"), Qt::CaseInsensitive) == 0)
        return make(Area::MinimalTls, Level::Risk,
                    QCoreApplication::translate("csc::SecurityPosture", "Accepts %1, which is retired")
                        .arg(QStringLiteral("TLS 1.0")));
    if (v.compare(QLatin1String("Tls11"), Qt::CaseInsensitive) == 0)
        return make(Area::MinimalTls, Level::Risk,
                    QCoreApplication::translate("csc::SecurityPosture", "Accepts %1, which is retired")
                        .arg(QStringLiteral("TLS 1.1")));
    if (v.isEmpty())
        return make(Area::MinimalTls, Level::Attention,
                    QCoreApplication::translate("csc::SecurityPosture", "Not reported by the service"));
    return make(Area::MinimalTls, Level::Attention,
                QCoreApplication::translate("csc::SecurityPosture", "Unknown setting \"%1\"").arg(v));
}

Finding managedIdentity(const CosmosAccount &a)
{
    const CosmosAccount::Identity &id = a.identity;
    const bool system = id.hasSystemAssigned();
    const int user = int(id.userAssignedIdentities.size());
    const bool any = system || id.hasUserAssigned();

    // Which identity Cosmos DB uses to reach the key vault (only matters with a customer-managed key).
    const QString def = a.defaultIdentity;
    const bool wantsSystem = def.compare(QLatin1String("SystemAssignedIdentity"), Qt::CaseInsensitive) == 0;
    const QLatin1String userPrefix("UserAssignedIdentity=");
    const bool wantsUser = def.startsWith(userPrefix, Qt::CaseInsensitive);
    if (a.usesCustomerManagedKey()) {
        bool missing = wantsSystem && !system;
        if (wantsUser) {
            const QString wanted = def.mid(userPrefix.size());
            missing = true;
            for (auto it = id.userAssignedIdentities.cbegin(); it != id.userAssignedIdentities.cend(); ++it) {
                if (ArmResourceId::sameId(it.key(), wanted))
                    missing = false;
            }
        }
        if (missing)
            return make(
                Area::ManagedIdentity, Level::Risk,
                QCoreApplication::translate("csc::SecurityPosture",
                                            "The key vault is reached with an identity the account does "
                                            "not have"));
        if (!wantsSystem && !wantsUser)
            return make(Area::ManagedIdentity, Level::Attention,
                        QCoreApplication::translate("csc::SecurityPosture",
                                                    "The key vault is reached with the shared first-party "
                                                    "identity of Cosmos DB"));
    }
    if (!any)
        return make(
            Area::ManagedIdentity, Level::Attention,
            QCoreApplication::translate("csc::SecurityPosture",
                                        "None; a managed identity is needed for customer-managed keys"));
    if (system && user > 0)
        return make(Area::ManagedIdentity, Level::Good,
                    QCoreApplication::translate("csc::SecurityPosture",
                                                "System-assigned identity; user-assigned identities: %n",
                                                nullptr, user));
    if (system)
        return make(Area::ManagedIdentity, Level::Good,
                    QCoreApplication::translate("csc::SecurityPosture", "System-assigned identity"));
    return make(Area::ManagedIdentity, Level::Good,
                QCoreApplication::translate("csc::SecurityPosture", "User-assigned identities: %n", nullptr,
                                            std::max(user, 1)));
}

} // namespace

SecurityPosture SecurityPosture::evaluate(const CosmosAccount &account)
{
    SecurityPosture p;
    p.m_findings = {keyAuthentication(account), metadataWrites(account),   publicNetworkAccess(account),
                    firewall(account),          privateEndpoints(account), encryption(account),
                    minimalTls(account),        managedIdentity(account)};
    for (const Finding &f : std::as_const(p.m_findings))
        p.m_overall = worse(p.m_overall, f.level);
    return p;
}

SecurityPosture::Finding SecurityPosture::finding(Area area) const
{
    for (const Finding &f : m_findings) {
        if (f.area == area)
            return f;
    }
    return Finding{area, Level::Good, areaTitle(area), QString()};
}

int SecurityPosture::count(Level level) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [level](const Finding &f) { return f.level == level; }));
}

QList<SecurityPosture::Area> SecurityPosture::allAreas()
{
    return {Area::KeyAuthentication, Area::KeyBasedMetadataWrites, Area::PublicNetworkAccess,
            Area::Firewall,          Area::PrivateEndpoints,       Area::Encryption,
            Area::MinimalTls,        Area::ManagedIdentity};
}

QString SecurityPosture::areaTitle(Area area)
{
    switch (area) {
    case Area::KeyAuthentication:
        return QCoreApplication::translate("csc::SecurityPosture", "Key authentication");
    case Area::KeyBasedMetadataWrites:
        return QCoreApplication::translate("csc::SecurityPosture", "Key-based metadata writes");
    case Area::PublicNetworkAccess:
        return QCoreApplication::translate("csc::SecurityPosture", "Public network access");
    case Area::Firewall:
        return QCoreApplication::translate("csc::SecurityPosture", "Firewall");
    case Area::PrivateEndpoints:
        return QCoreApplication::translate("csc::SecurityPosture", "Private endpoints");
    case Area::Encryption:
        return QCoreApplication::translate("csc::SecurityPosture", "Encryption at rest");
    case Area::MinimalTls:
        return QCoreApplication::translate("csc::SecurityPosture", "Minimum TLS version");
    case Area::ManagedIdentity:
        return QCoreApplication::translate("csc::SecurityPosture", "Managed identity");
    }
    return {};
}

QString SecurityPosture::levelText(Level level)
{
    switch (level) {
    case Level::Good:
        return QCoreApplication::translate("csc::SecurityPosture", "Good");
    case Level::Attention:
        return QCoreApplication::translate("csc::SecurityPosture", "Attention");
    case Level::Risk:
        return QCoreApplication::translate("csc::SecurityPosture", "Risk");
    }
    return {};
}

SecurityPosture::IpRuleKind SecurityPosture::classifyIpRule(const QString &rule)
{
    const QString r = rule.trimmed();
    const qsizetype slash = r.indexOf(QLatin1Char('/'));
    const std::optional<quint32> addr = parseIpv4(slash < 0 ? r : r.left(slash));
    if (!addr)
        return IpRuleKind::Invalid;
    int prefix = 32;
    if (slash >= 0) {
        const QString p = r.mid(slash + 1);
        bool ok = false;
        prefix = p.toInt(&ok);
        if (!ok || p.isEmpty() || p.size() > 2 || prefix < 0 || prefix > 32 || !p.at(0).isDigit())
            return IpRuleKind::Invalid;
    }
    if (*addr == 0 && prefix == 32)
        return IpRuleKind::AzureDatacenters;
    if (prefix == 0)
        return IpRuleKind::Everything;
    if (isPrivate(*addr))
        return IpRuleKind::Private;
    if (prefix < 16)
        return IpRuleKind::WideRange;
    return prefix == 32 ? IpRuleKind::Address : IpRuleKind::Range;
}

} // namespace csc
