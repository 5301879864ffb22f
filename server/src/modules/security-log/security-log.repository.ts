import type { Insertable, Kysely } from "kysely";
import type { Database, SecurityEventTable } from "../../db/schema";

/** What the admin's list is filtered by. */
export interface SecurityEventFilter {
  kind?: string;
  personId?: string;
  outcome?: "success" | "failure";
  /** ISO instants: from inclusive, until exclusive. */
  from?: string;
  until?: string;
  /** Keyset paging: events strictly older than this (occurred_at, id). */
  before?: { at: string; id: string };
}

export interface SecurityEventListRow {
  id: string;
  occurred_at: string;
  kind: string;
  outcome: "success" | "failure";
  actor_id: string | null;
  actor_name: string | null;
  subject_id: string | null;
  subject_name: string | null;
  address: string | null;
  user_agent: string | null;
  detail: string;
}

/**
 * The security log's SQL. Append-only: events are inserted and read; the only deletion is the
 * retention job's, of events older than their workspace keeps. There is no update.
 */
export const securityLogRepository = {
  async insert(db: Kysely<Database>, row: Insertable<SecurityEventTable>): Promise<void> {
    await db.insertInto("security_events").values(row).execute();
  },

  /** A workspace's events, newest first, with the names of the people they name. */
  async list(
    db: Kysely<Database>,
    workspaceId: string,
    filter: SecurityEventFilter,
    limit: number,
  ): Promise<SecurityEventListRow[]> {
    let query = db
      .selectFrom("security_events as e")
      .leftJoin("users as actor", (j) =>
        j.onRef("actor.id", "=", "e.actor_id").onRef("actor.workspace_id", "=", "e.workspace_id"),
      )
      .leftJoin("users as subject", (j) =>
        j.onRef("subject.id", "=", "e.subject_id").onRef("subject.workspace_id", "=", "e.workspace_id"),
      )
      .select([
        "e.id",
        "e.occurred_at",
        "e.kind",
        "e.outcome",
        "e.actor_id",
        "actor.name as actor_name",
        "e.subject_id",
        "subject.name as subject_name",
        "e.address",
        "e.user_agent",
        "e.detail",
      ])
      .where("e.workspace_id", "=", workspaceId);
    if (filter.kind) query = query.where("e.kind", "=", filter.kind);
    if (filter.outcome) query = query.where("e.outcome", "=", filter.outcome);
    if (filter.personId) {
      const personId = filter.personId;
      query = query.where((eb) =>
        eb.or([eb("e.actor_id", "=", personId), eb("e.subject_id", "=", personId)]),
      );
    }
    if (filter.from) query = query.where("e.occurred_at", ">=", filter.from);
    if (filter.until) query = query.where("e.occurred_at", "<", filter.until);
    if (filter.before) {
      const { at, id } = filter.before;
      query = query.where((eb) =>
        eb.or([eb("e.occurred_at", "<", at), eb.and([eb("e.occurred_at", "=", at), eb("e.id", "<", id)])]),
      );
    }
    return query.orderBy("e.occurred_at", "desc").orderBy("e.id", "desc").limit(limit).execute();
  },

  async find(
    db: Kysely<Database>,
    workspaceId: string,
    id: string,
  ): Promise<{ occurred_at: string; id: string } | undefined> {
    return db
      .selectFrom("security_events")
      .select(["id", "occurred_at"])
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst();
  },

  /** A person's own sign-ins and failed sign-ins to their account, newest first. */
  async signInsOf(db: Kysely<Database>, workspaceId: string, userId: string, limit: number) {
    return db
      .selectFrom("security_events")
      .select(["occurred_at", "outcome", "address", "user_agent"])
      .where("workspace_id", "=", workspaceId)
      .where("subject_id", "=", userId)
      .where("kind", "in", ["sign_in", "sign_in_failed"])
      .orderBy("occurred_at", "desc")
      .orderBy("id", "desc")
      .limit(limit)
      .execute();
  },

  async retentionDays(db: Kysely<Database>, workspaceId: string): Promise<number | undefined> {
    const row = await db
      .selectFrom("workspaces")
      .select("security_log_retention_days")
      .where("id", "=", workspaceId)
      .executeTakeFirst();
    return row ? Number(row.security_log_retention_days) : undefined;
  },

  async setRetentionDays(db: Kysely<Database>, workspaceId: string, days: number): Promise<void> {
    await db
      .updateTable("workspaces")
      .set({ security_log_retention_days: days })
      .where("id", "=", workspaceId)
      .execute();
  },

  async workspacesWithRetention(db: Kysely<Database>): Promise<{ id: string; days: number }[]> {
    const rows = await db.selectFrom("workspaces").select(["id", "security_log_retention_days"]).execute();
    return rows.map((row) => ({ id: row.id, days: Number(row.security_log_retention_days) }));
  },

  /** The retention job's deletion, the log's only one: a workspace's events before `before`. */
  async deleteOlderThan(db: Kysely<Database>, workspaceId: string, before: string): Promise<number> {
    const result = await db
      .deleteFrom("security_events")
      .where("workspace_id", "=", workspaceId)
      .where("occurred_at", "<", before)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
