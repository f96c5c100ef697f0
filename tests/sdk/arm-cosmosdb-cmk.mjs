// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
//
// Customer-managed key set-up with @azure/arm-cosmosdb against the emulator (started by run.mjs with --seed demo), in
// the order Azure requires (keyvault-cmk.md §3): enable the system-assigned identity (beginUpdateAndWait), grant it
// Key Vault Crypto Service Encryption User on the vault (a plain ARM PUT of the role assignment:
// @azure/arm-authorization is not among the locked SDKs), set keyVaultKeyUri + defaultIdentity
// (beginUpdateAndWait) and read back keyVaultKeyUriVersion; then revoke (remove the assignment) and restore, and look
// up the Cosmos DB first-party application in Microsoft Graph.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { ClientSecretCredential } from "@azure/identity";
import { CosmosDBManagementClient } from "@azure/arm-cosmosdb";

const ready = JSON.parse(process.env.CSC_EMULATOR_READY);
const base = ready.endpoints.authorityHost.replace(/\/$/, "");
const tenantId = ready.tenantId;
const production = "50b5c0de-0000-4000-8000-000000000001";
const owner = { id: "de300001-0000-4000-8000-00000000c11e", secret: "csc-demo-owner-secret~0001" };
const cryptoServiceEncryptionUser = "e147488a-f6f5-4113-8e2d-b22465e65bf6";
const firstPartyAppId = "a232010e-820c-4083-83bb-3ace5fc29d0b";
const confirmed = "Access to the configured customer managed key confirmed.";
const vaultId = `/subscriptions/${production}/resourceGroups/rg-orders/providers/Microsoft.KeyVault/vaults/contoso-orders-kv`;

const credential = new ClientSecretCredential(tenantId, owner.id, owner.secret,
                                              { authorityHost: base, disableInstanceDiscovery: true });
const client = new CosmosDBManagementClient(credential, production, { endpoint: base });
const poll = { updateIntervalInMs: 200 };

async function arm(method, path, body) {
  const { token } = await credential.getToken(`${base}/.default`);
  const url = path.startsWith("https://") ? path : `${base}${path}`;
  const response = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function grant(principalId) {
  const name = randomUUID();
  const r = await arm("PUT", `${vaultId}/providers/Microsoft.Authorization/roleAssignments/${name}?api-version=2022-04-01`, {
    properties: {
      roleDefinitionId: `/subscriptions/${production}/providers/Microsoft.Authorization/roleDefinitions/${cryptoServiceEncryptionUser}`,
      principalId,
      principalType: "ServicePrincipal",
    },
  });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return name;
}

let step = "";
try {
  const rg = "rg-catalog";
  const name = "contoso-catalog";

  step = "the account starts without identity and without a customer-managed key";
  const before = await client.databaseAccounts.get(rg, name);
  assert.equal(before.identity?.type ?? "None", "None");
  assert.equal(before.keyVaultKeyUri, undefined);

  step = "beginUpdateAndWait enables the system-assigned identity";
  const withIdentity = await client.databaseAccounts.beginUpdateAndWait(rg, name, { identity: { type: "SystemAssigned" } },
                                                                        poll);
  assert.equal(withIdentity.identity.type, "SystemAssigned");
  const principalId = withIdentity.identity.principalId;
  assert.match(principalId, /^[0-9a-f-]{36}$/);

  step = "setting the key before the identity may use it is refused (KeyVaultAuthenticationFailure)";
  const keyVaultKeyUri = "https://contoso-orders-kv.vault.azure.net/keys/cosmos-cmk";
  await assert.rejects(
    client.databaseAccounts.beginUpdateAndWait(rg, name, { keyVaultKeyUri, defaultIdentity: "SystemAssignedIdentity" }, poll),
    (e) => {
      assert.equal(e.statusCode, 400);
      assert.ok(e.message.includes("4002"), e.message);
      return true;
    });

  step = "grant the identity Key Vault Crypto Service Encryption User on the vault (ARM PUT roleAssignments)";
  let assignment = await grant(principalId);

  step = "beginUpdateAndWait sets keyVaultKeyUri and defaultIdentity";
  const encrypted = await client.databaseAccounts.beginUpdateAndWait(
    rg, name, { keyVaultKeyUri, defaultIdentity: "SystemAssignedIdentity" }, poll);
  assert.equal(encrypted.provisioningState, "Succeeded");
  assert.equal(encrypted.keyVaultKeyUri, keyVaultKeyUri);
  assert.equal(encrypted.defaultIdentity, "SystemAssignedIdentity");
  assert.match(encrypted.keyVaultKeyUriVersion, /^[0-9a-f]{32}$/);
  assert.equal(encrypted.customerManagedKeyStatus, confirmed);
  const read = await client.databaseAccounts.get(rg, name);
  assert.equal(read.keyVaultKeyUriVersion, encrypted.keyVaultKeyUriVersion);

  step = "removing the role assignment revokes the key (customerManagedKeyStatus, 4002)";
  const removed = await arm("DELETE", `${vaultId}/providers/Microsoft.Authorization/roleAssignments/${assignment}?api-version=2022-04-01`);
  assert.equal(removed.status, 200);
  const revoked = await client.databaseAccounts.get(rg, name);
  assert.match(revoked.customerManagedKeyStatus, /^Access to the configured customer managed key is revoked/);
  assert.ok(revoked.customerManagedKeyStatus.includes("4002"), revoked.customerManagedKeyStatus);

  step = "granting again restores access";
  assignment = await grant(principalId);
  assert.equal((await client.databaseAccounts.get(rg, name)).customerManagedKeyStatus, confirmed);

  step = "Microsoft Graph: the Azure Cosmos DB first-party application's service principal";
  const sp = await arm("GET", `/v1.0/servicePrincipals(appId='${firstPartyAppId}')`);
  assert.equal(sp.status, 200);
  assert.equal(sp.body.appId, firstPartyAppId);
  assert.equal(sp.body.servicePrincipalType, "Application");
  const filtered = await arm("GET", `/v1.0/servicePrincipals?$filter=${encodeURIComponent(`appId eq '${firstPartyAppId}'`)}`);
  assert.equal(filtered.status, 200);
  assert.deepEqual(filtered.body.value.map((p) => p.id), [sp.body.id]);
  const missing = await arm("GET", `/v1.0/servicePrincipals(appId='${randomUUID()}')`);
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error.code, "Request_ResourceNotFound");

  console.log("arm-cosmosdb-cmk: all steps passed");
} catch (e) {
  console.error(`arm-cosmosdb-cmk: step "${step}" failed:`);
  console.error(e);
  process.exit(1);
}
