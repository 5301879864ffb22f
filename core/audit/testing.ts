import { DAY_MS } from "./states";
import type { AuditFacet, BeliefSource, CellObservation, ComparisonOutcome } from "./types";

/** Shared builders for the audit tests: readable cells relative to a fixed "now". */
export const NOW = new Date("2026-06-01T00:00:00.000Z");

export function daysAgo(days: number): Date {
  return new Date(NOW.getTime() - days * DAY_MS);
}

export function facet(id: string, overrides: Partial<AuditFacet> = {}): AuditFacet {
  return { id, key: id, dimension: "workstyle", weight: 1, ...overrides };
}

export interface CellSpec {
  source?: BeliefSource;
  confidence?: number;
  /** Days before NOW the belief was recorded. */
  believedDaysAgo?: number;
  afterAnswer?: boolean;
  /** Days before NOW the visible answer was written; absent means no visible answer. */
  answeredDaysAgo?: number;
  outcome?: ComparisonOutcome;
  comparedDaysAgo?: number;
  verifiedDaysAgo?: number;
}

/**
 * One cell. A belief exists when `source` is given; a comparison when `outcome` is given (dated
 * `comparedDaysAgo`, default 10).
 */
export function cell(personId: string, facetId: string, spec: CellSpec = {}): CellObservation {
  const observation: CellObservation = { personId, facetId };
  if (spec.source !== undefined) {
    observation.belief = {
      source: spec.source,
      confidence: spec.confidence ?? 3,
      recordedAt: daysAgo(spec.believedDaysAgo ?? 30),
      afterAnswer: spec.afterAnswer ?? false,
    };
  }
  if (spec.answeredDaysAgo !== undefined) {
    observation.answerVisible = { answeredAt: daysAgo(spec.answeredDaysAgo) };
  }
  if (spec.outcome !== undefined) {
    observation.comparison = { outcome: spec.outcome, comparedAt: daysAgo(spec.comparedDaysAgo ?? 10) };
  }
  if (spec.verifiedDaysAgo !== undefined) observation.lastVerifiedAt = daysAgo(spec.verifiedDaysAgo);
  return observation;
}
