import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { type DatabaseConfig, loadConfig, parseDatabaseUrl } from "../config";
import { BackupError, backupFileName, backupTo, copyDatabase, restoreFrom } from "../db/backup";
import { migrateToLatest, openDatabase } from "../db/database";
import { LINT_HELP, runLintCommand } from "../modules/questions";
import { createAdmin } from "./create-admin";
import { loadDemo } from "./demo";
import { REPORT_HELP, runReportCommand } from "./report";

const HELP = `rapport — administer a Rapport installation

Usage: npx rapport <command> [options]

Commands:
  migrate                      Bring the database (DATABASE_URL) to the latest schema.
  create-admin                 Create an admin account.
      --email EMAIL            (required)
      --name NAME              (required)
      --password PASSWORD      (or the RAPPORT_ADMIN_PASSWORD variable; 12+ characters)
      --workspace NAME         Name of the workspace to create when none exists yet.
${LINT_HELP}
${REPORT_HELP}
  backup                       Write a consistent backup of the database while the app runs.
      --out FILE               (default: ./rapport-backup-<time>.jsonl.gz)
  restore FILE                 Load a backup into an empty database (DATABASE_URL), SQLite or PostgreSQL.
  migrate-to postgres://…      Copy this SQLite database into an empty PostgreSQL database.
  demo                         Fill a fresh database with a demo workspace (a leader, two teams, twelve members).
  help                         Show this help.

Settings come from the environment, as for \`npm start\` (see .env.example).
`;

export async function runCli(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    out(HELP);
    return 0;
  }
  // Needs no settings or database, so it runs before either is read.
  if (command === "lint") return runLintCommand(rest, out);
  const config = loadConfig();
  if (command === "demo") {
    await loadDemo(config, out);
    return 0;
  }
  if (command === "backup" || command === "restore" || command === "migrate-to") {
    try {
      return await runCopyCommand(command, rest, config.database, out);
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      out(error.message);
      return 1;
    }
  }
  const handle = openDatabase(config.database, { poolMax: config.databasePoolMax });
  try {
    switch (command) {
      case "migrate": {
        const applied = await migrateToLatest(handle.db);
        out(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
        return 0;
      }
      case "create-admin": {
        const { values } = parseArgs({
          args: rest,
          options: {
            email: { type: "string" },
            name: { type: "string" },
            password: { type: "string" },
            workspace: { type: "string" },
          },
        });
        await migrateToLatest(handle.db);
        const result = await createAdmin(handle, {
          email: values.email,
          name: values.name,
          password: values.password ?? process.env.RAPPORT_ADMIN_PASSWORD,
          workspace: values.workspace,
        });
        out(`Created admin ${result.email} in workspace "${result.workspaceName}".`);
        return 0;
      }
      case "report":
        return await runReportCommand(config, handle, rest, out);
      default:
        out(`Unknown command "${command}".\n\n${HELP}`);
        return 64;
    }
  } finally {
    await handle.destroy();
  }
}

/** backup, restore and migrate-to: each opens what it reads and writes itself. */
async function runCopyCommand(
  command: "backup" | "restore" | "migrate-to",
  args: string[],
  database: DatabaseConfig,
  out: (line: string) => void,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { out: { type: "string" } },
    allowPositionals: true,
  });
  const summary = (counts: Record<string, number>) => {
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    return `${Object.keys(counts).length} tables, ${rows} rows`;
  };
  if (command === "backup") {
    const file = resolve(values.out ?? backupFileName(new Date()));
    const counts = await backupTo(database, file);
    out(`Backed up ${summary(counts)} to ${file}.`);
    return 0;
  }
  const [argument] = positionals;
  if (!argument) {
    out(
      command === "restore"
        ? "restore needs the backup file: npx rapport restore FILE"
        : "migrate-to needs the PostgreSQL URL: npx rapport migrate-to postgres://…",
    );
    return 64;
  }
  if (command === "restore") {
    const counts = await restoreFrom(database, resolve(argument));
    out(`Restored ${summary(counts)} from ${argument}.`);
    return 0;
  }
  if (database.kind !== "sqlite") {
    out("migrate-to copies a SQLite database: set DATABASE_URL to the sqlite: file to copy from.");
    return 64;
  }
  const target = parseDatabaseUrl(argument, process.cwd());
  if (target.kind !== "postgres") {
    out("migrate-to copies into PostgreSQL: give a postgres:// URL.");
    return 64;
  }
  const counts = await copyDatabase(database, target);
  out(`Copied ${summary(counts)} into PostgreSQL; every table's row count matches.`);
  out("Set DATABASE_URL to the PostgreSQL URL and restart Rapport.");
  return 0;
}
