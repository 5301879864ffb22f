import type { Kysely } from "kysely";
import type { CoachGrant } from "#contracts/coaching";
import { type Relation, relationFrom } from "#core/privacy/visibility";
import { coachGrantsColumn } from "../db/json-columns";
import { preparedQuery } from "../db/prepared-query";
import type { Database, TeamRole, TeamTable, UserRow } from "../db/schema";
import type { AuthContext } from "./auth-context";

/**
 * The one place that answers how the viewer stands to a team or a person, each in a single
 * query scoped to the viewer's workspace. Policies decide on these answers; nothing else reads
 * memberships or coachings to decide who may do what.
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

/** Someone the viewer leads, or who leads the viewer, on at least one team. */
export interface PairedPerson {
  id: string;
  name: string;
}

/** The people the viewer leads now and the people who lead the viewer now, each by name. */
export interface Pairs {
  leads: PairedPerson[];
  ledBy: PairedPerson[];
}

/** The viewer's active coaching of a leader: which coaching, since when, and what it grants. */
export interface CoachStanding {
  coachingId: string;
  leader: { id: string; name: string; timeZone: string };
  grants: CoachGrant[];
  since: string;
}

/**
 * A team of the viewer's workspace with the viewer's role on it. Read on every request to a
 * team's routes, so built and compiled by Kysely once (db/prepared-query.ts), not per request.
 */
const teamStanding = preparedQuery<{ teamId: string; workspaceId: string; userId: string }>()((db, param) =>
  db
    .selectFrom("teams")
    .leftJoin("team_memberships as mine", (join) =>
      join.onRef("mine.team_id", "=", "teams.id").on("mine.user_id", "=", param("userId")),
    )
    .selectAll("teams")
    .select("mine.role as viewer_role")
    .where("teams.id", "=", param("teamId"))
    .where("teams.workspace_id", "=", param("workspaceId")),
);

export const relations = {
  /** The team in the viewer's workspace with the viewer's role on it, or undefined when there is none. */
  async team(db: Kysely<Database>, auth: AuthContext, teamId: string): Promise<TeamStanding | undefined> {
    const [row] = await teamStanding(db, { teamId, workspaceId: auth.workspaceId, userId: auth.userId });
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

  /**
   * Whom the viewer leads and who leads the viewer, now: the active people of the viewer's
   * workspace who are members of a team the viewer leads, and the active leaders of the teams the
   * viewer is a member of. What is between a leader and a person they led (commitments,
   * conversations) is in sight only while one still leads the other.
   */
  async pairs(db: Kysely<Database>, auth: Pick<AuthContext, "userId" | "workspaceId">): Promise<Pairs> {
    const rows = await db
      .selectFrom("team_memberships as mine")
      .innerJoin("team_memberships as theirs", "theirs.team_id", "mine.team_id")
      .innerJoin("users", "users.id", "theirs.user_id")
      .select(["users.id as id", "users.name as name", "mine.role as viewerRole"])
      .distinct()
      .where("mine.user_id", "=", auth.userId)
      .where("theirs.user_id", "!=", auth.userId)
      .where("users.workspace_id", "=", auth.workspaceId)
      .where("users.deactivated_at", "is", null)
      .where((eb) =>
        eb.or([
          eb.and([eb("mine.role", "=", "leader"), eb("theirs.role", "=", "member")]),
          eb.and([eb("mine.role", "=", "member"), eb("theirs.role", "=", "leader")]),
        ]),
      )
      .execute();
    const byName = (a: PairedPerson, b: PairedPerson) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1;
    const of = (role: TeamRole) =>
      rows
        .filter((r) => r.viewerRole === role)
        .map(({ id, name }) => ({ id, name }))
        .sort(byName);
    return { leads: of("leader"), ledBy: of("member") };
  },

  /**
   * The viewer's coaching of this leader, when the viewer coaches them now (accepted, not ended,
   * the leader an active person of the viewer's workspace), with its grants; undefined otherwise.
   * Read on every request, so a grant switched off or a coaching ended shows at the next one.
   */
  async coach(db: Kysely<Database>, auth: AuthContext, leaderId: string): Promise<CoachStanding | undefined> {
    const row = await db
      .selectFrom("coachings")
      .innerJoin("users as leader", "leader.id", "coachings.leader_id")
      .select([
        "coachings.id as id",
        "coachings.grants as grants",
        "coachings.accepted_at as since",
        "leader.id as leaderId",
        "leader.name as leaderName",
        "leader.time_zone as timeZone",
      ])
      .where("coachings.coach_id", "=", auth.userId)
      .where("coachings.leader_id", "=", leaderId)
      .where("coachings.workspace_id", "=", auth.workspaceId)
      .where("coachings.accepted_at", "is not", null)
      .where("coachings.ended_at", "is", null)
      .where("leader.workspace_id", "=", auth.workspaceId)
      .where("leader.deactivated_at", "is", null)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      coachingId: row.id,
      leader: { id: row.leaderId, name: row.leaderName, timeZone: row.timeZone },
      grants: coachGrantsColumn.read(row.grants),
      since: row.since ?? "",
    };
  },
};
