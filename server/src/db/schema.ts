/**
 * Table types for Kysely. Encoding, the same on SQLite and PostgreSQL (see docs/adr/0001):
 * - ids are UUID text;
 * - timestamps are ISO-8601 UTC text with milliseconds (`2026-11-25T02:24:06.000Z`), so they
 *   sort and compare as strings;
 * - booleans are integers 0/1.
 */
export type Timestamp = string;
export type Flag = 0 | 1;

export interface WorkspaceTable {
  id: string;
  name: string;
  freshness_days: number;
  created_at: Timestamp;
}

export interface UserTable {
  id: string;
  workspace_id: string;
  email: string;
  name: string;
  password_hash: string;
  is_admin: Flag;
  deactivated_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type TeamRole = "leader" | "member";

export interface TeamTable {
  id: string;
  workspace_id: string;
  name: string;
  created_at: Timestamp;
}

export interface TeamMembershipTable {
  team_id: string;
  user_id: string;
  role: TeamRole;
  created_at: Timestamp;
}

export interface InvitationTable {
  id: string;
  workspace_id: string;
  team_id: string;
  email: string;
  role: TeamRole;
  token_hash: string;
  invited_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  accepted_by: string | null;
}

export interface SessionTable {
  id: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface LoginFailureTable {
  id: string;
  /** `account:<email>` or `address:<ip>`. */
  subject: string;
  failed_at: Timestamp;
}

export interface Database {
  workspaces: WorkspaceTable;
  users: UserTable;
  teams: TeamTable;
  team_memberships: TeamMembershipTable;
  invitations: InvitationTable;
  sessions: SessionTable;
  login_failures: LoginFailureTable;
}
