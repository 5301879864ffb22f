import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { BACKUP_FILE, backupFileName, backupTo } from "../db/backup";
import { defineJob } from "./job";

/**
 * Once a night, when BACKUP_DIR is set, a backup of the whole database into that folder, as
 * `npx rapport backup` writes it; then only the newest BACKUP_KEEP backups there are kept. The file
 * is written under a temporary name and renamed when complete, so a backup cut short by a crash
 * is never taken for one, nor counted among those kept. 02:47 UTC, before the housekeeping job.
 */
export const backupJob = defineJob({
  name: "backup",
  schedule: "47 2 * * *",
  enabled: (config) => config.backup !== null,
  async run(ctx, period) {
    const settings = ctx.config.backup;
    if (!settings) return;
    await mkdir(settings.dir, { recursive: true });
    const name = backupFileName(period.start);
    const partial = join(settings.dir, `.${name}.partial`);
    await backupTo(ctx.config.database, partial);
    await rename(partial, join(settings.dir, name));
    const backups = (await readdir(settings.dir)).filter((file) => BACKUP_FILE.test(file)).sort();
    for (const old of backups.slice(0, Math.max(0, backups.length - settings.keep)))
      await rm(join(settings.dir, old), { force: true });
  },
});
