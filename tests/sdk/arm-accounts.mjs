// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
//
// @azure/identity ClientSecretCredential + @azure/arm-cosmosdb CosmosDBManagementClient against the emulator
// (started by run.mjs with --seed demo; demo credentials from app/emulator/DemoSeed.h).
import assert from "node:assert/strict";
import { ClientSecretCredential } from "@azure/identity";
import { CosmosDBManagementClient } from "@azure/arm-cosmosdb";

const ready = JSON.parse(process.env.CSC_EMULATOR_READY);
const base = ready.endpoints.authorityHost;
const tenantId = ready.tenantId;
const production = "50b5c0de-0000-4000-8000-000000000001";
const development = "50b5c0de-0000-4000-8000-000000000002";
const owner = { id: "de300001-0000-4000-8000-00000000c11e", secret: "csc-demo-owner-secret~0001" };
const reader = { id: "de300003-0000-4000-8000-00000000c11e", secret: "csc-demo-reader-secret~0003" };

const credential = (who, secret = who.secret) =>
  new ClientSecretCredential(tenantId, who.id, secret, { authorityHost: base, disableInstanceDiscovery: true });
const client = (cred, sub, scopes) =>
  new CosmosDBManagementClient(cred, sub, { endpoint: base, ...(scopes ? { credentialScopes: scopes } : {}) });

async function collect(iter) {
  const out = [];
  for await (const x of iter) out.push(x);
  return out;
}

let step = "";
try {
  step = "list accounts in the subscription (default scope = endpoint/.default)";
  const prod = client(credential(owner), production);
  const all = await collect(prod.databaseAccounts.list());
  assert.deepEqual(all.map((a) => a.name).sort(),
                   ["contoso-catalog", "contoso-legacy", "contoso-orders", "contoso-payments"]);

  step = "typed properties of a hardened account";
  const orders = all.find((a) => a.name === "contoso-orders");
  assert.equal(orders.id,
               `/subscriptions/${production}/resourceGroups/rg-orders/providers/Microsoft.DocumentDB/databaseAccounts/contoso-orders`);
  assert.equal(orders.disableLocalAuth, true);
  assert.equal(orders.publicNetworkAccess, "Disabled");
  assert.equal(orders.minimalTlsVersion, "Tls12");
  assert.match(orders.keyVaultKeyUri, /^https:\/\/.+\/keys\/cosmos-cmk$/);
  assert.equal(orders.identity.type, "SystemAssigned");
  assert.equal(orders.privateEndpointConnections[0].privateLinkServiceConnectionState.status, "Approved");

  step = "get one account (ARM audience https://management.azure.com/.default)";
  const mgmt = client(credential(owner), production, ["https://management.azure.com/.default"]);
  const legacy = await mgmt.databaseAccounts.get("rg-legacy", "contoso-legacy");
  assert.equal(legacy.minimalTlsVersion, "Tls");
  assert.equal(legacy.disableLocalAuth, false);
  assert.equal(legacy.publicNetworkAccess, "Enabled");

  step = "list by resource group in the second subscription";
  const dev = client(credential(owner), development);
  const analytics = await collect(dev.databaseAccounts.listByResourceGroup("rg-analytics"));
  assert.deepEqual(analytics.map((a) => a.name).sort(), ["fabrikam-analytics", "fabrikam-telemetry"]);
  assert.equal(analytics.find((a) => a.name === "fabrikam-analytics").ipRules[0].ipAddressOrRange, "0.0.0.0");

  step = "list keys as Owner";
  const keys = await prod.databaseAccounts.listKeys("rg-orders", "contoso-orders");
  assert.equal(Buffer.from(keys.primaryMasterKey, "base64").length, 64);

  step = "Reader is refused listKeys with ARM's AuthorizationFailed";
  const asReader = client(credential(reader), production);
  assert.equal((await asReader.databaseAccounts.get("rg-legacy", "contoso-legacy")).name, "contoso-legacy");
  await assert.rejects(asReader.databaseAccounts.listKeys("rg-legacy", "contoso-legacy"), (e) => {
    assert.equal(e.statusCode, 403);
    assert.equal(e.code, "AuthorizationFailed");
    assert.match(e.message, /does not have authorization to perform action 'Microsoft\.DocumentDB\/databaseAccounts\/listKeys\/action'/);
    return true;
  });

  step = "a wrong client secret fails in @azure/identity with Entra's invalid_client";
  await assert.rejects(credential(owner, "wrong-secret").getToken(`${base}/.default`), (e) => {
    // @azure/identity 4.x wraps MSAL's server error; the Entra error code and AADSTS number come through.
    assert.ok(["AuthenticationError", "AuthenticationRequiredError"].includes(e.name), e.name);
    assert.match(e.message, /invalid_client/);
    assert.match(e.message, /AADSTS7000215/);
    return true;
  });
  console.log("arm-accounts: all steps passed");
} catch (e) {
  console.error(`arm-accounts: step "${step}" failed:`);
  console.error(e);
  process.exit(1);
}
