import { all, type Row, signedIn } from "./row";

const code = () => ({ code: "000000" });
/**
 * An empty password is a 400 before any password is checked, so these rows count no failed
 * sign-ins against the one address every role's requests come from; signed out, the body is
 * checked first too (second-factor.test.ts asks signed out with a valid body for the 401).
 */
const emptyPassword = () => ({ password: "", code: "000000" });

/**
 * Two-step sign-in. A person's own key and codes are theirs (every `/me` route acts on the caller
 * alone, so each signed-in role gets the same); the workspace's rule is the admins' (the stranger
 * is another workspace's admin, and sets their own). The second step of a sign-in without a first
 * one is 401 for everyone. Every route is for a browser session only.
 */
export const SECOND_FACTOR_ROWS: Row[] = [
  {
    route: "POST /auth/login/second-factor (no first step)",
    method: "POST",
    url: () => "/api/v1/auth/login/second-factor",
    body: code,
    expect: all(401),
  },
  {
    route: "GET /me/second-factor",
    method: "GET",
    url: () => "/api/v1/me/second-factor",
    expect: signedIn(200),
  },
  {
    route: "POST /me/second-factor/setup",
    method: "POST",
    url: () => "/api/v1/me/second-factor/setup",
    expect: signedIn(200),
  },
  {
    route: "POST /me/second-factor/confirm (empty password)",
    method: "POST",
    url: () => "/api/v1/me/second-factor/confirm",
    body: emptyPassword,
    expect: all(400),
  },
  {
    route: "POST /me/second-factor/disable (empty password)",
    method: "POST",
    url: () => "/api/v1/me/second-factor/disable",
    body: emptyPassword,
    expect: all(400),
  },
  {
    route: "GET /settings/second-factor",
    method: "GET",
    url: () => "/api/v1/settings/second-factor",
    expect: { ...signedIn(403), admin: 200, stranger: 200 },
  },
  {
    route: "PATCH /settings/second-factor",
    method: "PATCH",
    url: () => "/api/v1/settings/second-factor",
    body: () => ({ adminsRequired: false }),
    expect: { ...signedIn(403), admin: 200, stranger: 200 },
  },
];
