import { parseArgs } from "node:util";
import { loadConfig } from "../config";
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
