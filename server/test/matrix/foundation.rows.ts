import { PASSWORD } from "../harness";
import { all, only, type Row, signedIn } from "./row";

/** Setup, sign-in, account, teams, invitations and people admin. */
export const FOUNDATION_ROWS: Row[] = [
  { route: "GET /health", method: "GET", url: () => "/api/v1/health", expect: all(200) },
  { route: "GET /setup", method: "GET", url: () => "/api/v1/setup", expect: all(200) },
  {
    route: "POST /setup",
    method: "POST",
    url: () => "/api/v1/setup",
    body: () => ({ workspaceName: "Again", name: "Again", email: "again@example.test", password: PASSWORD }),
    expect: all(409),
  },
  {
    route: "POST /auth/login (wrong password)",
    method: "POST",
    url: () => "/api/v1/auth/login",
    // A fresh address each time, so the per-account limit never turns these 401s into 429s.
    body: () => ({
      email: `nobody-${Math.random().toString(36).slice(2)}@example.test`,
      password: "not a real password",
    }),
    expect: all(401),
  },
  { route: "GET /me", method: "GET", url: () => "/api/v1/me", expect: signedIn(200) },
  {
    route: "PATCH /me",
    method: "PATCH",
    url: () => "/api/v1/me",
    body: () => ({ name: "Renamed" }),
    expect: signedIn(200),
  },
  {
    route: "POST /me/password (wrong current)",
    method: "POST",
    url: () => "/api/v1/me/password",
    body: () => ({ currentPassword: "not my password", newPassword: "another long passphrase" }),
    expect: signedIn(400),
  },
  { route: "GET /teams", method: "GET", url: () => "/api/v1/teams", expect: signedIn(200) },
  {
    route: "POST /teams",
    method: "POST",
    url: () => "/api/v1/teams",
    body: () => ({ name: "New team" }),
    expect: { ...signedIn(201), member: 403, teammate: 403, otherMember: 403 },
  },
  {
    route: "GET /teams/:teamId",
    method: "GET",
    url: (w) => `/api/v1/teams/${w.ids.teamA}`,
    expect: {
      anonymous: 401,
      admin: 200,
      leader: 200,
      otherLeader: 404,
      member: 200,
      teammate: 200,
      otherMember: 404,
      stranger: 404,
    },
  },
  {
    route: "POST /teams/:teamId/invitations",
    method: "POST",
    url: (w) => `/api/v1/teams/${w.ids.teamA}/invitations`,
    body: () => ({ email: `invitee-${Math.random().toString(36).slice(2)}@example.test`, role: "member" }),
    expect: {
      anonymous: 401,
      admin: 201,
      leader: 201,
      otherLeader: 404,
      member: 403,
      teammate: 403,
      otherMember: 404,
      stranger: 404,
    },
  },
  {
    route: "GET /invitations/:invitation",
    method: "GET",
    url: (w) => `/api/v1/invitations/${w.ids.pendingToken}`,
    expect: all(200),
    capability: true,
  },
  {
    route: "POST /invitations/:token/accept (unknown token)",
    method: "POST",
    url: () => "/api/v1/invitations/no-such-invitation-token/accept",
    body: () => ({ name: "Nobody", password: PASSWORD }),
    expect: all(404),
  },
  {
    route: "GET /users",
    method: "GET",
    url: () => "/api/v1/users",
    expect: {
      anonymous: 401,
      admin: 200,
      leader: 403,
      otherLeader: 403,
      member: 403,
      teammate: 403,
      otherMember: 403,
      stranger: 200,
    },
  },
  {
    route: "POST /users/:userId/deactivate",
    method: "POST",
    url: (w) => `/api/v1/users/${w.ids.targetId}/deactivate`,
    expect: {
      anonymous: 401,
      admin: 200,
      leader: 403,
      otherLeader: 403,
      member: 403,
      teammate: 403,
      otherMember: 403,
      stranger: 404,
    },
  },
  {
    route: "POST /users/:userId/reactivate",
    method: "POST",
    url: (w) => `/api/v1/users/${w.ids.targetId}/reactivate`,
    expect: {
      anonymous: 401,
      admin: 200,
      leader: 403,
      otherLeader: 403,
      member: 403,
      teammate: 403,
      otherMember: 403,
      stranger: 404,
    },
  },
];

/** Last of all: it ends every session the matrix uses. */
export const LOGOUT_ROW: Row = {
  route: "POST /auth/logout",
  method: "POST",
  url: () => "/api/v1/auth/logout",
  expect: signedIn(200),
};

/**
 * Accepting invitations, run last but for sign-out: a role that joins a team here changes who
 * may see whom, which the rows above must not meet.
 */
export const ACCEPT_ROWS: Row[] = [
  {
    // Signed in as someone else, no one may take another address's invitation; signed out, it
    // creates the invited account.
    route: "POST /invitations/:token/accept (address without an account)",
    method: "POST",
    url: (w) => `/api/v1/invitations/${w.ids.newAccountToken}/accept`,
    body: () => ({ name: "Nia Newcomer", password: PASSWORD }),
    expect: only(403, { anonymous: 200 }),
    capability: true,
  },
  {
    // An existing account joins only signed in as itself: signed out it must sign in first, and
    // signed in as anyone else it is refused.
    route: "POST /invitations/:token/accept (existing account)",
    method: "POST",
    url: (w) => `/api/v1/invitations/${w.ids.existingAccountToken}/accept`,
    body: () => ({}),
    expect: only(403, { anonymous: 401, member: 200 }),
    capability: true,
  },
];
