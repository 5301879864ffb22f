import { z } from "zod";
import { QUADRANTS, RATING_MAX, RATING_MIN } from "#core/movement/priorities";
import { WITHHELD_REASONS } from "#core/privacy/anonymity";
import { visibilitySchema } from "./answers";
import { requiredText, uuidParam } from "./common";

/**
 * Priorities and alignment (issue 12, parts 4–5): a team's work items, each person's rating of
 * each item's value and effort (1–5, with a visibility as for answers), and what the ratings add up
 * to: the value/effort quadrants, the ranking by value for effort, the items worth a conversation,
 * each member's agreement with the leader (Kendall's tau-b) and the team's among itself (Kendall's
 * W). The formulas are in `core/movement/priorities.ts` and `core/movement/alignment.ts`.
 */

export const WORK_ITEM_TITLE_MAX = 200;
export const WORK_ITEM_DESCRIPTION_MAX = 2000;

export const quadrantSchema = z.enum(QUADRANTS);
export type QuadrantKey = z.infer<typeof quadrantSchema>;

const someone = z.object({ id: z.string(), name: z.string() });

export const workItemParams = z.object({ itemId: uuidParam });

const description = z
  .string()
  .trim()
  .max(WORK_ITEM_DESCRIPTION_MAX, `must be at most ${WORK_ITEM_DESCRIPTION_MAX} characters`);

/** A new work item: a title, and a description that may be left out (an empty one is none). */
export const newWorkItemBody = z.object({
  title: requiredText(WORK_ITEM_TITLE_MAX),
  description: description.nullable().optional(),
});
export type NewWorkItemInput = z.input<typeof newWorkItemBody>;

/** A change to a work item: any of its title, description (null or empty clears it), archived. */
export const workItemPatchBody = z.object({
  title: requiredText(WORK_ITEM_TITLE_MAX).optional(),
  description: description.nullable().optional(),
  archived: z.boolean("must be true or false").optional(),
});
export type WorkItemPatchInput = z.input<typeof workItemPatchBody>;

const scale = `a whole number from ${RATING_MIN} to ${RATING_MAX}`;
const rating = z
  .number(`is required: ${scale}`)
  .int(`must be ${scale}`)
  .min(RATING_MIN, `must be ${scale}`)
  .max(RATING_MAX, `must be ${scale}`);

/** My rating of an item: value and effort 1–5, and who sees it (as for answers; `leader` if left out). */
export const workItemRatingBody = z.object({
  value: rating,
  effort: rating,
  visibility: visibilitySchema.default("leader"),
});
export type WorkItemRatingInput = z.input<typeof workItemRatingBody>;

export const myRatingSchema = z.object({
  value: z.number().int(),
  effort: z.number().int(),
  visibility: visibilitySchema,
  ratedAt: z.string(),
});
export type MyRating = z.infer<typeof myRatingSchema>;

export const workItemSchema = z.object({
  id: z.string(),
  teamId: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  createdBy: someone.nullable(),
  createdAt: z.string(),
  archived: z.boolean(),
  /** The viewer's own rating, or null. */
  myRating: myRatingSchema.nullable(),
  /** Whether the viewer may change it (its creator or a leader of the team). */
  canEdit: z.boolean(),
});
export type WorkItem = z.infer<typeof workItemSchema>;

/** The team's work items, active ones first, each group oldest first. */
export const workItemsSchema = z.object({ items: z.array(workItemSchema) });
export type WorkItems = z.infer<typeof workItemsSchema>;

const pair = z.object({ value: z.number(), effort: z.number() });

export const alignmentItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** How many people's ratings count (every rating that is not private). */
  raters: z.number().int(),
  meanValue: z.number().nullable(),
  meanEffort: z.number().nullable(),
  quadrant: quadrantSchema.nullable(),
  valueForEffort: z.number().nullable(),
  /** Population standard deviation of value and of effort. */
  spread: pair.nullable(),
  /** Why this item's figures are withheld from the viewer (a member, too few raters); else null. */
  withheld: z.string().nullable(),
  /** The leader's rating as the viewer may see it: a leader's own; to a member, the leader's shared one. */
  leader: pair.nullable(),
  /** The ratings the viewer may see, by each rating's visibility (their own included). */
  ratings: z.array(z.object({ person: someone, value: z.number().int(), effort: z.number().int() })),
});
export type AlignmentItem = z.infer<typeof alignmentItemSchema>;

const agreement = z.object({
  /** Kendall's tau-b on value, −1 to 1; null with fewer than 2 items compared or no variation. */
  tau: z.number().nullable(),
  words: z.string(),
  /** How many items both rated. */
  items: z.number().int(),
});

export const alignmentSchema = z.object({
  teamId: z.string(),
  viewer: z.enum(["leader", "member"]),
  /** The fewest raters behind a figure shown to members (the workspace's score threshold, at least 3). */
  threshold: z.number().int(),
  /** The team's active items. */
  items: z.array(alignmentItemSchema),
  /** Item ids by value for effort, most first (items whose figures the viewer cannot see last). */
  ranked: z.array(z.string()),
  /** Item ids whose ratings disagree most, most first. */
  worthAConversation: z.array(z.string()),
  /** Leaders only: each member whose ratings this leader may see, against this leader's own. */
  members: z.array(agreement.extend({ person: someone })).optional(),
  /** A member: their own agreement with the team's leader, over the leader's ratings they may see. */
  me: agreement.extend({ leader: someone.nullable() }).optional(),
  /** Kendall's W on value over the members who rated every active item; or why it is withheld. */
  team: z.union([
    z.object({ w: z.number().nullable(), words: z.string(), raters: z.number().int() }),
    z.object({ withheld: z.object({ reason: z.enum(WITHHELD_REASONS), message: z.string() }) }),
  ]),
});
export type Alignment = z.infer<typeof alignmentSchema>;
