// What bin/start.js and bin/rapport.js run first: builds the web app (web/dist, Vite) and the server
// bundle (dist/server, server/build/bundle.js) when missing or older than their sources. A production
// install (`npm ci --omit=dev`) has neither Vite nor esbuild: there a build that is present is run
// as it is, with a warning when its sources look newer, and a missing one stops with what to do.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The newest modification time under `path`, skipping build output and packages; a missing path counts as new. */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined) return Number.POSITIVE_INFINITY;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === "dist" || entry === "node_modules") continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

const modified = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const vite = join(root, "node_modules", "vite", "bin", "vite.js");

const outputs = {
  web: {
    name: "the web app",
    // The web app imports core/ and contracts/ too, through the aliases in package.json.
    stale() {
      const built = modified(join(root, "web", "dist", "index.html"));
      const sources = ["web", "core", "contracts", "vite.config.ts", "package.json"];
      return built === 0 || Math.max(...sources.map((path) => newest(join(root, path)))) > built;
    },
    built: () => existsSync(join(root, "web", "dist", "index.html")),
    tool: vite,
    command: [vite, "build", "--logLevel", "warn"],
  },
  server: {
    name: "the server",
    // inputs.json, written last by the build, lists every file that went into the bundle.
    stale() {
      const stamp = join(root, "dist", "server", "inputs.json");
      const built = modified(stamp);
      if (built === 0 || !this.built()) return true;
      const inputs = JSON.parse(readFileSync(stamp, "utf8"));
      const sources = [...inputs, "package.json", "server/build/bundle.js"];
      return sources.some((path) => newest(join(root, path)) > built);
    },
    built: () =>
      ["server.js", join("cli", "rapport.js"), "audit-worker.js"].every((file) =>
        existsSync(join(root, "dist", "server", file)),
      ),
    tool: join(root, "node_modules", "esbuild", "package.json"),
    command: [join(root, "server", "build", "bundle.js")],
  },
};

/**
 * Builds each of `which` ("web", "server") that is missing or stale; `log` takes the messages
 * (stderr for the command line, whose output may be piped). Exits the process when a build fails
 * or a missing build cannot be made.
 */
export function ensureBuilt(which, log) {
  for (const key of which) {
    const output = outputs[key];
    if (!output.stale()) continue;
    if (!existsSync(output.tool)) {
      if (output.built()) {
        log(
          `Warning: the sources of ${output.name} look newer than its build, and the build tools are not ` +
            "installed (a production install); running the build as it is.",
        );
        continue;
      }
      log(
        `Rapport cannot start: ${output.name} is not built, and the build tools are not installed. ` +
          "Run `npm install` (with the dev dependencies) and `npm run build`, then start again.",
      );
      process.exit(1);
    }
    log(`Building ${output.name} (first start, or its sources changed)…`);
    // The build's output goes to stderr, so the command line's own output stays clean. NODE_ENV is
    // production whatever the caller's (vitest sets test), or Vite would bundle React's development build.
    const result = spawnSync(process.execPath, output.command, {
      cwd: root,
      stdio: ["ignore", 2, 2],
      env: { ...process.env, NODE_ENV: "production" },
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
