import { only, type Row } from "./row";

/**
 * Conversations: the leader plans and logs those with the people they lead, the person sees theirs
 * (without the private parts, which the matrix's field checks hold) and adds talking points; anyone
 * else, the admin and the other team's leader included, gets a 404 as if none existed.
 */
const leaderOnly = (status: number) => ({ ...only(404, { leader: status }), anonymous: 401 });
const leaderAndMember = (leader: number, member: number) => ({
  ...only(404, { leader, member }),
  anonymous: 401,
});

export const CONVERSATION_ROWS: Row[] = [
  {
    route: "GET /people/:userId/conversations",
    method: "GET",
    url: (w) => `/api/v1/people/${w.ids.memberId}/conversations`,
    expect: leaderAndMember(200, 200),
  },
  {
    route: "POST /people/:userId/conversations",
    method: "POST",
    url: (w) => `/api/v1/people/${w.ids.memberId}/conversations`,
    body: () => ({
      scheduledAt: "2026-11-20T09:30:00+01:00",
      agenda: [{ kind: "topic", text: "How the first month went" }],
    }),
    expect: leaderOnly(201),
  },
  {
    route: "GET /conversations/:conversationId",
    method: "GET",
    url: (w) => `/api/v1/conversations/${w.ids.conversationId}`,
    expect: leaderAndMember(200, 200),
  },
  {
    route: "PATCH /conversations/:conversationId",
    method: "PATCH",
    url: (w) => `/api/v1/conversations/${w.ids.conversationId}`,
    body: () => ({ durationMinutes: 45, listeningCheck: { items: { paraphrased: true } } }),
    expect: leaderAndMember(200, 403),
  },
  {
    route: "POST /conversations/:conversationId/talking-points",
    method: "POST",
    url: (w) => `/api/v1/conversations/${w.ids.conversationId}/talking-points`,
    body: () => ({ text: "Whether I can join the design review" }),
    expect: leaderAndMember(403, 201),
  },
  {
    route: "POST /conversations/:conversationId/learnings",
    method: "POST",
    url: (w) => `/api/v1/conversations/${w.ids.conversationId}/learnings`,
    body: () => ({ facetId: "focus-rhythm", value: "late-morning", confidence: 3 }),
    expect: leaderAndMember(201, 403),
  },
  {
    route: "POST /conversations/:conversationId/answer-requests",
    method: "POST",
    url: (w) => `/api/v1/conversations/${w.ids.conversationId}/answer-requests`,
    body: () => ({ facetId: "recognition" }),
    expect: leaderAndMember(201, 403),
  },
  {
    route: "PUT /people/:userId/cadence",
    method: "PUT",
    url: (w) => `/api/v1/people/${w.ids.memberId}/cadence`,
    body: () => ({ rhythm: "fortnightly" }),
    expect: leaderOnly(200),
  },
];
