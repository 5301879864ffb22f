import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeam, joinTeam, setupWorkspace, signIn } from "../../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../../test/harness";
import { answerService } from "./answer.service";
import { answerValue, authOf, type CatalogueFacet, catalogue } from "./answer.test-support";

const ELEVEN_MINUTES = 11 * 60_000;

interface Version {
  facetId: string;
  value: unknown;
  visibility: string | null;
  withdrawn: boolean;
  recordedAt: string;
}
interface HistoryPage {
  versions: Version[];
  nextCursor: string | null;
}

describe("my answers and their history", () => {
  let t: TestApp;
  let member: Client;
  let memberEmail: string;
  let teammate: Client;
  let facets: CatalogueFacet[];
  beforeEach(async () => {
    t = await startTestApp();
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin, "Platform");
    const joined = await joinTeam(t, admin, teamId, "member", "Max");
    member = joined.client;
    memberEmail = joined.email;
    teammate = (await joinTeam(t, admin, teamId, "member", "Tam")).client;
    facets = await catalogue(member);
  });
  afterEach(() => t.close());

  /** Every page of one facet's history, following nextCursor to the end. */
  async function allPages(client: Client, facet: string, limit: number): Promise<HistoryPage[]> {
    const pages: HistoryPage[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const response = await client.get(`/api/v1/me/answers/${facet}/history?${query}`);
      expect(response.statusCode).toBe(200);
      const page = response.json() as HistoryPage;
      pages.push(page);
      cursor = page.nextCursor;
    } while (cursor !== null && pages.length < 1_000);
    return pages;
  }

  it("after 5,000 writes by one member, GET /me/answers is the size of the current answers", async () => {
    // Rounds of the whole catalogue, each eleven minutes after the last so that every write is a
    // version of its own; the last rounds go over HTTP and write the longest value each facet takes.
    const rounds = Math.ceil(5_000 / facets.length);
    const overHttp = 2;
    const auth = await authOf(member);
    const answers = answerService(t.ctx);
    for (let round = 0; round < rounds - overHttp; round++) {
      t.clock.advance(ELEVEN_MINUTES);
      await Promise.all(
        facets.map((facet) => answers.put(auth, facet.id, answerValue(facet, round), "leader")),
      );
    }
    member = await signIn(t, memberEmail);
    for (let round = rounds - overHttp; round < rounds; round++) {
      t.clock.advance(ELEVEN_MINUTES);
      for (const facet of facets) {
        const value = answerValue(facet, round, true);
        const response = await member.put(`/api/v1/me/answers/${facet.id}`, { value, visibility: "leader" });
        expect(response.statusCode).toBe(200);
      }
    }
    // Every write is stored as a version of its own: at least 5,000 are on record.
    const stored = await t.ctx.db
      .selectFrom("answer_versions")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBeGreaterThanOrEqual(5_000);

    const response = await member.get("/api/v1/me/answers");
    expect(response.statusCode).toBe(200);
    const body = response.json() as { answers: { facetId: string; value: unknown }[]; history?: unknown };
    expect(body.history).toBeUndefined();
    expect(body.answers).toHaveLength(facets.length);
    for (const facet of facets)
      expect(body.answers.find((a) => a.facetId === facet.id)?.value).toEqual(
        answerValue(facet, rounds - 1, true),
      );
    const bytes = Buffer.byteLength(response.body);
    console.log(
      `GET /me/answers after ${rounds * facets.length} writes, ${facets.length} facets answered: ${bytes} bytes`,
    );
    expect(bytes).toBeLessThan(100 * 1024);

    // The versions are all still there, a facet at a time.
    const first = facets[0] as CatalogueFacet;
    const pages = await allPages(member, first.id, 100);
    expect(pages.flatMap((p) => p.versions)).toHaveLength(rounds);
  }, 120_000);

  it("pages one facet's history newest first, every version exactly once, until nextCursor is null", async () => {
    const written: string[] = [];
    for (let n = 0; n < 45; n++) {
      t.clock.advance(ELEVEN_MINUTES);
      const value = `Version ${n}`;
      written.push(value);
      expect(
        (await member.put("/api/v1/me/answers/drains", { value, visibility: "leader" })).statusCode,
      ).toBe(200);
    }
    t.clock.advance(ELEVEN_MINUTES);
    expect((await member.delete("/api/v1/me/answers/drains")).statusCode).toBe(200);

    const firstPage = (await member.get("/api/v1/me/answers/drains/history")).json() as HistoryPage;
    expect(firstPage.versions).toHaveLength(20);
    expect(firstPage.versions[0]).toMatchObject({ withdrawn: true, value: "Version 44", visibility: null });
    expect(firstPage.versions[1]).toMatchObject({
      withdrawn: false,
      value: "Version 44",
      visibility: "leader",
    });

    const pages = await allPages(member, "drains", 20);
    expect(pages.map((p) => p.versions.length)).toEqual([20, 20, 6]);
    expect(pages.at(-1)?.nextCursor).toBeNull();
    const versions = pages.flatMap((p) => p.versions);
    expect(versions.slice(1).map((v) => v.value)).toEqual([...written].reverse());
    const times = versions.map((v) => v.recordedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(new Set(times).size).toBe(versions.length);

    // The facet by key or by id alike; someone else asking about the same facet gets their own (none).
    const drainsId = facets.find((f) => f.key === "drains")?.id ?? "";
    expect(
      ((await member.get(`/api/v1/me/answers/${drainsId}/history`)).json() as HistoryPage).versions,
    ).toEqual(firstPage.versions);
    const theirs = await teammate.get("/api/v1/me/answers/drains/history");
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json()).toEqual({ versions: [], nextCursor: null });
  });

  it("refuses a limit out of range, a made-up cursor and an unknown facet, naming what is wrong", async () => {
    for (const [query, field] of [
      ["limit=0", "limit"],
      ["limit=101", "limit"],
      ["limit=ten", "limit"],
      ["cursor=not-a-cursor", "cursor"],
      [`cursor=${Buffer.from('["yesterday","x"]').toString("base64url")}`, "cursor"],
    ] as const) {
      const response = await member.get(`/api/v1/me/answers/drains/history?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code).toBe("validation_error");
      expect(response.json().error.details.fields[0].path, query).toBe(field);
    }
    const unknown = await member.get("/api/v1/me/answers/no-such-facet/history");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe("not_found");
    expect(
      (await new (member.constructor as typeof Client)(t.app).get("/api/v1/me/answers/drains/history"))
        .statusCode,
    ).toBe(401);
  });
});
