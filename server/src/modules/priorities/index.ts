/**
 * The face of the priorities module: its routes for app.ts, and what the demo writes. Work items
 * and their ratings are the module's tables; they go with their team.
 */
import type { Transaction } from "kysely";
import type { Database, Visibility } from "../../db/schema";
import { newId } from "../../lib/tokens";
import { prioritiesRepository } from "./priorities.repository";

export { prioritiesRoutes } from "./priorities.routes";

/** For the demo: a work item as adding it writes it; returns its id. */
export async function writeWorkItem(
  trx: Transaction<Database>,
  item: {
    workspaceId: string;
    teamId: string;
    title: string;
    description: string | null;
    createdBy: string;
    createdAt: string;
  },
): Promise<string> {
  const id = newId();
  await prioritiesRepository.insertItem(trx, {
    id,
    workspace_id: item.workspaceId,
    team_id: item.teamId,
    title: item.title,
    description: item.description,
    created_by: item.createdBy,
    created_at: item.createdAt,
    archived_at: null,
  });
  return id;
}

/** For the demo: one person's rating of an item, as rating writes it. */
export const writeWorkItemRating = (
  trx: Transaction<Database>,
  rating: {
    itemId: string;
    userId: string;
    value: number;
    effort: number;
    visibility: Visibility;
    ratedAt: string;
  },
) =>
  prioritiesRepository.upsertRating(trx, {
    item_id: rating.itemId,
    user_id: rating.userId,
    value: rating.value,
    effort: rating.effort,
    visibility: rating.visibility,
    rated_at: rating.ratedAt,
  });
