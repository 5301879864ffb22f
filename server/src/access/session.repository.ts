import { type Kysely, sql } from "kysely";
import { preparedQuery } from "../db/prepared-query";
import type { Database } from "../db/schema";

export interface SessionRow {
  sessionId: string;
  userId: string;
  workspaceId: string;
  isAdmin: boolean;
  dataVersion: number;
  catalogueVersion: number;
  questionsVersion: number;
  lastSeenAt: string;
  expiresAt: string;
  /** An admin without two-step sign-in in a workspace that asks admins to use it. */
  mustSetUpSecondFactor: boolean;
}

/** The session read: a session joined to its active user and the user's workspace. */
const activeSessions = (db: Kysely<Database>) =>
  db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .innerJoin("workspaces", "workspaces.id", "users.workspace_id")
    .leftJoin("second_factors", (join) =>
      join.onRef("second_factors.user_id", "=", "users.id").on("second_factors.confirmed_at", "is not", null),
    )
    .select([
      "sessions.id as sessionId",
      "users.id as userId",
      "users.workspace_id as workspaceId",
      "users.is_admin as isAdmin",
      "workspaces.data_version as dataVersion",
      "workspaces.catalogue_version as catalogueVersion",
      "users.questions_version as questionsVersion",
      "sessions.last_seen_at as lastSeenAt",
      "sessions.expires_at as expiresAt",
      "workspaces.admins_need_second_factor as adminsNeedSecondFactor",
      "second_factors.user_id as secondFactorOf",
    ])
    .where("users.deactivated_at", "is", null);

/** Read on every API request, so compiled once and, on PostgreSQL, prepared once per connection. */
const findActiveSession = preparedQuery<{ id: string }>()((db, param) =>
  activeSessions(db).where("sessions.id", "=", param("id")),
);

/** The same for several sessions at once (PostgreSQL: one array parameter, one prepared statement). */
const findActiveSessions = preparedQuery<{ ids: string[] }>()((db, param) =>
  activeSessions(db).where("sessions.id", "=", sql<string>`any(${param("ids")})`),
);

type ActiveSessionRow = Awaited<ReturnType<typeof findActiveSession>>[number];

const toSession = ({ adminsNeedSecondFactor, secondFactorOf, ...row }: ActiveSessionRow): SessionRow => ({
  ...row,
  mustSetUpSecondFactor: row.isAdmin === 1 && adminsNeedSecondFactor === 1 && secondFactorOf === null,
  isAdmin: row.isAdmin === 1,
  dataVersion: Number(row.dataVersion),
  catalogueVersion: Number(row.catalogueVersion),
  questionsVersion: Number(row.questionsVersion),
});

export const sessionRepository = {
  async insert(db: Kysely<Database>, row: Database["sessions"]): Promise<void> {
    await db.insertInto("sessions").values(row).execute();
  },

  /** The session with its active user; a deactivated user's sessions resolve to nothing. */
  async findActive(db: Kysely<Database>, id: string): Promise<SessionRow | undefined> {
    const [row] = await findActiveSession(db, { id });
    return row ? toSession(row) : undefined;
  },

  /** Several sessions in one query, by id; PostgreSQL only (an array parameter). */
  async findActiveMany(db: Kysely<Database>, ids: string[]): Promise<Map<string, SessionRow>> {
    const rows = await findActiveSessions(db, { ids });
    return new Map(rows.map((row) => [row.sessionId, toSession(row)]));
  },

  async touch(db: Kysely<Database>, id: string, at: string): Promise<void> {
    await db.updateTable("sessions").set({ last_seen_at: at }).where("id", "=", id).execute();
  },

  async delete(db: Kysely<Database>, id: string): Promise<void> {
    await db.deleteFrom("sessions").where("id", "=", id).execute();
  },

  /** Sessions past their absolute end, or idle since before `idleSince`. */
  async deleteEnded(db: Kysely<Database>, now: string, idleSince: string): Promise<void> {
    await db
      .deleteFrom("sessions")
      .where((eb) => eb.or([eb("expires_at", "<=", now), eb("last_seen_at", "<=", idleSince)]))
      .execute();
  },

  /** A user's sessions, newest first, with where each was started from. */
  async listForUser(db: Kysely<Database>, userId: string) {
    return db
      .selectFrom("sessions")
      .select(["id", "created_at", "last_seen_at", "expires_at", "address", "user_agent"])
      .where("user_id", "=", userId)
      .orderBy("created_at", "desc")
      .orderBy("id")
      .execute();
  },

  async deleteForUser(db: Kysely<Database>, userId: string, exceptId?: string): Promise<void> {
    let query = db.deleteFrom("sessions").where("user_id", "=", userId);
    if (exceptId) query = query.where("id", "!=", exceptId);
    await query.execute();
  },
};
