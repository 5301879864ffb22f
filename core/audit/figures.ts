import { assertNever, clampConfidence, classifyCell, effectiveComparison, staleThreshold } from "./states";
import {
  type AuditFigures,
  type AuditSettings,
  type CellObservation,
  type ComparisonOutcome,
  KNOWLEDGE_STATES,
  type KnowledgeState,
} from "./types";

/** Outcome read as a number: match 1, partial 0.5, miss 0 (PRODUCT.md, "accuracy"). */
export const OUTCOME_SCORE: Readonly<Record<ComparisonOutcome, number>> = { match: 1, partial: 0.5, miss: 0 };

/**
 * Overconfidence: mean stated probability exceeds accuracy by more than this. The comparison itself is
 * made on integers (see `FiguresAccumulator`), because 0.4 − 0.25 is 0.15000000000000002 in floating point.
 */
export const OVERCONFIDENCE_MARGIN = 0.15;
/** The margin in twentieths (3), the unit in which `overconfidenceExcess` is an integer. */
const MARGIN_TWENTIETHS = Math.round(OVERCONFIDENCE_MARGIN * 20);

/**
 * Accumulates the audit figures of a set of cells in one pass, with no allocation per cell.
 *
 * Over N cells, B cells holding a belief and C compared cells (a comparison that counts, see
 * `effectiveComparison`, on a belief that is not after_answer), with outcome score o_i
 * (match 1, partial 0.5, miss 0) and stated probability p_i = confidence_i / 5:
 * - coverage        = (N − #unknown) / N                           (a sealed answer is covered)
 * - confirmedShare  = (#verified + #learned) / N                  (stale and sealed cells do not count)
 * - assumptionLoad  = (#assumed + #observed) / B
 * - accuracy        = Σ o_i / C
 * - calibration     = Σ (p_i − o_i)² / C                           (Brier score; lower is better)
 * - meanConfidence  = Σ p_i / C
 * - overconfident   = meanConfidence − accuracy > 0.15             (false when C = 0)
 *                     ⇔ 4 · Σ c_i − 10 · Σ 2·o_i > 3 · C            (both sides times 20·C, all integers)
 * A figure whose denominator is 0 is null. After_answer beliefs count in B but never in C: the
 * leader could see the answer before committing, so they say nothing about calibration.
 * Compared cells count whatever their state now (a stale verification still happened).
 *
 * The sums are kept in integers (halves of outcome, whole confidence points, and
 * (2c − 10·o)² = 100 · (p − o)²), so a figure is exact up to its final division and does not depend on
 * the order in which cells are added; overconfidence is decided before any division, so a gap of
 * exactly 0.15 is never read as more.
 */
export class FiguresAccumulator {
  cells = 0;
  beliefs = 0;
  compared = 0;
  /** Σ 2·o_i */
  private outcomeHalves = 0;
  /** Σ (2·c_i − 10·o_i)² = 100 · Σ (p_i − o_i)² */
  private squaredErrorHundredths = 0;
  /** Σ c_i = 5 · Σ p_i */
  private confidencePoints = 0;
  private readonly states: Record<KnowledgeState, number> = emptyStateCounts();

  /** The accumulator of the union of disjoint sets of cells; exact, since every sum is an integer. */
  static combine(parts: readonly FiguresAccumulator[]): FiguresAccumulator {
    const total = new FiguresAccumulator();
    for (const part of parts) {
      total.cells += part.cells;
      total.beliefs += part.beliefs;
      total.compared += part.compared;
      total.outcomeHalves += part.outcomeHalves;
      total.squaredErrorHundredths += part.squaredErrorHundredths;
      total.confidencePoints += part.confidencePoints;
      for (const state of KNOWLEDGE_STATES) total.states[state] += part.states[state];
    }
    return total;
  }

  add(obs: CellObservation | undefined, state: KnowledgeState): void {
    this.cells += 1;
    this.countState(state);
    if (obs === undefined) return;
    const belief = obs.belief;
    if (belief === undefined) return;
    this.beliefs += 1;
    if (belief.afterAnswer) return;
    const comparison = effectiveComparison(obs);
    if (comparison === undefined) return;
    const halves = OUTCOME_SCORE[comparison.outcome] * 2;
    const confidence = clampConfidence(belief.confidence);
    const error = 2 * confidence - 5 * halves;
    this.compared += 1;
    this.outcomeHalves += halves;
    this.squaredErrorHundredths += error * error;
    this.confidencePoints += confidence;
  }

  /** The figures so far; `people` is the number of distinct people among the cells. */
  figures(people: number): AuditFigures {
    const s = this.states;
    const accuracy = share(this.outcomeHalves, 2 * this.compared);
    const meanConfidence = share(this.confidencePoints, 5 * this.compared);
    return {
      coverage: share(this.cells - s.unknown, this.cells),
      confirmedShare: share(s.verified + s.learned, this.cells),
      assumptionLoad: share(s.assumed + s.observed, this.beliefs),
      accuracy,
      calibration: share(this.squaredErrorHundredths, 100 * this.compared),
      meanConfidence,
      overconfident: this.compared > 0 && this.overconfidenceExcess() > 0,
      counts: {
        cells: this.cells,
        people: this.cells === 0 ? 0 : people,
        beliefs: this.beliefs,
        compared: this.compared,
        blindSpots: s.blind_spot,
        stale: s.stale,
      },
      stateCounts: { ...s },
    };
  }

  /**
   * 20 · C · (meanConfidence − accuracy − 0.15), an integer: positive exactly when the leader is
   * overconfident. The mean and accuracy are Σ c / 5C and Σ halves / 2C; the margin is 3/20.
   */
  private overconfidenceExcess(): number {
    return 4 * this.confidencePoints - 10 * this.outcomeHalves - MARGIN_TWENTIETHS * this.compared;
  }

  private countState(state: KnowledgeState): void {
    const s = this.states;
    switch (state) {
      case "unknown":
        s.unknown += 1;
        return;
      case "sealed":
        s.sealed += 1;
        return;
      case "assumed":
        s.assumed += 1;
        return;
      case "observed":
        s.observed += 1;
        return;
      case "verified":
        s.verified += 1;
        return;
      case "learned":
        s.learned += 1;
        return;
      case "blind_spot":
        s.blind_spot += 1;
        return;
      case "stale":
        s.stale += 1;
        return;
      default:
        assertNever(state);
    }
  }
}

/**
 * The audit figures of exactly the given cells, one observation per cell (pass `{ personId, facetId }`
 * alone for an unknown cell). It knows nothing of facets: leaving out retired facets is the caller's
 * job, as `personAudit`, `teamAudit` and `leaderAudit` do. Formulas: see `FiguresAccumulator`.
 */
export function auditFigures(cells: readonly CellObservation[], settings: AuditSettings): AuditFigures {
  const staleBefore = staleThreshold(settings);
  const accumulator = new FiguresAccumulator();
  const people = new Set<string>();
  for (const cell of cells) {
    accumulator.add(cell, classifyCell(cell, staleBefore));
    people.add(cell.personId);
  }
  return accumulator.figures(people.size);
}

export function emptyStateCounts(): Record<KnowledgeState, number> {
  return { unknown: 0, sealed: 0, assumed: 0, observed: 0, verified: 0, learned: 0, blind_spot: 0, stale: 0 };
}

function share(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
