import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LINT_EXAMPLES } from "./lint-examples";
import { LINT_CODES, type LintCode, lintQuestion, lintQuestions } from "./linter";
import { readsAsEnglish } from "./linter-language";
import { normalize } from "./linter-text";

function codesOf(text: string): LintCode[] {
  return lintQuestion(text).findings.map((finding) => finding.code);
}

/** The expected codes in the order the linter reports them. */
function ordered(codes: readonly LintCode[]): LintCode[] {
  return LINT_CODES.filter((code) => codes.includes(code));
}

function suggestionFor(text: string, code: LintCode): string | undefined {
  return lintQuestion(text).findings.find((finding) => finding.code === code)?.suggestion;
}

describe("the labelled examples", () => {
  it("cover open questions and every code at least 15 times, in at least 300 examples, each text once", () => {
    expect(LINT_EXAMPLES.length).toBeGreaterThanOrEqual(300);
    expect(new Set(LINT_EXAMPLES.map((example) => example.text)).size).toBe(LINT_EXAMPLES.length);
    expect(LINT_EXAMPLES.filter((example) => example.codes.length === 0).length).toBeGreaterThanOrEqual(100);
    for (const code of LINT_CODES) {
      expect(
        LINT_EXAMPLES.filter((example) => example.codes.includes(code)).length,
        code,
      ).toBeGreaterThanOrEqual(15);
    }
  });

  it.each(LINT_EXAMPLES.map((example) => [example.text, example.codes] as const))(
    "%j → %j",
    (text, codes) => {
      expect(codesOf(text)).toEqual(ordered(codes));
    },
  );

  it("match exactly, with precision and recall printed per code: at least 0.98 precision on open, 0.95 recall per code", () => {
    const rows = [...LINT_CODES, "open" as const].map((code) => {
      let truePositives = 0;
      let falsePositives = 0;
      let falseNegatives = 0;
      for (const example of LINT_EXAMPLES) {
        const found = codesOf(example.text);
        const expected = code === "open" ? example.codes.length === 0 : example.codes.includes(code);
        const actual = code === "open" ? found.length === 0 : found.includes(code);
        if (expected && actual) truePositives += 1;
        if (!expected && actual) falsePositives += 1;
        if (expected && !actual) falseNegatives += 1;
      }
      const ratio = (part: number, whole: number): string =>
        whole === 0 ? "n/a" : (part / whole).toFixed(2);
      return {
        code,
        support: truePositives + falseNegatives,
        precision: ratio(truePositives, truePositives + falsePositives),
        recall: ratio(truePositives, truePositives + falseNegatives),
        precisionValue: truePositives / Math.max(1, truePositives + falsePositives),
        recallValue: truePositives / Math.max(1, truePositives + falseNegatives),
      };
    });
    const exact = LINT_EXAMPLES.filter((example) => {
      return codesOf(example.text).join() === ordered(example.codes).join();
    }).length;
    const table = rows.map(
      (row) =>
        `${row.code.padEnd(16)} ${String(row.support).padStart(7)} ${row.precision.padStart(9)} ${row.recall.padStart(6)}`,
    );
    console.log(
      [
        "code             support precision recall",
        ...table,
        `exact match: ${exact}/${LINT_EXAMPLES.length} = ${((100 * exact) / LINT_EXAMPLES.length).toFixed(1)}%`,
      ].join("\n"),
    );
    const open = rows.find((row) => row.code === "open");
    expect(open?.precisionValue).toBeGreaterThanOrEqual(0.98);
    for (const row of rows) expect(row.recallValue, row.code).toBeGreaterThanOrEqual(0.95);
    expect(exact).toBe(LINT_EXAMPLES.length);
  });

  it("give every finding a message and a suggestion", () => {
    for (const example of LINT_EXAMPLES) {
      for (const finding of lintQuestion(example.text).findings) {
        expect(finding.message.length, example.text).toBeGreaterThan(20);
        expect(finding.suggestion.length, example.text).toBeGreaterThan(10);
      }
    }
  });

  it("do not depend on letter case or on curly apostrophes", () => {
    for (const { text, codes } of LINT_EXAMPLES) {
      expect(codesOf(text.toUpperCase()), text).toEqual(ordered(codes));
      expect(codesOf(text.toLowerCase()), text).toEqual(ordered(codes));
      expect(codesOf(text.replace(/'/g, "\u2019")), text).toEqual(ordered(codes));
    }
  });
});

describe("suggestions", () => {
  it("derive the rewrites of SCIENCE.md's table", () => {
    expect(suggestionFor("Is the project going well?", "closed")).toContain(
      "“How is the project going for you?”",
    );
    expect(suggestionFor("Why was it late?", "why")).toContain("“What got in the way?”");
    expect(suggestionFor("Have you tried blocking mornings?", "advice")).toContain(
      "“What have you tried so far?”",
    );
    expect(suggestionFor("How are the project and your team?", "double_barreled")).toBe(
      "Ask each on its own: “How is the project?”, then “How is your team?”",
    );
  });

  it("derive other rewrites mechanically", () => {
    expect(suggestionFor("Is there anything else you\u2019d like to discuss?", "closed")).toContain(
      "“What else would you like to discuss?”",
    );
    expect(suggestionFor("Could you tell me about your week?", "closed")).toContain(
      "“Tell me about your week.”",
    );
    expect(suggestionFor("Do you have any concerns about the launch?", "closed")).toContain(
      "“What concerns do you have about the launch?”",
    );
    expect(suggestionFor("Why didn't you ask for help?", "why")).toContain(
      "“What made it hard to ask for help?”",
    );
    expect(suggestionFor("Why did the team choose Go?", "why")).toContain(
      "“What led the team to choose Go?”",
    );
    expect(suggestionFor("What about the deadline?", "advice")).toContain(
      "“How are you thinking about the deadline?”",
    );
    expect(suggestionFor("How did the sprint go? What would you change?", "stacked")).toContain(
      "“How did the sprint go?”",
    );
  });

  it("open up a statement asked as a question, and drop an offered answer", () => {
    expect(suggestionFor("So you're fine with the move?", "leading")).toBe(
      "Ask it open: “How do you feel about the move?”",
    );
    expect(suggestionFor("The deadline is realistic?", "leading")).toMatch(/Ask it open/);
    expect(lintQuestion("That worked for you?").findings[0]?.message).toMatch(/states the answer/);
    expect(suggestionFor("What's your take on the roadmap \u2014 too ambitious?", "leading")).toContain(
      "“What's your take on the roadmap?”",
    );
  });

  it("leave prompts without a question mark open", () => {
    for (const text of [
      "You're happy with the plan.",
      "Tell me about your week.",
      "The deadline is realistic",
    ]) {
      expect(lintQuestion(text).open, text).toBe(true);
    }
  });

  it("fall back to an opening when no rewrite can be derived", () => {
    expect(suggestionFor("Would you say the team is aligned?", "closed")).toMatch(
      /Try opening with “What…” or “How…”/,
    );
  });

  it("give a negative why a stronger message", () => {
    const plain = lintQuestion("Why did you pick that?").findings[0]?.message ?? "";
    const negative = lintQuestion("Why didn't you pick that?").findings[0]?.message ?? "";
    expect(negative).toMatch(/accusation/);
    expect(plain).not.toMatch(/accusation/);
  });
});

describe("blank text and lists", () => {
  it("treats text with no letter or digit as no question: not open, no findings", () => {
    for (const text of ["", "   ", "\n\t", "???", "?!"]) {
      expect(lintQuestion(text)).toEqual({ open: false, findings: [], language: null });
    }
  });

  it("lints a list in order", () => {
    const results = lintQuestions(["How are you?", "Is it going well?"]);
    expect(results.map((result) => result.open)).toEqual([true, false]);
  });
});

const VOCABULARY = [
  ...[
    "what",
    "how",
    "why",
    "is",
    "do",
    "did",
    "isn't",
    "don't",
    "tell",
    "me",
    "about",
    "you",
    "your",
    "team",
  ],
  ...[
    "and",
    "or",
    "not",
    "right",
    "always",
    "blame",
    "have",
    "tried",
    "come",
    "made",
    "the",
    "project",
    "?",
    ",",
  ],
  ...[
    ".",
    "/",
    "what about",
    "why not",
    "\u2019",
    "\n",
    "  ",
    "surely",
    "between",
    "anything",
    "else",
    "going",
  ],
];
const sentenceLike = fc
  .array(fc.constantFrom(...VOCABULARY), { maxLength: 14 })
  .map((words) => words.join(" "));
const anyText = fc.oneof(fc.string(), fc.string({ unit: "binary" }), sentenceLike);
const hasContent = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

describe("properties", () => {
  it("never throws and reports each code at most once, in order", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const codes = codesOf(text);
        expect(codes).toEqual(ordered(codes));
        expect(new Set(codes).size).toBe(codes.length);
      }),
    );
  });

  it("calls a question open exactly when it has no findings", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = lintQuestion(text);
        if (!hasContent(text)) expect(result).toEqual({ open: false, findings: [], language: null });
        else if (result.language === "other")
          expect(result).toEqual({ open: false, findings: [], language: "other" });
        else expect(result.open).toBe(result.findings.length === 0);
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(lintQuestion(text)).toEqual(lintQuestion(text));
      }),
    );
  });

  it("flags a second question as stacked (in English: other languages are not read)", () => {
    const question = anyText.filter((text) => hasContent(text) && readsAsEnglish(normalize(text)));
    fc.assert(
      fc.property(question, question, (first, next) => {
        expect(codesOf(`${first}? ${next}?`)).toContain("stacked");
      }),
    );
    for (const { text } of LINT_EXAMPLES.filter((example) => example.text.includes("?"))) {
      expect(codesOf(`${text} What else is on your mind?`), text).toContain("stacked");
    }
  });
});
