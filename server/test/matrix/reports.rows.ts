import { only, type Row, signedIn } from "./row";

/**
 * Reports as PDF files (the matrix reads their text, so the secrets checks hold for them too): a
 * team's audit report under the audit's own policy, the team's leaders only and 404 for everyone
 * else; one's own practice report and manual for anyone signed in.
 */
export const REPORT_ROWS: Row[] = [
  {
    route: "GET /teams/:teamId/audit/report.pdf",
    method: "GET",
    url: (w) => `/api/v1/teams/${w.ids.teamA}/audit/report.pdf`,
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "GET /teams/:teamId/audit/report.pdf",
    method: "GET",
    url: (w) => `/api/v1/teams/${w.ids.teamB}/audit/report.pdf`,
    expect: { ...only(404, { otherLeader: 200 }), anonymous: 401 },
  },
  {
    route: "GET /me/practice/report.pdf",
    method: "GET",
    url: () => "/api/v1/me/practice/report.pdf?months=12",
    expect: signedIn(200),
  },
  { route: "GET /me/manual.pdf", method: "GET", url: () => "/api/v1/me/manual.pdf", expect: signedIn(200) },
];
