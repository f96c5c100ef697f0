// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
//
// @azure/keyvault-keys against the emulator's Key Vault (run.mjs: --seed demo, NODE_EXTRA_CA_CERTS): the SDK's 401
// challenge handshake (tenant taken from the challenge, token for https://vault.azure.net/.default from the
// emulator's Entra through @azure/identity), createRsaKey / getKey / rotateKey / listPropertiesOfKeyVersions, a
// CryptographyClient wrapKey/unwrapKey round trip with RSA-OAEP-256 on the demo vault that is ready for CMK (Azure
// RBAC), refusal of a principal without a Key Vault data role (403 ForbiddenByRbac), a disabled key refusing unwrap,
// and soft delete (beginDeleteKey, 409 while the deleted name is held).
// disableChallengeResourceVerification: the vault listens on 127.0.0.1, which is not below vault.azure.net.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { ClientSecretCredential } from "@azure/identity";
import { CryptographyClient, KeyClient } from "@azure/keyvault-keys";

const ready = JSON.parse(process.env.CSC_EMULATOR_READY);
const base = ready.endpoints.authorityHost;
const owner = { id: "de300001-0000-4000-8000-00000000c11e", secret: "csc-demo-owner-secret~0001" };
const cosmosContributor = { id: "de300004-0000-4000-8000-00000000c11e", secret: "csc-demo-cosmos-contributor-secret~0004" };
const vaultName = "contoso-orders-kv";
const vaultUrl = ready.vaults?.[vaultName];
const options = { disableChallengeResourceVerification: true };
const poll = { updateIntervalInMs: 200 };

const credential = (who) =>
  new ClientSecretCredential(ready.tenantId, who.id, who.secret, { authorityHost: base, disableInstanceDiscovery: true });

let step = "";
try {
  step = "the ready JSON announces the vault";
  assert.ok(vaultUrl && vaultUrl.startsWith("https://127.0.0.1:"), JSON.stringify(ready.vaults));
  const keys = new KeyClient(vaultUrl, credential(owner), options);

  step = "createRsaKey (RSA 3072, wrapKey/unwrapKey) through the 401 challenge";
  const created = await keys.createRsaKey("sdk-cmk", { keySize: 3072, keyOps: ["wrapKey", "unwrapKey"] });
  assert.equal(created.keyType, "RSA");
  assert.equal(created.key.n.length, 384);
  assert.deepEqual(created.keyOperations, ["wrapKey", "unwrapKey"]);
  assert.ok(created.id.startsWith(`${vaultUrl}keys/sdk-cmk/`), created.id);
  assert.equal(created.properties.enabled, true);

  step = "getKey (latest) and the seeded CMK key";
  const got = await keys.getKey("sdk-cmk");
  assert.equal(got.id, created.id);
  const seeded = await keys.getKey("cosmos-cmk");
  assert.equal(seeded.key.n.length, 384);
  assert.equal(seeded.properties.recoveryLevel, "Recoverable");

  step = "CryptographyClient: wrapKey / unwrapKey with RSA-OAEP-256";
  const crypto = new CryptographyClient(created.id, credential(owner), options);
  const cek = randomBytes(32);
  const wrapped = await crypto.wrapKey("RSA-OAEP-256", cek);
  assert.equal(wrapped.result.length, 384);
  assert.equal(wrapped.keyID, created.id);
  const unwrapped = await crypto.unwrapKey("RSA-OAEP-256", wrapped.result);
  assert.ok(Buffer.from(unwrapped.result).equals(cek), "unwrapKey returned other bytes");

  step = "rotateKey and listPropertiesOfKeyVersions";
  const rotated = await keys.rotateKey("sdk-cmk");
  assert.notEqual(rotated.id, created.id);
  const versions = [];
  for await (const p of keys.listPropertiesOfKeyVersions("sdk-cmk", { maxPageSize: 1 })) versions.push(p.version);
  assert.deepEqual(versions.sort(), [created.properties.version, rotated.properties.version].sort());
  const names = [];
  for await (const p of keys.listPropertiesOfKeys()) names.push(p.name);
  assert.ok(names.includes("sdk-cmk") && names.includes("cosmos-cmk"), names.join(","));

  step = "a principal without a Key Vault data role is refused (ForbiddenByRbac)";
  await assert.rejects(new KeyClient(vaultUrl, credential(cosmosContributor), options).getKey("sdk-cmk"), (e) => {
    assert.equal(e.statusCode, 403);
    assert.equal(e.code, "Forbidden");
    assert.ok(e.message.includes("Microsoft.KeyVault/vaults/keys/read"), e.message);
    return true;
  });

  step = "a disabled key version refuses unwrapKey";
  await keys.updateKeyProperties("sdk-cmk", created.properties.version, { enabled: false });
  await assert.rejects(crypto.unwrapKey("RSA-OAEP-256", wrapped.result), (e) => {
    assert.equal(e.statusCode, 403);
    assert.ok(e.message.includes("disabled key"), e.message);
    return true;
  });

  step = "beginDeleteKey (soft delete) and the 409 while the name is held";
  const poller = await keys.beginDeleteKey("sdk-cmk", poll);
  const deleted = await poller.pollUntilDone();
  assert.equal(deleted.name, "sdk-cmk");
  assert.ok(deleted.properties.recoveryId.endsWith("/deletedkeys/sdk-cmk"), deleted.properties.recoveryId);
  await assert.rejects(keys.createRsaKey("sdk-cmk"), (e) => {
    assert.equal(e.statusCode, 409);
    return true;
  });
  console.log("keyvault-keys: challenge, keys, wrap/unwrap, RBAC and soft delete ok");
} catch (e) {
  console.error(`step failed: ${step}`);
  console.error(e);
  process.exit(1);
}
