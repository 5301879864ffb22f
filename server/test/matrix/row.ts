import { ROLES, type Role, type World } from "../world";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One route of the authorization matrix: how to call it, and the status each role must get. */
export interface Row {
  route: string;
  method: Method;
  /** The URL; `target` is what the row's `target` made for this call ("" without one). */
  url: (w: World, target: string) => string;
  body?: (w: World) => unknown;
  /**
   * The status each role must get. The coaches may be left out: outside their coaching a coach is
   * a user of the workspace on no team, and stands to everything as a member of another team does
   * (`otherMember`), except to that member's own team B (`expectOf`).
   */
  expect: Record<BaseRole, number> & Partial<Record<CoachRole, number>>;
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

const COACH_ROLES = ["coach", "bareCoach"] as const;
type CoachRole = (typeof COACH_ROLES)[number];
type BaseRole = Exclude<Role, CoachRole>;
export type Expectations = Record<BaseRole, number> & Partial<Record<CoachRole, number>>;

/** Every role's status on the row, the coaches' as the row says or else as `otherMember`'s. */
export function expectOf(row: Row): Record<Role, number> {
  const fallback = row.expect.otherMember;
  return { ...row.expect, coach: row.expect.coach ?? fallback, bareCoach: row.expect.bareCoach ?? fallback };
}

export const all = (status: number): Expectations =>
  Object.fromEntries(
    ROLES.filter((r) => !(COACH_ROLES as readonly string[]).includes(r)).map((r) => [r, status]),
  ) as Expectations;
export const signedIn = (status: number): Expectations => ({ ...all(status), anonymous: 401 });
/** Every role gets `status` except those listed. */
export const only = (status: number, exceptions: Partial<Record<Role, number>>): Expectations => ({
  ...all(status),
  ...exceptions,
});
/**
 * Account administration: `status` for the admin, 403 for everyone else of the workspace, 404 for
 * another workspace's admin (the person does not exist there), 401 signed out.
 */
export const adminsOnly = (status: number): Expectations => ({
  ...all(403),
  anonymous: 401,
  admin: status,
  stranger: 404,
});
