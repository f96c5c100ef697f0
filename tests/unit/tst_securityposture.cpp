// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/SecurityPosture.h"

#include <QJsonArray>
#include <QTest>

using namespace csc;
using Area = SecurityPosture::Area;
using Level = SecurityPosture::Level;
using IpRuleKind = SecurityPosture::IpRuleKind;

namespace {

const QString kSub = QStringLiteral("8f0c3e2a-1111-4a5b-9c6d-000000000001");
const QString kUami =
    QStringLiteral("/subscriptions/8f0c3e2a-1111-4a5b-9c6d-000000000001/resourceGroups/rg/providers/"
                   "Microsoft.ManagedIdentity/userAssignedIdentities/id-orders");
const QString kOtherUami =
    QStringLiteral("/subscriptions/8f0c3e2a-1111-4a5b-9c6d-000000000001/resourceGroups/rg/"
                   "providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-other");
const QString kCmk = QStringLiteral("https://orders-kv.vault.azure.net/keys/cosmos-cmk");

CosmosAccount account(const QJsonObject &properties, const QJsonObject &identity = {})
{
    QJsonObject json{{QStringLiteral("id"), QStringLiteral("/subscriptions/%1/resourceGroups/rg/providers/"
                                                           "Microsoft.DocumentDB/databaseAccounts/acct")
                                                .arg(kSub)},
                     {QStringLiteral("name"), QStringLiteral("acct")},
                     {QStringLiteral("properties"), properties}};
    if (!identity.isEmpty())
        json.insert(QStringLiteral("identity"), identity);
    Result<CosmosAccount> r = CosmosAccount::fromJson(json);
    if (!r.ok())
        qFatal("test account does not parse");
    return std::move(r).value();
}

QJsonArray ipRules(const QStringList &rules)
{
    QJsonArray a;
    for (const QString &r : rules)
        a.append(QJsonObject{{QStringLiteral("ipAddressOrRange"), r}});
    return a;
}

QJsonArray connections(const QStringList &statuses)
{
    QJsonArray a;
    int i = 0;
    for (const QString &s : statuses) {
        a.append(QJsonObject{
            {QStringLiteral("id"),
             QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.DocumentDB/"
                            "databaseAccounts/acct/privateEndpointConnections/pe%1")
                 .arg(++i)},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("privateLinkServiceConnectionState"),
                                                        QJsonObject{{QStringLiteral("status"), s}}}}}});
    }
    return a;
}

QJsonArray subnets(int n)
{
    QJsonArray a;
    for (int i = 0; i < n; ++i)
        a.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("/subscriptions/s/resourceGroups/net/providers/"
                                                  "Microsoft.Network/virtualNetworks/v/subnets/s%1")
                                       .arg(i)}});
    return a;
}

QJsonObject system()
{
    return {{QStringLiteral("type"), QStringLiteral("SystemAssigned")},
            {QStringLiteral("principalId"), QStringLiteral("52f4fef3-3c3f-4ff3-b52e-b5c9eeb68656")}};
}

QJsonObject userAssigned(const QString &id)
{
    return {{QStringLiteral("type"), QStringLiteral("UserAssigned")},
            {QStringLiteral("userAssignedIdentities"), QJsonObject{{id, QJsonObject{}}}}};
}

QJsonObject hardened()
{
    return {{QStringLiteral("disableLocalAuth"), true},
            {QStringLiteral("disableKeyBasedMetadataWriteAccess"), true},
            {QStringLiteral("publicNetworkAccess"), QStringLiteral("Disabled")},
            {QStringLiteral("privateEndpointConnections"), connections({QStringLiteral("Approved")})},
            {QStringLiteral("keyVaultKeyUri"), kCmk},
            {QStringLiteral("defaultIdentity"), QStringLiteral("SystemAssignedIdentity")},
            {QStringLiteral("customerManagedKeyStatus"),
             QStringLiteral("Access to the configured customer managed key confirmed.")},
            {QStringLiteral("minimalTlsVersion"), QStringLiteral("Tls12")}};
}

