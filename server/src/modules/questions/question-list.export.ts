import type { Kysely } from "kysely";
import type { Export } from "#contracts/exports";
import type { AuthContext } from "../../access/auth-context";
import type { Database } from "../../db/schema";
import { presentList } from "./question-list.presenter";
import { questionListRepository as repository } from "./question-list.repository";

/** The export's question lists: the person's own lists, each with every question, as `GET /question-lists/:id` shows it. */
export async function questionListsExportOf(
  db: Kysely<Database>,
  auth: AuthContext,
): Promise<Export["questionLists"]> {
  const lists = await repository.listOwned(db, auth.workspaceId, auth.userId);
  return Promise.all(lists.map(async (list) => presentList(list, await repository.items(db, list.id))));
}
