import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
const webDir = join(repoRoot, "web");
const builtIndex = join(webDir, "dist", "index.html");

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "dist" || entry === "node_modules") continue;
    newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

/**
 * True when web/dist is missing or older than any source file of the web app (core/ and contracts/
 * included, which it imports) or its build config.
 */
export function webBuildIsStale(): boolean {
  if (!existsSync(builtIndex)) return true;
  const built = statSync(builtIndex).mtimeMs;
  const sources = Math.max(
    ...[
      webDir,
      ...["core", "contracts", "vite.config.ts", "package.json"].map((path) => join(repoRoot, path)),
    ].map(newestChange),
  );
  return sources > built;
}

/** Builds the web app once, only when its sources changed since the last build. */
export function ensureWebBuild(): void {
  if (!webBuildIsStale()) return;
  console.log("e2e: web/dist is stale, running `npx vite build`…");
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  execFileSync("npx", ["vite", "build", "--logLevel", "warn"], {
    cwd: repoRoot,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
}
