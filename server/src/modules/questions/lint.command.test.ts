import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../cli/rapport";

describe("rapport lint", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  const run = async (...args: string[]) => {
    const lines: string[] = [];
    const code = await runCli(["lint", ...args], (line) => lines.push(line));
    return { code, output: lines.join("\n") };
  };

  it("needs no settings or database", async () => {
    process.env.DATABASE_URL = "nonsense://";
    delete process.env.SESSION_SECRET;
    expect((await run("How is the project going for you?")).code).toBe(0);
  });

  it("prints each finding with its reason and rewrite, and exits 1 when a question is not open", async () => {
    const { code, output } = await run("Is the project going well?");
    expect(code).toBe(1);
    expect(output).toMatch(/^"Is the project going well\?"\n {2}closed: .*yes or a no.*\n {4}→ .+/);
    const open = await run("What got in the way?");
    expect(open).toEqual({ code: 0, output: '"What got in the way?"\n  Open: nothing to change.' });
  });

  it("prints the API's JSON with --json, for one question or several", async () => {
    const one = await run("--json", "Why was it late?");
    expect(one.code).toBe(1);
    const result = JSON.parse(one.output) as {
      open: boolean;
      findings: { code: string; message: string; suggestion: string }[];
    };
    expect(result.open).toBe(false);
    expect(result.findings.map((f) => f.code)).toEqual(["why"]);
    expect(Object.keys(result.findings[0] ?? {}).sort()).toEqual(["code", "message", "suggestion"]);

    const several = await run("How are you?", "What else?", "--json");
    expect(several.code).toBe(0);
    expect(JSON.parse(several.output)).toEqual({
      results: [
        { open: true, findings: [], language: "english" },
        { open: true, findings: [], language: "english" },
      ],
    });
  });

  it("says it reads English only, and exits 1, for a question in another language", async () => {
    expect(await run("¿Qué te ayuda a concentrarte?")).toEqual({
      code: 1,
      output: '"¿Qué te ayuda a concentrarte?"\n  Not checked: the linter reads questions in English only.',
    });
  });

  it("asks for a question when given none", async () => {
    const { code, output } = await run();
    expect(code).toBe(64);
    expect(output).toContain('lint "QUESTION"');
  });
});
