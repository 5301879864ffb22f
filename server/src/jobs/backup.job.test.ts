import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupWorkspace } from "../../test/factories";
import { startTestApp, type TestApp } from "../../test/harness";
import { parseDatabaseUrl } from "../config";
import { restoreFrom } from "../db/backup";
import { openDatabase } from "../db/database";
import { backupJob } from "./backup.job";

const DAY = 24 * 60 * 60_000;

describe("the nightly backup job", () => {
  let t: TestApp;
  let folder: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "rapport-backup-job-"));
    t = await startTestApp({
      env: { BACKUP_DIR: join(folder, "backups"), BACKUP_KEEP: "2" },
      jobs: [backupJob],
    });
  });
  afterAll(async () => {
    await t.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("writes a backup each night into BACKUP_DIR and keeps the newest BACKUP_KEEP", async () => {
    await setupWorkspace(t, "Backed up");
    const outcomes = [];
    for (let night = 0; night < 3; night++) {
      outcomes.push(...(await t.scheduler.tick()));
      t.clock.advance(DAY);
    }
    expect(outcomes.map((o) => o.outcome)).toEqual(["succeeded", "succeeded", "succeeded"]);
    const files = readdirSync(join(folder, "backups"));
    // The clock starts at 09:00 on 2 November 2026: the nights of the 2nd, 3rd and 4th, the oldest gone.
    expect(files).toEqual([
      "rapport-backup-2026-11-03T02-47-00Z.jsonl.gz",
      "rapport-backup-2026-11-04T02-47-00Z.jsonl.gz",
    ]);

    const restored = `sqlite:${join(folder, "restored.db")}`;
    await restoreFrom(parseDatabaseUrl(restored, folder), join(folder, "backups", files[1] ?? ""));
    const handle = openDatabase(parseDatabaseUrl(restored, folder));
    const workspaces = await handle.db.selectFrom("workspaces").select("name").execute();
    await handle.destroy();
    expect(workspaces).toEqual([{ name: "Backed up" }]);
  });

  it("is off without BACKUP_DIR: the scheduler never claims it", async () => {
    const off = await startTestApp({ jobs: [backupJob] });
    try {
      expect(await off.scheduler.tick()).toEqual([]);
    } finally {
      await off.close();
    }
  });
});
