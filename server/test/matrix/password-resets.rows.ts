import type { World } from "../world";
import { adminsOnly, all, type Expectations, only, type Row } from "./row";

/** A row for one of the two link routes: the link is the capability, sent in the body. */
const withLink = (
  action: "check" | "use",
  label: string,
  body: (w: World) => Record<string, string>,
  expect: Expectations,
): Row => ({
  route: `POST /auth/password-resets/${action}${label}`,
  method: "POST",
  url: () => `/api/v1/auth/password-resets/${action}`,
  body,
  expect,
  capability: true,
});

const link = (w: World) => ({ token: w.ids.resetToken });

/**
 * Password recovery. Asking for a link and its options are open to anyone (the answer never says
 * whether an address has an account); making one is account administration (admins, their own
 * workspace); the link itself is the capability. The world holds one link, made by the admin for
 * the target: checked, used once signed out, then refused as used.
 */
export const PASSWORD_RESET_ROWS: Row[] = [
  {
    route: "GET /auth/password-resets",
    method: "GET",
    url: () => "/api/v1/auth/password-resets",
    expect: all(200),
  },
  {
    route: "POST /auth/password-resets",
    method: "POST",
    url: () => "/api/v1/auth/password-resets",
    // A fresh address each time, so the per-account limit never turns these into 429s.
    body: () => ({ email: `forgetful-${Math.random().toString(36).slice(2)}@example.test` }),
    expect: all(202),
  },
  {
    route: "POST /users/:userId/password-reset",
    method: "POST",
    url: (w) => `/api/v1/users/${w.ids.targetId}/password-reset`,
    expect: adminsOnly(201),
  },
  withLink("check", "", link, all(200)),
  withLink("check", " (unknown link)", () => ({ token: "no-such-reset-token" }), all(404)),
  // Signed in as anyone but its person, the link is refused (and stays usable); signed out it
  // sets the target's password and signs in as them.
  withLink(
    "use",
    "",
    (w) => ({ ...link(w), newPassword: "a completely fresh passphrase for this link" }),
    only(403, { anonymous: 200 }),
  ),
  withLink("use", " (used link)", (w) => ({ ...link(w), newPassword: "yet another passphrase" }), all(410)),
  withLink("check", " (used link)", link, all(410)),
];
