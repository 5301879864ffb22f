import type { Kysely } from "kysely";
import type { Export } from "#contracts/exports";
import type { AuthContext } from "../../access/auth-context";
import type { Database } from "../../db/schema";
import { presentRating } from "./priorities.presenter";
import { prioritiesRepository as repository } from "./priorities.repository";

/**
 * The export's priorities, on the teams the person is on now: their own ratings of work items,
 * with the visibility they chose, and the items they added. Nobody else's rating.
 */
export async function prioritiesExportOf(
  db: Kysely<Database>,
  auth: AuthContext,
): Promise<Export["priorities"]> {
  const items = await repository.itemsOfTeamsOf(db, auth.userId);
  const ratings = await repository.ratingsBy(
    db,
    auth.userId,
    items.map((i) => i.id),
  );
  return {
    ratings: items.flatMap((item) => {
      const rating = ratings.get(item.id);
      return rating
        ? [{ ...presentRating(rating), item: { id: item.id, title: item.title, teamId: item.team_id } }]
        : [];
    }),
    written: items
      .filter((item) => item.created_by === auth.userId)
      .map((item) => ({
        id: item.id,
        teamId: item.team_id,
        title: item.title,
        description: item.description,
        createdAt: item.created_at,
        archived: item.archived_at !== null,
      })),
  };
}
