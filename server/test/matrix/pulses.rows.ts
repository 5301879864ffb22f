import { PULSE_ITEMS } from "#core/instruments/pulse";
import { SECRETS, type World } from "../world";
import { only, type Row, signedIn } from "./row";

/** A week after the test clock's day (2026-11-02, harness.ts): a round must close within 60 days. */
const CLOSES_ON = "2026-11-09";
const answers = () => ({ answers: Object.fromEntries(PULSE_ITEMS.map((item) => [item.id, 5])) });

async function ok(response: { statusCode: number; body: string }, status: number, what: string) {
  if (response.statusCode !== status) throw new Error(`${what} → ${response.statusCode} ${response.body}`);
}

/** A new round on a new team the leader leads, with the member and the teammate on it. */
async function freshRound(w: World): Promise<string> {
  const teamId = await w.make.disposableTeam();
  const response = await w.clients.leader.post(`/api/v1/teams/${teamId}/pulses`, { closesOn: CLOSES_ON });
  await ok(response, 201, "open a round");
  return (response.json() as { id: string }).id;
}

const closedRounds = new WeakMap<World, Promise<string>>();
/**
 * A closed round of team A that the member and the teammate answered with the pulse comment
 * marker: two responses, so every figure and every comment is withheld, to every role.
 */
function closedRound(w: World): Promise<string> {
  let round = closedRounds.get(w);
  if (!round) {
    round = (async () => {
      const opened = await w.clients.leader.post(`/api/v1/teams/${w.ids.teamA}/pulses`, {
        closesOn: CLOSES_ON,
      });
      await ok(opened, 201, "open team A's round");
      const pulseId = (opened.json() as { id: string }).id;
      for (const client of [w.clients.member, w.clients.teammate])
        await ok(
          await client.post(`/api/v1/pulses/${pulseId}/responses`, {
            ...answers(),
            comment: SECRETS.pulseComment,
          }),
          201,
          "answer team A's round",
        );
      await ok(await w.clients.leader.post(`/api/v1/pulses/${pulseId}/close`), 200, "close team A's round");
      return pulseId;
    })();
    closedRounds.set(w, round);
  }
  return round;
}

/** The team's people and admins see; another team's people and another workspace's get 404. */
const teamAndAdmins = (status: number) => ({
  ...only(404, { leader: status, member: status, teammate: status, admin: status }),
  anonymous: 401,
});

/**
 * The trust pulse. A leader of the team or an admin opens and closes a round; only the team's
 * members answer (its leader and admins 403); the team's people and admins read rounds, and only
 * the team's people their guarded figures (admins 403 on results); anyone else 404. No response ever carries an individual answer: team A's
 * closed round holds two responses with a marker comment, which no role may receive.
 */
export const PULSE_ROWS: Row[] = [
  {
    route: "POST /teams/:teamId/pulses",
    method: "POST",
    url: (_w, teamId) => `/api/v1/teams/${teamId}/pulses`,
    body: () => ({ closesOn: CLOSES_ON }),
    target: (w) => w.make.disposableTeam(),
    expect: { ...teamAndAdmins(201), member: 403, teammate: 403 },
  },
  {
    route: "GET /teams/:teamId/pulses",
    method: "GET",
    url: (w) => `/api/v1/teams/${w.ids.teamA}/pulses`,
    target: closedRound,
    expect: teamAndAdmins(200),
  },
  {
    route: "GET /pulses/:pulseId",
    method: "GET",
    url: (_w, pulseId) => `/api/v1/pulses/${pulseId}`,
    target: closedRound,
    expect: teamAndAdmins(200),
  },
  {
    route: "POST /pulses/:pulseId/responses",
    method: "POST",
    url: (_w, pulseId) => `/api/v1/pulses/${pulseId}/responses`,
    body: answers,
    target: freshRound,
    expect: { ...teamAndAdmins(201), leader: 403, admin: 403 },
  },
  {
    route: "POST /pulses/:pulseId/close",
    method: "POST",
    url: (_w, pulseId) => `/api/v1/pulses/${pulseId}/close`,
    target: freshRound,
    expect: { ...teamAndAdmins(200), member: 403, teammate: 403 },
  },
  {
    route: "GET /pulses/:pulseId/results",
    method: "GET",
    url: (_w, pulseId) => `/api/v1/pulses/${pulseId}/results`,
    target: closedRound,
    expect: { ...teamAndAdmins(200), admin: 403 },
  },
  {
    route: "GET /pulses/:pulseId/results",
    method: "GET",
    url: (_w, pulseId) => `/api/v1/pulses/${pulseId}/results?tenure=newer`,
    target: closedRound,
    expect: { ...teamAndAdmins(200), admin: 403 },
  },
  // Every admin reads and sets their own workspace's thresholds (the stranger is another's admin).
  {
    route: "GET /settings/anonymity",
    method: "GET",
    url: () => "/api/v1/settings/anonymity",
    expect: { ...signedIn(403), admin: 200, stranger: 200 },
  },
  {
    route: "PATCH /settings/anonymity",
    method: "PATCH",
    url: () => "/api/v1/settings/anonymity",
    body: () => ({ scoreThreshold: 3, commentThreshold: 5 }),
    expect: { ...signedIn(403), admin: 200, stranger: 200 },
  },
];
