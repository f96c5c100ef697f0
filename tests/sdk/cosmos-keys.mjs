// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
//
// @azure/cosmos (default CosmosClient options) against the data plane of one emulator account (run.mjs: --seed
// demo; the account's endpoint comes from the ready object's `accounts`, trusted through NODE_EXTRA_CA_CERTS), with
// keys fetched and rotated through @azure/arm-cosmosdb.
import assert from "node:assert/strict";
import { ClientSecretCredential } from "@azure/identity";
import { CosmosDBManagementClient } from "@azure/arm-cosmosdb";
import { CosmosClient } from "@azure/cosmos";

const ready = JSON.parse(process.env.CSC_EMULATOR_READY);
const base = ready.endpoints.authorityHost;
const production = "50b5c0de-0000-4000-8000-000000000001";
const owner = { id: "de300001-0000-4000-8000-00000000c11e", secret: "csc-demo-owner-secret~0001" };
const rg = "rg-legacy";
const name = "contoso-legacy";
const endpoint = ready.accounts[name];

const arm = new CosmosDBManagementClient(
  new ClientSecretCredential(ready.tenantId, owner.id, owner.secret, { authorityHost: base, disableInstanceDiscovery: true }),
  production, { endpoint: base });

const clients = [];
const cosmos = (key) => {
  const c = new CosmosClient({ endpoint, key });
  clients.push(c);
  return c;
};
const unauthorized = (substatus) => (e) => {
  assert.equal(e.code, 401, `${e.code} ${e.message}`);
  if (substatus !== undefined) assert.equal(e.substatus, substatus);
  return true;
};

let step = "";
try {
  step = "the endpoint ARM reports is the one in the ready object";
  assert.match(endpoint, /^https:\/\/127\.0\.0\.1:\d+\/$/);
  assert.equal((await arm.databaseAccounts.get(rg, name)).documentEndpoint, endpoint);
  const keys = await arm.databaseAccounts.listKeys(rg, name);

  step = "primary key: create database, container and items, read them back";
  const client = cosmos(keys.primaryMasterKey);
  const { database } = await client.databases.createIfNotExists({ id: "sdk" });
  const { container } = await database.containers.createIfNotExists({ id: "items", partitionKey: { paths: ["/pk"] } });
  await container.items.create({ id: "a", pk: "p1", n: 1 });
  await container.items.create({ id: "b", pk: "p1", n: 2 });
  await container.items.upsert({ id: "c", pk: "p2", n: 3 });
  const { resource: a } = await container.item("a", "p1").read();
  assert.equal(a.n, 1);
  assert.ok(a._etag && a._rid && a._ts);
  await assert.rejects(container.items.create({ id: "a", pk: "p1" }), (e) => e.code === 409);
  const { resource: replaced } = await container.item("b", "p1").replace({ id: "b", pk: "p1", n: 20 });
  assert.equal(replaced.n, 20);

  step = "queries, read feed with a small page size";
  const { resources: p1 } = await container.items
    .query({ query: "SELECT * FROM c WHERE c.pk = @pk AND c.n > 1", parameters: [{ name: "@pk", value: "p1" }] })
    .fetchAll();
  assert.deepEqual(p1.map((d) => d.id), ["b"]);
  const { resources: count } = await container.items.query("SELECT VALUE COUNT(1) FROM c").fetchAll();
  assert.deepEqual(count, [3]);
  const { resources: all } = await container.items.readAll({ maxItemCount: 2 }).fetchAll();
  assert.deepEqual(all.map((d) => d.id).sort(), ["a", "b", "c"]);
  const pages = container.items.readAll({ maxItemCount: 2 });
  const first = await pages.fetchNext();
  assert.equal(first.resources.length, 2);
  assert.ok(first.hasMoreResults);

  step = "a wrong key is refused with 401";
  await assert.rejects(cosmos(Buffer.alloc(64, 7).toString("base64")).database("sdk").read(), unauthorized());

  step = "a read-only key reads, but cannot write";
  const readOnly = cosmos(keys.primaryReadonlyMasterKey).database("sdk").container("items");
  assert.equal((await readOnly.item("a", "p1").read()).resource.n, 1);
  await assert.rejects(readOnly.items.create({ id: "ro", pk: "p1" }), unauthorized());

  step = "after beginRegenerateKeyAndWait the old primary key fails and the new one works";
  await arm.databaseAccounts.beginRegenerateKeyAndWait(rg, name, { keyKind: "primary" }, { updateIntervalInMs: 200 });
  await assert.rejects(cosmos(keys.primaryMasterKey).database("sdk").read(), unauthorized());
  const rotated = await arm.databaseAccounts.listKeys(rg, name);
  assert.notEqual(rotated.primaryMasterKey, keys.primaryMasterKey);
  assert.equal((await cosmos(rotated.primaryMasterKey).database("sdk").container("items").item("c", "p2").read())
                 .resource.n, 3);

  step = "with local authentication disabled every key fails with 401/5202";
  await arm.databaseAccounts.beginUpdateAndWait(rg, name, { disableLocalAuth: true }, { updateIntervalInMs: 200 });
  for (const key of [rotated.primaryMasterKey, rotated.secondaryMasterKey, rotated.primaryReadonlyMasterKey,
                     rotated.secondaryReadonlyMasterKey])
    await assert.rejects(cosmos(key).database("sdk").read(), unauthorized(5202));
  await arm.databaseAccounts.beginUpdateAndWait(rg, name, { disableLocalAuth: false }, { updateIntervalInMs: 200 });
  assert.equal((await cosmos(rotated.secondaryMasterKey).database("sdk").read()).resource.id, "sdk");

  console.log("cosmos-keys: all steps passed");
} catch (e) {
  console.error(`cosmos-keys: step "${step}" failed:`);
  console.error(e);
  process.exitCode = 1;
} finally {
  for (const c of clients) c.dispose();
}