QString p(const char *s)
{
    return QString::fromLatin1(s);
}

} // namespace

class TestSecurityPosture : public QObject
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void everyAreaHasOneFinding();
    void overallIsTheWorstLevel_data();
    void overallIsTheWorstLevel();
    void classifiesIpRules_data();
    void classifiesIpRules();
    void levelsAndTitlesAreNamed();
};

void TestSecurityPosture::rules_data()
{
    QTest::addColumn<QJsonObject>("properties");
    QTest::addColumn<QJsonObject>("identity");
    QTest::addColumn<Area>("area");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("reason"); // a part of the one-line reason

    const QJsonObject none;
    const QJsonObject enabled{{p("publicNetworkAccess"), p("Enabled")}};
    auto with = [](QJsonObject base, const QJsonObject &more) {
        for (auto it = more.begin(); it != more.end(); ++it)
            base.insert(it.key(), it.value());
        return base;
    };

    // Key authentication
    QTest::newRow("keys: local auth on, open to the internet")
        << none << none << Area::KeyAuthentication << Level::Risk
        << p("Account keys and resource tokens work; anyone with a key has full access from anywhere");
    QTest::newRow("keys: local auth on, private endpoints only")
        << QJsonObject{{p("publicNetworkAccess"), p("Disabled")}} << none << Area::KeyAuthentication
        << Level::Attention << p("anyone with a key and network access");
    QTest::newRow("keys: local auth on, firewalled")
        << QJsonObject{{p("ipRules"), QJsonArray{QJsonObject{{p("ipAddressOrRange"), p("203.0.113.7")}}}}}
        << none << Area::KeyAuthentication << Level::Attention << p("anyone with a key and network access");
    QTest::newRow("keys: local auth on, any Azure datacenter")
        << QJsonObject{{p("ipRules"), QJsonArray{QJsonObject{{p("ipAddressOrRange"), p("0.0.0.0")}}}}} << none
        << Area::KeyAuthentication << Level::Risk << p("from anywhere");
    QTest::newRow("keys: local auth off") << QJsonObject{{p("disableLocalAuth"), true}} << none
                                          << Area::KeyAuthentication << Level::Good << p("Entra ID");

    // Key-based metadata writes
    QTest::newRow("metadata: keys may write") << none << none << Area::KeyBasedMetadataWrites
                                              << Level::Attention << p("create and delete databases");
    QTest::newRow("metadata: ARM only")
        << QJsonObject{{p("disableKeyBasedMetadataWriteAccess"), true}} << none
        << Area::KeyBasedMetadataWrites << Level::Good << p("Azure Resource Manager");
    QTest::newRow("metadata: keys disabled")
        << QJsonObject{{p("disableLocalAuth"), true}} << none << Area::KeyBasedMetadataWrites << Level::Good
        << p("Keys are disabled");

    // Public network access
    QTest::newRow("public: absent means enabled, no rules")
        << none << none << Area::PublicNetworkAccess << Level::Risk << p("Open to the whole internet");
    QTest::newRow("public: enabled, no rules")
        << enabled << none << Area::PublicNetworkAccess << Level::Risk << p("Open to the whole internet");
    QTest::newRow("public: disabled")
        << QJsonObject{{p("publicNetworkAccess"), p("Disabled")}} << none << Area::PublicNetworkAccess
        << Level::Good << p("Private endpoints only");
    QTest::newRow("public: perimeter")
        << QJsonObject{{p("publicNetworkAccess"), p("SecuredByPerimeter")}} << none
        << Area::PublicNetworkAccess << Level::Good << p("network security perimeter");
    QTest::newRow("public: azure datacenters")
        << with(enabled, {{p("ipRules"), ipRules({p("203.0.113.7"), p("0.0.0.0")})}}) << none
        << Area::PublicNetworkAccess << Level::Risk << p("Accepts any Azure datacenter, any tenant");
    QTest::newRow("public: legacy filter with azure datacenters")
        << with(enabled, {{p("ipRangeFilter"), p("203.0.113.7,0.0.0.0")}}) << none
        << Area::PublicNetworkAccess << Level::Risk << p("Accepts any Azure datacenter, any tenant");
    QTest::newRow("public: 0.0.0.0/0")
        << with(enabled, {{p("ipRules"), ipRules({p("0.0.0.0/0")})}}) << none << Area::PublicNetworkAccess
        << Level::Risk << p("Open to the whole internet");
    QTest::newRow("public: ip rules")
        << with(enabled, {{p("ipRules"), ipRules({p("203.0.113.7"), p("198.51.100.0/24")})}}) << none
        << Area::PublicNetworkAccess << Level::Attention << p("through 2 firewall rule");
    QTest::newRow("public: subnets only")
        << with(enabled, {{p("isVirtualNetworkFilterEnabled"), true}, {p("virtualNetworkRules"), subnets(2)}})
        << none << Area::PublicNetworkAccess << Level::Good << p("only from 2 virtual network subnet");
    QTest::newRow("public: vnet filter, no rules")
        << with(enabled, {{p("isVirtualNetworkFilterEnabled"), true}}) << none << Area::PublicNetworkAccess
        << Level::Good << p("admits no address");
    QTest::newRow("public: subnets but filter off")
        << with(enabled, {{p("virtualNetworkRules"), subnets(1)}}) << none << Area::PublicNetworkAccess
        << Level::Risk << p("Open to the whole internet");
    QTest::newRow("public: unknown value")
        << QJsonObject{{p("publicNetworkAccess"), p("Sometimes")}} << none << Area::PublicNetworkAccess
        << Level::Attention << p("Unknown setting");

    // Firewall
    QTest::newRow("firewall: public disabled") << QJsonObject{{p("publicNetworkAccess"), p("Disabled")}}
                                               << none << Area::Firewall << Level::Good << p("Not needed");
    QTest::newRow("firewall: no rules")
        << enabled << none << Area::Firewall << Level::Risk << p("every address is allowed");
    QTest::newRow("firewall: narrow rules")
        << with(enabled, {{p("ipRules"), ipRules({p("203.0.113.7"), p("198.51.100.0/24")})},
                          {p("isVirtualNetworkFilterEnabled"), true},
                          {p("virtualNetworkRules"), subnets(1)}})
        << none << Area::Firewall << Level::Good << p("2 IP rule");
    QTest::newRow("firewall: private range")
        << with(enabled, {{p("ipRules"), ipRules({p("10.1.0.0/16")})}}) << none << Area::Firewall
        << Level::Attention << p("10.1.0.0/16 is a private range");
    QTest::newRow("firewall: private address")
        << with(enabled, {{p("ipRules"), ipRules({p("192.168.1.10")})}}) << none << Area::Firewall
        << Level::Attention << p("private range");
    QTest::newRow("firewall: invalid rule")
        << with(enabled, {{p("ipRules"), ipRules({p("300.1.1.1")})}}) << none << Area::Firewall
        << Level::Attention << p("300.1.1.1 is not a valid IPv4");
    QTest::newRow("firewall: IPv6 rule")
        << with(enabled, {{p("ipRules"), ipRules({p("2001:db8::1")})}}) << none << Area::Firewall
        << Level::Attention << p("not a valid IPv4");
    QTest::newRow("firewall: wide range")
        << with(enabled, {{p("ipRules"), ipRules({p("110.12.240.0/12")})}}) << none << Area::Firewall
        << Level::Attention << p("110.12.240.0/12 spans");
    QTest::newRow("firewall: azure datacenters")
        << with(enabled, {{p("ipRules"), ipRules({p("0.0.0.0")})}}) << none << Area::Firewall << Level::Risk
        << p("0.0.0.0 admits every Azure datacenter");
    QTest::newRow("firewall: everything")
        << with(enabled, {{p("ipRules"), ipRules({p("0.0.0.0/0")})}}) << none << Area::Firewall << Level::Risk
        << p("0.0.0.0/0 admits every address");
    QTest::newRow("firewall: worst first, others counted")
        << with(enabled, {{p("ipRules"), ipRules({p("10.0.0.1"), p("0.0.0.0"), p("1.0.0.0/8")})}}) << none
        << Area::Firewall << Level::Risk << p("Azure datacenter, any tenant (and 2 more)");
    QTest::newRow("firewall: subnet rules ignored")
        << with(enabled,
                {{p("ipRules"), ipRules({p("203.0.113.7")})}, {p("virtualNetworkRules"), subnets(1)}})
        << none << Area::Firewall << Level::Attention << p("filter is off");
    QTest::newRow("firewall: azure services bypass")
        << with(enabled,
                {{p("ipRules"), ipRules({p("203.0.113.7")})}, {p("networkAclBypass"), p("AzureServices")}})
        << none << Area::Firewall << Level::Attention << p("Azure services bypass the firewall");
    QTest::newRow("firewall: listed resources bypass")
        << with(enabled,
                {{p("ipRules"), ipRules({p("203.0.113.7")})},
                 {p("networkAclBypass"), p("AzureServices")},
                 {p("networkAclBypassResourceIds"),
                  QJsonArray{
                      p("/subscriptions/s/resourceGroups/g/providers/Microsoft.Synapse/workspaces/w")}}})
        << none << Area::Firewall << Level::Attention << p("1 Azure resource");
    QTest::newRow("firewall: bypass None is fine")
        << with(enabled, {{p("ipRules"), ipRules({p("203.0.113.7")})}, {p("networkAclBypass"), p("None")}})
        << none << Area::Firewall << Level::Good << p("1 IP rule");

    // Private endpoints
    QTest::newRow("pe: none, public")
        << none << none << Area::PrivateEndpoints << Level::Attention << p("public endpoint");
    QTest::newRow("pe: one approved")
        << QJsonObject{{p("privateEndpointConnections"), connections({p("Approved")})}} << none
        << Area::PrivateEndpoints << Level::Good << p("1 approved");
    QTest::newRow("pe: approved and pending")
        << QJsonObject{{p("privateEndpointConnections"),
                        connections({p("Approved"), p("Approved"), p("Pending")})}}
        << none << Area::PrivateEndpoints << Level::Attention << p("2 approved, 1 waiting for approval");
    QTest::newRow("pe: pending only")
        << QJsonObject{{p("privateEndpointConnections"), connections({p("pending")})}} << none
        << Area::PrivateEndpoints << Level::Attention << p("1 connection(s) waiting for approval");
    QTest::newRow("pe: private only, none approved")
        << QJsonObject{{p("publicNetworkAccess"), p("Disabled")},
                       {p("privateEndpointConnections"), connections({p("Rejected"), p("Disconnected")})}}
        << none << Area::PrivateEndpoints << Level::Attention << p("nothing can reach the data");

    // Encryption
    QTest::newRow("cmk: service-managed")
        << none << none << Area::Encryption << Level::Attention << p("Microsoft-managed keys");
    QTest::newRow("cmk: customer-managed")
        << QJsonObject{{p("keyVaultKeyUri"), kCmk}} << none << Area::Encryption << Level::Good
        << p("Customer-managed key in Key Vault orders-kv");
    QTest::newRow("cmk: confirmed status")
        << QJsonObject{{p("keyVaultKeyUri"), kCmk},
                       {p("customerManagedKeyStatus"),
                        p("Access to the configured customer managed key confirmed.")}}
        << none << Area::Encryption << Level::Good << p("Key Vault orders-kv");
    QTest::newRow("cmk: revoked status")
        << QJsonObject{{p("keyVaultKeyUri"), kCmk},
                       {p("customerManagedKeyStatus"), p("Access to your account is currently revoked")}}
        << none << Area::Encryption << Level::Risk
        << p("orders-kv: Access to your account is currently revoked");

    // Minimal TLS
    QTest::newRow("tls: 1.2") << QJsonObject{{p("minimalTlsVersion"), p("Tls12")}} << none << Area::MinimalTls
                              << Level::Good << p("TLS 1.2 or later");
    QTest::newRow("tls: 1.3") << QJsonObject{{p("minimalTlsVersion"), p("Tls13")}} << none << Area::MinimalTls
                              << Level::Good << p("TLS 1.2 or later");
    QTest::newRow("tls: 1.0") << QJsonObject{{p("minimalTlsVersion"), p("Tls")}} << none << Area::MinimalTls
                              << Level::Risk << p("Accepts TLS 1.0");
    QTest::newRow("tls: 1.1") << QJsonObject{{p("minimalTlsVersion"), p("Tls11")}} << none << Area::MinimalTls
                              << Level::Risk << p("Accepts TLS 1.1");
    QTest::newRow("tls: absent") << none << none << Area::MinimalTls << Level::Attention << p("Not reported");
    QTest::newRow("tls: unknown") << QJsonObject{{p("minimalTlsVersion"), p("Ssl3")}} << none
                                  << Area::MinimalTls << Level::Attention << p("Unknown setting \"Ssl3\"");

    // Managed identity
    QTest::newRow("identity: none") << none << none << Area::ManagedIdentity << Level::Attention
                                    << p("managed identity is needed for customer-managed keys");
    QTest::newRow("identity: explicit None")
        << none << QJsonObject{{p("type"), p("None")}} << Area::ManagedIdentity << Level::Attention
        << p("managed identity is needed");
    QTest::newRow("identity: system")
        << none << system() << Area::ManagedIdentity << Level::Good << p("System-assigned identity");
    QTest::newRow("identity: user") << none << userAssigned(kUami) << Area::ManagedIdentity << Level::Good
                                    << p("User-assigned identities: 1");
    QTest::newRow("identity: both") << none
                                    << QJsonObject{{p("type"), p("SystemAssigned,UserAssigned")},
                                                   {p("userAssignedIdentities"),
                                                    QJsonObject{{kUami, QJsonObject{}},
                                                                {kOtherUami, QJsonObject{}}}}}
                                    << Area::ManagedIdentity << Level::Good
                                    << p("user-assigned identities: 2");
    QTest::newRow("identity: cmk via missing system identity")
        << QJsonObject{{p("keyVaultKeyUri"), kCmk}, {p("defaultIdentity"), p("SystemAssignedIdentity")}}
        << none << Area::ManagedIdentity << Level::Risk << p("identity the account does not have");
    QTest::newRow("identity: cmk via unassigned user identity")
        << QJsonObject{{p("keyVaultKeyUri"), kCmk},
                       {p("defaultIdentity"), p("UserAssignedIdentity=") + kOtherUami}}
        << userAssigned(kUami) << Area::ManagedIdentity << Level::Risk
        << p("identity the account does not have");
    QTest::newRow("identity: cmk via assigned user identity, other casing")
        << QJsonObject{{p("keyVaultKeyUri"), kCmk},
                       {p("defaultIdentity"), p("UserAssignedIdentity=") + kUami.toUpper()}}
        << userAssigned(kUami) << Area::ManagedIdentity << Level::Good << p("User-assigned identities: 1");
    QTest::newRow("identity: cmk via system identity")
        << QJsonObject{{p("keyVaultKeyUri"), kCmk}, {p("defaultIdentity"), p("SystemAssignedIdentity")}}
        << system() << Area::ManagedIdentity << Level::Good << p("System-assigned identity");
    QTest::newRow("identity: cmk via first-party identity")
        << QJsonObject{{p("keyVaultKeyUri"), kCmk}, {p("defaultIdentity"), p("FirstPartyIdentity")}}
        << system() << Area::ManagedIdentity << Level::Attention << p("first-party identity");
    QTest::newRow("identity: cmk without default identity")
        << QJsonObject{{p("keyVaultKeyUri"), kCmk}} << none << Area::ManagedIdentity << Level::Attention
        << p("first-party identity");
}

