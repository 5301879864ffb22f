import { z } from "zod";
import { answerVersionSchema, myAnswerSchema } from "./answers";
import { meSchema } from "./auth";
import { assignmentMeasureSchema, coachGrantSchema } from "./coaching";
import { commitmentSchema } from "./commitments";
import { conversationSchema } from "./conversations";
import { followershipAssessmentSchema, followershipEstimateSchema } from "./followership";
import { goalStatusSchema, myStanceSchema, stanceSchema } from "./goals";
import { beliefSchema, comparisonSchema } from "./knowledge";
import { myRatingSchema } from "./priorities";
import { questionListSchema } from "./questions";

/**
 * The export (`GET /me/export.json`): everything the signed-in person may see of their own, one
 * section per module, each as that module's face gives it. Never a password hash, a session or a
 * token's secret; never another person's answer (members' answers are left out of a leader's
 * export); no trust pulse (see `omitted`). `version` changes when a section changes its shape.
 */
export const EXPORT_VERSION = 1;

const someone = z.object({ id: z.string(), name: z.string() });

/** My answers as I gave them, with their visibility, and every earlier version (mine alone). */
export const answersExportSchema = z.object({
  current: z.array(myAnswerSchema),
  /** Every version of every answer, newest first. */
  history: z.array(answerVersionSchema.extend({ facetKey: z.string() })),
});

/** A belief I hold about someone I lead now, with my comparison of it against their answer, if any. */
export const beliefExportSchema = beliefSchema.extend({
  person: someone,
  facetId: z.string(),
  facetKey: z.string(),
  comparison: comparisonSchema.omit({ computed: true }).nullable(),
});

export const followershipExportSchema = z.object({
  /** My takes of the self-assessment, newest first. */
  takes: z.array(followershipAssessmentSchema),
  /** As a leader: my estimates of the people I lead now. */
  estimates: z.array(followershipEstimateSchema.extend({ person: someone })),
});

const goalRef = z.object({ id: z.string(), title: z.string(), teamId: z.string() });

export const goalsExportSchema = z.object({
  /** Where I placed myself on each goal's ladder. */
  stances: z.array(myStanceSchema.extend({ goal: goalRef })),
  /** As a leader: where I think each person I lead stands. */
  perceivedStances: z.array(
    z.object({
      goal: goalRef,
      person: someone,
      stance: stanceSchema,
      afterStated: z.boolean(),
      recordedAt: z.string(),
    }),
  ),
  /** The goals I stated, with their texts. */
  written: z.array(
    z.object({
      id: z.string(),
      teamId: z.string(),
      title: z.string(),
      why: z.string(),
      firstStep: z.string(),
      status: goalStatusSchema,
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
  ),
});

export const prioritiesExportSchema = z.object({
  /** My ratings of work items, with their visibility. */
  ratings: z.array(
    myRatingSchema.extend({ item: z.object({ id: z.string(), title: z.string(), teamId: z.string() }) }),
  ),
  /** The work items I added. */
  written: z.array(
    z.object({
      id: z.string(),
      teamId: z.string(),
      title: z.string(),
      description: z.string().nullable(),
      createdAt: z.string(),
      archived: z.boolean(),
    }),
  ),
});

/** What was left out on purpose, and why. */
export const omittedSchema = z.object({ section: z.string(), why: z.string() });

export const coachingExportSchema = z.object({
  coachings: z.array(
    z.object({
      id: z.string(),
      /** Whether I am the leader being coached or the coach. */
      as: z.enum(["leader", "coach"]),
      leader: someone,
      /** The coach once they accepted; null before. */
      coach: someone.nullable(),
      email: z.string(),
      grants: z.array(coachGrantSchema),
      invitedAt: z.string(),
      acceptedAt: z.string().nullable(),
      endedAt: z.string().nullable(),
    }),
  ),
  notes: z.array(
    z.object({ id: z.string(), coachingId: z.string(), body: z.string(), createdAt: z.string() }),
  ),
  assignments: z.array(
    z.object({
      id: z.string(),
      coachingId: z.string(),
      title: z.string(),
      setOn: z.string(),
      dueOn: z.string(),
      measure: assignmentMeasureSchema,
      target: z.number().int().nullable(),
      doneAt: z.string().nullable(),
    }),
  ),
});

export const exportSchema = z.object({
  version: z.literal(EXPORT_VERSION),
  generatedAt: z.string(),
  account: meSchema.extend({ user: meSchema.shape.user.extend({ createdAt: z.string() }) }),
  answers: answersExportSchema,
  followership: followershipExportSchema,
  goals: goalsExportSchema,
  priorities: prioritiesExportSchema,
  questionLists: z.array(questionListSchema),
  /** Between me and the people I lead, and between me and my leaders. */
  commitments: z.array(commitmentSchema),
  /**
   * As the leader, every part (private notes, loop, self-check) of those with people I lead now;
   * as the person, what the person's view shows. My talking points are the agenda items I wrote.
   */
  conversations: z.array(conversationSchema),
  /** As a leader: my beliefs and comparisons about the people I lead now. */
  beliefs: z.array(beliefExportSchema),
  /** Coachings where I am the leader or the coach (ended ones too), and what was written in them. */
  coaching: coachingExportSchema,
  omitted: z.array(omittedSchema),
});
export type Export = z.infer<typeof exportSchema>;
export type ExportBelief = z.infer<typeof beliefExportSchema>;

/** The tables of the export that also come as CSV (`GET /me/export/:dataset.csv`). */
export const EXPORT_DATASETS = ["answers", "beliefs", "commitments", "conversations"] as const;
export const exportDatasetSchema = z.enum(EXPORT_DATASETS, {
  error: `must be one of ${EXPORT_DATASETS.join(", ")}`,
});
export type ExportDataset = z.infer<typeof exportDatasetSchema>;
export const exportDatasetParams = z.object({ dataset: exportDatasetSchema });
