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
  /**
   * The workspace's data version when the request began, read with the session or token in the
   * same query (ADR 5): what kept audits are checked against.
   */
  dataVersion: number;
  /** The workspace's catalogue version and the user's question-list version, read alike. */
  catalogueVersion: number;
  questionsVersion: number;
  /** What an API token may do; null for a browser session, which may do all its person may. */
  scopes: readonly string[] | null;
  /**
   * A browser session of an admin without two-step sign-in, while the workspace asks admins to use
   * it: only the routes marked `beforeSecondFactor` answer (setting it up, `GET /me`, sign-out).
   * Never set for an API token.
   */
  mustSetUpSecondFactor?: true;
}
