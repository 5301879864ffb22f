#!/usr/bin/env node
// `npm start`: builds the web app when the build is missing or older than its sources, then serves.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

const root = fileURLToPath(new URL("..", import.meta.url));
const built = join(root, "web", "dist", "index.html");

function newestSource(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === "dist" || entry === "node_modules") continue;
    newest = Math.max(newest, newestSource(join(path, entry)));
  }
  return newest;
}

// The web app imports core/ and contracts/ too, through the aliases in package.json.
const sources = Math.max(
  ...["web", "core", "contracts", "vite.config.ts", "package.json"].map((path) =>
    newestSource(join(root, path)),
  ),
);
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log("Building the web app (first start, or its sources changed)…");
  const vite = join(root, "node_modules", "vite", "bin", "vite.js");
  const result = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

register();
await import("../server/src/server.ts");
