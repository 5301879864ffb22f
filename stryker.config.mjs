// @ts-check
/**
 * Mutation testing of core/ (`npm run test:mutation`): how many small mistakes in the domain code the
 * unit tests would catch. Only core/ is mutated and only its unit tests run, because the server and
 * web tiers need a database or a browser and would make every mutant cost seconds.
 * Incremental: results are kept in reports/mutation/stryker-incremental.json (committed), so a run
 * only re-tests mutants in code or tests that changed since the last recorded run.
 * @type {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
const config = {
  packageManager: "npm",
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.ts", related: true },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.stryker.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    "core/**/*.ts",
    "!core/**/*.test.ts",
    "!core/audit/testing.ts",
    "!core/questions/lint-examples.ts",
    "!core/questions/linter-testing.ts",
    "!core/practice/conversation.fixture.ts",
  ],
  ignorePatterns: ["web", "e2e", "bench", "server", "docs", "data", ".tmp", "coverage", "reports"],
  coverageAnalysis: "perTest",
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/html/index.html" },
  clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true },
  // Areas have their own thresholds, checked by .ci/mutation.mjs (`npm run test:mutation`).
  thresholds: { high: 90, low: 85, break: null },
  // One type checker and one test runner; the checker's slot becomes a second runner once it is done.
  concurrency: 2,
  tempDirName: ".tmp/stryker",
  cleanTempDir: "always",
};

export default config;
