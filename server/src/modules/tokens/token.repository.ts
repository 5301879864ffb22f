import type { Kysely } from "kysely";
import type { TokenScope } from "#contracts/tokens";
import { tokenScopesColumn } from "../../db/json-columns";
import type { ApiTokenRow, Database } from "../../db/schema";

export interface TokenOwnerRow {
  tokenId: string;
  userId: string;
  workspaceId: string;
  isAdmin: boolean;
  dataVersion: number;
  catalogueVersion: number;
  questionsVersion: number;
  scopes: TokenScope[];
  expiresAt: string;
  lastUsedAt: string | null;
}

export interface TokenListRow extends ApiTokenRow {
  owner_name: string;
}

/** The only code that speaks SQL about API tokens. */
export const tokenRepository = {
  async insert(db: Kysely<Database>, row: ApiTokenRow): Promise<void> {
    await db
      .insertInto("api_tokens")
      .values({ ...row, scopes: tokenScopesColumn.write(row.scopes) })
      .execute();
  },

  /** A live token (not revoked) with its active owner; a deactivated owner's tokens resolve to nothing. */
  async findActive(db: Kysely<Database>, tokenHash: string): Promise<TokenOwnerRow | undefined> {
    const row = await db
      .selectFrom("api_tokens")
      .innerJoin("users", "users.id", "api_tokens.user_id")
      .innerJoin("workspaces", "workspaces.id", "users.workspace_id")
      .select([
        "api_tokens.id as tokenId",
        "users.id as userId",
        "users.workspace_id as workspaceId",
        "users.is_admin as isAdmin",
        "workspaces.data_version as dataVersion",
        "workspaces.catalogue_version as catalogueVersion",
        "users.questions_version as questionsVersion",
        "api_tokens.scopes as scopes",
        "api_tokens.expires_at as expiresAt",
        "api_tokens.last_used_at as lastUsedAt",
      ])
      .where("api_tokens.token_hash", "=", tokenHash)
      .where("api_tokens.revoked_at", "is", null)
      .where("users.deactivated_at", "is", null)
      .executeTakeFirst();
    return (
      row && {
        ...row,
        isAdmin: row.isAdmin === 1,
        dataVersion: Number(row.dataVersion),
        catalogueVersion: Number(row.catalogueVersion),
        questionsVersion: Number(row.questionsVersion),
        scopes: tokenScopesColumn.read(row.scopes),
      }
    );
  },

  async touch(db: Kysely<Database>, id: string, at: string): Promise<void> {
    await db.updateTable("api_tokens").set({ last_used_at: at }).where("id", "=", id).execute();
  },

  /**
   * Tokens in a workspace with their owner's name, newest first, revoked ones included: one
   * person's when `userId` is given, one token when `tokenId` is.
   */
  async list(
    db: Kysely<Database>,
    workspaceId: string,
    { userId, tokenId }: { userId?: string; tokenId?: string } = {},
  ): Promise<TokenListRow[]> {
    let query = db
      .selectFrom("api_tokens")
      .innerJoin("users", "users.id", "api_tokens.user_id")
      .selectAll("api_tokens")
      .select("users.name as owner_name")
      .where("api_tokens.workspace_id", "=", workspaceId);
    if (userId) query = query.where("api_tokens.user_id", "=", userId);
    if (tokenId) query = query.where("api_tokens.id", "=", tokenId);
    const rows = await query.orderBy("api_tokens.created_at", "desc").orderBy("api_tokens.id").execute();
    return rows.map((row) => ({ ...row, scopes: tokenScopesColumn.read(row.scopes) }));
  },

  async find(db: Kysely<Database>, workspaceId: string, id: string): Promise<ApiTokenRow | undefined> {
    const row = await db
      .selectFrom("api_tokens")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst();
    return row && { ...row, scopes: tokenScopesColumn.read(row.scopes) };
  },

  async revoke(db: Kysely<Database>, id: string, at: string): Promise<void> {
    await db.updateTable("api_tokens").set({ revoked_at: at }).where("id", "=", id).execute();
  },
};
