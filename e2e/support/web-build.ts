import { fileURLToPath } from "node:url";
import { ensureBuilt } from "../../server/build/ensure-built.js";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");

/**
 * Builds the web app (web/dist) and the server (dist/server) once, each only when missing or
 * older than its sources, as `npm start` does: the specs run the built server on the built app.
 */
export function ensureBuild(): void {
  ensureBuilt(["web", "server"], (line) => console.log(`e2e: ${line}`));
}
