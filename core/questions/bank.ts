import { DIMENSIONS, type Dimension } from "../facets/facet";
import bankJson from "./bank.json" with { type: "json" };
import { QUESTION_DEPTHS, QUESTION_TOPICS, type QuestionDepth, type QuestionTopic } from "./vocabulary";

/**
 * The question bank: Rapport's library of original open questions (PRODUCT.md, "Questions").
 * It is a template: leaders copy questions into their own lists and edit them there; the bank itself is read-only.
 *
 * The data lives in bank.json, one question per line so that a change reads as a one-line diff.
 * Ids are stable: a new question gets the next free id and `since` set to the bank version that added it;
 * an existing id is never reused for a different question.
 */

/** Version of the bank. Raise it when questions are added, and set `since` on the new ones to match. */
export const BANK_VERSION = 2;

export { QUESTION_DEPTHS, QUESTION_TOPICS, type QuestionDepth, type QuestionTopic };

interface BankQuestionBase {
  /** Stable id, "q" and three or more digits. */
  id: string;
  text: string;
  depth: QuestionDepth;
  /** The bank version that added this question. */
  since: number;
}

/** A question about one facet of the catalogue. */
export interface FacetQuestion extends BankQuestionBase {
  dimension: Dimension;
  facet: string;
  topic: null;
}

/** A question about a broader topic, tied to no facet. */
export interface TopicQuestion extends BankQuestionBase {
  dimension: null;
  facet: null;
  topic: QuestionTopic;
}

export type BankQuestion = FacetQuestion | TopicQuestion;

export interface BankFilter {
  facet?: string;
  topic?: QuestionTopic;
  depth?: QuestionDepth;
  dimension?: Dimension;
  /** Case-insensitive text search; blank matches everything. */
  q?: string;
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

/**
 * Checks one raw entry of bank.json and returns it typed. Throws on a malformed entry,
 * so a broken bank fails at start-up (and in the tests) instead of misbehaving later.
 */
export function parseBankQuestion(raw: unknown): BankQuestion {
  if (typeof raw !== "object" || raw === null) throw new Error("Bank entry is not an object.");
  const entry = raw as Record<string, unknown>;
  const label = typeof entry.id === "string" ? entry.id : JSON.stringify(raw);
  const fail = (why: string): never => {
    throw new Error(`Bank question ${label}: ${why}.`);
  };

  const { id, text, depth, since, dimension, facet, topic } = entry;
  if (typeof id !== "string" || !/^q\d{3,}$/.test(id)) return fail("id must look like q001");
  if (typeof text !== "string" || text.trim() === "") return fail("text must not be empty");
  if (!isOneOf(QUESTION_DEPTHS, depth)) return fail(`unknown depth ${String(depth)}`);
  if (typeof since !== "number" || !Number.isInteger(since) || since < 1 || since > BANK_VERSION) {
    return fail(`since must be a bank version from 1 to ${BANK_VERSION}`);
  }
  const base = { id, text, depth, since };

  if (topic === null || topic === undefined) {
    if (!isOneOf(DIMENSIONS, dimension)) return fail(`unknown dimension ${String(dimension)}`);
    if (typeof facet !== "string" || facet === "") return fail("a question needs a facet or a topic");
    return { ...base, dimension, facet, topic: null };
  }
  if (!isOneOf(QUESTION_TOPICS, topic)) return fail(`unknown topic ${String(topic)}`);
  if (dimension !== null || facet !== null) return fail("a topic question has no dimension or facet");
  return { ...base, dimension: null, facet: null, topic };
}

/** Every question of the bank, in id order. */
export const BANK_QUESTIONS: readonly BankQuestion[] = bankJson.map((entry) => parseBankQuestion(entry));

/** What a filter looks at in a question: the bank's, or one in a leader's list. */
export interface FilterableQuestion {
  text: string;
  facet: string | null;
  topic: string | null;
  depth: string;
  dimension: Dimension | null;
}

/** A test for "meets every criterion given"; blank criteria match everything. */
export function matchesFilter(filter: BankFilter = {}): (question: FilterableQuestion) => boolean {
  const needle = filter.q?.trim().toLowerCase() ?? "";
  return (question) =>
    (filter.facet === undefined || question.facet === filter.facet) &&
    (filter.topic === undefined || question.topic === filter.topic) &&
    (filter.depth === undefined || question.depth === filter.depth) &&
    (filter.dimension === undefined || question.dimension === filter.dimension) &&
    // A blank search is "" and every text includes "", so it matches everything.
    question.text.toLowerCase().includes(needle);
}

/** The questions that meet every criterion given, in their original order. Pure; the input is not changed. */
export function filterBank(questions: readonly BankQuestion[], filter: BankFilter = {}): BankQuestion[] {
  return questions.filter(matchesFilter(filter));
}
