// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
//
// Starts cosmos-security-emulator (temp data folder, --seed demo, a free port), waits for its ready file, then runs
// one SDK scenario in a child node process that trusts the emulator's CA through NODE_EXTRA_CA_CERTS (node reads it
// only at start-up). Usage: node run.mjs <emulator-executable> <scenario.mjs>
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const [emulator, scenario] = process.argv.slice(2);

function fail(message) {
  console.error(`SDK TEST FAILED: ${message}`);
  process.exit(1);
}

if (!existsSync(join(here, "node_modules", "@azure", "identity")) ||
    !existsSync(join(here, "node_modules", "@azure", "arm-cosmosdb")) ||
    !existsSync(join(here, "node_modules", "@azure", "cosmos")) ||
    !existsSync(join(here, "node_modules", "@azure", "keyvault-keys"))) {
  fail(`${join(here, "node_modules")} is missing or incomplete. Install the locked SDK versions first:\n` +
       `    npm ci --prefix ${here}\n` +
       `(installer/dev.sh test does this before running the tests).`);
}
if (!emulator || !existsSync(emulator)) fail(`emulator executable not found: '${emulator}'`);
if (!scenario || !existsSync(resolve(here, scenario))) fail(`scenario not found: '${scenario}'`);

const work = mkdtempSync(join(tmpdir(), "csc-sdk-"));
const readyFile = join(work, "ready.json");
const emu = spawn(emulator, ["--data-dir", join(work, "data"), "--seed", "demo", "--port", "0",
                             "--ready-file", readyFile], { stdio: ["ignore", "ignore", "pipe"] });
let emuStderr = "";
emu.stderr.on("data", (d) => { emuStderr += d; });
let emuExited = null;
emu.on("exit", (code, signal) => { emuExited = { code, signal }; });

function cleanup() {
  if (!emuExited) emu.kill("SIGTERM");
  rmSync(work, { recursive: true, force: true });
}

const deadline = Date.now() + 30000;
while (!existsSync(readyFile)) {
  if (emuExited) { cleanup(); fail(`the emulator stopped before it was ready (${JSON.stringify(emuExited)}): ${emuStderr}`); }
  if (Date.now() > deadline) { cleanup(); fail("the emulator did not write its ready file within 30 s"); }
  await new Promise((r) => setTimeout(r, 100));
}
const ready = JSON.parse(readFileSync(readyFile, "utf8"));

const child = spawn(process.execPath, [resolve(here, scenario)], {
  stdio: "inherit",
  env: { ...process.env, NODE_EXTRA_CA_CERTS: ready.caCertificate, CSC_EMULATOR_READY: JSON.stringify(ready) },
});
const code = await new Promise((r) => child.on("exit", (c, s) => r(c ?? (s ? 128 : 1))));
cleanup();
if (code !== 0) fail(`${scenario} exited with ${code}`);
console.log(`${scenario}: passed`);
