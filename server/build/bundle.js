// `npm run build:server`: bundles the server, the `rapport` command and the audit thread's entry
// into dist/server with esbuild, so `npm start` and `npx rapport` run plain JavaScript on Node, with
// no TypeScript loader at run time.
// The code of server/src, core/ and contracts/ (the #core/* and #contracts/* imports, and core's
// JSON) goes in, and so do the plain-JavaScript packages a start loads (Fastify and its plugins,
// Kysely, zod, ...): Node then reads one file where it resolved, read and compiled about 900, which
// was most of the start. The packages in EXTERNAL stay in node_modules, resolved at run time.
// Last it writes inputs.json, the files of the repository that went into the bundle (and the lock
// file, which names the packages' versions): the stamp by which server/build/ensure-built.js
// tells whether the bundle is older than its sources.
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));
const outdir = join(root, "dist", "server");

/**
 * Packages left out of the bundle: native addons (loaded from their own folder), those loaded
 * only when first needed (pg for a PostgreSQL database, PDFKit with the first PDF, Nodemailer
 * with the first mail, the common-password list with the first password checked, Piscina with
 * the first audit), PDFKit, which reads its fonts beside its code, and Piscina, which starts its
 * threads from a file of its own. They are `dependencies` in package.json, so a production
 * install has them.
 */
const EXTERNAL = [
  "better-sqlite3",
  "@node-rs/argon2",
  "pg",
  "pdfkit",
  "nodemailer",
  "@zxcvbn-ts/language-common",
  "piscina",
];

/**
 * Bundled packages that read files beside their own code (Swagger UI its page, scripts and logo;
 * @fastify/swagger its package.json): each of their files gets, as `__dirname`, its folder in
 * node_modules, found at run time, in place of the one CommonJS would give it. They stay
 * `dependencies` too, for those files.
 */
const READ_BESIDE_THEM = ["@fastify/swagger-ui", "@fastify/swagger"];

const ownFolders = {
  name: "own-folders",
  setup(build) {
    const filter = new RegExp(`node_modules/(${READ_BESIDE_THEM.join("|")})/(.*)\\.js$`);
    build.onLoad({ filter }, async ({ path }) => {
      const source = await readFile(path, "utf8");
      if (!source.includes("__dirname")) return undefined;
      const [, name, file] = path.match(filter);
      const folder = dirname(file) === "." ? "" : dirname(file);
      const found = `require("node:path").join(require("node:path").dirname(require.resolve(${JSON.stringify(`${name}/package.json`)})), ${JSON.stringify(folder)})`;
      return { contents: `var __dirname = ${found};\n${source}`, loader: "js" };
    });
  },
};

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
  external: EXTERNAL,
  plugins: [ownFolders],
  // Bundled CommonJS packages call require() for Node's own modules; an ES module has none.
  banner: {
    js: 'import { createRequire as __bundleRequire } from "node:module";\nconst require = __bundleRequire(import.meta.url);',
  },
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
const inputs = Object.keys(result.metafile.inputs)
  .map((input) => relative(root, join(root, input)))
  .filter((input) => !input.startsWith("node_modules/"));
if (existsSync(join(root, "package-lock.json"))) inputs.push("package-lock.json");
writeFileSync(join(outdir, "inputs.json.tmp"), `${JSON.stringify(inputs, null, 1)}\n`);
renameSync(join(outdir, "inputs.json.tmp"), join(outdir, "inputs.json"));
