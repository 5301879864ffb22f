import type { MyRating, WorkItem } from "#contracts/priorities";
import type { RatingRow, WorkItemRow } from "./priorities.repository";

export const presentRating = (row: RatingRow): MyRating => ({
  value: row.value,
  effort: row.effort,
  visibility: row.visibility,
  ratedAt: row.rated_at,
});

export const presentItem = (row: WorkItemRow, mine: RatingRow | undefined, canEdit: boolean): WorkItem => ({
  id: row.id,
  teamId: row.team_id,
  title: row.title,
  description: row.description,
  createdBy:
    row.created_by && row.creator_name !== null ? { id: row.created_by, name: row.creator_name } : null,
  createdAt: row.created_at,
  archived: row.archived_at !== null,
  myRating: mine ? presentRating(mine) : null,
  canEdit,
});
