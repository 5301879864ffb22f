import { assertNever, clampConfidence, DAY_MS, effectiveComparison, lastVerificationTime } from "./states";
import type { CellObservation, KnowledgeState, NextConversation } from "./types";

/** Suggestions returned when the caller sets no limit. */
export const DEFAULT_NEXT_CONVERSATIONS = 10;

/** An assumption held at this confidence or above ranks as a high-confidence assumption. */
export const HIGH_CONFIDENCE = 4;

/**
 * How urgently a cell deserves a conversation, the first ranking key:
 * 5 blind_spot; 4 assumed/observed at confidence ≥ 4; 3 other assumed/observed; 2 stale; 1 unknown;
 * 0 verified/learned, which are never suggested, and sealed, which needs no conversation: the
 * member has answered, and the report lists those cells apart, ahead of the conversations, as the
 * cheapest wins (write down a belief, then look).
 */
export function conversationPriority(state: KnowledgeState, confidence: number | undefined): number {
  switch (state) {
    case "blind_spot":
      return 5;
    case "assumed":
    case "observed":
      return confidence !== undefined && clampConfidence(confidence) >= HIGH_CONFIDENCE ? 4 : 3;
    case "stale":
      return 2;
    case "unknown":
      return 1;
    case "verified":
    case "learned":
    case "sealed":
      return 0;
    default:
      return assertNever(state);
  }
}

/** One (person, facet) competing for a place in the next conversations. */
export interface RankedCell {
  priority: number;
  /** Facet weight; non-finite weights read as 0 so the order stays total. */
  weight: number;
  /** Milliseconds since the last conversation with the person; +Infinity when they never met. */
  sinceConversation: number;
  personId: string;
  facetId: string;
  state: KnowledgeState;
  observation: CellObservation | undefined;
}

/**
 * The ranking order, negative when cell a ranks before cell b. Keys in turn: priority (higher first),
 * facet weight (higher first), time since the last conversation with the person (longer first, never
 * met first of all), personId then facetId (ascending by UTF-16 code units, independent of locale).
 * Distinct cells never tie, so the order is total and independent of input order.
 */
export function compareRanked(a: RankedCell, b: RankedCell): number {
  return compareKeys(a.priority, a.weight, a.sinceConversation, a.personId, a.facetId, b);
}

function compareKeys(
  priority: number,
  weight: number,
  sinceConversation: number,
  personId: string,
  facetId: string,
  b: RankedCell,
): number {
  // Stryker disable EqualityOperator: each key is compared only once it differs, so > and >= (or < and <=) agree
  if (priority !== b.priority) return priority > b.priority ? -1 : 1;
  if (weight !== b.weight) return weight > b.weight ? -1 : 1;
  if (sinceConversation !== b.sinceConversation) return sinceConversation > b.sinceConversation ? -1 : 1;
  if (personId !== b.personId) return personId < b.personId ? -1 : 1;
  if (facetId !== b.facetId) return facetId < b.facetId ? -1 : 1;
  // Stryker restore EqualityOperator
  return 0;
}

/**
 * Bounded top-k selection: keeps the `limit` best cells seen in a binary heap whose root is the worst
 * kept cell. O(n log k) time and O(k) memory; a cell that cannot enter is rejected by `admits` before
 * anything is allocated for it.
 */
