import { type Kysely, sql } from "kysely";

/**
 * A leader's own question lists and their items (issue 4). The bank itself is not a table: it is read from
 * core/questions/bank.json at runtime (docs/adr/0003), and items copied from it keep its id in
 * bank_question_id, with no foreign key. Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("question_lists")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("question_lists_owner_idx").on("question_lists").column("owner_id").execute();

  await db.schema
    .createTable("question_list_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("list_id", "text", (c) => c.notNull().references("question_lists.id").onDelete("cascade"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("facet", "text")
    .addColumn("topic", "text")
    .addColumn("depth", "text", (c) => c.notNull().check(sql`depth in ('light', 'medium', 'deep')`))
    // Dense, 0-based order within the list. Not unique: a reorder rewrites every position in one transaction.
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("retired", "integer", (c) => c.notNull().defaultTo(0).check(sql`retired in (0, 1)`))
    .addColumn("bank_question_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addCheckConstraint("question_list_items_subject_check", sql`facet is null or topic is null`)
    .execute();
  await db.schema
    .createIndex("question_list_items_list_idx")
    .on("question_list_items")
    .columns(["list_id", "position"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("question_list_items").execute();
  await db.schema.dropTable("question_lists").execute();
}
