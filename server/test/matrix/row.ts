import { ROLES, type Role, type World } from "../world";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One route of the authorization matrix: how to call it, and the status each role must get. */
export interface Row {
  route: string;
  method: Method;
  /** The URL; `target` is what the row's `target` made for this call ("" without one). */
  url: (w: World, target: string) => string;
  body?: (w: World) => unknown;
  expect: Record<Role, number>;
  /** The URL itself is the capability (an invitation link): whoever holds it may read it. */
  capability?: true;
  /**
   * Makes a new target before each call (a team to delete), for a destructive route that several
   * roles may call: each role then meets the target as it was, not as the role before left it.
   */
  target?: (w: World) => Promise<string>;
}

/** The request a row makes for one call: its target made first, when it has one. */
export async function requestOf(row: Row, w: World): Promise<{ method: Method; url: string; body: unknown }> {
  const target = row.target ? await row.target(w) : "";
  return { method: row.method, url: row.url(w, target), body: row.body?.(w) };
}

export const all = (status: number): Record<Role, number> =>
  Object.fromEntries(ROLES.map((r) => [r, status])) as Record<Role, number>;
export const signedIn = (status: number): Record<Role, number> => ({ ...all(status), anonymous: 401 });
/** Every role gets `status` except those listed. */
export const only = (status: number, exceptions: Partial<Record<Role, number>>): Record<Role, number> => ({
  ...all(status),
  ...exceptions,
});
/**
 * Account administration: `status` for the admin, 403 for everyone else of the workspace, 404 for
 * another workspace's admin (the person does not exist there), 401 signed out.
 */
export const adminsOnly = (status: number): Record<Role, number> => ({
  ...all(403),
  anonymous: 401,
  admin: status,
  stranger: 404,
});
