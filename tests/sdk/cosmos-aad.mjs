// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
//
// @azure/cosmos with Microsoft Entra ID tokens (`aadCredentials`: @azure/identity ClientSecretCredential against the
// emulator's Entra) on the data plane of one emulator account (run.mjs: --seed demo, NODE_EXTRA_CA_CERTS). The Owner
// assigns Cosmos DB Built-in Data Reader to a demo principal through @azure/arm-cosmosdb; that principal reads and
// queries items created with the master key and is refused writes and metadata writes (403); a principal without an
// assignment is refused reads; disabling local authentication does not affect Entra tokens.
import assert from "node:assert/strict";
import { ClientSecretCredential } from "@azure/identity";
import { CosmosDBManagementClient } from "@azure/arm-cosmosdb";
import { CosmosClient } from "@azure/cosmos";

const ready = JSON.parse(process.env.CSC_EMULATOR_READY);
const base = ready.endpoints.authorityHost;
const production = "50b5c0de-0000-4000-8000-000000000001";
const owner = { id: "de300001-0000-4000-8000-00000000c11e", secret: "csc-demo-owner-secret~0001" };
const dataReader = { id: "de300005-0000-4000-8000-00000000c11e", secret: "csc-demo-cosmos-reader-secret~0005",
                     objectId: "0b1ec700-0000-4000-8000-000000000005" };
const noAccess = { id: "de300007-0000-4000-8000-00000000c11e", secret: "csc-demo-no-access-secret~0007",
                   objectId: "0b1ec700-0000-4000-8000-000000000007" };
const rg = "rg-legacy";
const name = "contoso-legacy";
const endpoint = ready.accounts[name];
const accountId = `/subscriptions/${production}/resourceGroups/${rg}/providers/Microsoft.DocumentDB/databaseAccounts/${name}`;
const actions = "Microsoft.DocumentDB/databaseAccounts/";
const poll = { updateIntervalInMs: 200 };

const credential = (who) =>
  new ClientSecretCredential(ready.tenantId, who.id, who.secret, { authorityHost: base, disableInstanceDiscovery: true });
const arm = new CosmosDBManagementClient(credential(owner), production, { endpoint: base });

const clients = [];
const cosmos = (options) => {
  const c = new CosmosClient({ endpoint, ...options });
  clients.push(c);
  return c;
};
const refused = (code, substatus, text) => (e) => {
  assert.equal(e.code, code, `${e.code} ${e.message}`);
  if (substatus !== undefined) assert.equal(e.substatus, substatus, `${e.substatus} ${e.message}`);
  if (text) assert.ok(e.message.includes(text), e.message);
  return true;
};

let step = "";
try {
  step = "master key: database, container and items";
  const keys = await arm.databaseAccounts.listKeys(rg, name);
  const master = cosmos({ key: keys.primaryMasterKey });
  const { database } = await master.databases.createIfNotExists({ id: "aad" });
  const { container } = await database.containers.createIfNotExists({ id: "items", partitionKey: { paths: ["/pk"] } });
  await container.items.create({ id: "a", pk: "p1", n: 1 });
  await container.items.create({ id: "b", pk: "p1", n: 2 });
  await container.items.create({ id: "c", pk: "p2", n: 3 });

  step = "the Owner assigns Cosmos DB Built-in Data Reader at the account (beginCreateUpdateSqlRoleAssignmentAndWait)";
  const assignment = await arm.sqlResources.beginCreateUpdateSqlRoleAssignmentAndWait(
    "aad5d400-0000-4000-8000-000000000001", rg, name, {
      roleDefinitionId: `${accountId}/sqlRoleDefinitions/00000000-0000-0000-0000-000000000001`,
      scope: accountId,
      principalId: dataReader.objectId,
    }, poll);
  assert.equal(assignment.principalId, dataReader.objectId);

  step = "Entra issues tokens for the account scope @azure/cosmos asks for (`${endpoint}/.default`, no trailing slash)";
  const accountScope = `${new URL(endpoint).href.replace(/\/$/, "")}/.default`;
  const { token } = await credential(dataReader).getToken(accountScope);
  const claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"));
  assert.equal(claims.aud, endpoint.replace(/\/$/, ""));
  assert.equal(claims.oid, dataReader.objectId);

  step = "aadCredentials: the Data Reader reads items, queries and reads the feed";
  const asReader = cosmos({ aadCredentials: credential(dataReader) }).database("aad").container("items");
  assert.equal((await asReader.item("a", "p1").read()).resource.n, 1);
  const { resources: p1 } = await asReader.items
    .query({ query: "SELECT * FROM c WHERE c.pk = @pk", parameters: [{ name: "@pk", value: "p1" }] })
    .fetchAll();
  assert.deepEqual(p1.map((d) => d.id).sort(), ["a", "b"]);
  const { resources: all } = await asReader.items.readAll().fetchAll();
  assert.deepEqual(all.map((d) => d.id).sort(), ["a", "b", "c"]);
  assert.equal((await asReader.read()).resource.id, "items");

  step = "the Data Reader is refused writes (403/5302 naming the missing action) and metadata writes (403/5300)";
  await assert.rejects(asReader.items.create({ id: "w", pk: "p1" }),
                       refused(403, 5302, `does not have required RBAC permissions to perform action [${actions}sqlDatabases/containers/items/create]`));
  await assert.rejects(asReader.item("a", "p1").delete(),
                       refused(403, 5302, `principal [${dataReader.objectId}]`));
  await assert.rejects(cosmos({ aadCredentials: credential(dataReader) }).databases.create({ id: "nope" }),
                       refused(403, 5300, "cannot be authorized by AAD token in data plane"));

  step = "a principal without a data-plane role assignment is refused reads";
  const asNobody = cosmos({ aadCredentials: credential(noAccess) }).database("aad").container("items");
  await assert.rejects(asNobody.item("a", "p1").read(), refused(403));

  step = "with local authentication disabled keys fail (401/5202) but Entra tokens still work";
  await arm.databaseAccounts.beginUpdateAndWait(rg, name, { disableLocalAuth: true }, poll);
  await assert.rejects(cosmos({ key: keys.primaryMasterKey }).database("aad").read(), refused(401, 5202));
  const fresh = cosmos({ aadCredentials: credential(dataReader) }).database("aad").container("items");
  assert.equal((await fresh.item("c", "p2").read()).resource.n, 3);
  await arm.databaseAccounts.beginUpdateAndWait(rg, name, { disableLocalAuth: false }, poll);

  console.log("cosmos-aad: all steps passed");
} catch (e) {
  console.error(`cosmos-aad: step "${step}" failed:`);
  console.error(e);
  process.exitCode = 1;
} finally {
  for (const c of clients) c.dispose();
}
