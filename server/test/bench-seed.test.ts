import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KNOWLEDGE_STATES } from "#core/audit";
import { validateFacetValue } from "#core/facets/catalogue";
import { isAudited } from "#core/facets/facet";
import { RowMaker, randomStream, type SeedFacet } from "../../bench/seed-rows";
import { SeedWriter } from "../../bench/seed-writer";
import { hashPassword } from "../src/lib/passwords";
import { listFacets, toDefinition } from "../src/modules/facets";
import { setupWorkspace, signIn } from "./factories";
import { PASSWORD, startTestApp, type TestApp } from "./harness";

/**
 * The bench seeds by direct SQL (bench/seed-rows.ts, bench/seed-writer.ts); its figures mean
 * something only if what it writes is what the app would have written. A team seeded so, then
 * read and written through the app, on the tier's database.
 */
describe("the bench's seeding", () => {
  let t: TestApp;
  let workspaceId: string;
  const leader = { id: randomUUID(), email: "seeded-leader@example.test", name: "Sean Leader" };
  const members = Array.from({ length: 12 }, (_, i) => ({
    id: randomUUID(),
    email: `seeded-member${i}@example.test`,
    name: `Member ${i}`,
  }));
  const teamId = randomUUID();
  let planned: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupWorkspace(t);
    workspaceId = setup.workspaceId;
    const facets: SeedFacet[] = (await listFacets(t.ctx.db, workspaceId, false))
      .filter(isAudited)
      .map((f) => ({
        id: f.id,
        key: f.key,
        kind: f.kind,
        optionIds: (f.options ?? []).map((o) => o.id),
      }));
    const now = t.clock.now().getTime();
    const maker = new RowMaker(workspaceId, facets, await hashPassword(PASSWORD), now, randomStream(3));
    const start = now - 300 * 86_400_000;
    maker.user(leader, start - 86_400_000);
    planned = maker.filledTeam({
      id: teamId,
      name: "Seeded",
      leader,
      leaderJoins: true,
      adminId: setup.adminId,
      start,
      members,
      spacing: 86_400_000,
    });
    await new SeedWriter(t.ctx.db, t.ctx.dialect, workspaceId).write(maker.take());
  });
  afterAll(() => t.close());

  it("writes values the facets accept, in the form the app stores them", async () => {
    const facets = new Map(
      (await listFacets(t.ctx.db, workspaceId, false)).map((f) => [f.id, toDefinition(f)] as const),
    );
    const answers = await t.ctx.db.selectFrom("answers").select(["facet_id", "value"]).execute();
    const beliefs = await t.ctx.db.selectFrom("beliefs").select(["facet_id", "value"]).execute();
    expect(answers.length).toBeGreaterThan(members.length * 15);
    expect(beliefs.length).toBeGreaterThan(members.length * 15);
    for (const row of [...answers, ...beliefs]) {
      const definition = facets.get(row.facet_id);
      if (!definition) throw new Error(`no facet ${row.facet_id}`);
      const checked = validateFacetValue(definition, JSON.parse(row.value));
      expect(checked.ok && JSON.stringify(checked.value)).toBe(row.value);
    }
  });

  it("keeps the order the app's rules give: looks of current revisions, comparisons after both sides, versions apart", async () => {
    const { db } = t.ctx;
    const answers = new Map(
      (await db.selectFrom("answers").selectAll().execute()).map((a) => [`${a.user_id} ${a.facet_id}`, a]),
    );
    const beliefs = new Map(
      (await db.selectFrom("beliefs").selectAll().execute()).map((b) => [`${b.person_id} ${b.facet_id}`, b]),
    );
    const looks = await db.selectFrom("answer_reveals").selectAll().execute();
    expect(looks.length).toBeGreaterThan(0);
    for (const look of looks) {
      const answer = answers.get(`${look.person_id} ${look.facet_id}`);
      expect(answer?.id).toBe(look.answer_id);
      expect(answer?.revision).toBe(look.revision);
      expect(answer?.visibility).not.toBe("private");
      expect(look.revealed_at >= (answer?.updated_at ?? "")).toBe(true);
      const belief = beliefs.get(`${look.person_id} ${look.facet_id}`);
      // A belief written after the look is after_answer; one written blind made the look.
      if (belief) expect(belief.after_answer).toBe(look.revealed_at < belief.recorded_at ? 1 : 0);
    }
    for (const belief of beliefs.values()) {
      const looked = looks.some((l) => l.person_id === belief.person_id && l.facet_id === belief.facet_id);
      if (!looked) expect(belief.after_answer).toBe(0);
    }
    const comparisons = await db.selectFrom("comparisons").selectAll().execute();
    expect(comparisons.length).toBeGreaterThan(0);
    for (const c of comparisons) {
      const key = `${c.person_id} ${c.facet_id}`;
      const look = looks.find((l) => l.person_id === c.person_id && l.facet_id === c.facet_id);
      expect(look).toBeDefined();
      expect(c.compared_at >= (beliefs.get(key)?.recorded_at ?? "~")).toBe(true);
      expect(c.compared_at >= (look?.revealed_at ?? "~")).toBe(true);
    }
    const versions = await db.selectFrom("answer_versions").selectAll().orderBy("recorded_at").execute();
    for (const answer of answers.values()) {
      const own = versions.filter((v) => v.user_id === answer.user_id && v.facet_id === answer.facet_id);
      expect(own).toHaveLength(answer.revision);
      expect(own.at(-1)?.value).toBe(answer.value);
      expect(own.at(-1)?.recorded_at).toBe(answer.updated_at);
      if (own.length === 2)
        expect(Date.parse(own[1]?.recorded_at ?? "") - Date.parse(own[0]?.recorded_at ?? "")).toBeGreaterThan(
          10 * 60_000,
        );
    }
  });

  it("is read and written by the app like data it wrote itself", async () => {
    const lead = await signIn(t, leader.email);
    const team = await lead.get(`/api/v1/teams/${teamId}`);
    expect(team.statusCode).toBe(200);
    const detail = team.json() as { leaders: { id: string }[]; members: unknown[] };
    expect(detail.leaders.map((l) => l.id)).toEqual([leader.id]);
    expect(detail.members).toHaveLength(members.length);
    const audit = await lead.get(`/api/v1/teams/${teamId}/audit`);
    expect(audit.statusCode).toBe(200);
    const { stateCounts } = (audit.json() as { figures: { stateCounts: Record<string, number> } }).figures;
    for (const state of KNOWLEDGE_STATES) expect(stateCounts[state], state).toBeGreaterThan(0);
    const person = members[0]?.id ?? "";
    expect((await lead.get(`/api/v1/people/${person}`)).statusCode).toBe(200);
    expect(planned.length).toBeGreaterThan(0);
    const write = await lead.patch(`/api/v1/conversations/${planned[0]}`, {
      sharedNotes: "Seeded, then written.",
    });
    expect(write.statusCode).toBe(200);
    const member = await signIn(t, members[0]?.email ?? "");
    const mine = await member.get("/api/v1/me/answers");
    expect(mine.statusCode).toBe(200);
    const answered = await t.ctx.db
      .selectFrom("answers")
      .select("id")
      .where("user_id", "=", person)
      .execute();
    expect((mine.json() as { answers: unknown[] }).answers).toHaveLength(answered.length);
    const rewrite = await member.put("/api/v1/me/answers/drains", {
      value: "Rewritten after seeding",
      visibility: "team",
    });
    expect(rewrite.statusCode).toBe(200);
  });
});
