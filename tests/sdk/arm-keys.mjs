// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
//
// Key operations of @azure/arm-cosmosdb against the emulator (started by run.mjs with --seed demo): list keys,
// read-only keys and connection strings, regenerate a key with the SDK's long-running-operation poller
// (beginRegenerateKeyAndWait), switch a setting with beginUpdateAndWait, and Azure RBAC refusals.
import assert from "node:assert/strict";
import { ClientSecretCredential } from "@azure/identity";
import { CosmosDBManagementClient } from "@azure/arm-cosmosdb";

const ready = JSON.parse(process.env.CSC_EMULATOR_READY);
const base = ready.endpoints.authorityHost;
const tenantId = ready.tenantId;
const production = "50b5c0de-0000-4000-8000-000000000001";
const owner = { id: "de300001-0000-4000-8000-00000000c11e", secret: "csc-demo-owner-secret~0001" };
const reader = { id: "de300003-0000-4000-8000-00000000c11e", secret: "csc-demo-reader-secret~0003" };
const accountReader = { id: "de300005-0000-4000-8000-00000000c11e", secret: "csc-demo-cosmos-reader-secret~0005" };
const operator = { id: "de300006-0000-4000-8000-00000000c11e", secret: "csc-demo-cosmos-operator-secret~0006" };

const client = (who) =>
  new CosmosDBManagementClient(
    new ClientSecretCredential(tenantId, who.id, who.secret, { authorityHost: base, disableInstanceDiscovery: true }),
    production, { endpoint: base });

const refusedWith = (action) => (e) => {
  assert.equal(e.statusCode, 403);
  assert.equal(e.code, "AuthorizationFailed");
  assert.ok(e.message.includes(`'Microsoft.DocumentDB/databaseAccounts/${action}'`), e.message);
  return true;
};

let step = "";
try {
  const rg = "rg-legacy";
  const name = "contoso-legacy";
  const asOwner = client(owner);

  step = "list the four keys";
  const keys = await asOwner.databaseAccounts.listKeys(rg, name);
  for (const k of ["primaryMasterKey", "secondaryMasterKey", "primaryReadonlyMasterKey", "secondaryReadonlyMasterKey"])
    assert.equal(Buffer.from(keys[k], "base64").length, 64, k);

  step = "read-only keys (POST readonlykeys) and connection strings";
  const ro = await asOwner.databaseAccounts.listReadOnlyKeys(rg, name);
  assert.equal(ro.primaryReadonlyMasterKey, keys.primaryReadonlyMasterKey);
  assert.equal(ro.secondaryReadonlyMasterKey, keys.secondaryReadonlyMasterKey);
  const strings = await asOwner.databaseAccounts.listConnectionStrings(rg, name);
  assert.equal(strings.connectionStrings.length, 4);
  assert.equal(strings.connectionStrings[0].keyKind, "Primary");
  assert.equal(strings.connectionStrings[0].connectionString,
               `AccountEndpoint=${ready.accounts[name]};AccountKey=${keys.primaryMasterKey};`);

  step = "the account's documentEndpoint is its live data-plane listener";
  const before = await asOwner.databaseAccounts.get(rg, name);
  assert.equal(before.documentEndpoint, ready.accounts[name]);

  step = "beginRegenerateKeyAndWait (202, operationsStatus polling, operationResults)";
  await asOwner.databaseAccounts.beginRegenerateKeyAndWait(rg, name, { keyKind: "secondary" }, { updateIntervalInMs: 200 });
  const after = await asOwner.databaseAccounts.listKeys(rg, name);
  assert.notEqual(after.secondaryMasterKey, keys.secondaryMasterKey);
  assert.equal(after.primaryMasterKey, keys.primaryMasterKey);
  const account = await asOwner.databaseAccounts.get(rg, name);
  assert.ok(account.keysMetadata.secondaryMasterKey.generationTime > before.keysMetadata.secondaryMasterKey.generationTime);
  assert.equal(account.keysMetadata.primaryMasterKey.generationTime.getTime(),
               before.keysMetadata.primaryMasterKey.generationTime.getTime());

  step = "an unknown keyKind is refused with 400";
  await assert.rejects(asOwner.databaseAccounts.beginRegenerateKeyAndWait(rg, name, { keyKind: "tertiary" }), (e) => {
    assert.equal(e.statusCode, 400);
    assert.equal(e.code, "BadRequest");
    return true;
  });

  step = "beginUpdateAndWait switches disableKeyBasedMetadataWriteAccess";
  const updated = await asOwner.databaseAccounts.beginUpdateAndWait(rg, name, { disableKeyBasedMetadataWriteAccess: true },
                                                                    { updateIntervalInMs: 200 });
  assert.equal(updated.disableKeyBasedMetadataWriteAccess, true);
  assert.equal(updated.provisioningState, "Succeeded");
  const back = await asOwner.databaseAccounts.beginUpdateAndWait(rg, name, { disableKeyBasedMetadataWriteAccess: false });
  assert.equal(back.disableKeyBasedMetadataWriteAccess, false);

  step = "Reader: no keys, no regeneration";
  const asReader = client(reader);
  await assert.rejects(asReader.databaseAccounts.listKeys(rg, name), refusedWith("listKeys/action"));
  await assert.rejects(asReader.databaseAccounts.listConnectionStrings(rg, name), refusedWith("listConnectionStrings/action"));
  await assert.rejects(asReader.databaseAccounts.beginRegenerateKeyAndWait(rg, name, { keyKind: "primary" }),
                       refusedWith("regenerateKey/action"));

  step = "Cosmos DB Account Reader Role: read-only keys only";
  const asAccountReader = client(accountReader);
  assert.equal((await asAccountReader.databaseAccounts.listReadOnlyKeys(rg, name)).primaryReadonlyMasterKey,
               keys.primaryReadonlyMasterKey);
  await assert.rejects(asAccountReader.databaseAccounts.listKeys(rg, name), refusedWith("listKeys/action"));

  step = "Cosmos DB Operator: manages the account, but no keys";
  const asOperator = client(operator);
  await assert.rejects(asOperator.databaseAccounts.listKeys(rg, name), refusedWith("listKeys/action"));
  await assert.rejects(asOperator.databaseAccounts.beginRegenerateKeyAndWait(rg, name, { keyKind: "primary" }),
                       refusedWith("regenerateKey/action"));
  assert.equal((await asOperator.databaseAccounts.beginUpdateAndWait(rg, name, { tags: { owner: "ops" } })).tags.owner, "ops");

  console.log("arm-keys: all steps passed");
} catch (e) {
  console.error(`arm-keys: step "${step}" failed:`);
  console.error(e);
  process.exit(1);
}
