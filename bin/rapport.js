#!/usr/bin/env node
// The `rapport` command: runs the built command line, dist/server/cli/rapport.js, building it first
// when missing or older than its sources (server/build/ensure-built.js), so `npx rapport …` works
// from the repository.
import { ensureBuilt } from "../server/build/ensure-built.js";

ensureBuilt(["server"], console.error);
const { runCli } = await import("../dist/server/cli/rapport.js");
try {
  process.exit(await runCli(process.argv.slice(2)));
} catch (error) {
  console.error(`rapport: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
