import type { Kysely } from "kysely";
import { preparedQuery } from "../../db/prepared-query";
import type { Database, TeamMembershipTable, TeamRole, TeamTable } from "../../db/schema";

export interface TeamListRow {
  id: string;
  name: string;
  role: TeamRole | null;
  memberCount: number;
}

export interface RosterRow {
  id: string;
  name: string;
  email: string;
  role: TeamRole;
}

/** A team's active people, leaders first; read on every team page, so compiled once (db/prepared-query.ts). */
const rosterOf = preparedQuery<{ teamId: string }>()((db, param) =>
  db
    .selectFrom("team_memberships")
    .innerJoin("users", "users.id", "team_memberships.user_id")
    .select(["users.id", "users.name", "users.email", "team_memberships.role"])
    .where("team_memberships.team_id", "=", param("teamId"))
    .where("users.deactivated_at", "is", null)
    .orderBy("team_memberships.role")
    .orderBy("users.name"),
);

export const teamRepository = {
  async insert(db: Kysely<Database>, row: TeamTable): Promise<void> {
    await db.insertInto("teams").values(row).execute();
  },

  findInWorkspace(db: Kysely<Database>, workspaceId: string, teamId: string): Promise<TeamTable | undefined> {
    return db
      .selectFrom("teams")
      .selectAll()
      .where("id", "=", teamId)
      .where("workspace_id", "=", workspaceId)
      .executeTakeFirst();
  },

  async roleOf(db: Kysely<Database>, teamId: string, userId: string): Promise<TeamRole | null> {
    const row = await db
      .selectFrom("team_memberships")
      .select("role")
      .where("team_id", "=", teamId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return row?.role ?? null;
  },

  /** When the person's membership of the team began, or null when they are not on it. */
  async memberSince(db: Kysely<Database>, teamId: string, userId: string): Promise<string | null> {
    const row = await db
      .selectFrom("team_memberships")
      .select("created_at")
      .where("team_id", "=", teamId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return row?.created_at ?? null;
  },

  async leadsAnyTeam(db: Kysely<Database>, userId: string): Promise<boolean> {
    const row = await db
      .selectFrom("team_memberships")
      .select("team_id")
      .where("user_id", "=", userId)
      .where("role", "=", "leader")
      .executeTakeFirst();
    return row !== undefined;
  },

  async addMember(db: Kysely<Database>, row: TeamMembershipTable): Promise<void> {
    await db.insertInto("team_memberships").values(row).execute();
  },

  /** Teams the user belongs to; with `allOfWorkspace`, every team of the workspace (admins). */
  async list(
    db: Kysely<Database>,
    workspaceId: string,
    userId: string,
    allOfWorkspace: boolean,
  ): Promise<TeamListRow[]> {
    let query = db
      .selectFrom("teams")
      .leftJoin("team_memberships as mine", (join) =>
        join.onRef("mine.team_id", "=", "teams.id").on("mine.user_id", "=", userId),
      )
      .select((eb) => [
        "teams.id",
        "teams.name",
        "mine.role",
        eb
          .selectFrom("team_memberships as all")
          .innerJoin("users", "users.id", "all.user_id")
          .whereRef("all.team_id", "=", "teams.id")
          .where("users.deactivated_at", "is", null)
          .select((sub) => sub.fn.countAll<number | string>().as("n"))
          .as("memberCount"),
      ])
      .where("teams.workspace_id", "=", workspaceId);
    if (!allOfWorkspace) query = query.where("mine.role", "is not", null);
    const rows = await query.orderBy("teams.name").execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      role: r.role ?? null,
      memberCount: Number(r.memberCount ?? 0),
    }));
  },

  /** Active people on the team with their role, leaders first. */
  roster(db: Kysely<Database>, teamId: string): Promise<RosterRow[]> {
    return rosterOf(db, { teamId });
  },
  async rename(db: Kysely<Database>, teamId: string, name: string): Promise<void> {
    await db.updateTable("teams").set({ name }).where("id", "=", teamId).execute();
  },

  /** Everyone on the team, deactivated people included, with their role. */
  memberships(db: Kysely<Database>, teamId: string) {
    return db
      .selectFrom("team_memberships")
      .innerJoin("users", "users.id", "team_memberships.user_id")
      .select(["team_memberships.user_id", "team_memberships.role", "users.name", "users.deactivated_at"])
      .where("team_memberships.team_id", "=", teamId)
      .execute();
  },

  async setRole(db: Kysely<Database>, teamId: string, userId: string, role: TeamRole): Promise<void> {
    await db
      .updateTable("team_memberships")
      .set({ role })
      .where("team_id", "=", teamId)
      .where("user_id", "=", userId)
      .execute();
  },

  async removeMember(db: Kysely<Database>, teamId: string, userId: string): Promise<void> {
    await db
      .deleteFrom("team_memberships")
      .where("team_id", "=", teamId)
      .where("user_id", "=", userId)
      .execute();
  },

  /** Deletes the team; its memberships and invitations go with it (foreign keys cascade). */
  async delete(db: Kysely<Database>, teamId: string): Promise<void> {
    await db.deleteFrom("teams").where("id", "=", teamId).execute();
  },

  /**
   * Of these leaders and people, the pairs in which the leader leads the person on some team (as
   * relationFrom in core/privacy/visibility.ts decides "leads": leader and member of one team).
   */
  async ledPairs(
    db: Kysely<Database>,
    leaderIds: string[],
    personIds: string[],
  ): Promise<{ leaderId: string; personId: string }[]> {
    if (leaderIds.length === 0 || personIds.length === 0) return [];
    const rows = await db
      .selectFrom("team_memberships as leads")
      .innerJoin("team_memberships as led", "led.team_id", "leads.team_id")
      .select(["leads.user_id as leaderId", "led.user_id as personId"])
      .distinct()
      .where("leads.role", "=", "leader")
      .where("led.role", "=", "member")
      .where("leads.user_id", "in", leaderIds)
      .where("led.user_id", "in", personIds)
      .execute();
    return rows;
  },
};
