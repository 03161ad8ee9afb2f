// Drives openblox (a third-party Open Cloud client from the npm registry, used as published) against the
// ProfileLens emulator: reads, writes, conditional writes, increments, listings, versions and revisions.
// The only change is where requests go: openblox's documented `http.adapter` hook sends the requests it builds
// for the real host to the emulator's base URL instead (and its response cache is off, so every call is sent).
// Usage: node check.cjs http://127.0.0.1:PORT [UNIVERSE]
const { createOpenbloxConfig, setDefaultOpenbloxConfig } = require("openblox/config");
const { StandardDataStoresApi_V1: V1, StandardDataStoresApi_V2: V2 } = require("openblox/cloud");
const { HttpResponse } = require("openblox/http");

const base = process.argv[2];
const universeId = process.argv[3] || "4242";
if (!base) {
  console.error("usage: node check.cjs http://127.0.0.1:PORT [UNIVERSE]");
  process.exit(2);
}
const REAL = "https://apis.roblox.com";

// The same thing openblox's own fetch adapter does, with the host swapped for the emulator's.
const toEmulator = async ({ url, method, headers, body, formData }) => {
  const target = url.startsWith(REAL) ? base + url.slice(REAL.length) : url;
  const response = await fetch(target, { method, headers, body: formData || body, cache: "no-store" });
  const type = response.headers.get("content-type");
  const text = await response.text();
  let parsed = text;
  if (type && type.startsWith("application/json") && text.length > 0) {
    parsed = JSON.parse(text);
  }
  return new HttpResponse({ url, method, success: response.ok, statusCode: response.status,
    headers: response.headers, body: parsed, fullResponse: response });
};
setDefaultOpenbloxConfig(createOpenbloxConfig({ cloudKey: "dev-key", cache: [], http: { adapter: toEmulator } }));

