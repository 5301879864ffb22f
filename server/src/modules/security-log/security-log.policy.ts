import type { AuthContext } from "../../access/auth-context";

/** Who may read the security log and change how long it keeps events. Deny by default. */
export const securityLogPolicy = {
  /** The workspace's log, every person's events in it: admins only. */
  canReadLog: (auth: AuthContext): boolean => auth.isAdmin,
  /** How many days events are kept: admins only. */
  canChangeRetention: (auth: AuthContext): boolean => auth.isAdmin,
  /**
   * A session is ended only by its own person: the service looks for it among the person's own,
   * so anyone else's is not found. The session in use is ended by signing out, not here.
   */
  canEndSession: (auth: AuthContext, sessionId: string): boolean => sessionId !== auth.sessionId,
};
