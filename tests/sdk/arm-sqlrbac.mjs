// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
//
// Data-plane RBAC management of @azure/arm-cosmosdb against the emulator (started by run.mjs with --seed demo):
// list the built-in role definitions, create a custom definition and an assignment at a container scope with the
// SDK's long-running-operation pollers, list, delete both again, and the service's refusals (validation, a
// built-in definition, an assigned definition, Azure RBAC).
import assert from "node:assert/strict";
import { ClientSecretCredential } from "@azure/identity";
import { CosmosDBManagementClient } from "@azure/arm-cosmosdb";

const ready = JSON.parse(process.env.CSC_EMULATOR_READY);
const base = ready.endpoints.authorityHost;
const tenantId = ready.tenantId;
const production = "50b5c0de-0000-4000-8000-000000000001";
const owner = { id: "de300001-0000-4000-8000-00000000c11e", secret: "csc-demo-owner-secret~0001" };
const reader = { id: "de300003-0000-4000-8000-00000000c11e", secret: "csc-demo-reader-secret~0003" };

const client = (who) =>
  new CosmosDBManagementClient(
    new ClientSecretCredential(tenantId, who.id, who.secret, { authorityHost: base, disableInstanceDiscovery: true }),
    production, { endpoint: base });

const collect = async (iterable) => {
  const out = [];
  for await (const item of iterable) out.push(item);
  return out;
};

const refusedWith = (status, code, text) => (e) => {
  assert.equal(e.statusCode, status, e.message);
  assert.equal(e.code, code, e.message);
  assert.ok(e.message.includes(text), e.message);
  return true;
};

const poll = { updateIntervalInMs: 200 };
const actions = "Microsoft.DocumentDB/databaseAccounts/";

