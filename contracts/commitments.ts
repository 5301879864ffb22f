import { z } from "zod";
import { requiredText, uuidParam } from "./common";

/**
 * Commitments: what a leader or a person they lead promised the other, due on a day, then done or
 * dropped on a day. Either of the two records one; only those two see or change it, and only while
 * the one still leads the other.
 */

export const COMMITMENT_STATUSES = ["open", "done", "dropped"] as const;
export const commitmentStatusSchema = z.enum(COMMITMENT_STATUSES);
export type CommitmentStatus = z.infer<typeof commitmentStatusSchema>;

export const commitmentOwnerSchema = z.enum(["leader", "member"]);
export type CommitmentOwner = z.infer<typeof commitmentOwnerSchema>;

export const COMMITMENT_TEXT_MAX = 500;

/** A calendar day, `YYYY-MM-DD`, that exists (no 31 April). */
export const daySchema = z.iso.date("must be a date, YYYY-MM-DD");

const someone = z.object({ id: z.string(), name: z.string() });

export const commitmentSchema = z.object({
  id: z.string(),
  leader: someone,
  person: someone,
  /** Who promised: the leader, or the person they lead. */
  owner: commitmentOwnerSchema,
  text: z.string(),
  dueOn: z.string(),
  status: commitmentStatusSchema,
  /** The day it was done or dropped; null while open. */
  closedOn: z.string().nullable(),
  /** Open and its due day is over, in the viewer's time zone. */
  overdue: z.boolean(),
  /** The conversation it was made in, if any. */
  conversationId: z.string().nullable(),
  /** Who recorded it: the leader or the person. */
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Commitment = z.infer<typeof commitmentSchema>;

export const commitmentListSchema = z.object({ commitments: z.array(commitmentSchema) });
export type CommitmentList = z.infer<typeof commitmentListSchema>;

export const commitmentParams = z.object({ commitmentId: uuidParam });

export const commitmentQuery = z.object({
  /** Only those with this person: someone the viewer leads, or one of the viewer's leaders. */
  personId: uuidParam.optional(),
  status: commitmentStatusSchema.optional(),
});
export type CommitmentQuery = z.input<typeof commitmentQuery>;

const commitmentText = requiredText(COMMITMENT_TEXT_MAX);

/**
 * A new commitment. A leader names the person they lead (`personId`); a person names their leader
 * (`leaderId`); exactly one of the two. `owner` says who promised. The due day may not be before
 * today (the server checks that, in the recorder's time zone).
 */
export const newCommitmentBody = z
  .object({
    personId: uuidParam.optional(),
    leaderId: uuidParam.optional(),
    owner: commitmentOwnerSchema,
    text: commitmentText,
    dueOn: daySchema,
    conversationId: uuidParam.nullish(),
  })
  .superRefine((body, issue) => {
    if ((body.personId === undefined) === (body.leaderId === undefined))
      issue.addIssue({
        code: "custom",
        path: [body.personId === undefined ? "personId" : "leaderId"],
        message: "name either the person you lead (personId) or your leader (leaderId)",
      });
  });
export type NewCommitmentInput = z.input<typeof newCommitmentBody>;

/**
 * A change: done or dropped (on `closedOn`, today when left out), open again (which clears
 * `closedOn`), new words or a new due day. The server checks the days against when it was made.
 */
export const commitmentPatchBody = z
  .object({
    status: commitmentStatusSchema.optional(),
    closedOn: daySchema.optional(),
    text: commitmentText.optional(),
    dueOn: daySchema.optional(),
  })
  .superRefine((body, issue) => {
    if (body.status === "open" && body.closedOn !== undefined)
      issue.addIssue({
        code: "custom",
        path: ["closedOn"],
        message: "an open commitment has no closing day",
      });
  });
export type CommitmentPatchInput = z.input<typeof commitmentPatchBody>;
