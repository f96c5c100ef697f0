// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
//
// @azure/cosmos users, permissions and resource tokens against the data plane of one emulator account (run.mjs:
// --seed demo, NODE_EXTRA_CA_CERTS): the master key creates a user and permissions; CosmosClients built from the
// permissions' resource tokens read and query what they were given, and are refused writes (Read), other
// containers, other partitions, expired tokens and tokens whose permission was deleted.
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { ClientSecretCredential } from "@azure/identity";
import { CosmosDBManagementClient } from "@azure/arm-cosmosdb";
import { CosmosClient, PermissionMode } from "@azure/cosmos";

const ready = JSON.parse(process.env.CSC_EMULATOR_READY);
const base = ready.endpoints.authorityHost;
const production = "50b5c0de-0000-4000-8000-000000000001";
const owner = { id: "de300001-0000-4000-8000-00000000c11e", secret: "csc-demo-owner-secret~0001" };
const rg = "rg-legacy";
const name = "contoso-legacy";
const endpoint = ready.accounts[name];
const ordersLink = "dbs/rt/colls/orders";
const secretLink = "dbs/rt/colls/secret";

const arm = new CosmosDBManagementClient(
  new ClientSecretCredential(ready.tenantId, owner.id, owner.secret, { authorityHost: base, disableInstanceDiscovery: true }),
  production, { endpoint: base });

const clients = [];
const cosmos = (options) => {
  const c = new CosmosClient({ endpoint, ...options });
  clients.push(c);
  return c;
};
const status = (code, text) => (e) => {
  assert.equal(e.code, code, `${e.code} ${e.message}`);
  if (text) assert.match(e.message, text);
  return true;
};

