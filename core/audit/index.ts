/**
 * The assumption audit engine (PRODUCT.md, "The assumption audit"): pure functions that derive the
 * knowledge state of every (person, facet), the audit figures, and the next conversations worth having.
 * Formulas are documented where they are computed: states.ts, figures.ts, ranking.ts.
 */
export type { LeaderAuditInput, PersonAuditInput, TeamAuditInput } from "./audit";
export { leaderAudit, personAudit, teamAudit } from "./audit";
export { STATE_CODES, STATE_ROW_PATTERN, stateOfCode } from "./codes";
export { auditFigures, OUTCOME_SCORE, OVERCONFIDENCE_MARGIN } from "./figures";
export { conversationPriority, DEFAULT_NEXT_CONVERSATIONS, HIGH_CONFIDENCE } from "./ranking";
export {
  BLIND_SPOT_PARTIAL_CONFIDENCE,
  knowledgeState,
  lastVerificationTime,
} from "./states";
export * from "./types";