void TestSecurityPosture::rules()
{
    QFETCH(QJsonObject, properties);
    QFETCH(QJsonObject, identity);
    QFETCH(Area, area);
    QFETCH(Level, level);
    QFETCH(QString, reason);
    const SecurityPosture posture = SecurityPosture::evaluate(account(properties, identity));
    const SecurityPosture::Finding f = posture.finding(area);
    QCOMPARE(f.area, area);
    QVERIFY2(f.reason.contains(reason), qPrintable(QStringLiteral("reason was: ") + f.reason));
    QCOMPARE(f.level, level);
    QCOMPARE(f.title, SecurityPosture::areaTitle(area));
    QVERIFY(!f.reason.contains(QLatin1Char('\n')));
    QVERIFY(int(posture.overall()) >= int(level));
}

void TestSecurityPosture::everyAreaHasOneFinding()
{
    const SecurityPosture posture = SecurityPosture::evaluate(account({}));
    QCOMPARE(posture.findings().size(), SecurityPosture::allAreas().size());
    for (int i = 0; i < posture.findings().size(); ++i) {
        const SecurityPosture::Finding &f = posture.findings().at(i);
        QCOMPARE(f.area, SecurityPosture::allAreas().at(i));
        QVERIFY(!f.title.isEmpty());
        QVERIFY(!f.reason.isEmpty());
    }
    QCOMPARE(posture.count(Level::Good) + posture.count(Level::Attention) + posture.count(Level::Risk),
             int(posture.findings().size()));
}

