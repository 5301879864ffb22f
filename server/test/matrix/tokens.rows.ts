import type { Row } from "./row";
import { signedIn } from "./row";

/** Personal API tokens: one's own to make, list and revoke; every token listed for admins. */
export const TOKEN_ROWS: Row[] = [
  { route: "GET /me/tokens", method: "GET", url: () => "/api/v1/me/tokens", expect: signedIn(200) },
  {
    route: "POST /me/tokens",
    method: "POST",
    url: () => "/api/v1/me/tokens",
    body: () => ({ name: "Matrix", expiresInDays: 7, scopes: ["read"] }),
    expect: signedIn(201),
  },
  {
    route: "GET /tokens",
    method: "GET",
    url: () => "/api/v1/tokens",
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
    // Its owner and the workspace's admin may revoke it; revoking twice is harmless.
    route: "DELETE /tokens/:tokenId",
    method: "DELETE",
    url: (w) => `/api/v1/tokens/${w.ids.memberTokenId}`,
    expect: {
      anonymous: 401,
      admin: 200,
      leader: 404,
      otherLeader: 404,
      member: 200,
      teammate: 404,
      otherMember: 404,
      stranger: 404,
    },
  },
];
