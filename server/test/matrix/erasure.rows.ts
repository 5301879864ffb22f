import { adminsOnly, all, type Row } from "./row";

/**
 * Erasing a person. Deleting one's own account is tried with an empty password by everyone (400
 * naming `password`, refused before any password is checked, so no failed attempt counts against
 * the sign-in limits of the matrix's one address; signed out too, since the body is checked
 * first: erasure.test.ts sends a valid one signed out, for the 401), and the world keeps its people;
 * erasure.test.ts tries a wrong password and deletes with the right one. An admin deletes a fresh
 * person on no team for each call.
 */
export const ERASURE_ROWS: Row[] = [
  {
    route: "DELETE /me",
    method: "DELETE",
    url: () => "/api/v1/me",
    body: () => ({ password: "" }),
    expect: all(400),
  },
  {
    route: "DELETE /users/:userId",
    method: "DELETE",
    url: (_w, target) => `/api/v1/users/${target}`,
    target: (w) => w.make.person(),
    expect: adminsOnly(200),
  },
];
