import { COACH_GRANTS } from "#contracts/coaching";
import { PASSWORD } from "../harness";
import { all, only, type Row, signedIn } from "./row";

/** The world's leader alone gets `status`; to everyone else their coaching is not there (404). */
const leaderOnly = (status: number) => ({ ...only(404, { leader: status }), anonymous: 401 });
/** The leader's two coaches get `status`; to anyone else, the leader's own included, 404. */
const coachesOnly = (status: number) => ({
  ...only(404, { coach: status, bareCoach: status }),
  anonymous: 401,
});

let invited = 0;

/**
 * Coaching. A leader's coaches are theirs alone (others 404); only someone who leads a team invites
 * one (403 otherwise, the coaches included). A coach reaches the leader they coach and no one else
 * does (404), the leader included; a measured assignment needs the practice grant (403 for the
 * coach without it). The invitation link is the capability.
 */
export const COACHING_ROWS: Row[] = [
  {
    route: "POST /me/coaches",
    method: "POST",
    url: () => "/api/v1/me/coaches",
    // A new address each call: each leader may invite it once.
    body: () => ({ email: `invited.coach.${++invited}@example.test`, grants: ["practice"] }),
    // The admin leads the team it made on POST /teams by now; the coaches and members lead none.
    expect: { ...only(403, { leader: 201, otherLeader: 201, admin: 201, stranger: 201 }), anonymous: 401 },
  },
  {
    route: "GET /me/coaches",
    method: "GET",
    url: () => "/api/v1/me/coaches",
    expect: signedIn(200),
  },
  {
    route: "PATCH /me/coaches/:coachId",
    method: "PATCH",
    url: (w) => `/api/v1/me/coaches/${w.ids.coachingId}`,
    body: () => ({ grants: [...COACH_GRANTS] }),
    expect: leaderOnly(200),
  },
  {
    route: "DELETE /me/coaches/:coachId",
    method: "DELETE",
    url: (_w, target) => `/api/v1/me/coaches/${target}`,
    target: async (w) => (await w.make.coachLink(`ended.coach.${++invited}@example.test`)).id,
    expect: leaderOnly(200),
  },
  {
    route: "GET /me/coaching",
    method: "GET",
    url: () => "/api/v1/me/coaching",
    expect: signedIn(200),
  },
  {
    route: "PATCH /me/coaching/assignments/:assignmentId",
    method: "PATCH",
    url: (w) => `/api/v1/me/coaching/assignments/${w.ids.assignmentId}`,
    body: () => ({ done: false }),
    expect: leaderOnly(200),
  },
  {
    route: "GET /coaching/leaders",
    method: "GET",
    url: () => "/api/v1/coaching/leaders",
    expect: signedIn(200),
  },
  {
    route: "GET /coaching/leaders/:leaderId",
    method: "GET",
    url: (w) => `/api/v1/coaching/leaders/${w.ids.leaderId}`,
    expect: coachesOnly(200),
  },
  {
    route: "GET /coaching/leaders/:leaderId/figures/:grant",
    method: "GET",
    url: (w) => `/api/v1/coaching/leaders/${w.ids.leaderId}/figures/practice`,
    expect: { ...coachesOnly(200), bareCoach: 403 },
  },
  {
    route: "GET /coaching/leaders/:leaderId/figures/:grant (manual)",
    method: "GET",
    url: (w) => `/api/v1/coaching/leaders/${w.ids.leaderId}/figures/manual`,
    expect: { ...coachesOnly(200), bareCoach: 403 },
  },
  {
    route: "POST /coaching/leaders/:leaderId/notes",
    method: "POST",
    url: (w) => `/api/v1/coaching/leaders/${w.ids.leaderId}/notes`,
    body: () => ({ body: "What did you notice when you went first?" }),
    expect: coachesOnly(201),
  },
  {
    route: "POST /coaching/leaders/:leaderId/assignments",
    method: "POST",
    url: (w) => `/api/v1/coaching/leaders/${w.ids.leaderId}/assignments`,
    body: () => ({ title: "Write down one thing you learned each week", dueOn: "2026-12-31" }),
    expect: coachesOnly(201),
  },
  {
    route: "POST /coaching/leaders/:leaderId/assignments (measured)",
    method: "POST",
    url: (w) => `/api/v1/coaching/leaders/${w.ids.leaderId}/assignments`,
    body: () => ({
      title: "Close two vulnerability loops",
      dueOn: "2026-12-31",
      measure: "loops_closed",
      target: 2,
    }),
    expect: { ...coachesOnly(201), bareCoach: 403 },
  },
  {
    route: "GET /coach-invitations/:token",
    method: "GET",
    url: (w) => `/api/v1/coach-invitations/${w.ids.newCoachToken}`,
    expect: all(200),
    capability: true,
  },
  {
    // Signed in as anyone, no one takes another address's link; signed out, it makes the account.
    route: "POST /coach-invitations/:token/accept",
    method: "POST",
    url: (w) => `/api/v1/coach-invitations/${w.ids.newCoachToken}/accept`,
    body: () => ({ name: "Nico Newcoach", password: PASSWORD }),
    expect: only(403, { anonymous: 200 }),
    capability: true,
  },
];
