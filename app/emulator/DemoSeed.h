// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

namespace csc::emu {

class Store;

/**
 * @brief The `--seed demo` data set: fixed, documented, local-only demo identities (like the Cosmos DB
 * emulator's well-known key). They exist only in an emulator started with `--seed demo` and mean nothing
 * anywhere else.
 *
 * Tenant "Contoso Demo" with two subscriptions, five resource groups and seven Cosmos DB accounts in
 * deliberately different security postures, plus one service principal per built-in role and one without any
 * role.
 */
namespace DemoSeed {

inline constexpr auto kTenantId = "c5c0de00-0000-4000-8000-00000000d3e0";
inline constexpr auto kTenantDomain = "contosodemo.onmicrosoft.com";
inline constexpr auto kTenantName = "Contoso Demo";

inline constexpr auto kSubscriptionProduction = "50b5c0de-0000-4000-8000-000000000001";
inline constexpr auto kSubscriptionDevelopment = "50b5c0de-0000-4000-8000-000000000002";

/// A demo service principal: client id + client secret, its object id and what it may do.
struct DemoPrincipal
{
    const char *name;     ///< display name
    const char *clientId; ///< application (client) id
    const char *secret;   ///< client secret (demo only)
    const char *objectId; ///< service principal object id (the token's oid)
    const char *role;     ///< built-in role name, or nullptr for none
    const char *scope;    ///< where the role is assigned (relative to nothing: full ARM scope)
};

inline constexpr DemoPrincipal kPrincipals[] = {
    {"csc-demo-owner", "de300001-0000-4000-8000-00000000c11e", "csc-demo-owner-secret~0001",
     "0b1ec700-0000-4000-8000-000000000001", "Owner", "/subscriptions/50b5c0de-0000-4000-8000-000000000001"},
    {"csc-demo-contributor", "de300002-0000-4000-8000-00000000c11e", "csc-demo-contributor-secret~0002",
     "0b1ec700-0000-4000-8000-000000000002", "Contributor",
     "/subscriptions/50b5c0de-0000-4000-8000-000000000002"},
    {"csc-demo-reader", "de300003-0000-4000-8000-00000000c11e", "csc-demo-reader-secret~0003",
     "0b1ec700-0000-4000-8000-000000000003", "Reader", "/subscriptions/50b5c0de-0000-4000-8000-000000000001"},
    {"csc-demo-cosmos-contributor", "de300004-0000-4000-8000-00000000c11e",
     "csc-demo-cosmos-contributor-secret~0004", "0b1ec700-0000-4000-8000-000000000004",
     "DocumentDB Account Contributor",
     "/subscriptions/50b5c0de-0000-4000-8000-000000000001/resourceGroups/rg-orders"},
    {"csc-demo-cosmos-reader", "de300005-0000-4000-8000-00000000c11e", "csc-demo-cosmos-reader-secret~0005",
     "0b1ec700-0000-4000-8000-000000000005", "Cosmos DB Account Reader Role",
     "/subscriptions/50b5c0de-0000-4000-8000-000000000001"},
    {"csc-demo-cosmos-operator", "de300006-0000-4000-8000-00000000c11e",
     "csc-demo-cosmos-operator-secret~0006", "0b1ec700-0000-4000-8000-000000000006", "Cosmos DB Operator",
     "/subscriptions/50b5c0de-0000-4000-8000-000000000001"},
    {"csc-demo-no-access", "de300007-0000-4000-8000-00000000c11e", "csc-demo-no-access-secret~0007",
     "0b1ec700-0000-4000-8000-000000000007", nullptr, nullptr},
};

/// Key Vault: a vault ready for Cosmos DB customer-managed keys (soft delete, purge protection, Azure RBAC,
/// an RSA 3072 key; contoso-orders' system identity is Key Vault Crypto Service Encryption User and the demo
/// Owner Key Vault Administrator on it) and one that is not (no purge protection, access policies, an RSA
/// 2048 key).
inline constexpr auto kCmkVault = "contoso-orders-kv";
inline constexpr auto kCmkVaultGroup = "rg-orders";
inline constexpr auto kLegacyVault = "fabrikam-analytics-kv";
inline constexpr auto kLegacyVaultGroup = "rg-analytics";
inline constexpr auto kCmkKeyName = "cosmos-cmk";
/// A vault Cosmos DB cannot use: public network access disabled and its firewall (default action Deny) lets
/// no trusted Azure service through (bypass None); soft delete, purge protection, Azure RBAC and an RSA 3072
/// key otherwise make it look ready.
inline constexpr auto kPrivateVault = "northwind-private-kv";
inline constexpr auto kPrivateVaultGroup = "rg-catalog";
/// contoso-orders (customer-managed key in kCmkVault) holds the database "orders" with the container "orders"
/// (partition key /customerId) and kOrdersDocuments documents, encrypted at rest once the emulator runs.
inline constexpr auto kOrdersDatabase = "orders";
inline constexpr auto kOrdersContainer = "orders";
inline constexpr int kOrdersDocuments = 2;

/// The principal the console and the README use by default: Owner of both subscriptions.
inline constexpr const DemoPrincipal &kDefaultPrincipal = kPrincipals[0];

/// Fills an empty store with the demo data in one transaction.
Result<void> apply(Store &store);

} // namespace DemoSeed

} // namespace csc::emu
