import { emailSchema } from "#contracts/common";
import { bumpDataVersion } from "../db/data-version";
import type { DatabaseHandle } from "../db/database";
import { iso, systemClock } from "../lib/clock";
import { contextPasswordProblem, hashPassword, passwordProblem } from "../lib/passwords";
import { insertAdmin, insertWorkspace, listWorkspaces } from "../modules/setup";
import { findUserByEmail } from "../modules/users";

export interface CreateAdminInput {
  email: string | undefined;
  name: string | undefined;
  password: string | undefined;
  workspace: string | undefined;
}

/**
 * Creates an admin from the command line: in the only workspace, or in a new one named by
 * --workspace when none exists yet. Refuses what the API would refuse.
 */
export async function createAdmin(handle: DatabaseHandle, input: CreateAdminInput) {
  const email = emailSchema.safeParse(input.email ?? "");
  if (!email.success) throw new Error("--email must be an email address.");
  const name = input.name?.trim();
  if (!name) throw new Error("--name is required.");
  const problem =
    input.password === undefined
      ? "it is required."
      : (passwordProblem(input.password) ??
        contextPasswordProblem(input.password, { name, email: email.data, workspaceName: input.workspace }));
  if (problem || input.password === undefined) throw new Error(`--password: ${problem}`);
  const passwordHash = await hashPassword(input.password);
  return handle.db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, email.data)) throw new Error(`${email.data} already has an account.`);
    const now = iso(systemClock.now());
    const workspaces = await listWorkspaces(trx);
    let workspace = workspaces[0];
    if (workspaces.length > 1) throw new Error("There are several workspaces; this command only serves one.");
    if (!workspace) {
      if (!input.workspace?.trim()) throw new Error("No workspace exists yet: name one with --workspace.");
      workspace = await insertWorkspace(trx, input.workspace.trim(), now);
    }
    await bumpDataVersion(trx, workspace.id);
    await insertAdmin(trx, workspace.id, { email: email.data, name, passwordHash }, now);
    return { email: email.data, workspaceName: workspace.name };
  });
}
