import { z } from "zod";

/**
 * A leader's practice figures (`GET /me/practice`), month by month: counts and shares only, never
 * a member's name or anything a member said or wrote. How each is counted is written out in
 * core/practice/figures.ts.
 */

export const practiceQuery = z.object({
  /** How many months, ending with the current one in the viewer's time zone. */
  months: z.enum(["6", "12"]).default("6"),
});
export type PracticeQuery = z.input<typeof practiceQuery>;

const share = z.number().min(0).max(1).nullable();

export const practiceMonthSchema = z.object({
  /** `YYYY-MM`, in the viewer's time zone. */
  month: z.string(),
  conversationsHeld: z.number().int(),
  /** Conversations held ÷ the people the viewer leads now; null when they lead nobody. */
  conversationsPerPerson: z.number().nullable(),
  questionsAsked: z.number().int(),
  openQuestions: z.number().int(),
  /** Of the questions asked, the share the question linter finds open. */
  openQuestionShare: share,
  loopsStarted: z.number().int(),
  loopsClosed: z.number().int(),
  selfChecks: z.number().int(),
  /** The mean share of the self-check's items answered the good listener's way. */
  checklistAverage: share,
  talkShares: z.number().int(),
  /** The mean of the viewer's estimates of their share of the talk, in percent. */
  talkShareAverage: z.number().min(0).max(100).nullable(),
  commitmentsDue: z.number().int(),
  commitmentsKept: z.number().int(),
  commitmentsKeptShare: share,
});
export type PracticeMonth = z.infer<typeof practiceMonthSchema>;

export const practiceSchema = z.object({
  /** The time zone the months are read in: the viewer's setting. */
  timeZone: z.string(),
  /** How many people the viewer leads now. */
  peopleLed: z.number().int(),
  /** Oldest first, the current month last. */
  months: z.array(practiceMonthSchema),
  /** Kept on time ÷ due over all the viewer's own commitments; `share` null while nothing is due. */
  reliability: z.object({ due: z.number().int(), kept: z.number().int(), share }),
});
export type Practice = z.infer<typeof practiceSchema>;
