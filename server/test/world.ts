import { COACH_GRANTS } from "#contracts/coaching";
import { createTeam, inviteToken, joinTeam, otherWorkspace, setupWorkspace, signIn } from "./factories";
import { Client, PASSWORD, type TestApp } from "./harness";

/**
 * The app the matrix runs its world in: every row as every role happens within one minute of the
 * test clock, which never moves, so the per-person write limit is raised above what the admin's
 * fresh targets (teams with their people) take.
 */
export const WORLD_APP = { env: { WRITE_LIMIT_PER_MINUTE: "2000" } };

/** The roles of the authorization matrix. */
export const ROLES = [
  "anonymous",
  "admin",
  "leader",
  "otherLeader",
  "member",
  "teammate",
  "otherMember",
  "stranger",
  "coach",
  "bareCoach",
] as const;
export type Role = (typeof ROLES)[number];

/**
 * One workspace with two teams (A and B), each with a leader and a member, an admin who leads
 * neither, a stranger (the admin of another workspace), and two coaches of team A's leader, on no
 * team: one granted every figure, one granted none. Every matrix row runs against it.
 */
export async function buildWorld(t: TestApp) {
  const { admin, adminId } = await setupWorkspace(t, "Acme");
  const teamA = await createTeam(admin, "Team A");
  const teamB = await createTeam(admin, "Team B");
  const leader = await joinTeam(t, admin, teamA, "leader", "Lea Leader");
  const member = await joinTeam(t, admin, teamA, "member", "Max Member");
  const teammate = await joinTeam(t, admin, teamA, "member", "Tam Teammate");
  const otherLeader = await joinTeam(t, admin, teamB, "leader", "Olu Otherleader");
  const otherMember = await joinTeam(t, admin, teamB, "member", "Ora Othermember");
  // Someone only the admin acts on (deactivate, reactivate), so no role's own session is touched.
  const target = await joinTeam(t, admin, teamB, "member", "Tia Target");
  // The admin created both teams and so leads them; remove that so "admin" means admin rights only.
  await t.ctx.db.deleteFrom("team_memberships").where("user_id", "=", adminId).execute();
  const stranger = await otherWorkspace(t);
  const pendingToken = await inviteToken(admin, teamA, "pending@example.test", "member");
  // Accepting: one invitation for an address with no account, one for the member's existing one.
  const newAccountToken = await inviteToken(admin, teamA, "newcomer@example.test", "member");
  const existingAccountToken = await inviteToken(admin, teamB, member.email, "member");
  // A password reset link for the target, as an admin makes one to hand over.
  const reset = await admin.post(`/api/v1/users/${target.userId}/password-reset`);
  if (reset.statusCode !== 201) throw new Error(`reset link → ${reset.statusCode} ${reset.body}`);
  const resetToken = (reset.json() as { url: string }).url.split("#")[1] ?? "";
  // Invitations the management rows renew and revoke, and two links already dead: one revoked,
  // one renewed away.
  const invitationIdOf = async (email: string) => {
    const response = await admin.post(`/api/v1/teams/${teamA}/invitations`, { email, role: "member" });
    if (response.statusCode !== 201) throw new Error(`invite → ${response.statusCode} ${response.body}`);
    const { id, url } = response.json() as { id: string; url: string };
    return { id, token: url.split("/invitations/")[1] ?? "" };
  };
  const renewable = await invitationIdOf("renewable@example.test");
  const revocable = await invitationIdOf("revocable@example.test");
  const revoked = await invitationIdOf("revoked@example.test");
  const renewedAway = await invitationIdOf("renewed@example.test");
  for (const [method, url] of [
    ["DELETE", `/api/v1/invitations/${revoked.id}`],
    ["POST", `/api/v1/invitations/${renewedAway.id}/renew`],
  ] as const) {
    const response = await admin.request(method, url);
    if (response.statusCode !== 200) throw new Error(`${url} → ${response.statusCode} ${response.body}`);
  }
  // Someone only team management acts on: added to and taken off the teams the rows make.
  const spare = await joinTeam(t, admin, teamB, "member", "Sam Spare");

  // The leader's coaches: one with every grant, one with none; the first has written a note and
  // set a manual assignment. A link for a coach not yet accepted, and one for a new address.
  const coachOf = async (email: string, name: string, grants: readonly string[]) => {
    const invited = await leader.client.post("/api/v1/me/coaches", { email, grants });
    if (invited.statusCode !== 201) throw new Error(`coach → ${invited.statusCode} ${invited.body}`);
    const { id, url } = invited.json() as { id: string; url: string };
    const client = new Client(t.app);
    const token = url.split("/coach-invitations/")[1] ?? "";
    const accepted = await client.post(`/api/v1/coach-invitations/${token}/accept`, {
      name,
      password: PASSWORD,
    });
    if (accepted.statusCode !== 200) throw new Error(`accept → ${accepted.statusCode} ${accepted.body}`);
    return { client, coachingId: id };
  };
  const coach = await coachOf("cai.coach@example.test", "Cai Coach", COACH_GRANTS);
  const bareCoach = await coachOf("bea.barecoach@example.test", "Bea Barecoach", []);
  const coachNote = await coach.client.post(`/api/v1/coaching/leaders/${leader.userId}/notes`, {
    body: "Ask one more open question in each 1:1.",
  });
  if (coachNote.statusCode !== 201) throw new Error(`note → ${coachNote.statusCode} ${coachNote.body}`);
  const assignment = await coach.client.post(`/api/v1/coaching/leaders/${leader.userId}/assignments`, {
    title: "Read the chapter on listening",
    dueOn: "2026-12-31",
  });
  if (assignment.statusCode !== 201)
    throw new Error(`assignment → ${assignment.statusCode} ${assignment.body}`);
  const coachLink = async (email: string) => {
    const invited = await leader.client.post("/api/v1/me/coaches", { email, grants: ["practice"] });
    if (invited.statusCode !== 201) throw new Error(`coach link → ${invited.statusCode} ${invited.body}`);
    const { id, url } = invited.json() as { id: string; url: string };
    return { id, token: url.split("/coach-invitations/")[1] ?? "" };
  };
  const newCoachLink = await coachLink("new.coach@example.test");

  const clients: Record<Role, Client> = {
    anonymous: new Client(t.app),
    admin,
    leader: leader.client,
    otherLeader: otherLeader.client,
    member: member.client,
    teammate: teammate.client,
    otherMember: otherMember.client,
    stranger: stranger.client,
    coach: coach.client,
    bareCoach: bareCoach.client,
  };
  // What the member wrote and what the leader believes, each with a marker that must only reach
  // the people allowed to see it (checked on every response of the matrix).
  const put = async (client: Client, url: string, body: unknown) => {
    const response = await client.put(url, body);
    if (response.statusCode !== 200) throw new Error(`${url} → ${response.statusCode} ${response.body}`);
  };
  await put(member.client, "/api/v1/me/answers/energisers", {
    value: SECRETS.privateAnswer,
    visibility: "private",
  });
  await put(member.client, "/api/v1/me/answers/drains", {
    value: SECRETS.leaderAnswer,
    visibility: "leader",
  });
  await put(member.client, "/api/v1/me/answers/meaningful-work", {
    value: SECRETS.teamAnswer,
    visibility: "team",
  });
  // The leader's own manual: shared with team A, shared with the leader's leaders (none here), private.
  for (const [key, value, visibility] of [
    ["how-i-lead", SECRETS.leaderManualTeam, "team"],
    ["recent-mistake", SECRETS.leaderManualLeaderOnly, "leader"],
    ["still-learning", SECRETS.leaderManualPrivate, "private"],
  ] as const)
    await put(leader.client, `/api/v1/me/answers/${key}`, { value, visibility });
  // Shared with the team, and sealed for the leader: no matrix row looks at it, so no response
  // to the leader may carry it (sealed-answers.test.ts looks, and then it shows).
  await put(member.client, "/api/v1/me/answers/boundaries", {
    value: SECRETS.sealedAnswer,
    visibility: "team",
  });
  // The leader's belief on drains comes after the member's answer, without looking: writing it is
  // looking, so the leader may read the leader-only answer from then on.
  await put(leader.client, `/api/v1/people/${member.userId}/beliefs/drains`, {
    value: SECRETS.belief,
    source: "assumed",
    confidence: 4,
  });
  const memberToken = await member.client.post("/api/v1/me/tokens", {
    name: "Member's script",
    expiresInDays: 30,
    scopes: ["read"],
  });
  if (memberToken.statusCode !== 201)
    throw new Error(`token → ${memberToken.statusCode} ${memberToken.body}`);
  const facets = (await admin.get("/api/v1/facets")).json() as { facets: { id: string; key: string }[] };
  const facetId = (key: string) => facets.facets.find((f) => f.key === key)?.id ?? "";

  // A conversation the leader plans with the member: shared notes both see; the private notes, the
  // loop and the self-check are the leader's alone (the matrix checks them on every response).
  const planned = await leader.client.post(`/api/v1/people/${member.userId}/conversations`, {
    scheduledAt: "2026-11-10T10:00:00Z",
    agenda: [{ kind: "question", text: "What drains your energy lately?", facetId: "drains" }],
  });
  if (planned.statusCode !== 201) throw new Error(`conversation → ${planned.statusCode} ${planned.body}`);
  const conversationId = (planned.json() as { id: string }).id;
  const logged = await leader.client.patch(`/api/v1/conversations/${conversationId}`, {
    sharedNotes: SECRETS.sharedNotes,
    privateNotes: SECRETS.privateNotes,
    loop: { signal: SECRETS.loopSignal },
    listeningCheck: { items: { interrupted: false }, talkShare: 70 },
  });
  if (logged.statusCode !== 200) throw new Error(`log → ${logged.statusCode} ${logged.body}`);

  /**
   * A new team led by the leader, with the member, the teammate and the spare person on it, for a
   * row that deletes or changes it. It changes no one's standing: the leader already leads the
   * member and the teammate, and the spare person is no role of the matrix.
   */
  async function disposableTeam(): Promise<string> {
    const created = await admin.post("/api/v1/teams", { name: "Disposable", leaderId: leader.userId });
    if (created.statusCode !== 201) throw new Error(`team → ${created.statusCode} ${created.body}`);
    const teamId = (created.json() as { id: string }).id;
    for (const person of [member, teammate, spare]) {
      const token = await inviteToken(admin, teamId, person.email, "member");
      const accepted = await person.client.post(`/api/v1/invitations/${token}/accept`);
      if (accepted.statusCode !== 200) throw new Error(`accept → ${accepted.statusCode} ${accepted.body}`);
    }
    return teamId;
  }

  /** A new person on no team, for a row that deletes someone: each call meets a fresh one. */
  let people = 0;
  async function person(): Promise<string> {
    const joined = await joinTeam(t, admin, teamB, "member", `Pat Passerby ${++people}`);
    await t.ctx.db.deleteFrom("team_memberships").where("user_id", "=", joined.userId).execute();
    return joined.userId;
  }

  /** Another session of the member's (a second browser): the id it is shown and ended by. */
  async function memberSession(): Promise<string> {
    await signIn(t, member.email);
    const listed = await member.client.get("/api/v1/me/sessions");
    const { sessions } = listed.json() as { sessions: { id: string; current: boolean }[] };
    const other = sessions.find((s) => !s.current);
    if (!other) throw new Error(`no other session → ${listed.statusCode} ${listed.body}`);
    return other.id;
  }

  return {
    clients,
    make: { disposableTeam, coachLink, person, memberSession },
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
      newAccountToken,
      memberTokenId: (memberToken.json() as { id: string }).id,
      existingAccountToken,
      resetToken,
      renewableInvitationId: renewable.id,
      revocableInvitationId: revocable.id,
      revokedToken: revoked.token,
      renewedAwayToken: renewedAway.token,
      spareId: spare.userId,
      teammateId: teammate.userId,
      focusFacetId: facetId("focus-rhythm"),
      drainsFacetId: facetId("drains"),
      boundariesFacetId: facetId("boundaries"),
      conversationId,
      coachingId: coach.coachingId,
      assignmentId: (assignment.json() as { id: string }).id,
      newCoachToken: newCoachLink.token,
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

/** Markers of content and who may see each (besides its author). */
export const SECRETS = {
  privateAnswer: "PRIVATE-ANSWER-7f3a: what energises me",
  leaderAnswer: "LEADER-ANSWER-91c2: what drains me",
  teamAnswer: "TEAM-ANSWER-5b7e: what makes work meaningful",
  belief: "LEADER-BELIEF-4d1e: long meetings drain them",
  leaderManualTeam: "LEADER-MANUAL-TEAM-2c8f: how I lead",
  leaderManualLeaderOnly: "LEADER-MANUAL-LEADERS-6a0d: a recent mistake of mine",
  leaderManualPrivate: "LEADER-MANUAL-PRIVATE-e35b: what I am still learning",
  sealedAnswer: "SEALED-ANSWER-2c9d: no calls after six",
  sharedNotes: "SHARED-NOTES-8e1b: we agreed on quiet mornings",
  privateNotes: "PRIVATE-NOTES-3f6c: seems worn out by the migration",
  loopSignal: "LOOP-SIGNAL-d29a: I told them I misjudged the deadline",
  pulseComment: "PULSE-COMMENT-7b4e: one of two anonymous comments",
};

/** Which roles may ever receive each marker in a response body. */
export const SECRET_READERS: Record<keyof typeof SECRETS, Role[]> = {
  privateAnswer: ["member"],
  leaderAnswer: ["member", "leader"],
  teamAnswer: ["member", "leader", "teammate"],
  belief: ["leader"],
  // The people of the team the leader leads; nobody leads the leader, so the others stay theirs.
  // The leader's coach granted the manual reads what the leader did not keep private.
  leaderManualTeam: ["leader", "member", "teammate", "coach"],
  leaderManualLeaderOnly: ["leader", "coach"],
  leaderManualPrivate: ["leader"],
  // A team answer the leader has not looked at: the teammate reads it, the leader must not.
  sealedAnswer: ["member", "teammate"],
  // A conversation's shared notes are the leader's and the member's; the private notes and the
  // loop are the leader's alone.
  sharedNotes: ["leader", "member"],
  privateNotes: ["leader"],
  loopSignal: ["leader"],
  // A comment on a trust pulse round only two people answered: withheld from everyone.
  pulseComment: [],
};

/**
 * Fields of a conversation only its leader is ever sent: a body to anyone else holds none of them,
 * not even empty (the self-check and its talk share are numbers and flags, so their fields are what is looked for).
 */
export const LEADER_ONLY_FIELDS = ['"privateNotes":', '"loop":', '"listeningCheck":'];

/**
 * What a coach is never sent on a coaching route: the names of the people the leader leads (a
 * figure carries no one's name). The answers, beliefs, notes and pulse comments above are checked
 * for every role on every route.
 */
export const MEMBER_NAMES = ["Max Member", "Tam Teammate", "Ora Othermember", "Sam Spare", "Tia Target"];

export type World = Awaited<ReturnType<typeof buildWorld>>;
