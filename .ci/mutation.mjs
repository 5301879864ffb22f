#!/usr/bin/env node
// `npm run test:mutation`: Stryker over core/ (stryker.config.mjs), then the score of each area and of
// each file changed since the last recorded run, against the thresholds below. Exits non-zero when an
// area or a changed file falls short. Extra arguments go to Stryker (e.g. `-- --force` for a full run,
// `-- --mutate core/questions/bank.ts` to re-test one file).
//
// `npm run test:mutation -- --ci` (what .ci/run does) starts from the committed result file but
// works on a copy in .tmp/mutation/, so CI never writes into the repository; it refuses to run
// without the committed file rather than start a full run of more than an hour.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";

const COMMITTED = "reports/mutation/stryker-incremental.json";
const REPORT = "reports/mutation/mutation.json";
const WORK = ".tmp/mutation";

/** The first area whose prefix matches a file sets its threshold (percent of killed mutants). */
const AREAS = [
  { name: "audit engine (core/audit)", prefix: "core/audit/", threshold: 90 },
  { name: "visibility rules (core/privacy)", prefix: "core/privacy/", threshold: 90 },
  { name: "question linter (core/questions/linter*)", prefix: "core/questions/linter", threshold: 85 },
  { name: "rest of core/", prefix: "core/", threshold: 80 },
];

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

function tally(files) {
  let detected = 0;
  let undetected = 0;
  for (const file of files) {
    for (const mutant of file.mutants) {
      if (DETECTED.has(mutant.status)) detected += 1;
      else if (UNDETECTED.has(mutant.status)) undetected += 1;
    }
  }
  const total = detected + undetected;
  return { detected, total, score: total === 0 ? 100 : (100 * detected) / total };
}

const areaOf = (path) => AREAS.find((area) => path.startsWith(area.prefix));
const percent = (score) => `${score.toFixed(2)}%`;

const ci = process.argv.includes("--ci");
const strykerArguments = process.argv.slice(2).filter((argument) => argument !== "--ci");

mkdirSync(WORK, { recursive: true });
const hadBaseline = existsSync(COMMITTED);
if (ci && !hadBaseline) {
  console.error(`${COMMITTED} is missing: run \`npm run test:mutation\` once and commit it.`);
  process.exit(1);
}
const baseline = `${WORK}/baseline.json`;
if (hadBaseline) copyFileSync(COMMITTED, baseline);
if (ci) {
  const working = `${WORK}/stryker-incremental.json`;
  copyFileSync(COMMITTED, working);
  strykerArguments.push("--incrementalFile", working);
}

const stryker = spawnSync("npx", ["stryker", "run", ...strykerArguments], { stdio: "inherit" });
if (stryker.status !== 0) process.exit(stryker.status ?? 1);

const files = JSON.parse(readFileSync(REPORT, "utf8")).files;
const before = hadBaseline ? JSON.parse(readFileSync(baseline, "utf8")).files : {};
let failed = false;

console.log("\nMutation score by area (killed or timed out / all but ignored and non-compiling):");
for (const area of AREAS) {
  const inArea = Object.entries(files).filter(([path]) => areaOf(path) === area);
  const { detected, total, score } = tally(inArea.map(([, file]) => file));
  const ok = score >= area.threshold;
  failed ||= !ok;
  console.log(
    `  ${ok ? "ok  " : "LOW "} ${percent(score).padStart(7)}  ${detected}/${total}  ${area.name}, threshold ${area.threshold}%`,
  );
}

// A file counts as changed when its code changed, or when its score moved because its tests did.
const changed = Object.entries(files).filter(
  ([path, file]) =>
    before[path]?.source !== file.source ||
    tally([before[path] ?? { mutants: [] }]).score !== tally([file]).score,
);
console.log(`\nFiles changed since the recorded run: ${changed.length === 0 ? "none" : ""}`);
for (const [path, file] of changed) {
  const { score } = tally([file]);
  const threshold = areaOf(path)?.threshold ?? 0;
  const ok = score >= threshold;
  failed ||= !ok;
  console.log(`  ${ok ? "ok  " : "LOW "} ${percent(score).padStart(7)}  ${path}, threshold ${threshold}%`);
}
if (failed) {
  console.error(
    "\nMutation score below its threshold: add tests that kill the surviving mutants (see the table above).",
  );
  process.exit(1);
}
if (ci && changed.length > 0) {
  console.log(`\nRun \`npm run test:mutation\` and commit ${COMMITTED}, so the next run starts from here.`);
}
