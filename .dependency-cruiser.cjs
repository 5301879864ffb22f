/**
 * The house rules for imports (docs/ARCHITECTURE.md, "Layers" and "Module faces"), checked by
 * `npm run lint:imports`; server/test/import-rules.test.ts shows that each rule catches what it names.
 */
module.exports = {
  forbidden: [
    {
      name: "no-module-cycles",
      comment: "Server modules never import each other in a circle: one of them belongs below the other.",
      severity: "error",
      scope: "folder",
      from: { path: "^server/src/modules/[^/]+" },
      to: { circular: true },
    },
    {
      name: "no-file-cycles",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-other-module-repository",
      comment: "Only a module's own code speaks SQL about its tables: others call a function on its face.",
      severity: "error",
      from: { path: "^server/src/modules/([^/]+)/" },
      to: { path: "^server/src/modules/[^/]+/.+\\.repository\\.ts$", pathNot: "^server/src/modules/$1/" },
    },
    {
      name: "modules-meet-through-their-face",
      comment:
        "Another module is reached through its index.ts only; the rest of its folder is its own business.",
      severity: "error",
      from: { path: "^server/src/modules/([^/]+)/" },
      to: {
        path: "^server/src/modules/[^/]+/",
        // Its own files, any face, and repositories (the rule above names those).
        pathNot: ["^server/src/modules/$1/", "^server/src/modules/[^/]+/index\\.ts$", "\\.repository\\.ts$"],
      },
    },
    {
      name: "app-meets-modules-through-their-face",
      comment:
        "app.ts, the command line and the jobs use a module through its index.ts, like other modules do.",
      severity: "error",
      from: { path: "^server/src/", pathNot: "^server/src/modules/" },
      to: { path: "^server/src/modules/[^/]+/", pathNot: "^server/src/modules/[^/]+/index\\.ts$" },
    },
    {
      name: "plugins-import-no-module",
      comment: "Cross-cutting plugins are handed what they need by app.ts.",
      severity: "error",
      from: { path: "^server/src/plugins/" },
      to: { path: "^server/src/modules/" },
    },
    {
      name: "access-imports-no-module",
      severity: "error",
      from: { path: "^server/src/access/" },
      to: { path: "^server/src/modules/" },
    },
    {
      name: "core-is-pure",
      comment:
        "core/ is domain code with no I/O: nothing of the server, the web, the contracts, or Node's I/O.",
      severity: "error",
      from: { path: "^core/" },
      to: { path: "^(server|web|contracts|e2e|bench)/|^(fs|net|http|https|child_process|node:)" },
    },
    {
      name: "contracts-stand-on-core-and-zod",
      comment:
        "contracts/ holds the API's schemas and types, imported by the server and the browser alike: only core/, zod and each other.",
      severity: "error",
      from: { path: "^contracts/" },
      to: { pathNot: "^(contracts|core)/|(^|/)node_modules/zod/" },
    },
    {
      name: "web-stands-on-core-and-contracts",
      severity: "error",
      from: { path: "^web/" },
      to: { path: "^(server|e2e|bench)/" },
    },
    {
      name: "server-does-not-import-web",
      severity: "error",
      from: { path: "^server/" },
      to: { path: "^web/" },
    },
  ],
  options: {
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    // Tests may reach anywhere to set up what they check; the rules are for the product's code.
    exclude: { path: "\\.tmp/|\\.test\\.ts$|^server/test/|^e2e/|test-support|matrix-fixture" },
  },
};
