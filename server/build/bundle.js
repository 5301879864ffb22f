// `npm run build:server`: bundles the server and the `rapport` command into dist/server with esbuild,
// so `npm start` and `npx rapport` run plain JavaScript on Node, with no TypeScript loader at run time.
// The packages stay outside the bundle (resolved from node_modules at run time, as before); the code
// of server/src, core/ and contracts/ (the #core/* and #contracts/* imports, and core's JSON) goes in.
// Last it writes inputs.json, the files that went into the bundle: the stamp by which
// server/build/ensure-built.js tells whether the bundle is older than its sources.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));
const outdir = join(root, "dist", "server");

const result = await build({
  absWorkingDir: root,
  // The audit thread's entry too (modules/audit/audit.worker.ts), which the server starts beside itself.
  entryPoints: [
    { in: "server/src/server.ts", out: "server" },
    { in: "server/src/cli/rapport.ts", out: "cli/rapport" },
    { in: "server/src/modules/audit/audit.worker.ts", out: "audit-worker" },
  ],
  outdir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  // The sources are in the tree beside the bundle; the maps point at them.
  sourcesContent: false,
  metafile: true,
  logLevel: "warning",
  // Written below, each file renamed into place, so a server starting meanwhile never reads half a file.
  write: false,
});

for (const file of result.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(`${file.path}.tmp`, file.contents);
  renameSync(`${file.path}.tmp`, file.path);
}
const inputs = Object.keys(result.metafile.inputs).map((input) => relative(root, join(root, input)));
writeFileSync(join(outdir, "inputs.json.tmp"), `${JSON.stringify(inputs, null, 1)}\n`);
renameSync(join(outdir, "inputs.json.tmp"), join(outdir, "inputs.json"));
