/**
 * Question rotation: which questions from a leader's own list to suggest for the next conversation
 * with one person about one facet or topic (PRODUCT.md, "next conversations": "two or three open
 * questions from the leader's question list that this person has not been asked recently").
 * Pure and deterministic: the same input always gives the same suggestions in the same order.
 */
import type { QuestionDepth } from "./bank";

/** One question in a leader's list, as rotation needs it. */
export interface RotationItem {
  id: string;
  text: string;
  facet: string | null;
  topic: string | null;
  depth: QuestionDepth;
  retired: boolean;
  /** The leader's order in the list; lower comes first. */
  position: number;
}

/** What the conversation is about. Every field given must match; an empty target matches every item. */
export interface RotationTarget {
  facet?: string;
  topic?: string;
}

export interface RotationInput {
  items: readonly RotationItem[];
  target: RotationTarget;
  /** Question ids asked to this person, one array per conversation, most recent conversation first. */
  recentlyAsked: readonly (readonly string[])[];
  /** How many recent conversations to avoid repeating; default DEFAULT_LAST_N. */
  lastN?: number;
  /** How well the leader knows the person, 0 (not at all) to 1 (well), from the audit. */
  coverage: number;
  /** How many questions to suggest at most; default DEFAULT_COUNT. */
  count?: number;
}

export const DEFAULT_LAST_N = 3;
export const DEFAULT_COUNT = 3;

/**
 * Depths in order of preference for a given coverage. Little known → start light, because deep
 * questions need trust first (the vulnerability loop); well known → go deep, since light questions
 * would only repeat what the leader already knows. Coverage outside [0, 1] is clamped; NaN counts as 0,
 * the cautious end.
 */
export function preferredDepths(coverage: number): QuestionDepth[] {
  const known = Number.isNaN(coverage) ? 0 : Math.min(1, Math.max(0, coverage));
  if (known < 0.34) return ["light", "medium", "deep"];
  if (known < 0.67) return ["medium", "light", "deep"];
  return ["deep", "medium", "light"];
}

function matchesTarget(item: RotationItem, target: RotationTarget): boolean {
  if (target.facet !== undefined && item.facet !== target.facet) return false;
  if (target.topic !== undefined && item.topic !== target.topic) return false;
  return true;
}

/** Non-negative whole number; anything else (negative, NaN) becomes the fallback or zero. */
function wholeNumber(value: number | undefined, fallback: number): number {
  if (value === undefined || Number.isNaN(value)) return fallback;
  return Math.max(0, Math.floor(value));
}

/** Numeric order with NaN last, so a malformed position cannot make the sort inconsistent. */
function comparePositions(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number(Number.isNaN(a)) - Number(Number.isNaN(b));
  return a - b;
}

/** Code-unit order of ids, not locale order, so every machine agrees. */
function compareIds(a: string, b: string): number {
  if (a < b) return -1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: Node's sort (V8) only asks whether a comparison is negative, so answering 0 or 1 here orders alike
  return a > b ? 1 : 0;
}

/**
 * Suggests up to `count` questions for the target: not retired, not asked in the last `lastN`
 * conversations with this person, ordered by how well their depth fits the coverage, then by the
 * leader's position, then by id (code-unit order, not locale order, so every machine agrees).
 *
 * When fewer than `count` remain, the list is shorter: recently asked questions are never used to
 * fill it. Repeating a question from the last few conversations tells the person the leader was not
 * listening; a short list instead tells the leader their list needs more questions for this facet.
 * An id that appears twice in the list is suggested once.
 */
export function suggestQuestions(input: RotationInput): RotationItem[] {
  const lastN = wholeNumber(input.lastN, DEFAULT_LAST_N);
  const count = wholeNumber(input.count, DEFAULT_COUNT);
  const asked = new Set(input.recentlyAsked.slice(0, lastN).flat());
  const depthRank = new Map(preferredDepths(input.coverage).map((depth, rank) => [depth, rank]));
  const rankOf = (item: RotationItem): number => depthRank.get(item.depth) ?? depthRank.size;
  const candidates = input.items
    .filter((item) => !item.retired && !asked.has(item.id) && matchesTarget(item, input.target))
    .sort(
      (a, b) => rankOf(a) - rankOf(b) || comparePositions(a.position, b.position) || compareIds(a.id, b.id),
    );
  const seen = new Set<string>();
  const suggestions: RotationItem[] = [];
  for (const item of candidates) {
    if (suggestions.length >= count) break;
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    suggestions.push(item);
  }
  return suggestions;
}

/** A question of a leader's list as far as asking goes: its own id, and the bank question it was copied from. */
export interface QuestionCopy {
  id: string;
  bankQuestionId: string | null;
}

/**
 * What was asked, per conversation, under every id the question goes by: a list item copied from the
 * bank and that bank question are the same question to the person asked. A conversation may have
 * offered the bank's question before the leader copied it into a list, or the list's copy while the
 * audit falls back to the bank for a facet the lists do not cover; either way it counts as asked.
 * Each conversation keeps its ids in their order, then the other ids found, each once.
 */
export function askedWithCopies(
  recentlyAsked: readonly (readonly string[])[],
  copies: readonly QuestionCopy[],
): string[][] {
  return recentlyAsked.map((conversation) => {
    const ids = new Set(conversation);
    for (const copy of copies) {
      if (copy.bankQuestionId === null) continue;
      if (ids.has(copy.id)) ids.add(copy.bankQuestionId);
      else if (ids.has(copy.bankQuestionId)) ids.add(copy.id);
    }
    return [...ids];
  });
}
