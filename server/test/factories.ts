import { expect } from "vitest";
import { iso } from "../src/lib/clock";
import { hashPassword } from "../src/lib/passwords";
import { newId } from "../src/lib/tokens";
import { facetRepository } from "../src/modules/facets/facet.repository";
import { Client, PASSWORD, type TestApp } from "./harness";

let counter = 0;
const unique = (prefix: string) =>
  `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 6)}@example.test`;

/** First-run setup through the API; returns the admin, signed in. */
export async function setupWorkspace(t: TestApp, workspaceName = "Acme") {
  const admin = new Client(t.app);
  const email = unique("admin");
  const response = await admin.post("/api/v1/setup", {
    workspaceName,
    name: "Ada Admin",
    email,
    password: PASSWORD,
  });
  expect(response.statusCode).toBe(201);
  const body = response.json() as { workspace: { id: string }; user: { id: string } };
  return { admin, adminId: body.user.id, workspaceId: body.workspace.id, adminEmail: email };
}

export async function createTeam(client: Client, name = "Platform", leaderId?: string): Promise<string> {
  const response = await client.post("/api/v1/teams", { name, ...(leaderId ? { leaderId } : {}) });
  expect(response.statusCode).toBe(201);
  return (response.json() as { id: string }).id;
}

export async function inviteToken(inviter: Client, teamId: string, email: string, role: "leader" | "member") {
  const response = await inviter.post(`/api/v1/teams/${teamId}/invitations`, { email, role });
  expect(response.statusCode).toBe(201);
  const url = (response.json() as { url: string }).url;
  return url.split("/invitations/")[1] ?? "";
}

/** Invites a new person to a team and accepts as them; returns their signed-in client. */
export async function joinTeam(
  t: TestApp,
  inviter: Client,
  teamId: string,
  role: "leader" | "member",
  name = role === "leader" ? "Lee Leader" : "Mo Member",
) {
  const email = unique(role);
  const token = await inviteToken(inviter, teamId, email, role);
  const client = new Client(t.app);
  const response = await client.post(`/api/v1/invitations/${token}/accept`, { name, password: PASSWORD });
  expect(response.statusCode).toBe(200);
  return { client, userId: (response.json() as { userId: string }).userId, email };
}

/**
 * A second workspace written straight to the database: setup only ever makes the first one,
 * and the authorization tests need a stranger from elsewhere.
 */
export async function otherWorkspace(t: TestApp) {
  const now = iso(t.clock.now());
  const workspaceId = newId();
  const userId = newId();
  const teamId = newId();
  const email = unique("stranger");
  await t.ctx.db
    .insertInto("workspaces")
    .values({ id: workspaceId, name: "Elsewhere", freshness_days: 180, created_at: now })
    .execute();
  await facetRepository.seedDefaults(t.ctx.db, workspaceId, now);
  await t.ctx.db
    .insertInto("users")
    .values({
      id: userId,
      workspace_id: workspaceId,
      email,
      name: "Stranger",
      password_hash: await hashPassword(PASSWORD),
      is_admin: 1,
      deactivated_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await t.ctx.db
    .insertInto("teams")
    .values({ id: teamId, workspace_id: workspaceId, name: "Elsewhere team", created_at: now })
    .execute();
  await t.ctx.db
    .insertInto("team_memberships")
    .values({ team_id: teamId, user_id: userId, role: "leader", created_at: now })
    .execute();
  const client = await signIn(t, email);
  return { client, userId, teamId, workspaceId, email };
}

export async function signIn(t: Pick<TestApp, "app">, email: string, password = PASSWORD): Promise<Client> {
  const client = new Client(t.app);
  const response = await client.post("/api/v1/auth/login", { email, password });
  expect(response.statusCode).toBe(200);
  return client;
}

/**
 * A team led by one leader (Lea) with a member (Max) and a teammate (Tam), and a leader of another
 * team (Olu), all in one workspace. The admin who created the team is taken off it, so only Lea
 * leads Max.
 */
export async function ledTeam(t: TestApp) {
  const { admin } = await setupWorkspace(t);
  const teamId = await createTeam(admin, "Platform");
  const leader = await joinTeam(t, admin, teamId, "leader", "Lea");
  const member = await joinTeam(t, admin, teamId, "member", "Max");
  const teammate = await joinTeam(t, admin, teamId, "member", "Tam");
  const otherTeam = await createTeam(admin, "Other");
  const otherLeader = await joinTeam(t, admin, otherTeam, "leader", "Olu");
  await t.ctx.db
    .deleteFrom("team_memberships")
    .where("team_id", "=", teamId)
    .where("role", "=", "leader")
    .where("user_id", "!=", leader.userId)
    .execute();
  return { admin, teamId, leader, member, teammate, otherLeader };
}