let step = "";
try {
  const keys = await arm.databaseAccounts.listKeys(rg, name);
  const master = cosmos({ key: keys.primaryMasterKey });

  step = "master key: database, two partitioned containers, items";
  const { database } = await master.databases.createIfNotExists({ id: "rt" });
  const { container: orders } = await database.containers.createIfNotExists({ id: "orders", partitionKey: { paths: ["/tenant"] } });
  const { container: secret } = await database.containers.createIfNotExists({ id: "secret", partitionKey: { paths: ["/tenant"] } });
  await orders.items.create({ id: "o1", tenant: "t1", total: 10 });
  await orders.items.create({ id: "o2", tenant: "t1", total: 20 });
  await orders.items.create({ id: "o3", tenant: "t2", total: 30 });
  await secret.items.create({ id: "s1", tenant: "t1" });

  step = "a user with a short-lived permission (resourceTokenExpirySeconds: 10)";
  const { user: temp } = await database.users.create({ id: "temp" });
  const { resource: short } = await temp.permissions.create(
    { id: "short", permissionMode: PermissionMode.Read, resource: ordersLink }, { resourceTokenExpirySeconds: 10 });
  const shortMinted = Date.now();
  // (tokens are secrets: compare them without letting assert print them)
  assert.ok(/^type=resource&ver=1&sig=[^;]+;[^;]+;$/.test(short._token), "token format");
  const shortClient = cosmos({ resourceTokens: { [ordersLink]: short._token } });
  assert.equal((await shortClient.database("rt").container("orders").item("o1", "t1").read()).resource.total, 10);

  step = "expiry header outside 10 s … 5 h is refused with 400";
  await assert.rejects(temp.permissions.create({ id: "too-short", permissionMode: PermissionMode.Read, resource: secretLink },
                                               { resourceTokenExpirySeconds: 5 }), status(400));

  step = "a user with a Read permission on the orders container";
  const { resource: user, user: reader } = await database.users.create({ id: "reader" });
  assert.equal(user.id, "reader");
  assert.ok(user._rid && user._self && user._etag && user._permissions);
  const { resource: perm, permission } = await reader.permissions.create({
    id: "orders-read", permissionMode: PermissionMode.Read, resource: ordersLink });
  assert.equal(perm.permissionMode, "Read");
  assert.equal(perm.resource, ordersLink);
  assert.ok(perm._token);
  await assert.rejects(reader.permissions.create({ id: "orders-again", permissionMode: PermissionMode.All, resource: ordersLink }),
                       status(409));
  const { resource: reread } = await permission.read();
  assert.ok(reread._token && reread._token !== perm._token, "every read mints a new token");
  const { resources: listed } = await reader.permissions.readAll().fetchAll();
  assert.deepEqual(listed.map((p) => p.id), ["orders-read"]);

  step = "the resource token reads and queries the container";
  const tokenClient = cosmos({ resourceTokens: { [ordersLink]: perm._token } });
  const tokenOrders = tokenClient.database("rt").container("orders");
  assert.equal((await tokenOrders.item("o2", "t1").read()).resource.total, 20);
  const { resources: all } = await tokenOrders.items.readAll().fetchAll();
  assert.deepEqual(all.map((d) => d.id).sort(), ["o1", "o2", "o3"]);
  const { resources: big } = await tokenOrders.items
    .query({ query: "SELECT * FROM c WHERE c.total > @min", parameters: [{ name: "@min", value: 15 }] })
    .fetchAll();
  assert.deepEqual(big.map((d) => d.id).sort(), ["o2", "o3"]);
  const { resources: t1 } = await tokenOrders.items.query("SELECT VALUE c.id FROM c", { partitionKey: "t1" }).fetchAll();
  assert.deepEqual(t1.sort(), ["o1", "o2"]);
  assert.equal((await tokenOrders.read()).resource.id, "orders");

  step = "a Read token is refused writes with 403";
  await assert.rejects(tokenOrders.items.create({ id: "w", tenant: "t1" }), status(403, /Insufficient permissions/));
  await assert.rejects(tokenOrders.items.upsert({ id: "o1", tenant: "t1", total: 0 }), status(403));
  await assert.rejects(tokenOrders.item("o1", "t1").delete(), status(403));

  step = "another container is refused";
  // The SDK has no token for it (it sends none that fits: 401) ...
  await assert.rejects(tokenClient.database("rt").container("secret").items.readAll().fetchAll(), (e) => e.code === 401 || e.code === 403);
  // ... and the orders token, offered for it on purpose, is refused by the service (403).
  const misuse = cosmos({ resourceTokens: { [ordersLink]: perm._token, [secretLink]: perm._token } });
  await assert.rejects(misuse.database("rt").container("secret").item("s1", "t1").read(), status(403));
  await assert.rejects(misuse.database("rt").container("secret").items.readAll().fetchAll(), status(403));

  step = "an All permission limited to one partition";
  const { user: tenant } = await database.users.create({ id: "tenant-t1" });
  const { resource: scoped } = await tenant.permissions.create({
    id: "t1-all", permissionMode: PermissionMode.All, resource: ordersLink, resourcePartitionKey: ["t1"] });
  assert.deepEqual(scoped.resourcePartitionKey, ["t1"]);
  const scopedOrders = cosmos({ resourceTokens: { [ordersLink]: scoped._token } }).database("rt").container("orders");
  await scopedOrders.items.create({ id: "o4", tenant: "t1", total: 40 });
  assert.equal((await scopedOrders.item("o4", "t1").read()).resource.total, 40);
  await assert.rejects(scopedOrders.item("o3", "t2").read(), status(403));
  await assert.rejects(scopedOrders.items.create({ id: "o5", tenant: "t2" }), status(403));
  const { resources: mine } = await scopedOrders.items.query("SELECT VALUE c.id FROM c", { partitionKey: "t1" }).fetchAll();
  assert.deepEqual(mine.sort(), ["o1", "o2", "o4"]);
  await scopedOrders.item("o4", "t1").delete();

  step = "resource tokens cannot manage users or permissions";
  const dbToken = (await tenant.permissions.create({ id: "db-all", permissionMode: PermissionMode.All, resource: "dbs/rt" }))
    .resource._token;
  // The SDK looks a database token up by the database's id (as it does for a permissionFeed).
  const dbClient = cosmos({ resourceTokens: { rt: dbToken } });
  assert.equal((await dbClient.database("rt").container("secret").item("s1", "t1").read()).resource.id, "s1");
  await assert.rejects(dbClient.database("rt").users.readAll().fetchAll(), status(403));
  await assert.rejects(dbClient.database("rt").user("reader").permissions.create(
    { id: "escalate", permissionMode: PermissionMode.All, resource: secretLink }), status(403));

  step = "after permission.delete() the token stops working";
  await permission.delete();
  await assert.rejects(tokenOrders.item("o1", "t1").read(), status(401));
  await assert.rejects(permission.read(), status(404));

  step = "the 10 s token stops working once it has expired";
  const wait = shortMinted + 11000 - Date.now();
  if (wait > 0) await sleep(wait);
  await assert.rejects(shortClient.database("rt").container("orders").item("o1", "t1").read(), status(403, /expired/));
  const { resource: renewed } = await temp.permission("short").read({ resourceTokenExpirySeconds: 60 });
  const renewedClient = cosmos({ resourceTokens: { [ordersLink]: renewed._token } });
  assert.equal((await renewedClient.database("rt").container("orders").item("o1", "t1").read()).resource.total, 10);

  step = "deleting the user revokes its tokens";
  await temp.delete();
  await assert.rejects(renewedClient.database("rt").container("orders").item("o1", "t1").read(), status(401));

  console.log("cosmos-resource-tokens: all steps passed");
} catch (e) {
  console.error(`cosmos-resource-tokens: step "${step}" failed:`);
  console.error(e);
  process.exitCode = 1;
} finally {
  for (const c of clients) c.dispose();
}
