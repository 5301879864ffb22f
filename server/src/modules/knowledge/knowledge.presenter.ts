import type { Belief, PersonFacet } from "#contracts/knowledge";
import type { KnowledgeState } from "#core/audit";
import type { BeliefRow } from "../../db/schema";
import { presentFacet } from "../facets";
import type { Cell } from "./knowledge";

/** A leader's belief as the API gives it back to that leader. */
export function presentBelief(belief: BeliefRow): Belief {
  return {
    value: belief.value,
    source: belief.source,
    confidence: belief.confidence,
    afterAnswer: belief.after_answer === 1,
    recordedAt: belief.recorded_at,
  };
}

/** A cell as a person's page shows it (contracts/knowledge.ts): fields the viewer may not see are absent. */
export function presentCell(cell: Cell, state: KnowledgeState | undefined): PersonFacet {
  const { belief, answer, sealedAnswer, comparison, computedOutcome } = cell;
  return {
    facet: presentFacet(cell.facet),
    ...(answer ? { answer: { value: answer.value, updatedAt: answer.updated_at } } : {}),
    ...(sealedAnswer ? { sealedAnswer: { answeredAt: sealedAnswer.answeredAt } } : {}),
    ...(belief ? { belief: presentBelief(belief) } : {}),
    ...(comparison ? { comparison } : {}),
    ...(computedOutcome ? { computedOutcome } : {}),
    ...(state ? { state } : {}),
  };
}
