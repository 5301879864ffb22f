import { only, type Row, signedIn } from "./row";

const answers = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [
    [`it${i + 1}`, 4],
    [`ae${i + 1}`, 2],
  ]).flat(),
);

/**
 * Followership: the instrument and one's own takes for anyone signed in (each their own, the
 * stranger in their own workspace); an estimate for the person's leader only; the team map for
 * the team's leaders only (404 to everyone else, admins included, as the team audit).
 */
export const FOLLOWERSHIP_ROWS: Row[] = [
  {
    route: "GET /instruments/followership",
    method: "GET",
    url: () => "/api/v1/instruments/followership",
    expect: signedIn(200),
  },
  {
    route: "POST /me/assessments/followership",
    method: "POST",
    url: () => "/api/v1/me/assessments/followership",
    body: () => ({ answers, visibility: "leader" }),
    expect: signedIn(201),
  },
  {
    route: "GET /me/assessments/followership",
    method: "GET",
    url: () => "/api/v1/me/assessments/followership",
    expect: signedIn(200),
  },
  {
    route: "PUT /people/:userId/followership-estimate",
    method: "PUT",
    url: (w) => `/api/v1/people/${w.ids.memberId}/followership-estimate`,
    body: () => ({ it: 45, ae: 30 }),
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  // The leader's estimate is written first, so the row reads one whichever rows ran before it.
  {
    route: "GET /people/:userId/followership-estimate",
    method: "GET",
    url: (w) => `/api/v1/people/${w.ids.memberId}/followership-estimate`,
    target: async (w) => {
      const url = `/api/v1/people/${w.ids.memberId}/followership-estimate`;
      const response = await w.clients.leader.put(url, { it: 45, ae: 30 });
      if (response.statusCode !== 200) throw new Error(`estimate → ${response.statusCode} ${response.body}`);
      return "";
    },
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  // The teammate is estimated by nobody: 404 for the leader too.
  {
    route: "GET /people/:userId/followership-estimate",
    method: "GET",
    url: (w) => `/api/v1/people/${w.ids.teammateId}/followership-estimate`,
    expect: { ...only(404, {}), anonymous: 401 },
  },
  {
    route: "GET /teams/:teamId/followership-map",
    method: "GET",
    url: (w) => `/api/v1/teams/${w.ids.teamA}/followership-map`,
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "GET /teams/:teamId/followership-map",
    method: "GET",
    url: (w) => `/api/v1/teams/${w.ids.teamB}/followership-map`,
    expect: { ...only(404, { otherLeader: 200 }), anonymous: 401 },
  },
];
