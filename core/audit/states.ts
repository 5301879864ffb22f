import {
  type AuditSettings,
  type CellObservation,
  type ComparisonOutcome,
  DEFAULT_FRESHNESS_DAYS,
  type KnowledgeState,
} from "./types";

export const DAY_MS = 86_400_000;

/** A partial comparison at this confidence or above is a blind spot rather than verified knowledge. */
export const BLIND_SPOT_PARTIAL_CONFIDENCE = 4;

/**
 * Confidence read as an integer 1–5: rounded, clamped, NaN reads as 1. Input validation belongs to the
 * caller; this only guarantees that every derived figure stays in [0, 1].
 */
export function clampConfidence(confidence: number): number {
  return Number.isNaN(confidence) ? 1 : Math.min(5, Math.max(1, Math.round(confidence)));
}

/**
 * The comparison that counts for a cell: one made on a belief, while the member's answer is still
 * visible and the leader has looked at it. A comparison left behind by a withdrawn (or now private)
 * answer is ignored, because the leader's knowledge should no longer rest on what the member took
 * back; one standing beside a sealed answer is ignored too, since nobody compares what they have
 * not seen.
 */
export function effectiveComparison(obs: CellObservation): CellObservation["comparison"] {
  return obs.belief !== undefined && isRevealed(obs) ? obs.comparison : undefined;
}

/** Whether the leader has looked at the member's current answer (present, and not sealed). */
export function isRevealed(obs: CellObservation): boolean {
  return obs.answerVisible !== undefined && obs.answerVisible.sealed !== true;
}

/** A belief is contradicted by a miss, or by a partial held at confidence ≥ 4. */
export function isContradiction(outcome: ComparisonOutcome, confidence: number): boolean {
  switch (outcome) {
    case "miss":
      return true;
    case "partial":
      return clampConfidence(confidence) >= BLIND_SPOT_PARTIAL_CONFIDENCE;
    case "match":
      return false;
    default:
      return assertNever(outcome);
  }
}

/** Epoch milliseconds before which verified knowledge is stale: now − freshnessDays × 1 day. */
export function staleThreshold(settings: AuditSettings): number {
  const days = settings.freshnessDays ?? DEFAULT_FRESHNESS_DAYS;
  return settings.now.getTime() - days * DAY_MS;
}

/**
 * The knowledge state of one (person, facet), derived from the observation alone.
 *
 * Precedence, first rule that applies wins (a "comparison" is one that counts, see
 * `effectiveComparison`: a belief, a visible answer the leader has looked at, and a comparison).
 * A sealed answer (visible, not looked at) tells only that the member answered: it makes a cell
 * without a belief `sealed` (rule 0) and is otherwise read as if there were no answer at all.
 * 0. `sealed`: no belief, and a sealed answer: the cheapest win, "write down what you think, then
 *    look". It never goes stale: nothing has been verified yet.
 * 1. `blind_spot`: comparison `miss`, or `partial` with belief confidence ≥ 4. This holds even for an
 *    after_answer belief (the leader still holds something the member contradicts), and never goes
 *    stale: a contradiction stays open until the leader revises the belief.
 * 2. comparison `match`, or `partial` at confidence ≤ 3 (verified with nuance: the leader was close
 *    and did not claim certainty): `learned` when the belief is after_answer (the leader did not commit
 *    first), otherwise `verified`.
 * 3. `learned`: the answer is visible and looked at, and there is no belief, or only an after_answer
 *    belief.
 * 4. `unknown`: no belief (and no visible answer).
 * 5. by belief source: `asked` → `verified` (learned by asking in a conversation);
 *    `observed` → `observed`; `assumed`, `inferred`, `heard` → `assumed`. A prior belief with a visible
 *    but not yet compared (or still sealed) answer stays unverified: the leader has not confronted it.
 * 6. `stale`: a `verified` or `learned` result whose verification date is older than the window,
 *    i.e. verificationDate < now − freshnessDays days (exactly freshnessDays old is still fresh).
 *
 * The verification date is the latest of: `lastVerifiedAt`; the comparison date (rules 1–2);
 * the belief date when its source is `asked`; and, for `learned` only, the answer date.
 * `lastVerifiedAt` alone never makes a cell known: it only refreshes a verified or learned one.
 */
export function knowledgeState(obs: CellObservation, settings: AuditSettings): KnowledgeState {
  return classifyCell(obs, staleThreshold(settings));
}

/** `knowledgeState` with the staleness threshold computed once by the caller (the hot path). */
export function classifyCell(obs: CellObservation, staleBefore: number): KnowledgeState {
  const belief = obs.belief;
  const answer = obs.answerVisible;
  const revealed = answer !== undefined && answer.sealed !== true; // isRevealed, inlined
  if (belief === undefined) {
    if (answer === undefined) return "unknown";
    if (!revealed) return "sealed";
    return freshOrStale("learned", verificationTime(obs, undefined, true), staleBefore);
  }
  const comparison = revealed ? obs.comparison : undefined; // effectiveComparison, inlined
  if (comparison !== undefined) {
    if (isContradiction(comparison.outcome, belief.confidence)) return "blind_spot";
    const learned = belief.afterAnswer;
    return freshOrStale(
      learned ? "learned" : "verified",
      verificationTime(obs, comparison, learned),
      staleBefore,
    );
  }
  if (revealed && belief.afterAnswer) {
    return freshOrStale("learned", verificationTime(obs, undefined, true), staleBefore);
  }
  switch (belief.source) {
    case "asked":
      return freshOrStale("verified", verificationTime(obs, undefined, false), staleBefore);
    case "observed":
      return "observed";
    case "assumed":
    case "inferred":
    case "heard":
      return "assumed";
    default:
      return assertNever(belief.source);
  }
}

/**
 * Epoch milliseconds of the latest verification of a cell (see `knowledgeState`), or -Infinity when
 * there is none. `comparison` is the cell's effective comparison; `includeAnswer` adds the answer
 * date, which counts for `learned` cells only (whose answer is never sealed).
 */
function verificationTime(
  obs: CellObservation,
  comparison: CellObservation["comparison"],
  includeAnswer: boolean,
): number {
  let latest = time(obs.lastVerifiedAt);
  if (comparison !== undefined) latest = Math.max(latest, time(comparison.comparedAt));
  if (obs.belief !== undefined && obs.belief.source === "asked") {
    latest = Math.max(latest, time(obs.belief.recordedAt));
  }
  if (includeAnswer && obs.answerVisible !== undefined) {
    latest = Math.max(latest, time(obs.answerVisible.answeredAt));
  }
  return latest;
}

/**
 * The verification date a `verified`, `learned` or `stale` cell rests on, in epoch milliseconds
 * (-Infinity when there is none). A cell is learned rather than verified exactly when its answer is
 * visible and looked at, and it has no belief or only an after_answer one; only then does the
 * answer date count.
 */
export function lastVerificationTime(obs: CellObservation): number {
  const learned = isRevealed(obs) && (obs.belief === undefined || obs.belief.afterAnswer);
  return verificationTime(obs, effectiveComparison(obs), learned);
}

function freshOrStale(
  state: "verified" | "learned",
  verifiedAt: number,
  staleBefore: number,
): KnowledgeState {
  return verifiedAt < staleBefore ? "stale" : state;
}

/** An absent or invalid date counts as "long ago". */
function time(date: Date | undefined): number {
  if (date === undefined) return Number.NEGATIVE_INFINITY;
  const ms = date.getTime();
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
