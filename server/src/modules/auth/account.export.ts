import type { Kysely } from "kysely";
import type { Me } from "#contracts/auth";
import type { Export } from "#contracts/exports";
import type { AuthContext } from "../../access/auth-context";
import type { Database } from "../../db/schema";
import { notFound } from "../../lib/errors";
import { findWorkspace } from "../setup";
import { teamsOf } from "../teams";
import { findUserInWorkspace, type UserRow } from "../users";

type Team = Awaited<ReturnType<typeof teamsOf>>[number];
type Workspace = NonNullable<Awaited<ReturnType<typeof findWorkspace>>>;

/** Who I am, my workspace and my teams (`GET /me`): my settings, never a password hash or a session. */
export const presentMe = ({
  user,
  workspace,
  teams,
}: {
  user: UserRow;
  workspace: Workspace;
  teams: Team[];
}): Me => ({
  user: {
    id: user.id,
    name: user.name,
    email: user.email,
    isAdmin: user.is_admin === 1,
    timeZone: user.time_zone,
    remindersEnabled: user.reminders_enabled === 1,
    digestEnabled: user.digest_enabled === 1,
  },
  workspace: { id: workspace.id, name: workspace.name },
  teams: teams.flatMap((t) => (t.role ? [{ id: t.id, name: t.name, role: t.role }] : [])),
});

/** The person's account, as `GET /me` shows it and when it was made. */
export async function loadMe(db: Kysely<Database>, auth: AuthContext) {
  const [user, workspace, teams] = await Promise.all([
    findUserInWorkspace(db, auth.workspaceId, auth.userId),
    findWorkspace(db, auth.workspaceId),
    teamsOf(db, auth.workspaceId, auth.userId),
  ]);
  if (!user || !workspace) throw notFound("Your account");
  return { user, workspace, teams };
}

/** The export's account: the person's account and settings, as `GET /me` shows them, and when it was made. */
export async function accountExportOf(db: Kysely<Database>, auth: AuthContext): Promise<Export["account"]> {
  const loaded = await loadMe(db, auth);
  const me = presentMe(loaded);
  return { ...me, user: { ...me.user, createdAt: loaded.user.created_at } };
}
