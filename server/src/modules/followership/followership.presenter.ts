import type { FollowershipAssessment, FollowershipEstimate } from "#contracts/followership";
import { followershipStyle } from "#core/instruments/followership";
import type { AssessmentRow, EstimateRow } from "./followership.repository";

export const presentAssessment = (row: AssessmentRow): FollowershipAssessment => ({
  id: row.id,
  it: row.it,
  ae: row.ae,
  style: row.style,
  leaning: row.leaning,
  visibility: row.visibility,
  takenAt: row.taken_at,
});

/** The estimate with the style its two scores place it in (never stored: core decides). */
export const presentEstimate = (row: EstimateRow): FollowershipEstimate => ({
  it: row.it,
  ae: row.ae,
  ...followershipStyle(row.it, row.ae),
  recordedAt: row.recorded_at,
  afterResult: row.after_result === 1,
});