void TestSecurityPosture::overallIsTheWorstLevel_data()
{
    QTest::addColumn<QJsonObject>("properties");
    QTest::addColumn<QJsonObject>("identity");
    QTest::addColumn<Level>("overall");
    QTest::addColumn<int>("risks");

    QTest::newRow("hardened") << hardened() << system() << Level::Good << 0;
    QJsonObject noIdentityCmk = hardened();
    noIdentityCmk.remove(QStringLiteral("keyVaultKeyUri"));
    QTest::newRow("service-managed key") << noIdentityCmk << system() << Level::Attention << 0;
    QJsonObject oldTls = hardened();
    oldTls.insert(QStringLiteral("minimalTlsVersion"), QStringLiteral("Tls11"));
    QTest::newRow("hardened but TLS 1.1") << oldTls << system() << Level::Risk << 1;
    // Keys on, open to the internet (public access + firewall), TLS 1.0.
    QTest::newRow("wide open") << QJsonObject{{QStringLiteral("minimalTlsVersion"), QStringLiteral("Tls")}}
                               << QJsonObject{} << Level::Risk << 4;
}

void TestSecurityPosture::overallIsTheWorstLevel()
{
    QFETCH(QJsonObject, properties);
    QFETCH(QJsonObject, identity);
    QFETCH(Level, overall);
    QFETCH(int, risks);
    const SecurityPosture posture = SecurityPosture::evaluate(account(properties, identity));
    QCOMPARE(posture.overall(), overall);
    QCOMPARE(posture.count(Level::Risk), risks);
    Level worst = Level::Good;
    for (const SecurityPosture::Finding &f : posture.findings())
        worst = SecurityPosture::worse(worst, f.level);
    QCOMPARE(posture.overall(), worst);
}

