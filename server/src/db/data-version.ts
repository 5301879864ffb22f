import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "./schema";

/**
 * A workspace's data version moves with every write to its content: people, teams, memberships,
 * invitations, facets, answers and their versions, leaders' looks at answers (answer_reveals),
 * beliefs, comparisons, question lists and their items, commitments, conversations and their items,
 * cadences and answer requests, trust pulse rounds, participations and responses, the anonymity thresholds, and work items and their ratings. Caches of what is computed from that content (the audits, ADR 5) keep a result only while
 * the version is the one read before computing it. Bookkeeping (sessions, sign-in failures, write
 * counts, API tokens, password reset links) never moves it: nothing kept is computed from those
 * rows. Setting a password with a reset link writes the account, which is content.
 *
 * Every write to content calls this in the transaction that writes, first, so the new version
 * commits with the data or not at all. Taking a `Transaction` makes that the only way to call it;
 * data-version.test.ts drives every route and fails when a write to content leaves it unchanged.
 * On PostgreSQL the update locks the workspace row until commit, so writes to one workspace's
 * content are serialized (the foreign-key checks of inserts take a lock it does not conflict with).
 */
export async function bumpDataVersion(
  trx: Transaction<Database>,
  workspaceId: string,
  moves: Moves = {},
): Promise<void> {
  await trx
    .updateTable("workspaces")
    .set(
      moves.catalogue
        ? { data_version: sql`data_version + 1`, catalogue_version: sql`catalogue_version + 1` }
        : { data_version: sql`data_version + 1` },
    )
    .where("id", "=", workspaceId)
    .execute();
  if (moves.questionsOf !== undefined)
    await trx
      .updateTable("users")
      .set({ questions_version: sql`questions_version + 1` })
      .where("id", "=", moves.questionsOf)
      .where("workspace_id", "=", workspaceId)
      .execute();
}

/**
 * What a write moves besides the data version, for what audits keep longer because it changes
 * rarely (read with the session like the data version): `catalogue`, the workspace's catalogue
 * version, for every write to its facets; `questionsOf`, that user's question-list version, for
 * every write to their lists.
 */
export interface Moves {
  catalogue?: boolean;
  questionsOf?: string;
}

/** The workspace's data version: one primary-key read; null when there is no such workspace. */
export async function readDataVersion(db: Kysely<Database>, workspaceId: string): Promise<number | null> {
  const row = await db
    .selectFrom("workspaces")
    .select("data_version")
    .where("id", "=", workspaceId)
    .executeTakeFirst();
  return row ? Number(row.data_version) : null;
}

/** One transaction that writes a workspace's content: the data version (and what `moves` names) moves first, with it. */
export function writeContent<T>(
  db: Kysely<Database>,
  workspaceId: string,
  work: (trx: Transaction<Database>) => Promise<T>,
  moves: Moves = {},
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await bumpDataVersion(trx, workspaceId, moves);
    return work(trx);
  });
}
