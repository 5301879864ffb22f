import type { World } from "../world";
import { only, type Row } from "./row";

async function ok(response: { statusCode: number; body: string }, status: number, what: string) {
  if (response.statusCode !== status) throw new Error(`${what} → ${response.statusCode} ${response.body}`);
}

const GOAL = {
  title: "Review each other's work",
  why: "Two pairs of eyes catch more.",
  firstStep: "Ask for one review.",
};

/**
 * A new goal of team A with the member following it (supportive, shared with the team, named) and
 * the teammate curious; returns its id.
 */
async function freshGoal(w: World): Promise<string> {
  const created = await w.clients.leader.post(`/api/v1/teams/${w.ids.teamA}/goals`, GOAL);
  await ok(created, 201, "state a goal");
  const goalId = (created.json() as { id: string }).id;
  await ok(
    await w.clients.member.put(`/api/v1/goals/${goalId}/stance`, {
      stance: "supportive",
      visibility: "team",
    }),
    200,
    "the member's stance",
  );
  await ok(await w.clients.member.put(`/api/v1/goals/${goalId}/consent`, { named: true }), 200, "consent");
  await ok(
    await w.clients.teammate.put(`/api/v1/goals/${goalId}/stance`, {
      stance: "curious",
      visibility: "leader",
    }),
    200,
    "the teammate's stance",
  );
  return goalId;
}

const goals = new WeakMap<World, Promise<{ goalId: string; questionId: string }>>();
/** Team A's goal the rows share, with a question the member asked. */
function sharedGoal(w: World): Promise<{ goalId: string; questionId: string }> {
  let goal = goals.get(w);
  if (!goal) {
    goal = (async () => {
      const goalId = await freshGoal(w);
      const asked = await w.clients.member.post(`/api/v1/goals/${goalId}/questions`, {
        text: "What would a first small step look like for you?",
      });
      await ok(asked, 201, "ask a question");
      return { goalId, questionId: (asked.json() as { id: string }).id };
    })();
    goals.set(w, goal);
  }
  return goal;
}
const shared = async (w: World) => (await sharedGoal(w)).goalId;

/** Team A's people get `status`; anyone off the team (admins included) 404; signed out 401. */
const teamOnly = (status: number) => ({
  ...only(404, { leader: status, member: status, teammate: status }),
  anonymous: 401,
});
const leadersOnly = (status: number) => ({ ...teamOnly(status), member: 403, teammate: 403 });
const membersOnly = (status: number) => ({ ...teamOnly(status), leader: 403 });

/**
 * Common goals. Only team A's people see its goals (an admin not on the team gets 404 like anyone
 * else off it); its leader states, changes, perceives, looks and thanks (its members 403); its
 * members place themselves and consent (its leader 403); everyone on the team asks.
 */
export const GOAL_ROWS: Row[] = [
  {
    route: "GET /teams/:teamId/goals",
    method: "GET",
    url: (w) => `/api/v1/teams/${w.ids.teamA}/goals`,
    target: shared,
    expect: teamOnly(200),
  },
  {
    route: "POST /teams/:teamId/goals",
    method: "POST",
    url: (w) => `/api/v1/teams/${w.ids.teamA}/goals`,
    body: () => GOAL,
    expect: leadersOnly(201),
  },
  {
    route: "GET /goals/:goalId",
    method: "GET",
    url: (_w, goalId) => `/api/v1/goals/${goalId}`,
    target: shared,
    expect: teamOnly(200),
  },
  {
    route: "PATCH /goals/:goalId",
    method: "PATCH",
    url: (_w, goalId) => `/api/v1/goals/${goalId}`,
    body: () => ({ title: GOAL.title }),
    target: shared,
    expect: leadersOnly(200),
  },
  {
    route: "PUT /goals/:goalId/stance",
    method: "PUT",
    url: (_w, goalId) => `/api/v1/goals/${goalId}/stance`,
    body: () => ({ stance: "supportive", visibility: "team" }),
    target: shared,
    expect: membersOnly(200),
  },
  {
    route: "PUT /goals/:goalId/consent",
    method: "PUT",
    url: (_w, goalId) => `/api/v1/goals/${goalId}/consent`,
    body: () => ({ named: true }),
    target: shared,
    expect: membersOnly(200),
  },
  {
    route: "PUT /goals/:goalId/people/:userId/perceived-stance",
    method: "PUT",
    url: (w, goalId) => `/api/v1/goals/${goalId}/people/${w.ids.memberId}/perceived-stance`,
    body: () => ({ stance: "committed" }),
    target: shared,
    expect: leadersOnly(200),
  },
  {
    route: "POST /goals/:goalId/people/:userId/stance-look",
    method: "POST",
    url: (w, goalId) => `/api/v1/goals/${goalId}/people/${w.ids.memberId}/stance-look`,
    target: shared,
    expect: leadersOnly(200),
  },
  {
    route: "POST /goals/:goalId/thanks",
    method: "POST",
    url: (_w, goalId) => `/api/v1/goals/${goalId}/thanks`,
    body: (w) => ({ personId: w.ids.memberId, message: "Thank you for going first." }),
    target: freshGoal,
    expect: leadersOnly(201),
  },
  {
    route: "POST /goals/:goalId/questions",
    method: "POST",
    url: (_w, goalId) => `/api/v1/goals/${goalId}/questions`,
    body: () => ({ text: "What is the first step you would take?" }),
    target: shared,
    expect: teamOnly(201),
  },
  {
    route: "PUT /goals/:goalId/questions/:questionId/answer",
    method: "PUT",
    url: (_w, target) => `/api/v1/goals/${target}/answer`,
    body: () => ({ text: "Ask for one review this week." }),
    target: async (w) => {
      const { goalId, questionId } = await sharedGoal(w);
      return `${goalId}/questions/${questionId}`;
    },
    expect: leadersOnly(200),
  },
  {
    route: "GET /goals/:goalId/adoption",
    method: "GET",
    url: (_w, goalId) => `/api/v1/goals/${goalId}/adoption`,
    target: shared,
    expect: teamOnly(200),
  },
  {
    route: "DELETE /goals/:goalId/stance",
    method: "DELETE",
    url: (_w, goalId) => `/api/v1/goals/${goalId}/stance`,
    target: freshGoal,
    expect: membersOnly(200),
  },
];
