import { createTeam, inviteToken, joinTeam, otherWorkspace, setupWorkspace } from "./factories";
import { Client, type TestApp } from "./harness";

/** The roles of the authorization matrix. */
export const ROLES = [
  "anonymous",
  "admin",
  "leader",
  "otherLeader",
  "member",
  "otherMember",
  "stranger",
] as const;
export type Role = (typeof ROLES)[number];

/**
 * One workspace with two teams (A and B), each with a leader and a member, an admin who leads
 * neither, and a stranger: the admin of another workspace. Every matrix row runs against it.
 */
export async function buildWorld(t: TestApp) {
  const { admin, adminId } = await setupWorkspace(t, "Acme");
  const teamA = await createTeam(admin, "Team A");
  const teamB = await createTeam(admin, "Team B");
  const leader = await joinTeam(t, admin, teamA, "leader", "Lea Leader");
  const member = await joinTeam(t, admin, teamA, "member", "Max Member");
  const otherLeader = await joinTeam(t, admin, teamB, "leader", "Olu Otherleader");
  const otherMember = await joinTeam(t, admin, teamB, "member", "Ora Othermember");
  // Someone only the admin acts on (deactivate, reactivate), so no role's own session is touched.
  const target = await joinTeam(t, admin, teamB, "member", "Tia Target");
  // The admin created both teams and so leads them; remove that so "admin" means admin rights only.
  await t.ctx.db.deleteFrom("team_memberships").where("user_id", "=", adminId).execute();
  const stranger = await otherWorkspace(t);
  const pendingToken = await inviteToken(admin, teamA, "pending@example.test", "member");

  const clients: Record<Role, Client> = {
    anonymous: new Client(t.app),
    admin,
    leader: leader.client,
    otherLeader: otherLeader.client,
    member: member.client,
    otherMember: otherMember.client,
    stranger: stranger.client,
  };
  return {
    clients,
    ids: {
      adminId,
      teamA,
      teamB,
      leaderId: leader.userId,
      memberId: member.userId,
      otherLeaderId: otherLeader.userId,
      otherMemberId: otherMember.userId,
      targetId: target.userId,
      strangerId: stranger.userId,
      strangerTeamId: stranger.teamId,
      strangerWorkspaceId: stranger.workspaceId,
      pendingToken,
    },
    /** Strings that belong to the other workspace: none may appear in a body the first workspace gets, and vice versa. */
    foreign: {
      home: [stranger.userId, stranger.teamId, stranger.workspaceId, stranger.email, "Elsewhere"],
      away: [
        teamA,
        teamB,
        adminId,
        leader.userId,
        member.userId,
        leader.email,
        member.email,
        "Acme",
        "Team A",
        "Lea Leader",
      ],
    },
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
