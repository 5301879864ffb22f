import { type RunningServer, Session } from "./http";

export const TEAM_SIZE = 50;
const PASSWORD = "bench passphrase long enough";

/**
 * Through the API: the first-run setup (the admin, who creates the team and so leads it), a team of
 * TEAM_SIZE members, each signed in, and two beliefs of the leader's on every member to audit.
 */
export async function seedTeam(
  server: RunningServer,
): Promise<{ admin: Session; teamId: string; roster: { id: string; session: Session }[] }> {
  const admin = new Session(server.baseUrl);
  await admin.call("POST", "/api/v1/setup", {
    workspaceName: "Bench",
    name: "Admin",
    email: "admin@bench.test",
    password: PASSWORD,
  });
  const team = await admin.call<{ id: string }>("POST", "/api/v1/teams", { name: "Fifty" });
  process.stdout.write(`Seeding a ${TEAM_SIZE}-member team`);
  const sessions = new Map<string, Session>();
  for (let i = 0; i < TEAM_SIZE; i++) {
    const { url } = await admin.call<{ url: string }>("POST", `/api/v1/teams/${team.id}/invitations`, {
      email: `member${i}@bench.test`,
      role: "member",
    });
    const token = url.split("/invitations/")[1];
    const member = new Session(server.baseUrl);
    await member.call("POST", `/api/v1/invitations/${token}/accept`, {
      name: `Member ${i}`,
      password: PASSWORD,
    });
    sessions.set(`member${i}@bench.test`, member);
    if (i % 10 === 9) process.stdout.write(".");
  }
  process.stdout.write("\n");

  // Give the leader (the admin created the team, so leads it) beliefs to audit on every member.
  const { members } = await admin.call<{ members: { id: string; email: string }[] }>(
    "GET",
    `/api/v1/teams/${team.id}`,
  );
  const roster: { id: string; session: Session }[] = [];
  for (const [i, m] of members.entries()) {
    await admin.call("PUT", `/api/v1/people/${m.id}/beliefs/focus-rhythm`, {
      value: "early-morning",
      source: "assumed",
      confidence: 1 + (i % 5),
    });
    await admin.call("PUT", `/api/v1/people/${m.id}/beliefs/drains`, {
      value: "Long meetings",
      source: "heard",
      confidence: 3,
    });
    const session = sessions.get(m.email);
    if (!session) throw new Error(`${m.email} is on the team but was not seeded`);
    roster.push({ id: m.id, session });
  }
  return { admin, teamId: team.id, roster };
}