export class TopCells {
  private readonly heap: RankedCell[] = [];
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : DEFAULT_NEXT_CONVERSATIONS;
  }

  /** Offers one audited cell: keeps it if it deserves a conversation and ranks among the best so far. */
  offer(
    state: KnowledgeState,
    observation: CellObservation | undefined,
    weight: number,
    sinceConversation: number,
    personId: string,
    facetId: string,
  ): void {
    const priority = conversationPriority(state, observation?.belief?.confidence);
    if (priority > 0 && this.admits(priority, weight, sinceConversation, personId, facetId)) {
      this.push({ priority, weight, sinceConversation, personId, facetId, state, observation });
    }
  }

  /** Whether a cell with these keys would be kept. */
  admits(
    priority: number,
    weight: number,
    sinceConversation: number,
    personId: string,
    facetId: string,
  ): boolean {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the limit is above the heap's length here, so above 0
    if (this.heap.length < this.limit) return this.limit > 0;
    const worst = this.heap[0];
    return (
      // Stryker disable next-line EqualityOperator: the audit offers each (person, facet) once, so no cell ties the worst kept one
      worst !== undefined && compareKeys(priority, weight, sinceConversation, personId, facetId, worst) < 0
    );
  }

  /** Keeps the cell; call only after `admits` returned true. */
  push(cell: RankedCell): void {
    const heap = this.heap;
    if (heap.length < this.limit) {
      heap.push(cell);
      this.siftUp(heap.length - 1);
    } else {
      heap[0] = cell;
      this.siftDown(0);
    }
  }

  /** The kept cells, best first. */
  ranked(): RankedCell[] {
    return [...this.heap].sort(compareRanked);
  }

  // The heap keeps every parent ranked after (worse than) its children.
  private siftUp(index: number): void {
    const heap = this.heap;
    let child = index;
    // Stryker disable next-line EqualityOperator: at the root, the parent index is -1, which holds no cell and ends the loop
    while (child > 0) {
      const parent = (child - 1) >> 1;
      const c = heap[child];
      const p = heap[parent];
      // Stryker disable next-line EqualityOperator: distinct cells never compare equal (personId and facetId are the last keys)
      if (c === undefined || p === undefined || compareRanked(p, c) >= 0) return;
      heap[child] = p;
      heap[parent] = c;
      child = parent;
    }
  }

  private siftDown(index: number): void {
    const heap = this.heap;
    let parent = index;
    for (;;) {
      const p = heap[parent];
      const left = heap[2 * parent + 1];
      const right = heap[2 * parent + 2];
      if (p === undefined || left === undefined) return;
      let worst = left;
      let worstIndex = 2 * parent + 1;
      // Stryker disable next-line EqualityOperator: distinct cells never compare equal (personId and facetId are the last keys)
      if (right !== undefined && compareRanked(right, left) > 0) {
        worst = right;
        worstIndex += 1;
      }
      // Stryker disable next-line EqualityOperator: distinct cells never compare equal (personId and facetId are the last keys)
      if (compareRanked(worst, p) <= 0) return;
      heap[parent] = worst;
      heap[worstIndex] = p;
      parent = worstIndex;
    }
  }
}

/** Turns a kept cell into a suggestion with a one-sentence reason. */
export function toNextConversation(cell: RankedCell, now: number, freshnessDays: number): NextConversation {
  const days = Number.isFinite(cell.sinceConversation)
    ? Math.max(0, Math.floor(cell.sinceConversation / DAY_MS))
    : null;
  const lastTalk = days === null ? "no conversation with them yet" : `last conversation ${plural(days)} ago`;
  return {
    personId: cell.personId,
    facetId: cell.facetId,
    state: cell.state,
    priority: cell.priority,
    weight: cell.weight,
    daysSinceConversation: days,
    reason: `${stateReason(cell, now, freshnessDays)}; ${lastTalk}.`,
  };
}

function stateReason(cell: RankedCell, now: number, freshnessDays: number): string {
  const obs = cell.observation;
  const belief = obs?.belief;
  // Stryker disable next-line StringLiteral: the states whose reason names the confidence (blind spot, assumed, observed) always have a belief
  const confidence = belief === undefined ? "" : `confidence ${clampConfidence(belief.confidence)}/5`;
  switch (cell.state) {
    case "blind_spot": {
      const outcome = obs === undefined ? undefined : effectiveComparison(obs)?.outcome;
      return outcome === "partial"
        ? `Blind spot: their answer only partly matches a belief you held at ${confidence}`
        : `Blind spot: their answer contradicts a belief you held at ${confidence}`;
    }
    case "assumed": {
      const strength = cell.priority === 4 ? "High-confidence assumption" : "Assumption";
      // Stryker disable next-line StringLiteral: an assumed cell always has a belief; the fallback only narrows the type
      const source = belief === undefined ? "" : ` (${belief.source})`;
      return `${strength}${source} at ${confidence}, not yet checked with them`;
    }
    case "observed": {
      const strength = cell.priority === 4 ? "High-confidence observation" : "Observation";
      return `${strength} at ${confidence}, not yet checked with them`;
    }
    case "stale": {
      const verifiedAt = obs === undefined ? Number.NEGATIVE_INFINITY : lastVerificationTime(obs);
      const window = `the ${freshnessDays}-day freshness window`;
      return Number.isFinite(verifiedAt)
        ? `Last verified ${plural(Math.floor((now - verifiedAt) / DAY_MS))} ago, beyond ${window}`
        : `Verified too long ago to trust, beyond ${window}`;
    }
    case "unknown":
      return "Nothing known yet";
    case "sealed":
      return "They have answered: write down what you think, then look";
    case "verified":
    case "learned":
      return "Known and fresh";
    default:
      return assertNever(cell.state);
  }
}

function plural(days: number): string {
  return days === 1 ? "1 day" : `${days} days`;
}
