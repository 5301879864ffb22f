import type { Row } from "./row";
import { adminsOnly, signedIn } from "./row";

/**
 * The security log: the workspace's for its admins (another workspace's admin reads their own,
 * 200, which holds none of this one's), and each person's own sessions and sign-ins.
 */
const adminsOfEach = (status: number) => ({ ...adminsOnly(status), stranger: status });

export const SECURITY_LOG_ROWS: Row[] = [
  {
    route: "GET /security-log",
    method: "GET",
    url: () => "/api/v1/security-log?limit=200",
    expect: adminsOfEach(200),
  },
  {
    route: "GET /security-log.csv",
    method: "GET",
    url: () => "/api/v1/security-log.csv",
    expect: adminsOfEach(200),
  },
  {
    route: "GET /settings/security-log",
    method: "GET",
    url: () => "/api/v1/settings/security-log",
    expect: adminsOfEach(200),
  },
  {
    route: "PATCH /settings/security-log",
    method: "PATCH",
    url: () => "/api/v1/settings/security-log",
    body: () => ({ retentionDays: 400 }),
    expect: adminsOfEach(200),
  },
  { route: "GET /me/sessions", method: "GET", url: () => "/api/v1/me/sessions", expect: signedIn(200) },
  { route: "GET /me/sign-ins", method: "GET", url: () => "/api/v1/me/sign-ins", expect: signedIn(200) },
  {
    // Another session of the member's: theirs to end; to anyone else it does not exist.
    route: "DELETE /me/sessions/:sessionId",
    method: "DELETE",
    url: (_w, sessionId) => `/api/v1/me/sessions/${sessionId}`,
    target: (w) => w.make.memberSession(),
    expect: { ...signedIn(404), member: 200 },
  },
];