async function main() {
let failures = 0;
async function check(name, fn) {
  try {
    await fn();
    console.log("ok   " + name);
  } catch (e) {
    failures++;
    console.log("FAIL " + name + ": " + (e && e.message ? e.message : JSON.stringify(e)));
  }
}
function expect(cond, what) {
  if (!cond) throw new Error(what);
}
const store = "ThirdParty";

await check("v1 set + get (value, metadata headers)", async () => {
  await V1.setStandardDatastoreEntry({ universeId, datastoreName: store, entryKey: "p1",
    entryValue: { Gold: 6 }, entryUserIds: [7], entryAttributes: { Tier: "x" } });
  const got = await V1.standardDatastoreEntry({ universeId, datastoreName: store, entryKey: "p1" });
  const d = got.data;
  expect(JSON.stringify(d.entry) === '{"Gold":6}', "value " + JSON.stringify(d));
  expect(d.checksumsMatch === true, "openblox's content-md5 check failed");
  expect(JSON.stringify(d.metadata.entryUserIds) === "[7]", "userids " + JSON.stringify(d.metadata));
  expect(d.metadata.entryAttributes.Tier === "x", "attributes " + JSON.stringify(d.metadata));
  expect(/^[0-9A-F]{16}\.0000000001\.[0-9A-F]{16}\.01$/.test(d.metadata.entryVersion), "version");
});

await check("v1 conditional set (matchVersion, exclusiveCreate)", async () => {
  const got = await V1.standardDatastoreEntry({ universeId, datastoreName: store, entryKey: "p1" });
  const v = got.response.headers.get("roblox-entry-version");
  await V1.setStandardDatastoreEntry({ universeId, datastoreName: store, entryKey: "p1", entryValue: { Gold: 7 },
    matchVersion: v });
  let refused = false;
  try {
    await V1.setStandardDatastoreEntry({ universeId, datastoreName: store, entryKey: "p1", entryValue: { Gold: 8 },
      matchVersion: v });
  } catch (e) {
    refused = true;
  }
  expect(refused, "a stale matchVersion was accepted");
  let exclusive = false;
  try {
    await V1.setStandardDatastoreEntry({ universeId, datastoreName: store, entryKey: "p1", entryValue: 1,
      exclusiveCreate: true });
  } catch (e) {
    exclusive = true;
  }
  expect(exclusive, "exclusiveCreate on an existing key was accepted");
});

await check("v1 increment", async () => {
  await V1.incrementStandardDatastoreEntry({ universeId, datastoreName: store, entryKey: "coins", incrementBy: 5 });
  const r = await V1.incrementStandardDatastoreEntry({ universeId, datastoreName: store, entryKey: "coins",
    incrementBy: 2 });
  expect(Number(r.data) === 7, "value " + JSON.stringify(r.data));
});

await check("v1 listings (stores, keys)", async () => {
  const stores = await V1.listStandardDatastores({ universeId, limit: 10 });
  expect(stores.data.some((s) => s.name === store), "stores " + JSON.stringify(stores.data));
  const keys = await V1.standardDatastoreKeys({ universeId, datastoreName: store, limit: 10 });
  expect(JSON.stringify(keys.data).includes("p1"), "keys " + JSON.stringify(keys.data));
});

await check("v1 versions (list, read one)", async () => {
  const list = await V1.listStandardDatastoreEntryVersions({ universeId, datastoreName: store, entryKey: "p1",
    limit: 10 });
  const versions = list.data;
  expect(Array.isArray(versions) && versions.length >= 1, "versions " + JSON.stringify(versions));
  const id = versions[versions.length - 1].version;
  const one = await V1.standardDatastoreEntryOfVersion({ universeId, datastoreName: store, entryKey: "p1",
    versionId: id });
  expect(one.data && typeof one.data === "object", "version value " + JSON.stringify(one.data));
});

await check("v2 create + get + update", async () => {
  await V2.createStandardDataStoreEntry({ universeId, dataStore: store, scope: "global", entryId: "e1",
    value: { Iron: 50 }, users: [45], attributes: { a: 1 } });
  const got = await V2.standardDataStoreEntry({ universeId, dataStore: store, scope: "global", entryId: "e1" });
  expect(JSON.stringify(got.data.value) === '{"Iron":50}', "value " + JSON.stringify(got.data));
  const up = await V2.updateStandardDataStoreEntry({ universeId, dataStore: store, scope: "global", entryId: "e1",
    value: { Iron: 51 }, allowMissing: false });
  expect(up.data.value.Iron === 51, "updated " + JSON.stringify(up.data));
});

await check("v2 increment", async () => {
  const r = await V2.incrementStandardDatastoreEntry({ universeId, dataStore: store, scope: "global",
    entryId: "v2coins", amount: 3 });
  expect(Number(r.data.value) === 3, "value " + JSON.stringify(r.data));
});

await check("v2 listings (stores, entries)", async () => {
  const stores = await V2.listStandardDataStores({ universeId, limit: 10 });
  expect(JSON.stringify(stores.data).includes(store), "stores " + JSON.stringify(stores.data));
  const entries = await V2.listStandardDataStoreEntries({ universeId, dataStore: store, scope: "global",
    limit: 50 });
  expect(JSON.stringify(entries.data).includes("e1"), "entries " + JSON.stringify(entries.data));
});

await check("v2 revisions (list, read one)", async () => {
  const list = await V2.listStandardDataStoreEntryRevisions({ universeId, dataStore: store, scope: "global",
    entryId: "e1" });
  const items = list.data;
  expect(Array.isArray(items) && items.length >= 1, "revisions " + JSON.stringify(items));
  const rev = items[0].revisionId;
  const one = await V2.standardDataStoreEntry({ universeId, dataStore: store, scope: "global", entryId: "e1",
    revisionId: rev });
  expect(one.data.revisionId === rev, "revision read " + JSON.stringify(one.data));
});

await check("v2 delete", async () => {
  await V2.deleteStandardDataStoreEntry({ universeId, dataStore: store, scope: "global", entryId: "e1" });
  let gone = false;
  try {
    await V2.standardDataStoreEntry({ universeId, dataStore: store, scope: "global", entryId: "e1" });
  } catch (e) {
    gone = true;
  }
  expect(gone, "deleted entry still readable");
});

console.log(failures === 0 ? "openblox: all checks passed" : "openblox: " + failures + " check(s) failed");
process.exit(failures === 0 ? 0 : 1);
}

main();
