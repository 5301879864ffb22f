#!/usr/bin/env node
// `npm run test:mutation`: Stryker over core/ (stryker.config.mjs), then the score of each area and of
// each file changed since the last recorded run, against the thresholds below. Exits non-zero when an
// area or a changed file falls short. Extra arguments go to Stryker (e.g. `-- --force` for a full run).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";

const INCREMENTAL = "reports/mutation/stryker-incremental.json";
const REPORT = "reports/mutation/mutation.json";
const BASELINE = ".tmp/mutation/baseline.json";

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

mkdirSync(".tmp/mutation", { recursive: true });
const hadBaseline = existsSync(INCREMENTAL);
if (hadBaseline) copyFileSync(INCREMENTAL, BASELINE);

const stryker = spawnSync("npx", ["stryker", "run", ...process.argv.slice(2)], { stdio: "inherit" });
if (stryker.status !== 0) process.exit(stryker.status ?? 1);

const files = JSON.parse(readFileSync(REPORT, "utf8")).files;
const before = hadBaseline ? JSON.parse(readFileSync(BASELINE, "utf8")).files : {};
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

const changed = Object.entries(files).filter(([path, file]) => before[path]?.source !== file.source);
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
