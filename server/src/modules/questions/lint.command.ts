import { parseArgs } from "node:util";
import { type LintResult, lintQuestion } from "#core/questions/linter";

export const LINT_HELP = `  lint "QUESTION" […]           Check questions for patterns that shut a conversation down.
      --json                   Print the API's JSON ({open, findings, language}; {results} for several).
                               Exit status: 0 when every question is open, 1 otherwise.`;

/** A result as a person reads it in a terminal. */
function describe(text: string, result: LintResult): string[] {
  const lines = [`"${text}"`];
  if (result.open) return [...lines, "  Open: nothing to change."];
  if (result.language === "other")
    return [...lines, "  Not checked: the linter reads questions in English only."];
  if (result.findings.length === 0) return [...lines, "  Not a question: there are no words to check."];
  for (const finding of result.findings) {
    lines.push(`  ${finding.code}: ${finding.message}`, `    → ${finding.suggestion}`);
  }
  return lines;
}

/**
 * `rapport lint`: the question linter of core/, with no configuration or database, so it works anywhere
 * the code is checked out. Returns the exit status.
 */
export function runLintCommand(args: string[], out: (line: string) => void): number {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    out(`Give the question to check, in quotes:\n\n${LINT_HELP}`);
    return 64;
  }
  const checked = positionals.map((text) => ({ text, result: lintQuestion(text) }));
  const [only] = checked;
  if (values.json) {
    const json = checked.length === 1 && only ? only.result : { results: checked.map((c) => c.result) };
    out(JSON.stringify(json, null, 2));
  } else {
    out(checked.map(({ text, result }) => describe(text, result).join("\n")).join("\n\n"));
  }
  return checked.every(({ result }) => result.open) ? 0 : 1;
}
