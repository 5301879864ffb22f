import { parseArgs } from "node:util";
import { loadConfig } from "../config";
import { migrateToLatest, openDatabase } from "../db/database";
import { createAdmin } from "./create-admin";

const HELP = `rapport — administer a Rapport installation

Usage: npx rapport <command> [options]

Commands:
  migrate                      Bring the database (DATABASE_URL) to the latest schema.
  create-admin                 Create an admin account.
      --email EMAIL            (required)
      --name NAME              (required)
      --password PASSWORD      (or the RAPPORT_ADMIN_PASSWORD variable; 12+ characters)
      --workspace NAME         Name of the workspace to create when none exists yet.
  help                         Show this help.

Settings come from the environment, as for \`npm start\` (see .env.example).
`;

export async function runCli(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    out(HELP);
    return 0;
  }
  const config = loadConfig();
  const handle = openDatabase(config.database);
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
      default:
        out(`Unknown command "${command}".\n\n${HELP}`);
        return 64;
    }
  } finally {
    await handle.destroy();
  }
}