let step = "";
try {
  const rg = "rg-orders";
  const name = "contoso-orders";
  const accountId = `/subscriptions/${production}/resourceGroups/${rg}/providers/Microsoft.DocumentDB/databaseAccounts/${name}`;
  const sql = client(owner).sqlResources;
  const definitionGuid = "5d400000-0000-4000-8000-000000000001";
  const assignmentGuid = "5d400000-0000-4000-8000-0000000000a1";
  const principalId = "a11ce000-0000-4000-8000-000000000001";

  step = "listSqlRoleDefinitions: the two built-ins";
  const builtIns = await collect(sql.listSqlRoleDefinitions(rg, name));
  assert.deepEqual(builtIns.map((d) => d.name),
                   ["00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002"]);
  assert.equal(builtIns[0].roleName, "Cosmos DB Built-in Data Reader");
  assert.equal(builtIns[0].typePropertiesType, "BuiltInRole");
  assert.equal(builtIns[0].type, "Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions");
  assert.deepEqual(builtIns[0].assignableScopes, [accountId]);
  assert.deepEqual(builtIns[1].permissions[0].dataActions,
                   [`${actions}readMetadata`, `${actions}sqlDatabases/containers/*`,
                    `${actions}sqlDatabases/containers/items/*`]);

  step = "beginCreateUpdateSqlRoleDefinitionAndWait (202, operationsStatus polling, final GET)";
  const definition = await sql.beginCreateUpdateSqlRoleDefinitionAndWait(definitionGuid, rg, name, {
    roleName: "Orders reader and writer",
    type: "CustomRole",
    assignableScopes: [`${accountId}/dbs/orders`],
    permissions: [{ dataActions: [`${actions}sqlDatabases/containers/items/*`,
                                  `${actions}sqlDatabases/containers/executeQuery`] }],
  }, poll);
  assert.equal(definition.id, `${accountId}/sqlRoleDefinitions/${definitionGuid}`);
  assert.equal(definition.name, definitionGuid);
  assert.equal(definition.typePropertiesType, "CustomRole");
  assert.deepEqual(definition.assignableScopes, [`${accountId}/dbs/orders`]);
  assert.equal((await sql.getSqlRoleDefinition(definitionGuid, rg, name)).roleName, "Orders reader and writer");

  step = "beginCreateUpdateSqlRoleAssignmentAndWait at a container scope";
  const assignment = await sql.beginCreateUpdateSqlRoleAssignmentAndWait(assignmentGuid, rg, name, {
    roleDefinitionId: definition.id,
    scope: `${accountId}/dbs/orders/colls/open`,
    principalId,
  }, poll);
  assert.equal(assignment.id, `${accountId}/sqlRoleAssignments/${assignmentGuid}`);
  assert.equal(assignment.type, "Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments");
  assert.equal(assignment.scope, `${accountId}/dbs/orders/colls/open`);
  assert.equal(assignment.principalId, principalId);

  step = "listSqlRoleDefinitions / listSqlRoleAssignments";
  assert.equal((await collect(sql.listSqlRoleDefinitions(rg, name))).length, 3);
  const assignments = await collect(sql.listSqlRoleAssignments(rg, name));
  assert.deepEqual(assignments.map((a) => a.name), [assignmentGuid]);
  assert.equal(assignments[0].roleDefinitionId, definition.id);

  step = "refusals: outside the assignable scopes, notDataActions, a built-in, an assigned definition";
  await assert.rejects(sql.beginCreateUpdateSqlRoleAssignmentAndWait("5d400000-0000-4000-8000-0000000000a2", rg, name, {
    roleDefinitionId: definition.id, scope: `${accountId}/dbs/billing`, principalId }),
  refusedWith(400, "BadRequest", "not within the assignable scopes"));
  await assert.rejects(sql.beginCreateUpdateSqlRoleDefinitionAndWait("5d400000-0000-4000-8000-000000000002", rg, name, {
    roleName: "Everything but delete", type: "CustomRole", assignableScopes: [accountId],
    permissions: [{ dataActions: [`${actions}sqlDatabases/containers/items/*`],
                    notDataActions: [`${actions}sqlDatabases/containers/items/delete`] }] }),
  refusedWith(400, "BadRequest", "NotDataActions are not supported"));
  await assert.rejects(sql.beginDeleteSqlRoleDefinitionAndWait("00000000-0000-0000-0000-000000000002", rg, name),
                       refusedWith(400, "BadRequest", "built-in"));
  await assert.rejects(sql.beginDeleteSqlRoleDefinitionAndWait(definitionGuid, rg, name),
                       refusedWith(409, "Conflict", assignmentGuid));

  step = "Reader may list, not write (AuthorizationFailed naming the action)";
  const asReader = client(reader).sqlResources;
  assert.equal((await collect(asReader.listSqlRoleAssignments(rg, name))).length, 1);
  await assert.rejects(asReader.beginDeleteSqlRoleAssignmentAndWait(assignmentGuid, rg, name),
                       refusedWith(403, "AuthorizationFailed", `'${actions}sqlRoleAssignments/delete'`));

  step = "beginDeleteSqlRoleAssignmentAndWait, then beginDeleteSqlRoleDefinitionAndWait";
  await sql.beginDeleteSqlRoleAssignmentAndWait(assignmentGuid, rg, name, poll);
  assert.equal((await collect(sql.listSqlRoleAssignments(rg, name))).length, 0);
  await sql.beginDeleteSqlRoleDefinitionAndWait(definitionGuid, rg, name, poll);
  assert.deepEqual((await collect(sql.listSqlRoleDefinitions(rg, name))).map((d) => d.name),
                   builtIns.map((d) => d.name));
  await assert.rejects(sql.getSqlRoleDefinition(definitionGuid, rg, name), refusedWith(404, "NotFound", definitionGuid));

  console.log("arm-sqlrbac: all steps passed");
} catch (e) {
  console.error(`arm-sqlrbac: step "${step}" failed:`);
  console.error(e);
  process.exit(1);
}
