import { describe, expect, it } from "vitest";
import { BANK_QUESTIONS } from "./bank";
import { lintQuestion } from "./linter";

describe("question bank under the question linter", () => {
  it("holds only questions the linter calls open", () => {
    const flagged = BANK_QUESTIONS.map((question) => ({ question, result: lintQuestion(question.text) }))
      .filter(({ result }) => !result.open)
      .map(
        ({ question, result }) =>
          `${question.id} "${question.text}": ${result.findings.map((f) => f.code).join(", ")}`,
      );
    expect(flagged).toEqual([]);
  });
});
