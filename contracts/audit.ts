import { z } from "zod";
import {
  KNOWLEDGE_STATES,
  type KnowledgeState,
  STATE_CODES,
  STATE_ROW_PATTERN,
  stateOfCode,
} from "#core/audit";
import { keyedObject, uuidParam } from "./common";
import { stanceSchema } from "./goals";

/** The assumption audit of a person, a team, or a leader across their teams (core/audit computes it). */

const share = z.number().min(0).max(1).nullable();

/** The figures as core/audit computes them: every share in [0, 1], or null. */
export const auditFiguresSchema = z.object({
  coverage: share,
  /** Share of cells verified or learned: what rests on the person's own word ("Confirmed" on screen). */
  confirmedShare: share,
  assumptionLoad: share,
  accuracy: share,
  calibration: share,
  meanConfidence: share,
  overconfident: z.boolean(),
  counts: z.object({
    cells: z.number().int(),
    people: z.number().int(),
    beliefs: z.number().int(),
    compared: z.number().int(),
    blindSpots: z.number().int(),
    stale: z.number().int(),
  }),
  stateCounts: keyedObject(KNOWLEDGE_STATES, z.number().int()),
});
export type AuditFigures = z.infer<typeof auditFiguresSchema>;

export const auditCellSchema = z.object({
  personId: z.string(),
  facetId: z.string(),
  state: z.enum(KNOWLEDGE_STATES),
});
export type AuditCell = z.infer<typeof auditCellSchema>;

export const nextConversationSchema = z.object({
  personId: z.string(),
  personName: z.string(),
  facetId: z.string(),
  facetKey: z.string(),
  facetTitle: z.string(),
  state: z.enum(KNOWLEDGE_STATES),
  priority: z.number(),
  daysSinceConversation: z.number().nullable(),
  reason: z.string(),
  questions: z.array(z.object({ id: z.string(), text: z.string(), depth: z.string() })),
});
export type NextConversation = z.infer<typeof nextConversationSchema>;

export const auditFacetSchema = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  dimension: z.string(),
});
export type AuditFacet = z.infer<typeof auditFacetSchema>;

/**
 * A person whose stance on one of the team's goals, as they state it (and the leader has looked at
 * it), is two rungs or more from where the leader perceives them: an assumption proved wrong, so a
 * blind spot like a facet's, and worth a conversation. Names and rungs only, the viewer's own.
 */
export const stanceGapItemSchema = z.object({
  goalId: z.string(),
  goalTitle: z.string(),
  teamId: z.string(),
  personId: z.string(),
  personName: z.string(),
  perceived: stanceSchema,
  stated: stanceSchema,
  /** Rungs apart on the ladder: 2 or more. */
  distance: z.number().int(),
});
export type StanceGapItem = z.infer<typeof stanceGapItemSchema>;

export const auditSchema = z.object({
  scope: z.object({ kind: z.enum(["person", "team", "leader"]), id: z.string(), name: z.string() }),
  figures: auditFiguresSchema,
  byDimension: z.object({
    workstyle: auditFiguresSchema,
    values: auditFiguresSchema,
    followership: auditFiguresSchema,
  }),
  people: z.array(z.object({ id: z.string(), name: z.string() })),
  facets: z.array(auditFacetSchema),
  /**
   * The heatmap, compactly: one string per person, in `people` order, with one letter per facet, in
   * `facets` order, each the cell's knowledge state by its code (core/audit STATE_CODES).
   */
  stateRows: z.array(z.string().regex(STATE_ROW_PATTERN)).describe(
    `One string per person (in people's order), one letter per facet (in facets' order): ${Object.entries(
      STATE_CODES,
    )
      .map(([state, code]) => `${code} ${state}`)
      .join(", ")}.`,
  ),
  blindSpots: z.array(auditCellSchema),
  stale: z.array(auditCellSchema),
  /** Answers waiting for the leader's guess: the member answered, the leader holds no belief and has not looked. */
  sealed: z.array(auditCellSchema),
  nextConversations: z.array(nextConversationSchema),
  /** Goal stances the viewer perceives two rungs or more from what the person states: blind spots about following. */
  stanceGaps: z.array(stanceGapItemSchema),
});
export type Audit = z.infer<typeof auditSchema>;

/**
 * Reads an audit's heatmap back (both sides: the web's heatmap, the server's PDF report): the state
 * of the person at this index of `people` on the facet with this id, `unknown` where none is given.
 */
export function auditStateReader(
  audit: Pick<Audit, "facets" | "stateRows">,
): (personIndex: number, facetId: string) => KnowledgeState {
  const column = new Map(audit.facets.map((facet, index) => [facet.id, index]));
  return (personIndex, facetId) => {
    const index = column.get(facetId);
    const code = index === undefined ? undefined : audit.stateRows[personIndex]?.[index];
    return (code === undefined ? undefined : stateOfCode(code)) ?? "unknown";
  };
}

export const personAuditParams = z.object({ userId: uuidParam });
export const teamAuditParams = z.object({ teamId: uuidParam });
