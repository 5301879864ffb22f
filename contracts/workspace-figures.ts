import { z } from "zod";
import { WITHHELD_REASONS } from "#core/privacy/anonymity";

/**
 * The workspace's assumption-audit figures for its admins (`GET /workspace/figures`): aggregates
 * over every leader's knowledge of the people they lead now, never a person's or a team's name or
 * id. Each figure and each group of a distribution rests on at least `threshold` leaders (and a
 * pooled figure on that many people led), or it is withheld with why. How each is counted is
 * written out in `definition`, since two of them count a comparison only where the leader marked it.
 */

export const withheldSchema = z.object({
  reason: z.enum(WITHHELD_REASONS),
  /** Why, in words for the admin looking at it. */
  message: z.string(),
});
export type Withheld = z.infer<typeof withheldSchema>;

const share = z.number().min(0).max(1);

/** A workspace-wide share over every leader's cells: null when withheld or when nothing counts. */
export const pooledFigureSchema = z.object({
  value: share.nullable(),
  /** How it is counted, exactly. */
  definition: z.string(),
  withheld: withheldSchema.nullable(),
});
export type PooledFigure = z.infer<typeof pooledFigureSchema>;

/** One histogram bucket: how many leaders' figures fall in [from, to) (the last one includes 1). */
export const bucketSchema = z.object({
  from: share,
  to: share,
  /** Null when withheld. */
  leaders: z.number().int().min(0).nullable(),
  withheld: withheldSchema.nullable(),
});
export type Bucket = z.infer<typeof bucketSchema>;

/** How one figure spreads across leaders, each leader's own figure counted once. */
export const distributionSchema = z.object({
  definition: z.string(),
  /** Whether a higher figure is better (accuracy, coverage) or worse (the Brier score). */
  better: z.enum(["higher", "lower"]),
  /** How many leaders have this figure; null when the whole distribution is withheld. */
  leaders: z.number().int().min(0).nullable(),
  /** The mean of the leaders' figures, each leader weighing the same; null when withheld. */
  mean: share.nullable(),
  /** Five buckets of 0.2, lowest first; null when the whole distribution is withheld. */
  buckets: z.array(bucketSchema).nullable(),
  withheld: withheldSchema.nullable(),
});
export type Distribution = z.infer<typeof distributionSchema>;

export const workspaceFiguresSchema = z.object({
  /**
   * When the counting behind these figures began. The last counting is served at once; after a
   * change a new one runs beside it, so the figures may be one counting behind the data.
   */
  countedAt: z.string(),
  /** The fewest leaders (and people led) any figure or group here may rest on. */
  threshold: z.number().int().min(3),
  /** Directory counts, which admins already see on the People and Teams screens. */
  counts: z.object({
    /** Active accounts. */
    people: z.number().int().min(0),
    teams: z.number().int().min(0),
    /** Active people who lead at least one team. */
    leaders: z.number().int().min(0),
    /** Active people led by at least one active leader. */
    peopleLed: z.number().int().min(0),
    /** The facets audits count: not retired, asked of everyone. */
    facets: z.number().int().min(0),
  }),
  coverage: pooledFigureSchema,
  beliefShare: pooledFigureSchema,
  confirmedShare: pooledFigureSchema,
  distributions: z.object({
    coverage: distributionSchema,
    markedAccuracy: distributionSchema,
    markedCalibration: distributionSchema,
  }),
});
export type WorkspaceFigures = z.infer<typeof workspaceFiguresSchema>;
