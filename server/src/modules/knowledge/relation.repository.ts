import type { Kysely } from "kysely";
import type { AuthContext } from "../../access/auth-context";
import type { TeamStanding } from "../../access/relations";
import type { Database } from "../../db/schema";

/** Active members (role member) of the teams the leader leads, with the team ids. */
export function membersLedBy(db: Kysely<Database>, leaderId: string, teamId?: string) {
  let query = db
    .selectFrom("team_memberships as lead")
    .innerJoin("team_memberships as m", "m.team_id", "lead.team_id")
    .innerJoin("users", "users.id", "m.user_id")
    .select(["m.team_id as teamId", "users.id as personId", "users.name as name"])
    .where("lead.user_id", "=", leaderId)
    .where("lead.role", "=", "leader")
    .where("m.role", "=", "member")
    .where("users.deactivated_at", "is", null);
  if (teamId) query = query.where("lead.team_id", "=", teamId);
  return query.orderBy("users.name").execute();
}

/**
 * What a team's audit needs in one query: the team in the viewer's workspace with the viewer's
 * role on it (the standing `relations.team` gives, for the team policy to decide on), its active
 * members (role member, by name) and the workspace's freshness setting; undefined when there is
 * no such team.
 */
export async function teamAuditScope(
  db: Kysely<Database>,
  auth: AuthContext,
  teamId: string,
): Promise<
  { standing: TeamStanding; freshnessDays: number; members: { personId: string; name: string }[] } | undefined
> {
  const rows = await db
    .selectFrom("teams")
    .innerJoin("workspaces", "workspaces.id", "teams.workspace_id")
    .leftJoin("team_memberships as mine", (join) =>
      join.onRef("mine.team_id", "=", "teams.id").on("mine.user_id", "=", auth.userId),
    )
    .leftJoin("team_memberships as m", (join) =>
      join.onRef("m.team_id", "=", "teams.id").on("m.role", "=", "member"),
    )
    .leftJoin("users", (join) =>
      join.onRef("users.id", "=", "m.user_id").on("users.deactivated_at", "is", null),
    )
    .selectAll("teams")
    .select([
      "mine.role as viewer_role",
      "workspaces.freshness_days as freshness_days",
      "users.id as person_id",
      "users.name as person_name",
    ])
    .where("teams.id", "=", teamId)
    .where("teams.workspace_id", "=", auth.workspaceId)
    .orderBy("users.name")
    .execute();
  const [first] = rows;
  if (!first) return undefined;
  const { viewer_role, freshness_days, person_id: _id, person_name: _name, ...team } = first;
  const members: { personId: string; name: string }[] = [];
  for (const row of rows)
    if (row.person_id !== null && row.person_name !== null)
      members.push({ personId: row.person_id, name: row.person_name });
  return { standing: { team, role: viewer_role ?? null }, freshnessDays: freshness_days, members };
}

/**
 * Which of these (leader, person) pairs stand now: the leader leads the person (role member) on
 * some team, both active. Keys are `leaderId:personId`. What is between a leader and someone
 * they no longer lead stays out of sight, as everywhere else.
 */
export async function pairsLedNow(
  db: Kysely<Database>,
  pairs: readonly { leaderId: string; personId: string }[],
): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const rows = await db
    .selectFrom("team_memberships as lead")
    .innerJoin("team_memberships as m", "m.team_id", "lead.team_id")
    .innerJoin("users as leader", "leader.id", "lead.user_id")
    .innerJoin("users as person", "person.id", "m.user_id")
    .select(["lead.user_id as leaderId", "m.user_id as personId"])
    .distinct()
    .where("lead.role", "=", "leader")
    .where("m.role", "=", "member")
    .where("lead.user_id", "in", [...new Set(pairs.map((p) => p.leaderId))])
    .where("m.user_id", "in", [...new Set(pairs.map((p) => p.personId))])
    .where("leader.deactivated_at", "is", null)
    .where("person.deactivated_at", "is", null)
    .execute();
  return new Set(rows.map((row) => `${row.leaderId}:${row.personId}`));
}
