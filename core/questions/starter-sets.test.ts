import { describe, expect, it } from "vitest";
import { BANK_QUESTIONS } from "./bank";
import { lintQuestion } from "./linter";
import { STARTER_SET_KEYS, STARTER_SETS, starterSetByKey } from "./starter-sets";

const bankIds = new Set(BANK_QUESTIONS.map((question) => question.id));
const textOf = (id: string): string => BANK_QUESTIONS.find((question) => question.id === id)?.text ?? "";

describe("STARTER_SETS", () => {
  it("holds one set per key, in key order", () => {
    expect(STARTER_SETS.map((set) => set.key)).toEqual([...STARTER_SET_KEYS]);
    expect(STARTER_SET_KEYS).toEqual(["first-one-on-one", "new-team-member", "hard-week"]);
  });

  it.each(STARTER_SETS.map((set) => [set.key, set] as const))(
    "%s names only bank questions, each once",
    (_key, set) => {
      expect(set.questionIds.length).toBeGreaterThanOrEqual(6);
      expect(new Set(set.questionIds).size).toBe(set.questionIds.length);
      expect(set.questionIds.filter((id) => !bankIds.has(id))).toEqual([]);
    },
  );

  it.each(STARTER_SETS.map((set) => [set.key, set] as const))(
    "%s holds only questions the linter calls open",
    (_key, set) => {
      const notOpen = set.questionIds.filter((id) => !lintQuestion(textOf(id)).open);
      expect(notOpen).toEqual([]);
    },
  );

  it("gives every set a title and a one-sentence description", () => {
    for (const set of STARTER_SETS) {
      expect(set.title.trim(), set.key).not.toBe("");
      expect(set.description, set.key).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe("starterSetByKey", () => {
  it("finds each set by its key and nothing for another word", () => {
    for (const set of STARTER_SETS) expect(starterSetByKey(set.key)).toBe(set);
    expect(starterSetByKey("hard-weeks")).toBeUndefined();
    expect(starterSetByKey("")).toBeUndefined();
  });
});
