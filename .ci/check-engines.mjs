// Every installed package must run on every Node.js version Rapport supports: each `engines.node`
// in package-lock.json has to admit the whole range in package.json's own `engines.node`.
// npm only warns on a mismatch (and quietly picks an older major when the newest one needs a
// newer Node), so CI checks it here. See docs/dependencies.md for the majors held back.
import { readFileSync } from "node:fs";
import semver from "semver";

const root = JSON.parse(readFileSync("package.json", "utf8"));
const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const supported = root.engines?.node;
if (!supported || !semver.validRange(supported)) {
  console.error(`package.json engines.node is missing or not a range: ${supported}`);
  process.exit(1);
}

const problems = [];
let checked = 0;
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  if (path === "") continue;
  const wanted = entry.engines?.node;
  if (typeof wanted !== "string") continue;
  checked += 1;
  const name = `${path.replace(/^.*node_modules\//, "")}@${entry.version}`;
  if (!semver.validRange(wanted)) problems.push(`${name}: engines.node "${wanted}" is not a range`);
  else if (!semver.subset(supported, wanted)) problems.push(`${name} needs node ${wanted}`);
}

if (problems.length > 0) {
  console.error(`Packages whose engines do not admit node ${supported}:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`${checked} packages declare engines; all admit node ${supported}`);
