/**
 * Who is asking, on every request: set by the session plugin from a session cookie or an API
 * token, and handed to every service. The one shape access decisions are made on.
 */
export interface AuthContext {
  /** The session's id; for a token, `token:<id>` (no session route takes a token). */
  sessionId: string;
  userId: string;
  workspaceId: string;
  isAdmin: boolean;
  /** What an API token may do; null for a browser session, which may do all its person may. */
  scopes: readonly string[] | null;
}
