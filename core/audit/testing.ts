import { DIMENSIONS } from "../facets/facet";
import type { TeamAuditInput } from "./audit";
import { DAY_MS } from "./states";
import {
  type AuditFacet,
  BELIEF_SOURCES,
  type BeliefSource,
  type CellObservation,
  COMPARISON_OUTCOMES,
  type ComparisonOutcome,
} from "./types";

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
  /** The leader has not looked at the answer yet. */
  sealed?: boolean;
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
    observation.answerVisible = {
      answeredAt: daysAgo(spec.answeredDaysAgo),
      ...(spec.sealed === undefined ? {} : { sealed: spec.sealed }),
    };
  }
  if (spec.outcome !== undefined) {
    observation.comparison = { outcome: spec.outcome, comparedAt: daysAgo(spec.comparedDaysAgo ?? 10) };
  }
  if (spec.verifiedDaysAgo !== undefined) observation.lastVerifiedAt = daysAgo(spec.verifiedDaysAgo);
  return observation;
}

/**
 * A large organisation for scale tests and benchmarks, built deterministically: `people` × `facets`
 * cells mixing every state (a sixth unknown, beliefs of every source, answers, sealed answers,
 * comparisons of every outcome, after_answer beliefs, stale dates), and one person in seven never met.
 */
export function largeOrganisation(people: number, facets: number): TeamAuditInput {
  const facetList = Array.from({ length: facets }, (_, f) =>
    facet(`facet-${f}`, { dimension: DIMENSIONS[f % DIMENSIONS.length], weight: 1 + (f % 3) }),
  );
  const members = Array.from({ length: people }, (_, p) => ({
    personId: `person-${p}`,
    lastConversationAt: p % 7 === 0 ? undefined : daysAgo(p % 90),
  }));
  const observations: CellObservation[] = [];
  for (let p = 0; p < people; p += 1) {
    for (let f = 0; f < facets; f += 1) {
      const n = p * facets + f;
      if (n % 6 === 0) continue;
      const hasAnswer = n % 3 !== 0;
      observations.push(
        cell(`person-${p}`, `facet-${f}`, {
          source: n % 5 === 0 ? undefined : BELIEF_SOURCES[n % BELIEF_SOURCES.length],
          confidence: 1 + (n % 5),
          believedDaysAgo: n % 300,
          afterAnswer: n % 11 === 0,
          answeredDaysAgo: hasAnswer ? n % 250 : undefined,
          sealed: hasAnswer && n % 13 === 0,
          outcome: hasAnswer && n % 4 !== 0 ? COMPARISON_OUTCOMES[n % 3] : undefined,
          comparedDaysAgo: n % 260,
        }),
      );
    }
  }
  return { facets: facetList, members, observations, settings: { now: NOW } };
}
