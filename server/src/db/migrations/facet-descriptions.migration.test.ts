import { type Kysely, Migrator } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabaseUrl, testDatabaseKind } from "../../../test/harness";
import { type DatabaseHandle, MIGRATIONS, migrateToLatest, openDatabase } from "../database";

const AT = "2026-03-01T09:00:00.000Z";
const BEFORE = "20261201_0012_checklist_dismissals";

/** Rows as they stood before 0013, which today's schema types no longer describe. */
type Loose = Kysely<Record<string, Record<string, unknown>>>;

const facet = (key: string, description: string, audience: "everyone" | "leaders" = "everyone") => ({
  id: `f-${key}`,
  workspace_id: "w",
  key,
  dimension: "workstyle",
  title: key,
  description,
  kind: "text",
  options: null,
  scale_low: null,
  scale_high: null,
  weight: 1,
  position: 1,
  audience,
  retired_at: null,
  created_at: AT,
});

describe(`migration 0013, a description for each reader (${testDatabaseKind()})`, () => {
  let handle: DatabaseHandle | undefined;
  let drop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await handle?.destroy();
    await drop?.();
  });

  async function migratedWith(rows: ReturnType<typeof facet>[]) {
    const created = await createTestDatabaseUrl();
    drop = created.drop;
    handle = openDatabase(
      testDatabaseKind() === "postgres"
        ? { kind: "postgres", url: created.url }
        : { kind: "sqlite", file: created.url.replace(/^sqlite:/, "") },
    );
    const migrator = new Migrator({
      db: handle.db,
      provider: { getMigrations: async () => MIGRATIONS },
      allowUnorderedMigrations: true,
    });
    const { error } = await migrator.migrateTo(BEFORE);
    if (error) throw error;
    const loose = handle.db as unknown as Loose;
    await loose
      .insertInto("workspaces")
      .values({ id: "w", name: "W", freshness_days: 180, data_version: 0, created_at: AT })
      .execute();
    await loose.insertInto("facets").values(rows).execute();
    await migrateToLatest(handle.db);
    const read = await handle.db.selectFrom("facets").select(["key", "about_you", "about_them"]).execute();
    return { migrator, loose, byKey: new Map(read.map((row) => [row.key, row])) };
  }

  it("gives shipped facets both texts by key, and keeps one text for both where an admin wrote it", async () => {
    const { byKey } = await migratedWith([
      facet("focus-rhythm", "When in the working day they do their sharpest thinking."),
      facet("planning-style", "How far ahead they like to plan (our own wording)."),
      facet(
        "how-i-lead",
        "What you try to do as a leader, and what the people you lead can count on from you.",
        "leaders",
      ),
      facet("tools", "The tools they reach for."),
    ]);
    expect(byKey.get("focus-rhythm")).toEqual({
      key: "focus-rhythm",
      about_you: "When in the working day you do your sharpest thinking.",
      about_them: "When in the working day they do their sharpest thinking.",
    });
    // Reworded by an admin: the shipped second-person text would no longer say the same thing.
    expect(byKey.get("planning-style")).toMatchObject({
      about_you: "How far ahead they like to plan (our own wording).",
      about_them: "How far ahead they like to plan (our own wording).",
    });
    // A prompt about leading was written to the leader: that text stays theirs, the team gets the third person.
    expect(byKey.get("how-i-lead")).toMatchObject({
      about_you: "What you try to do as a leader, and what the people you lead can count on from you.",
      about_them: "What they try to do as a leader, and what the people they lead can count on from them.",
    });
    expect(byKey.get("tools")).toMatchObject({
      about_you: "The tools they reach for.",
      about_them: "The tools they reach for.",
    });
  });

  it("goes back to one description, the text about them", async () => {
    const { migrator, loose } = await migratedWith([
      facet("focus-rhythm", "When in the working day they do their sharpest thinking."),
    ]);
    const { error } = await migrator.migrateTo(BEFORE);
    if (error) throw error;
    const rows = await loose.selectFrom("facets").selectAll().execute();
    expect(rows.map((row) => [row.key, row.description, "about_you" in row])).toEqual([
      ["focus-rhythm", "When in the working day they do their sharpest thinking.", false],
    ]);
  });
});
