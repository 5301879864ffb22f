import type { Kysely } from "kysely";
import { type Relation, relationFrom } from "#core/privacy/visibility";
import type { Database, TeamRole, TeamTable, UserRow } from "../db/schema";
import type { AuthContext } from "./auth-context";

/**
 * The one place that answers how the viewer stands to a team or a person, each in a single
 * query scoped to the viewer's workspace. Policies decide on these answers; nothing else reads
 * memberships to decide who may do what. (A coach's grants will be a third question here.)
 */
export type TeamNeed = "view" | "manage" | "lead";
export type PersonNeed = "self" | "related" | "led";

export interface TeamStanding {
  team: TeamTable;
  /** The viewer's role on the team, or null when they are not on it. */
  role: TeamRole | null;
}

export interface PersonStanding {
  person: UserRow;
  relation: Relation;
}

/** Whether a standing meets a need; admins view and manage every team but lead none they do not. */
export function teamAllows(auth: AuthContext, role: TeamRole | null, need: TeamNeed): boolean {
  switch (need) {
    case "view":
      return auth.isAdmin || role !== null;
    case "manage":
      return auth.isAdmin || role === "leader";
    case "lead":
      return role === "leader";
  }
}

export function personAllows(relation: Relation, need: PersonNeed): boolean {
  switch (need) {
    case "self":
      return relation === "self";
    case "related":
      return relation !== "none";
    case "led":
      return relation === "leader";
  }
}

export const relations = {
  /** The team in the viewer's workspace with the viewer's role on it, or undefined when there is none. */
  async team(db: Kysely<Database>, auth: AuthContext, teamId: string): Promise<TeamStanding | undefined> {
    const row = await db
      .selectFrom("teams")
      .leftJoin("team_memberships as mine", (join) =>
        join.onRef("mine.team_id", "=", "teams.id").on("mine.user_id", "=", auth.userId),
      )
      .selectAll("teams")
      .select("mine.role as viewer_role")
      .where("teams.id", "=", teamId)
      .where("teams.workspace_id", "=", auth.workspaceId)
      .executeTakeFirst();
    if (!row) return undefined;
    const { viewer_role, ...team } = row;
    return { team, role: viewer_role ?? null };
  },

  /**
   * An active person of the viewer's workspace and how the viewer stands to them (self, their
   * leader, a teammate, or none), or undefined when there is no such person.
   */
  async person(
    db: Kysely<Database>,
    auth: AuthContext,
    personId: string,
  ): Promise<PersonStanding | undefined> {
    const rows = await db
      .selectFrom("users")
      .leftJoin("team_memberships as theirs", "theirs.user_id", "users.id")
      .leftJoin("team_memberships as mine", (join) =>
        join.onRef("mine.team_id", "=", "theirs.team_id").on("mine.user_id", "=", auth.userId),
      )
      .selectAll("users")
      .select(["mine.role as viewer_role", "theirs.role as person_role"])
      .where("users.id", "=", personId)
      .where("users.workspace_id", "=", auth.workspaceId)
      .where("users.deactivated_at", "is", null)
      .execute();
    const first = rows[0];
    if (!first) return undefined;
    const { viewer_role: _v, person_role: _p, ...person } = first;
    const shared = rows.flatMap((r) =>
      r.viewer_role && r.person_role ? [{ viewerRole: r.viewer_role, personRole: r.person_role }] : [],
    );
    return { person, relation: relationFrom(auth.userId === personId, shared) };
  },
};
