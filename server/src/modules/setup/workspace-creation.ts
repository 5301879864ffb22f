import type { Kysely, Selectable } from "kysely";
import { DEFAULT_ANONYMITY_THRESHOLDS } from "#contracts/pulses";
import { RETENTION_DEFAULT_DAYS } from "#contracts/security-log";
import { DEFAULT_FRESHNESS_DAYS } from "#core/audit";
import type { Database, NewUser, WorkspaceTable } from "../../db/schema";
import { newId } from "../../lib/tokens";
import { seedDefaultFacets } from "../facets";
import { addUser } from "../users";
import { workspaceRepository } from "./workspace.repository";

/** A new workspace with the default facet catalogue; for first-run setup and `rapport create-admin`. */
export async function insertWorkspace(
  trx: Kysely<Database>,
  name: string,
  now: string,
): Promise<Selectable<WorkspaceTable>> {
  const workspace = {
    id: newId(),
    name,
    freshness_days: DEFAULT_FRESHNESS_DAYS,
    created_at: now,
    data_version: 0,
    catalogue_version: 0,
    pulse_score_threshold: DEFAULT_ANONYMITY_THRESHOLDS.scoreThreshold,
    pulse_comment_threshold: DEFAULT_ANONYMITY_THRESHOLDS.commentThreshold,
    security_log_retention_days: RETENTION_DEFAULT_DAYS,
    admins_need_second_factor: 0 as const,
  };
  await workspaceRepository.insert(trx, workspace);
  await seedDefaultFacets(trx, workspace.id, now);
  return workspace;
}

/** A new admin of a workspace, with a password already hashed. */
export async function insertAdmin(
  trx: Kysely<Database>,
  workspaceId: string,
  account: { email: string; name: string; passwordHash: string },
  now: string,
): Promise<NewUser> {
  const user = {
    id: newId(),
    workspace_id: workspaceId,
    email: account.email,
    name: account.name,
    password_hash: account.passwordHash,
    is_admin: 1 as const,
    deactivated_at: null,
    created_at: now,
    updated_at: now,
  };
  await addUser(trx, user);
  return user;
}
