import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "./embedded";
import { DataDirectoryBusyError, readLiveLock } from "./embedded-lock";

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "tracker-embedded-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded database", () => {
  it("keeps committed data across a restart", async () => {
    const dir = freshDir();
    const first = await startEmbeddedDatabase(dir);
    await query(first.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('survives')");
    await first.stop();

    const second = await startEmbeddedDatabase(dir);
    try {
      expect(await query(second.url, "SELECT value FROM kept")).toEqual([{ value: "survives" }]);
    } finally {
      await second.stop();
    }
  });

  it("refuses a second opener of the same data directory with a clear message", async () => {
    const dir = freshDir();
    const owner = await startEmbeddedDatabase(dir);
    try {
      expect(readLiveLock(dir)?.url).toBe(owner.url);
      const second = startEmbeddedDatabase(dir);
      await expect(second).rejects.toBeInstanceOf(DataDirectoryBusyError);
      await expect(second).rejects.toThrow(/already open by process \d+/);
    } finally {
      await owner.stop();
    }
    expect(readLiveLock(dir)).toBeNull();
  });
});
