import type { World } from "../world";
import { only, type Row } from "./row";

async function ok(response: { statusCode: number; body: string }, status: number, what: string) {
  if (response.statusCode !== status) throw new Error(`${what} → ${response.statusCode} ${response.body}`);
}

/** A new work item on team A, added by its leader. */
async function freshItem(w: World): Promise<string> {
  const response = await w.clients.leader.post(`/api/v1/teams/${w.ids.teamA}/work-items`, {
    title: "Matrix item",
  });
  await ok(response, 201, "add a work item");
  return (response.json() as { id: string }).id;
}

/** A new work item on team A, rated by each of its people, so each has a rating to withdraw. */
async function ratedItem(w: World): Promise<string> {
  const itemId = await freshItem(w);
  for (const client of [w.clients.leader, w.clients.member, w.clients.teammate])
    await ok(
      await client.put(`/api/v1/work-items/${itemId}/rating`, { value: 4, effort: 2, visibility: "team" }),
      200,
      "rate a work item",
    );
  return itemId;
}

/** Team A's people (its leader, the member and the teammate) get `status`; anyone else 404, admins included. */
const teamPeople = (status: number) => ({
  ...only(404, { leader: status, member: status, teammate: status }),
  anonymous: 401,
});

/**
 * Priorities: team A's people list, add and rate its work items and read its alignment; an item's
 * creator (here the leader) or a team leader changes it, the team's other members 403; anyone not
 * on the team, admins included (items and ratings are content), 404.
 */
export const PRIORITY_ROWS: Row[] = [
  {
    route: "POST /teams/:teamId/work-items",
    method: "POST",
    url: (w) => `/api/v1/teams/${w.ids.teamA}/work-items`,
    body: () => ({ title: "A work item", description: "Why it matters" }),
    expect: teamPeople(201),
  },
  {
    route: "GET /teams/:teamId/work-items",
    method: "GET",
    url: (w) => `/api/v1/teams/${w.ids.teamA}/work-items`,
    expect: teamPeople(200),
  },
  {
    route: "PATCH /work-items/:itemId",
    method: "PATCH",
    url: (_w, itemId) => `/api/v1/work-items/${itemId}`,
    body: () => ({ title: "Renamed", archived: false }),
    target: freshItem,
    expect: { ...teamPeople(200), member: 403, teammate: 403 },
  },
  {
    route: "PUT /work-items/:itemId/rating",
    method: "PUT",
    url: (_w, itemId) => `/api/v1/work-items/${itemId}/rating`,
    body: () => ({ value: 5, effort: 3, visibility: "leader" }),
    target: freshItem,
    expect: teamPeople(200),
  },
  {
    route: "DELETE /work-items/:itemId/rating",
    method: "DELETE",
    url: (_w, itemId) => `/api/v1/work-items/${itemId}/rating`,
    target: ratedItem,
    expect: teamPeople(200),
  },
  {
    route: "GET /teams/:teamId/alignment",
    method: "GET",
    url: (w) => `/api/v1/teams/${w.ids.teamA}/alignment`,
    expect: teamPeople(200),
  },
];
