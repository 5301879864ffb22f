import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_FACETS, facetByKey } from "../facets/catalogue";
import {
  BANK_QUESTIONS,
  BANK_VERSION,
  type BankQuestion,
  filterBank,
  parseBankQuestion,
  QUESTION_DEPTHS,
  QUESTION_TOPICS,
} from "./bank";

const OPENERS = [
  "what else ",
  "how come ",
  "what made you ",
  "tell me about ",
  "tell me more ",
  "describe ",
  "walk me through ",
  "what ",
  "how ",
];
const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[a-z']+/g) ?? []);

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

describe("BANK_QUESTIONS", () => {
  it("holds at least 300 questions with unique ids and unique texts", () => {
    expect(BANK_QUESTIONS.length).toBeGreaterThanOrEqual(300);
    const ids = BANK_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = BANK_QUESTIONS.map((q) => q.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("numbers ids in file order and dates every question to a bank version", () => {
    const numbers = BANK_QUESTIONS.map((q) => Number(q.id.slice(1)));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const q of BANK_QUESTIONS) {
      expect(q.since).toBeGreaterThanOrEqual(1);
      expect(q.since).toBeLessThanOrEqual(BANK_VERSION);
    }
  });

  it("keeps one question per line in bank.json so that changes diff line by line", () => {
    const lines = readFileSync(new URL("./bank.json", import.meta.url), "utf8")
      .trim()
      .split("\n");
    expect(lines.length).toBe(BANK_QUESTIONS.length + 2);
    lines.slice(1, -1).forEach((line, index) => {
      expect(line).toContain(`"id": "${BANK_QUESTIONS[index]?.id}"`);
    });
  });

  it("tags facet questions with a known facet of the matching dimension", () => {
    for (const q of BANK_QUESTIONS) {
      if (q.facet === null) continue;
      const facet = facetByKey(q.facet);
      expect(facet, `${q.id} ${q.facet}`).toBeDefined();
      expect(q.dimension, q.id).toBe(facet?.dimension);
    }
  });

  it("prints the count per facet, per topic and per depth", () => {
    const row = (name: string, questions: BankQuestion[]): string =>
      `${name.padEnd(30)} ${String(questions.length).padStart(5)} ${QUESTION_DEPTHS.map((depth) =>
        String(questions.filter((q) => q.depth === depth).length).padStart(7),
      ).join("")}`;
    console.log(
      [
        `${"facet or topic".padEnd(30)} ${"all".padStart(5)}${QUESTION_DEPTHS.map((d) => d.padStart(7)).join("")}`,
        ...DEFAULT_FACETS.map((facet) => row(facet.key, filterBank(BANK_QUESTIONS, { facet: facet.key }))),
        ...QUESTION_TOPICS.map((topic) => row(`topic: ${topic}`, filterBank(BANK_QUESTIONS, { topic }))),
        row("the whole bank", [...BANK_QUESTIONS]),
      ].join("\n"),
    );
    const perDepth = QUESTION_DEPTHS.map((depth) => filterBank(BANK_QUESTIONS, { depth }).length);
    expect(perDepth.reduce((sum, count) => sum + count, 0)).toBe(BANK_QUESTIONS.length);
  });

  it("gives every audited facet of the catalogue at least eight questions, at all three depths", () => {
    for (const facet of DEFAULT_FACETS) {
      const questions = filterBank(BANK_QUESTIONS, { facet: facet.key });
      expect(questions.length, facet.key).toBeGreaterThanOrEqual(8);
      expect(new Set(questions.map((q) => q.depth)).size, facet.key).toBe(3);
    }
  });

  it("has at least 100 topic questions, at least eight per topic, at every depth", () => {
    const topical = BANK_QUESTIONS.filter((q) => q.topic !== null);
    expect(topical.length).toBeGreaterThanOrEqual(100);
    for (const topic of QUESTION_TOPICS) {
      const questions = filterBank(BANK_QUESTIONS, { topic });
      expect(questions.length, topic).toBeGreaterThanOrEqual(8);
      expect(new Set(questions.map((q) => q.depth)).size, topic).toBe(3);
    }
  });

  it("uses every depth", () => {
    for (const depth of QUESTION_DEPTHS) {
      expect(filterBank(BANK_QUESTIONS, { depth }).length, depth).toBeGreaterThanOrEqual(60);
    }
  });

  it("has no near-duplicates: word-set Jaccard similarity below 0.8 for every pair", () => {
    const sets = BANK_QUESTIONS.map((q) => ({ text: q.text, words: words(q.text) }));
    const nearDuplicates: string[] = [];
    sets.forEach((a, i) => {
      for (const b of sets.slice(i + 1)) {
        if (jaccard(a.words, b.words) >= 0.8) nearDuplicates.push(`${a.text} / ${b.text}`);
      }
    });
    expect(nearDuplicates).toEqual([]);
  });

  it("opens every question with an open opener and avoids the patterns that close a conversation", () => {
    for (const q of BANK_QUESTIONS) {
      const text = q.text.toLowerCase();
      const tokens = [...words(q.text)];
      expect(
        OPENERS.some((opener) => text.startsWith(opener)),
        q.text,
      ).toBe(true);
      expect(q.text.split("?").length - 1, q.text).toBeLessThanOrEqual(1);
      expect(tokens, q.text).not.toContain("and");
      expect(tokens, q.text).not.toContain("or");
      expect(q.text, q.text).not.toMatch(
        /\/|\bwhy\b|\balways\b|never|fail|fault|blame|surely|obviously|what about|have you (tried|considered)/i,
      );
    }
  });

  it("stays about work: no family, home or hobby questions", () => {
    for (const q of BANK_QUESTIONS) {
      expect(q.text, q.id).not.toMatch(/\b(family|home|hobby|hobbies|partner|children|kids|weekend)\b/i);
    }
  });
});

describe("parseBankQuestion", () => {
  const valid = {
    id: "q999",
    text: "What helps you focus?",
    dimension: "workstyle",
    facet: "deep-work-needs",
    topic: null,
    depth: "light",
    since: 1,
  };

  it("accepts a facet question and a topic question", () => {
    expect(parseBankQuestion(valid)).toEqual(valid);
    const topical = { ...valid, dimension: null, facet: null, topic: "team" };
    expect(parseBankQuestion(topical)).toEqual(topical);
  });

  it("accepts an entry without a topic as a facet question", () => {
    const { topic: _topic, ...withoutTopic } = valid;
    expect(parseBankQuestion(withoutTopic)).toEqual(valid);
  });

  it("accepts every bank version from 1 to BANK_VERSION", () => {
    for (let since = 1; since <= BANK_VERSION; since += 1) {
      expect(parseBankQuestion({ ...valid, since }).since).toBe(since);
    }
  });

  const topical = { ...valid, dimension: null, facet: null, topic: "team" };
  const since = `Bank question q999: since must be a bank version from 1 to ${BANK_VERSION}.`;
  it.each([
    [null, "Bank entry is not an object."],
    ["q1", "Bank entry is not an object."],
    [7, "Bank entry is not an object."],
    [{ ...valid, id: "1" }, "Bank question 1: id must look like q001."],
    [{ ...valid, id: "q01" }, "Bank question q01: id must look like q001."],
    [{ ...valid, id: "xq001" }, "Bank question xq001: id must look like q001."],
    [{ ...valid, id: "q001x" }, "Bank question q001x: id must look like q001."],
    [{ ...valid, id: "qabc" }, "Bank question qabc: id must look like q001."],
    [{ id: 7 }, 'Bank question {"id":7}: id must look like q001.'],
    [{ ...valid, text: "  " }, "Bank question q999: text must not be empty."],
    [{ ...valid, text: 5 }, "Bank question q999: text must not be empty."],
    [{ ...valid, depth: "shallow" }, "Bank question q999: unknown depth shallow."],
    [{ ...valid, depth: 1 }, "Bank question q999: unknown depth 1."],
    [{ ...valid, since: 0 }, since],
    [{ ...valid, since: 0.5 }, since],
    [{ ...valid, since: "1" }, since],
    [{ ...valid, since: BANK_VERSION + 1 }, since],
    [{ ...valid, dimension: "mood" }, "Bank question q999: unknown dimension mood."],
    [{ ...valid, dimension: null }, "Bank question q999: unknown dimension null."],
    [{ ...valid, facet: null }, "Bank question q999: a question needs a facet or a topic."],
    [{ ...valid, facet: "" }, "Bank question q999: a question needs a facet or a topic."],
    [{ ...topical, topic: "gossip" }, "Bank question q999: unknown topic gossip."],
    [{ ...topical, dimension: "values" }, "Bank question q999: a topic question has no dimension or facet."],
    [{ ...topical, facet: "feedback" }, "Bank question q999: a topic question has no dimension or facet."],
    [{ ...valid, topic: "team" }, "Bank question q999: a topic question has no dimension or facet."],
  ])("rejects %j: %s", (entry, message) => {
    expect(() => parseBankQuestion(entry)).toThrow(new Error(message));
  });
});

describe("filterBank", () => {
  const sample: BankQuestion[] = [
    {
      id: "q001",
      text: "What helps you focus?",
      dimension: "workstyle",
      facet: "deep-work-needs",
      topic: null,
      depth: "light",
      since: 1,
    },
    {
      id: "q002",
      text: "How do you like feedback?",
      dimension: "values",
      facet: "feedback",
      topic: null,
      depth: "medium",
      since: 1,
    },
    {
      id: "q003",
      text: "What makes you FOCUS best?",
      dimension: "workstyle",
      facet: "focus-rhythm",
      topic: null,
      depth: "deep",
      since: 1,
    },
    {
      id: "q004",
      text: "How is the team doing?",
      dimension: null,
      facet: null,
      topic: "team",
      depth: "light",
      since: 1,
    },
  ];
  const ids = (questions: BankQuestion[]) => questions.map((q) => q.id);

  it("returns everything, in order, without criteria or with a blank search", () => {
    expect(ids(filterBank(sample))).toEqual(["q001", "q002", "q003", "q004"]);
    expect(ids(filterBank(sample, { q: "   " }))).toEqual(["q001", "q002", "q003", "q004"]);
  });

  it("filters by facet, topic, depth and dimension", () => {
    expect(ids(filterBank(sample, { facet: "feedback" }))).toEqual(["q002"]);
    expect(ids(filterBank(sample, { topic: "team" }))).toEqual(["q004"]);
    expect(ids(filterBank(sample, { depth: "light" }))).toEqual(["q001", "q004"]);
    expect(ids(filterBank(sample, { dimension: "workstyle" }))).toEqual(["q001", "q003"]);
  });

  it("searches text case-insensitively, ignoring surrounding spaces", () => {
    expect(ids(filterBank(sample, { q: " Focus " }))).toEqual(["q001", "q003"]);
    expect(ids(filterBank(sample, { q: "nothing like this" }))).toEqual([]);
  });

  it("combines criteria with AND", () => {
    expect(ids(filterBank(sample, { dimension: "workstyle", depth: "deep", q: "focus" }))).toEqual(["q003"]);
    expect(ids(filterBank(sample, { topic: "team", depth: "deep" }))).toEqual([]);
  });

  it("does not change its input", () => {
    const copy = structuredClone(sample);
    filterBank(sample, { depth: "light" });
    expect(sample).toEqual(copy);
  });

  it("finds the real bank's questions for a facet", () => {
    const questions = filterBank(BANK_QUESTIONS, { facet: "communication-channels", dimension: "workstyle" });
    expect(questions.length).toBeGreaterThanOrEqual(4);
    expect(questions.every((q) => q.facet === "communication-channels")).toBe(true);
  });
});