void TestSecurityPosture::classifiesIpRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<IpRuleKind>("kind");
    QTest::newRow("address") << p("23.43.230.120") << IpRuleKind::Address;
    QTest::newRow("address /32") << p("23.43.230.120/32") << IpRuleKind::Address;
    QTest::newRow("range /24") << p("198.51.100.0/24") << IpRuleKind::Range;
    QTest::newRow("range /16") << p("52.176.0.0/16") << IpRuleKind::Range;
    QTest::newRow("wide /12") << p("110.12.240.0/12") << IpRuleKind::WideRange;
    QTest::newRow("wide /1") << p("128.0.0.0/1") << IpRuleKind::WideRange;
    QTest::newRow("everything") << p("0.0.0.0/0") << IpRuleKind::Everything;
    QTest::newRow("azure datacenters") << p("0.0.0.0") << IpRuleKind::AzureDatacenters;
    QTest::newRow("spaces around") << p(" 0.0.0.0 ") << IpRuleKind::AzureDatacenters;
    QTest::newRow("10/8") << p("10.20.30.40") << IpRuleKind::Private;
    QTest::newRow("100.64/10") << p("100.127.255.1") << IpRuleKind::Private;
    QTest::newRow("just outside 100.64/10") << p("100.128.0.1") << IpRuleKind::Address;
    QTest::newRow("172.16/12") << p("172.31.0.0/16") << IpRuleKind::Private;
    QTest::newRow("just outside 172.16/12") << p("172.32.0.1") << IpRuleKind::Address;
    QTest::newRow("192.168/16") << p("192.168.0.0/24") << IpRuleKind::Private;
    QTest::newRow("loopback") << p("127.0.0.1") << IpRuleKind::Private;
    QTest::newRow("octet too big") << p("256.1.1.1") << IpRuleKind::Invalid;
    QTest::newRow("three octets") << p("1.2.3") << IpRuleKind::Invalid;
    QTest::newRow("empty octet") << p("1..3.4") << IpRuleKind::Invalid;
    QTest::newRow("prefix too long") << p("1.2.3.4/33") << IpRuleKind::Invalid;
    QTest::newRow("negative prefix") << p("1.2.3.4/-1") << IpRuleKind::Invalid;
    QTest::newRow("empty prefix") << p("1.2.3.4/") << IpRuleKind::Invalid;
    QTest::newRow("signed octet") << p("+1.2.3.4") << IpRuleKind::Invalid;
    QTest::newRow("ipv6") << p("2001:db8::/32") << IpRuleKind::Invalid;
    QTest::newRow("name") << p("contoso.com") << IpRuleKind::Invalid;
    QTest::newRow("empty") << QString() << IpRuleKind::Invalid;
}

void TestSecurityPosture::classifiesIpRules()
{
    QFETCH(QString, rule);
    QFETCH(IpRuleKind, kind);
    QCOMPARE(SecurityPosture::classifyIpRule(rule), kind);
}

void TestSecurityPosture::levelsAndTitlesAreNamed()
{
    QCOMPARE(SecurityPosture::levelText(Level::Good), QStringLiteral("Good"));
    QCOMPARE(SecurityPosture::levelText(Level::Attention), QStringLiteral("Attention"));
    QCOMPARE(SecurityPosture::levelText(Level::Risk), QStringLiteral("Risk"));
    QSet<QString> titles;
    for (Area a : SecurityPosture::allAreas())
        titles.insert(SecurityPosture::areaTitle(a));
    QCOMPARE(titles.size(), SecurityPosture::allAreas().size());
    QVERIFY(titles.contains(QStringLiteral("Key authentication")));
    QCOMPARE(SecurityPosture::worse(Level::Attention, Level::Risk), Level::Risk);
    QCOMPARE(SecurityPosture::worse(Level::Attention, Level::Good), Level::Attention);
}

QTEST_GUILESS_MAIN(TestSecurityPosture)
#include "tst_securityposture.moc"
