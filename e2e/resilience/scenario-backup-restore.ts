// pg_dump → restore into a fresh database → the exports are byte-identical. And the app's own
// route: dataset export → `npm run data:import` into another fresh database → every export of the
// copy, the dataset included, is byte-identical.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startApp, stopApp } from "./app-process";
import { createDatabase, pgTool } from "./postgres";
import type { Report } from "./report";

const EXPORTS = ["/api/export/dataset.json", "/api/export/commitments.csv", "/api/export/evidence.csv", "/api/export/status-history.csv", "/api/commitments?pageSize=100", "/api/talks"];

async function fetchAll(baseUrl: string): Promise<Map<string, Buffer>> {
  const bodies = new Map<string, Buffer>();
  for (const path of EXPORTS) {
    const response = await fetch(baseUrl + path);
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    bodies.set(path, Buffer.from(await response.arrayBuffer()));
  }
  return bodies;
}

export async function backupAndRestore(report: Report, options: { source: { name: string; url: string }; port: number }) {
  const scenario = "backup+restore";
  const dir = mkdtempSync(join(tmpdir(), "tracker-backup-"));
  const restored = await createDatabase("tracker_restored");
  const imported = await createDatabase("tracker_imported");
  try {
    const dump = join(dir, "tracker.dump");
    pgTool("pg_dump", ["--format=custom", "--no-owner", `--file=${dump}`, `--dbname=${options.source.url}`]);
    pgTool("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${restored.url}`, dump]);

    const original = await startApp({ DATABASE_URL: options.source.url }, options.port);
    const before = await fetchAll(original.baseUrl).finally(() => stopApp(original));
    const copy = await startApp({ DATABASE_URL: restored.url }, options.port + 1);
    const after = await fetchAll(copy.baseUrl).finally(() => stopApp(copy));

    for (const path of EXPORTS) {
      const a = before.get(path)!;
      const b = after.get(path)!;
      report.check(scenario, a.equals(b) && a.length > 0, `${path} is byte-identical after restore`, `${a.length} vs ${b.length} bytes`);
    }

    const dataset = join(dir, "dataset.json");
    writeFileSync(dataset, before.get("/api/export/dataset.json")!);
    execFileSync(process.execPath, ["--import", "tsx", "scripts/data-import.ts", dataset], {
      env: { ...process.env, DATABASE_URL: imported.url },
      stdio: ["ignore", "pipe", "inherit"],
      timeout: 300_000,
    });
    const fromImport = await startApp({ DATABASE_URL: imported.url }, options.port + 2);
    const reimported = await fetchAll(fromImport.baseUrl).finally(() => stopApp(fromImport));
    for (const path of EXPORTS) {
      const a = before.get(path)!;
      const b = reimported.get(path)!;
      report.check(scenario, a.equals(b) && a.length > 0, `${path} is byte-identical after dataset export → import`, `${a.length} vs ${b.length} bytes`);
    }
  } finally {
    await imported.drop();
    await restored.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}
