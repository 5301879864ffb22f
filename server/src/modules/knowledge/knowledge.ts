import type { CellObservation, ComparisonOutcome } from "#core/audit";
import { computeAgreement } from "#core/facets/catalogue";
import { answerView } from "#core/privacy/visibility";
import { facetValueColumn } from "../../db/json-columns";
import type { AnswerRow, BeliefRow, ComparisonTable } from "../../db/schema";
import { type FacetRow, toDefinition } from "../facets";
import type { KnowledgeRows, LeaderAnswerRow, ObservationRow } from "./knowledge.repository";

export interface EffectiveComparison {
  outcome: ComparisonOutcome;
  /** Computed by Rapport from structured values, rather than marked by the leader. */
  computed: boolean;
  reason: string | null;
  comparedAt: string;
}

/** One (person, facet) as the leader sees it. */
export interface Cell {
  personId: string;
  facet: FacetRow;
  belief?: BeliefRow;
  /** The answer's words: present only where the viewer may read them now. */
  answer?: AnswerRow;
  /** An answer the viewer may see but has not looked at: only that it exists, and when. */
  sealedAnswer?: { answeredAt: string };
  comparison?: EffectiveComparison;
  /** For structured facets with both values: what Rapport computes, whatever the leader marked. */
  computedOutcome?: ComparisonOutcome;
}

const key = (personId: string, facetId: string) => `${personId}\u0000${facetId}`;
const later = (a: string, b: string) => (a > b ? a : b);

/**
 * Joins beliefs, visible answers and comparisons into the cells one leader is shown. Every answer
 * passes through `answerView` (core/privacy): one the leader has not looked at is sealed, so the
 * cell keeps only its date, and nothing is compared with it (a computed match or miss would tell
 * its words). The leader's own mark wins; for a structured facet without a mark, Rapport's
 * computed agreement stands in.
 */
export function buildCells(facets: FacetRow[], personIds: string[], rows: KnowledgeRows): Cell[] {
  const beliefs = new Map(rows.beliefs.map((b) => [key(b.person_id, b.facet_id), b]));
  const answers = new Map(rows.answers.map((a) => [key(a.user_id, a.facet_id), a]));
  const marks = new Map<string, ComparisonTable>(
    rows.comparisons.map((c) => [key(c.person_id, c.facet_id), c]),
  );
  // Parsed once per facet, not once per cell: a team audit has people × facets cells.
  const withDefinitions = facets.map((facet) => ({ facet, definition: toDefinition(facet) }));
  const cells: Cell[] = [];
  for (const personId of personIds) {
    for (const { facet, definition } of withDefinitions) {
      const k = key(personId, facet.id);
      const belief = beliefs.get(k);
      const row = answers.get(k);
      const view = row ? answerView(row.visibility, "leader", row.looked_at !== null) : "none";
      const answer = row && view === "content" ? withoutLook(row) : undefined;
      const cell: Cell = { personId, facet, ...(belief ? { belief } : {}), ...(answer ? { answer } : {}) };
      if (row && view === "sealed") cell.sealedAnswer = { answeredAt: row.updated_at };
      if (belief && answer) {
        const computed = computeAgreement(definition, belief.value, answer.value);
        if (computed) cell.computedOutcome = computed;
        const mark = marks.get(k);
        if (mark) {
          cell.comparison = {
            outcome: mark.outcome,
            computed: false,
            reason: mark.reason,
            comparedAt: mark.compared_at,
          };
        } else if (computed) {
          cell.comparison = {
            outcome: computed,
            computed: true,
            reason: null,
            comparedAt: later(belief.recorded_at, answer.updated_at),
          };
        }
      }
      cells.push(cell);
    }
  }
  return cells;
}

function withoutLook({ looked_at: _lookedAt, ...answer }: LeaderAnswerRow): AnswerRow {
  return answer;
}

