import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cruise, type IViolation } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The import rules of `.dependency-cruiser.cjs` (what `npm run lint:imports` checks), run over a
 * small made-up server in a temporary folder: each forbidden import must be reported under its
 * rule, and the imports the rules allow (a module's own files, another module's face) must not be.
 */
const CONFIG = fileURLToPath(new URL("../../.dependency-cruiser.cjs", import.meta.url));

// Every import uses a value: type-only or unused imports vanish when TypeScript compiles them.
const FIXTURE: Record<string, string> = {
  "server/src/modules/beta/index.ts": `import { betaService } from "./beta.service";\nexport const beta = betaService;\n`,
  "server/src/modules/beta/beta.service.ts": `import { betaRepository } from "./beta.repository";\nexport const betaService = () => betaRepository;\n`,
  "server/src/modules/beta/beta.repository.ts": "export const betaRepository = 1;\n",
  "server/src/modules/beta/beta.presenter.ts": "export const presentBeta = 2;\n",
  "server/src/modules/alpha/index.ts": `import { alphaService } from "./alpha.service";\nexport const alpha = alphaService;\n`,
  "server/src/modules/alpha/alpha.repository.ts": "export const alphaRepository = 3;\n",
  "server/src/modules/alpha/alpha.service.ts": [
    `import { beta } from "../beta";`,
    `import { presentBeta } from "../beta/beta.presenter";`,
    `import { betaRepository } from "../beta/beta.repository";`,
    `import { alphaRepository } from "./alpha.repository";`,
    "export const alphaService = () => [beta, presentBeta, betaRepository, alphaRepository];",
    "",
  ].join("\n"),
  "server/src/modules/gamma/index.ts": `import { delta } from "../delta";\nexport const gamma = () => delta;\n`,
  "server/src/modules/delta/index.ts": `import { gamma } from "../gamma";\nexport const delta = () => gamma;\n`,
  "server/src/app.ts": [
    `import { alpha } from "./modules/alpha";`,
    `import { betaService } from "./modules/beta/beta.service";`,
    "export const app = [alpha, betaService];",
    "",
  ].join("\n"),
  "server/src/plugins/session.ts": `import { alpha } from "../modules/alpha";\nexport const session = alpha;\n`,
};

let root: string;
let violations: IViolation[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "rapport-import-rules-"));
  for (const [path, text] of Object.entries(FIXTURE)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const options = await extractDepcruiseOptions(CONFIG);
  const { output } = await cruise(["server/src"], { ...options, baseDir: root, tsConfig: undefined });
  if (typeof output === "string") throw new Error("expected a cruise result, got a report");
  violations = output.summary.violations;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const FILE_CYCLE =
  /^no-file-cycles: server\/src\/modules\/(gamma|delta)\/index\.ts → server\/src\/modules\/(gamma|delta)\/index\.ts$/;
const reported = () => violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

describe("the import rules (npm run lint:imports)", () => {
  it("report a module importing another module's repository", () => {
    expect(reported()).toContain(
      "no-other-module-repository: server/src/modules/alpha/alpha.service.ts → server/src/modules/beta/beta.repository.ts",
    );
  });

  it("report a module importing another module's file other than its index.ts", () => {
    expect(reported()).toContain(
      "modules-meet-through-their-face: server/src/modules/alpha/alpha.service.ts → server/src/modules/beta/beta.presenter.ts",
    );
  });

  it("report app.ts reaching past a module's face", () => {
    expect(reported()).toContain(
      "app-meets-modules-through-their-face: server/src/app.ts → server/src/modules/beta/beta.service.ts",
    );
  });

  it("report two modules importing each other, as modules and as files", () => {
    expect(reported()).toEqual(
      expect.arrayContaining([
        "no-module-cycles: server/src/modules/delta → server/src/modules/gamma",
        "no-module-cycles: server/src/modules/gamma → server/src/modules/delta",
      ]),
    );
    // The file cycle is reported once, from whichever of the two files the cruise meets first.
    expect(reported().filter((line) => FILE_CYCLE.test(line))).toHaveLength(1);
  });

  it("report a plugin importing a module", () => {
    expect(reported()).toContain(
      "plugins-import-no-module: server/src/plugins/session.ts → server/src/modules/alpha/index.ts",
    );
  });

  it("report nothing else: a module's own files and another module's face are allowed", () => {
    expect(reported()).toHaveLength(7);
  });
});
