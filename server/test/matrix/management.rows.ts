import { all, only, type Row } from "./row";

/** Who may manage team A (its leader and admins); its people see it (403), others do not (404). */
const MANAGERS = { ...only(404, { admin: 200, leader: 200, member: 403, teammate: 403 }), anonymous: 401 };
/** An invitation is listed only to those who may invite: to anyone else it does not exist. */
const INVITERS = { ...only(404, { admin: 200, leader: 200 }), anonymous: 401 };

/** Revoking and renewing invitations, dead links, and changing teams and their people. */
export const MANAGEMENT_ROWS: Row[] = [
  {
    route: "GET /teams/:teamId/invitations",
    method: "GET",
    url: (w) => `/api/v1/teams/${w.ids.teamA}/invitations`,
    expect: MANAGERS,
  },
  {
    // Each renewal gives a fresh link, so the leader after the admin renews again.
    route: "POST /invitations/:invitationId/renew",
    method: "POST",
    url: (w) => `/api/v1/invitations/${w.ids.renewableInvitationId}/renew`,
    expect: INVITERS,
  },
  {
    // Revoking twice is harmless: the leader after the admin gets 200 too.
    route: "DELETE /invitations/:invitation",
    method: "DELETE",
    url: (w) => `/api/v1/invitations/${w.ids.revocableInvitationId}`,
    expect: INVITERS,
  },
  {
    route: "GET /invitations/:invitation (revoked)",
    method: "GET",
    url: (w) => `/api/v1/invitations/${w.ids.revokedToken}`,
    expect: all(410),
    capability: true,
  },
  {
    route: "GET /invitations/:invitation (renewed away)",
    method: "GET",
    url: (w) => `/api/v1/invitations/${w.ids.renewedAwayToken}`,
    expect: all(410),
    capability: true,
  },
  {
    route: "POST /invitations/:token/accept (revoked)",
    method: "POST",
    url: (w) => `/api/v1/invitations/${w.ids.revokedToken}/accept`,
    body: () => ({ name: "Rev Oked", password: "correct horse battery staple" }),
    expect: all(410),
    capability: true,
  },
  {
    route: "POST /invitations/:token/accept (renewed away)",
    method: "POST",
    url: (w) => `/api/v1/invitations/${w.ids.renewedAwayToken}/accept`,
    body: () => ({ name: "Re Newed", password: "correct horse battery staple" }),
    expect: all(410),
    capability: true,
  },
  {
    // Renamed to the name it has: every manager's call succeeds and nothing else changes.
    route: "PATCH /teams/:teamId",
    method: "PATCH",
    url: (w) => `/api/v1/teams/${w.ids.teamA}`,
    body: () => ({ name: "Team A" }),
    expect: MANAGERS,
  },
  {
    route: "PATCH /teams/:teamId/members/:userId",
    method: "PATCH",
    target: (w) => w.make.disposableTeam(),
    url: (w, teamId) => `/api/v1/teams/${teamId}/members/${w.ids.spareId}`,
    body: () => ({ role: "leader" }),
    expect: MANAGERS,
  },
  {
    route: "DELETE /teams/:teamId/members/:userId",
    method: "DELETE",
    target: (w) => w.make.disposableTeam(),
    url: (w, teamId) => `/api/v1/teams/${teamId}/members/${w.ids.spareId}`,
    expect: MANAGERS,
  },
  {
    route: "DELETE /teams/:teamId",
    method: "DELETE",
    target: (w) => w.make.disposableTeam(),
    url: (_, teamId) => `/api/v1/teams/${teamId}`,
    expect: MANAGERS,
  },
];