/** The audit engine's view of a cell. */
export function toObservation(cell: Cell): CellObservation {
  const { belief, answer, sealedAnswer, comparison } = cell;
  return {
    personId: cell.personId,
    facetId: cell.facet.id,
    ...(belief
      ? {
          belief: {
            source: belief.source,
            confidence: belief.confidence,
            recordedAt: new Date(belief.recorded_at),
            afterAnswer: belief.after_answer === 1,
          },
        }
      : {}),
    ...(answer ? { answerVisible: { answeredAt: new Date(answer.updated_at) } } : {}),
    ...(sealedAnswer
      ? { answerVisible: { answeredAt: new Date(sealedAnswer.answeredAt), sealed: true } }
      : {}),
    ...(comparison
      ? { comparison: { outcome: comparison.outcome, comparedAt: new Date(comparison.comparedAt) } }
      : {}),
  };
}

/**
 * The audit engine's observations straight from the audit's rows (`loadObservationRows`): what
 * `buildCells` and then `toObservation` give for every cell holding a belief or an answer the
 * leader may see, in the same order (person by person, facet by facet), without building a cell
 * or parsing a value the audit does not use. The seal is `answerView` (core/privacy), as in
 * `buildCells`: a sealed answer gives its date alone and is compared with nothing; the leader's
 * own mark wins over Rapport's computed agreement, computed only where there is no mark.
 * knowledge.observations.test.ts holds the two ways to the same result.
 */
export function observationsFrom(
  facets: FacetRow[],
  personIds: string[],
  rows: ObservationRow[],
): CellObservation[] {
  // Each row's place among the cells (person by person, facet by facet), found by two lookups of
  // the ids it carries rather than a key string made per row and per cell.
  const personAt = new Map(personIds.map((id, index) => [id, index]));
  const facetAt = new Map(facets.map((facet, index) => [facet.id, index]));
  const beliefs: (ObservationRow | undefined)[] = new Array(personIds.length * facets.length);
  const answers: (ObservationRow | undefined)[] = new Array(personIds.length * facets.length);
  for (const row of rows) {
    const person = personAt.get(row.person_id);
    const facet = facetAt.get(row.facet_id);
    if (person === undefined || facet === undefined) continue;
    (row.kind === "belief" ? beliefs : answers)[person * facets.length + facet] = row;
  }
  // Parsed once per facet, not once per cell, as in buildCells.
  const withDefinitions = facets.map((facet) => ({ facet, definition: toDefinition(facet) }));
  const observations: CellObservation[] = [];
  for (const [p, personId] of personIds.entries()) {
    for (const [f, { facet, definition }] of withDefinitions.entries()) {
      const belief = beliefs[p * facets.length + f];
      const answer = answers[p * facets.length + f];
      const view = answer
        ? answerView(answer.visibility ?? "private", "leader", answer.looked_at !== null)
        : "none";
      if (!belief && view === "none") continue;
      const observation: CellObservation = { personId, facetId: facet.id };
      if (belief) {
        observation.belief = {
          source: belief.source ?? "assumed",
          confidence: Number(belief.confidence),
          recordedAt: new Date(belief.at),
          afterAnswer: belief.after_answer === 1,
        };
      }
      if (answer && view !== "none") {
        observation.answerVisible =
          view === "sealed"
            ? { answeredAt: new Date(answer.at), sealed: true }
            : { answeredAt: new Date(answer.at) };
      }
      if (belief && answer && view === "content") {
        if (belief.c_outcome !== null) {
          observation.comparison = {
            outcome: belief.c_outcome,
            comparedAt: new Date(belief.c_compared_at ?? ""),
          };
        } else {
          const computed = computeAgreement(
            definition,
            facetValueColumn.readMany(belief.value),
            facetValueColumn.readMany(answer.value),
          );
          if (computed)
            observation.comparison = { outcome: computed, comparedAt: new Date(later(belief.at, answer.at)) };
        }
      }
      observations.push(observation);
    }
  }
  return observations;
}
