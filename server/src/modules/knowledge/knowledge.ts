import type { CellObservation, ComparisonOutcome } from "#core/audit";
import { computeAgreement } from "#core/facets/catalogue";
import { answerView } from "#core/privacy/visibility";
import type { AnswerRow, BeliefRow, ComparisonTable } from "../../db/schema";
import { type FacetRow, toDefinition } from "../facets";
import type { KnowledgeRows, LeaderAnswerRow } from "./knowledge.repository";

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
