/**
 * The face of the setup module (first run, and the workspaces it creates): what other modules,
 * app.ts and the command line may use.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { workspaceRepository } from "./workspace.repository";

export { setupRoutes } from "./setup.routes";
export { insertAdmin, insertWorkspace } from "./workspace-creation";

/** The workspace with this id (its name and freshness setting). */
export const findWorkspace = (db: Kysely<Database>, workspaceId: string) =>
  workspaceRepository.findById(db, workspaceId);

/** Every workspace, oldest first (`rapport create-admin`). */
export const listWorkspaces = (db: Kysely<Database>) => workspaceRepository.list(db);
