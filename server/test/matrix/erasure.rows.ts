import { adminsOnly, type Row, signedIn } from "./row";

/**
 * Erasing a person. Deleting one's own account is tried with a wrong password by everyone (400
 * naming `password`, nothing deleted), so the world keeps its people; erasure.test.ts deletes
 * with the right one. An admin deletes a fresh person on no team for each call.
 */
export const ERASURE_ROWS: Row[] = [
  {
    route: "DELETE /me",
    method: "DELETE",
    url: () => "/api/v1/me",
    body: () => ({ password: "not anyone's password at all" }),
    expect: signedIn(400),
  },
  {
    route: "DELETE /users/:userId",
    method: "DELETE",
    url: (_w, target) => `/api/v1/users/${target}`,
    target: (w) => w.make.person(),
    expect: adminsOnly(200),
  },
];
