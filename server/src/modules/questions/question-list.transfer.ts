import { isFacetKey, normalizeQuestionText, QUESTION_TEXT_MAX } from "#contracts/questions";
import {
  QUESTION_DEPTHS,
  QUESTION_TOPICS,
  type QuestionDepth,
  type QuestionTopic,
} from "#core/questions/bank";

/**
 * What import and export share, whatever the format: the fields a question carries in a file, and the
 * checks a row of a file must pass. Rows are numbered as a person sees them: the line in a text editor
 * (Markdown) or the row in a spreadsheet (CSV, whose header is row 1).
 */

/** A question as it travels in an export file. */
export interface TransferQuestion {
  text: string;
  facet: string | null;
  topic: string | null;
  depth: QuestionDepth;
  retired: boolean;
}

/** A question read from an import file, with the row it came from. */
export interface ImportedQuestion extends TransferQuestion {
  row: number;
}

/** The first thing wrong with an import file; nothing of the file is imported. */
export class ImportRowError extends Error {
  constructor(
    readonly row: number,
    readonly reason: string,
  ) {
    super(`Row ${row}: ${reason}`);
    this.name = "ImportRowError";
  }
}

/** A row as a codec reads it: plain strings, empty where the file leaves a field out. */
export interface RawQuestion {
  text: string;
  facet: string;
  topic: string;
  depth: string;
  retired: string;
}

const asTopic = (value: string): QuestionTopic | null => QUESTION_TOPICS.find((t) => t === value) ?? null;
const asDepth = (value: string): QuestionDepth | null => QUESTION_DEPTHS.find((d) => d === value) ?? null;

const RETIRED_WORDS: Record<string, boolean> = {
  "": false,
  false: false,
  no: false,
  "0": false,
  true: true,
  yes: true,
  "1": true,
  retired: true,
};

/** Checks one row and returns it typed, or throws ImportRowError naming the row and the reason. */
export function checkRow(row: number, raw: RawQuestion): ImportedQuestion {
  const fail = (reason: string): never => {
    throw new ImportRowError(row, reason);
  };
  const text = normalizeQuestionText(raw.text);
  if (text === "") fail("the question is empty");
  if (text.length > QUESTION_TEXT_MAX) fail(`the question is longer than ${QUESTION_TEXT_MAX} characters`);

  const facet = raw.facet.trim().toLowerCase();
  if (facet !== "" && !isFacetKey(facet)) fail(`unknown facet "${raw.facet.trim()}"`);
  const topicWord = raw.topic.trim();
  const topic = topicWord === "" ? null : asTopic(topicWord.toLowerCase());
  if (topicWord !== "" && topic === null)
    fail(`unknown topic "${topicWord}" (use ${QUESTION_TOPICS.join(", ")})`);
  if (facet !== "" && topic !== null) fail("a question has a facet or a topic, not both");

  const depthWord = raw.depth.trim();
  if (depthWord === "") fail(`the depth is missing (use ${QUESTION_DEPTHS.join(", ")})`);
  const depth = asDepth(depthWord.toLowerCase());
  if (depth === null) return fail(`unknown depth "${depthWord}" (use ${QUESTION_DEPTHS.join(", ")})`);

  const retired = RETIRED_WORDS[raw.retired.trim().toLowerCase()];
  if (retired === undefined) return fail(`retired must be true or false, not "${raw.retired.trim()}"`);

  return { row, text, facet: facet === "" ? null : facet, topic, depth, retired };
}

/** A file name for an export: the list's name, reduced to safe ASCII. */
export function exportFileName(listName: string, extension: "csv" | "md"): string {
  const base = listName
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/[\s_-]+/g, "-")
    .toLowerCase()
    .slice(0, 60);
  return `${base || "questions"}.${extension}`;
}
