import type { Kysely } from "kysely";
import { type Relation, relationFrom } from "../../../../core/privacy/visibility";
import type { Database } from "../../db/schema";

/** How the viewer stands to a person of the same workspace (see core/privacy/visibility.ts). */
export async function relationTo(
  db: Kysely<Database>,
  viewerId: string,
  personId: string,
): Promise<Relation> {
  if (viewerId === personId) return relationFrom(true, []);
  const shared = await db
    .selectFrom("team_memberships as viewer")
    .innerJoin("team_memberships as person", "person.team_id", "viewer.team_id")
    .select(["viewer.role as viewerRole", "person.role as personRole"])
    .where("viewer.user_id", "=", viewerId)
    .where("person.user_id", "=", personId)
    .execute();
  return relationFrom(false, shared);
}

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
