import { only, type Row, signedIn } from "./row";

/** Facets, answers, beliefs, comparisons and audits. */
export const KNOWLEDGE_ROWS: Row[] = [
  { route: "GET /facets", method: "GET", url: () => "/api/v1/facets", expect: signedIn(200) },
  {
    route: "POST /facets",
    method: "POST",
    url: () => "/api/v1/facets",
    body: () => ({
      key: `custom-${Math.random().toString(36).slice(2, 8)}`,
      dimension: "values",
      title: "Custom",
      aboutYou: "A facet you answer, added by an admin.",
      aboutThem: "A facet they answer, added by an admin.",
      kind: "text",
    }),
    expect: { ...only(403, { admin: 201, stranger: 201 }), anonymous: 401 },
  },
  {
    route: "PATCH /facets/:facetId",
    method: "PATCH",
    url: (w) => `/api/v1/facets/${w.ids.focusFacetId}`,
    body: () => ({ title: "Focus rhythm" }),
    expect: { ...only(403, { admin: 200, stranger: 404 }), anonymous: 401 },
  },
  { route: "GET /me/answers", method: "GET", url: () => "/api/v1/me/answers", expect: signedIn(200) },
  // Always the caller's own history: everyone signed in gets theirs (the member's holds the
  // leader-only answer, which the secret checks keep from everyone else); a facet of another
  // workspace, named by id, does not exist for the stranger.
  {
    route: "GET /me/answers/:facetId/history",
    method: "GET",
    url: () => "/api/v1/me/answers/drains/history",
    expect: signedIn(200),
  },
  {
    route: "GET /me/answers/:facetId/history",
    method: "GET",
    url: (w) => `/api/v1/me/answers/${w.ids.drainsFacetId}/history?limit=100`,
    expect: { ...signedIn(200), stranger: 404 },
  },
  {
    route: "PUT /me/answers/:facetId",
    method: "PUT",
    url: (w) => `/api/v1/me/answers/${w.ids.focusFacetId}`,
    body: () => ({ value: "afternoon", visibility: "leader" }),
    expect: { ...signedIn(200), stranger: 404 },
  },
  {
    route: "DELETE /me/answers/:facetId",
    method: "DELETE",
    url: (w) => `/api/v1/me/answers/${w.ids.focusFacetId}`,
    expect: { ...signedIn(200), stranger: 404 },
  },
  // A prompt about leading: only those who lead a team answer it (the stranger leads their own, and
  // the admin leads the team it created in the foundation rows).
  {
    route: "PUT /me/answers/:facetId",
    method: "PUT",
    url: () => "/api/v1/me/answers/what-i-need-from-you",
    body: () => ({ value: "Bad news early, half-formed is fine.", visibility: "team" }),
    expect: { ...only(403, { admin: 200, leader: 200, otherLeader: 200, stranger: 200 }), anonymous: 401 },
  },
  { route: "GET /me/manual.md", method: "GET", url: () => "/api/v1/me/manual.md", expect: signedIn(200) },
  // Team A's leader's manual: the team's people and the admin (who sees no answer) may read it.
  {
    route: "GET /teams/:teamId/leader-manual",
    method: "GET",
    url: (w) => `/api/v1/teams/${w.ids.teamA}/leader-manual`,
    expect: { ...only(404, { admin: 200, leader: 200, member: 200, teammate: 200 }), anonymous: 401 },
  },
  {
    route: "GET /teams/:teamId/leader-manual",
    method: "GET",
    url: (w) => `/api/v1/teams/${w.ids.strangerTeamId}/leader-manual`,
    expect: { ...only(404, { stranger: 200 }), anonymous: 401 },
  },
  {
    route: "GET /people/:userId",
    method: "GET",
    url: (w) => `/api/v1/people/${w.ids.memberId}`,
    expect: { ...only(404, { leader: 200, member: 200, teammate: 200 }), anonymous: 401 },
  },
  // Looking at the team answer on meaningful-work (never at the sealed marker's facet).
  {
    route: "POST /people/:userId/facets/:facetId/reveal",
    method: "POST",
    url: (w) => `/api/v1/people/${w.ids.memberId}/facets/meaningful-work/reveal`,
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  // No answer there to look at: 404 for the leader too.
  {
    route: "POST /people/:userId/facets/:facetId/reveal",
    method: "POST",
    url: (w) => `/api/v1/people/${w.ids.memberId}/facets/${w.ids.focusFacetId}/reveal`,
    expect: { ...only(404, {}), anonymous: 401 },
  },
  {
    route: "PUT /people/:userId/beliefs/:facetId",
    method: "PUT",
    url: (w) => `/api/v1/people/${w.ids.memberId}/beliefs/${w.ids.focusFacetId}`,
    body: () => ({ value: "late-day", source: "inferred", confidence: 2 }),
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "PUT /people/:userId/comparisons/:facetId",
    method: "PUT",
    url: (w) => `/api/v1/people/${w.ids.memberId}/comparisons/${w.ids.drainsFacetId}`,
    body: () => ({ outcome: "partial" }),
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "GET /people/:userId/audit",
    method: "GET",
    url: (w) => `/api/v1/people/${w.ids.memberId}/audit`,
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "GET /teams/:teamId/audit",
    method: "GET",
    url: (w) => `/api/v1/teams/${w.ids.teamA}/audit`,
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  { route: "GET /me/audit", method: "GET", url: () => "/api/v1/me/audit", expect: signedIn(200) },
  // Questions: the linter and the bank for anyone signed in; a list only for its owner (the leader here).
];
