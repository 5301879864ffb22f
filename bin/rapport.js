#!/usr/bin/env node
// The `rapport` command: runs the TypeScript CLI through tsx, so `npx rapport …` works from the repo.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../server/src/cli/rapport.ts");
try {
  process.exit(await runCli(process.argv.slice(2)));
} catch (error) {
  console.error(`rapport: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
