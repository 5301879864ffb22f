import type { Kysely, Selectable, Updateable } from "kysely";
import type { CommitmentTable, Database } from "../../db/schema";

export type CommitmentRow = Selectable<CommitmentTable>;

/** Both sides of the viewer's pairs: as the leader of these people, as the person led by these leaders. */
export interface PairScope {
  viewerId: string;
  leads: string[];
  ledBy: string[];
}

export const commitmentRepository = {
  async insert(db: Kysely<Database>, row: CommitmentRow): Promise<void> {
    await db.insertInto("commitments").values(row).execute();
  },

  find(db: Kysely<Database>, workspaceId: string, id: string): Promise<CommitmentRow | undefined> {
    return db
      .selectFrom("commitments")
      .selectAll()
      .where("id", "=", id)
      .where("workspace_id", "=", workspaceId)
      .executeTakeFirst();
  },

  async update(db: Kysely<Database>, id: string, changes: Updateable<CommitmentTable>): Promise<void> {
    await db.updateTable("commitments").set(changes).where("id", "=", id).execute();
  },

  /**
   * The commitments between the viewer and the people of their pairs, in the viewer's workspace:
   * those the viewer made with people they lead and those made with the viewer's leaders. By due
   * day, then when they were made.
   */
  async between(
    db: Kysely<Database>,
    workspaceId: string,
    scope: PairScope,
    filter: { status?: CommitmentRow["status"] | undefined; dueBefore?: string | undefined } = {},
  ): Promise<CommitmentRow[]> {
    if (scope.leads.length === 0 && scope.ledBy.length === 0) return [];
    let query = db
      .selectFrom("commitments")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where((eb) =>
        eb.or([
          ...(scope.leads.length > 0
            ? [eb.and([eb("leader_id", "=", scope.viewerId), eb("person_id", "in", scope.leads)])]
            : []),
          ...(scope.ledBy.length > 0
            ? [eb.and([eb("person_id", "=", scope.viewerId), eb("leader_id", "in", scope.ledBy)])]
            : []),
        ]),
      );
    if (filter.status) query = query.where("status", "=", filter.status);
    if (filter.dueBefore) query = query.where("due_on", "<", filter.dueBefore);
    return query.orderBy("due_on").orderBy("created_at").orderBy("id").execute();
  },

  /** Deletes what each leader and these people promised each other. */
  async forget(db: Kysely<Database>, leaderId: string, personIds: string[]): Promise<void> {
    if (personIds.length === 0) return;
    await db
      .deleteFrom("commitments")
      .where("leader_id", "=", leaderId)
      .where("person_id", "in", personIds)
      .execute();
  },
};
