import { z } from "zod";
import { VISIBILITIES } from "#core/privacy/visibility";
import { facetValueSchema } from "./facets";

export const visibilitySchema = z.enum(VISIBILITIES);
export type Visibility = z.infer<typeof visibilitySchema>;

/** One of my current answers. */
export const myAnswerSchema = z.object({
  facetId: z.string(),
  facetKey: z.string(),
  value: facetValueSchema,
  visibility: visibilitySchema,
  updatedAt: z.string(),
});
export type MyAnswer = z.infer<typeof myAnswerSchema>;

export const myAnswersSchema = z.object({ answers: z.array(myAnswerSchema) });
export type MyAnswers = z.infer<typeof myAnswersSchema>;

/** One version of an answer, newest first; the member alone sees these. */
export const answerVersionSchema = z.object({
  facetId: z.string(),
  value: facetValueSchema.nullable(),
  visibility: visibilitySchema.nullable(),
  withdrawn: z.boolean(),
  recordedAt: z.string(),
});
export type AnswerVersion = z.infer<typeof answerVersionSchema>;

/** A page of one facet's versions; `nextCursor` fetches the older ones, null when there are none. */
export const answerHistoryPageSchema = z.object({
  versions: z.array(answerVersionSchema),
  nextCursor: z.string().nullable(),
});
export type AnswerHistoryPage = z.infer<typeof answerHistoryPageSchema>;

/**
 * The history's query. The cursor is opaque to clients: the server reads what it holds
 * (modules/answers/history-cursor.ts) and answers 400 for one it did not give out.
 */
export const answerHistoryQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const answerBody = z.object({
  value: facetValueSchema,
  visibility: visibilitySchema.default("leader"),
});
export type AnswerInput = z.input<typeof answerBody>;

/**
 * The manuals of a team's leaders: each leader with the answers the viewer may read (for the team's
 * people, what the leader shared with the team; none for an admin unrelated to the leader).
 */
export const teamLeaderManualsSchema = z.object({
  teamId: z.string(),
  leaders: z.array(z.object({ id: z.string(), name: z.string(), answers: z.array(myAnswerSchema) })),
});
export type TeamLeaderManuals = z.infer<typeof teamLeaderManualsSchema>;
export type LeaderManual = TeamLeaderManuals["leaders"][number];
