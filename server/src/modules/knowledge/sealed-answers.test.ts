import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ledTeam } from "../../../test/factories";
import { Client, startTestApp, type TestApp } from "../../../test/harness";
import { requestOf } from "../../../test/matrix/row";
import { ROWS } from "../../../test/matrix/rows";
import { buildWorld, SECRETS, type World } from "../../../test/world";
import { addQuestionListFixture } from "../questions/question-list.matrix-fixture";

type FacetEntry = {
  facet: { key: string };
  state?: string;
  answer?: { value: unknown };
  sealedAnswer?: { answeredAt: string };
  belief?: { afterAnswer: boolean };
  comparison?: { outcome: string; computed: boolean };
  computedOutcome?: string;
};

const WORDS = "DRAINS-WORDS-6e1f: status meetings with no decision";

describe("sealed answers: the leader writes down what they think, then looks", () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof world>>;
  async function world() {
    const team = await ledTeam(t);
    const { leader, member } = team;
    const person = `/api/v1/people/${member.userId}`;
    const facetOf = async (client: Client, key: string): Promise<FacetEntry> => {
      const page = (await client.get(person)).json() as { facets: FacetEntry[] };
      const found = page.facets.find((f) => f.facet.key === key);
      if (!found) throw new Error(`no facet ${key}`);
      return found;
    };
    const believe = (key: string, value: unknown, confidence = 5) =>
      leader.client.put(`${person}/beliefs/${key}`, { value, source: "assumed", confidence });
    const reveal = (key: string, client = leader.client) => client.post(`${person}/facets/${key}/reveal`);
    const audit = async () => (await leader.client.get(`${person}/audit`)).json();
    return { ...team, person, facetOf, believe, reveal, audit };
  }
  beforeEach(async () => {
    t = await startTestApp();
    w = await world();
  });
  afterEach(() => t.close());

  /**
   * Every GET operation of the served document the leader can name from this team (its people, the
   * team, a facet): each body, so that a route added later is read too. Routes named by something
   * else (a question list, an invitation link) carry nothing about the person.
   */
  async function everythingTheLeaderReads(client: Client): Promise<string[]> {
    const document = (await client.get("/api/openapi.json")).json() as {
      paths: Record<string, { get?: object }>;
    };
    const values: Record<string, string> = { userId: w.member.userId, teamId: w.teamId, facetId: "drains" };
    const bodies: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      if (!operations.get || !path.startsWith("/api/v1/")) continue;
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
      if (names.some((name) => !(name in values))) continue;
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");
      const response = await client.get(url);
      expect(response.statusCode, url).toBeLessThan(500);
      bodies.push(`${url} ${response.body}`);
    }
    return bodies;
  }

  it("the scenario: the member answers, the leader writes a belief at confidence 5 without looking, then looks: it counts; a belief changed after looking is after_answer", async () => {
    const { member, leader, facetOf, believe, reveal, audit, person, teamId } = w;
    // 1. The member answers first, on a text facet and on a structured one.
    await member.client.put("/api/v1/me/answers/drains", { value: WORDS, visibility: "leader" });
    await member.client.put("/api/v1/me/answers/focus-rhythm", {
      value: "early-morning",
      visibility: "leader",
    });

    // 2. The leader is told that an answer exists and when, never what it says: no response they
    // get carries the words, on any route.
    const beforeLooking = await everythingTheLeaderReads(leader.client);
    expect(beforeLooking.some((body) => body.startsWith(`${person} `))).toBe(true);
    expect(beforeLooking.some((body) => body.startsWith(`/api/v1/teams/${teamId}/audit `))).toBe(true);
    for (const key of ["drains", "focus-rhythm"]) {
      const cell = await facetOf(leader.client, key);
      expect(cell.state).toBe("sealed");
      expect(cell.answer).toBeUndefined();
      expect(cell.sealedAnswer?.answeredAt).toBe(t.clock.now().toISOString());
      expect(cell.computedOutcome).toBeUndefined();
    }
    const waiting = await audit();
    expect(waiting.sealed).toHaveLength(2);
    expect(waiting.figures.stateCounts.sealed).toBe(2);
    expect(waiting.figures.coverage).toBeGreaterThan(0);
    expect(waiting.figures.confirmedShare).toBe(0);
    expect(waiting.figures.accuracy).toBeNull();
    expect(waiting.figures.calibration).toBeNull();
    expect(waiting.nextConversations.map((n: { facetKey: string }) => n.facetKey)).not.toContain("drains");
    const team = (await leader.client.get(`/api/v1/teams/${teamId}/audit`)).json();
    expect(team.sealed.map((s: { personId: string }) => s.personId)).toEqual([member.userId, member.userId]);

    // 3. Beliefs at confidence 5, without looking: written blind, so not after_answer.
    const wrong = await believe("focus-rhythm", "late-day");
    expect(wrong.statusCode).toBe(200);
    expect(wrong.json().afterAnswer).toBe(false);
    const guessed = await believe("drains", "Long one-to-ones");
    expect(guessed.json().afterAnswer).toBe(false);
    for (const body of [...beforeLooking, wrong.body, guessed.body]) expect(body).not.toContain(WORDS);

    // 4. The leader looks: the answer shows, and the belief written before stands, confronted.
    const focus = await reveal("focus-rhythm");
    expect(focus.statusCode).toBe(200);
    expect(focus.json()).toMatchObject({
      state: "blind_spot",
      answer: { value: "early-morning" },
      belief: { afterAnswer: false, confidence: 5 },
      comparison: { outcome: "miss", computed: true },
    });
    expect(focus.json().sealedAnswer).toBeUndefined();
    const drains = await reveal("drains");
    expect(drains.json()).toMatchObject({ answer: { value: WORDS }, belief: { afterAnswer: false } });
    expect((await facetOf(leader.client, "drains")).answer?.value).toBe(WORDS);
    expect((await leader.client.put(`${person}/comparisons/drains`, { outcome: "match" })).statusCode).toBe(
      200,
    );
    expect((await facetOf(leader.client, "drains")).state).toBe("verified");
    // Looking again records nothing new: one look per answer version, each taken with the belief.
    expect(await t.ctx.db.selectFrom("answer_reveals").selectAll().execute()).toHaveLength(2);

    // 5. It counts: accuracy and calibration are numbers, a match and a miss at probability 1.
    const counted = await audit();
    expect(counted.figures.counts.compared).toBe(2);
    expect(counted.figures.accuracy).toBe(0.5);
    expect(counted.figures.calibration).toBe(0.5); // ((1 − 1)² + (1 − 0)²) / 2
    expect(counted.figures.stateCounts).toMatchObject({ blind_spot: 1, verified: 1, sealed: 0 });
    expect(counted.sealed).toEqual([]);

    // 6. A belief changed after looking: kept, marked after_answer, and out of the figures.
    const changed = await believe("focus-rhythm", "early-morning", 4);
    expect(changed.json().afterAnswer).toBe(true);
    expect((await facetOf(leader.client, "focus-rhythm")).state).toBe("learned");
    const after = await audit();
    expect(after.figures.counts.compared).toBe(1);
    expect(after.figures.accuracy).toBe(1);
  });

  it("records a look once per version of the words, and seals a changed answer again for the leader", async () => {
    const { member, leader, facetOf, reveal, believe } = w;
    await member.client.put("/api/v1/me/answers/drains", { value: WORDS, visibility: "leader" });
    const first = await reveal("drains");
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ state: "learned", answer: { value: WORDS } });
    t.clock.advance(60_000);
    const again = await reveal("drains");
    expect(again.json()).toEqual(first.json());
    const looks = await t.ctx.db.selectFrom("answer_reveals").selectAll().execute();
    expect(looks).toHaveLength(1);
    expect(looks[0]).toMatchObject({ leader_id: leader.userId, revision: 1 });
    // A belief written after looking is after_answer.
    expect((await believe("drains", "Long meetings")).json().afterAnswer).toBe(true);

    // Only the visibility changes: the same words, still looked at.
    await member.client.put("/api/v1/me/answers/drains", { value: WORDS, visibility: "team" });
    expect((await facetOf(leader.client, "drains")).answer?.value).toBe(WORDS);

    // New words, within the ten minutes that keep one version in the member's history: sealed again.
    const edited = "DRAINS-EDITED-0b3a: interruptions during focus time";
    t.clock.advance(60_000);
    await member.client.put("/api/v1/me/answers/drains", { value: edited, visibility: "team" });
    const resealed = await facetOf(leader.client, "drains");
    expect(resealed.answer).toBeUndefined();
    expect(resealed.sealedAnswer).toBeDefined();
    expect(resealed.state).toBe("assumed"); // the belief stands; nothing compared yet
    expect((await leader.client.get(w.person)).body).not.toContain("interruptions");
    // The teammate is no leader: a team answer reaches them as written.
    expect((await w.teammate.client.get(w.person)).body).toContain(edited);
    // A belief changed while the new words are sealed was committed blind again.
    expect((await believe("drains", "Interruptions")).json().afterAnswer).toBe(false);
    expect((await facetOf(leader.client, "drains")).answer?.value).toBe(edited);
    expect(
      await t.ctx.db.selectFrom("answer_reveals").select("revision").orderBy("revision").execute(),
    ).toEqual([{ revision: 1 }, { revision: 2 }]);
  });

  it("answers 404 where there is nothing the leader may look at, and to anyone who does not lead the person", async () => {
    const { member, teammate, otherLeader, admin, reveal } = w;
    await member.client.put("/api/v1/me/answers/energisers", {
      value: "private words",
      visibility: "private",
    });
    await member.client.put("/api/v1/me/answers/drains", { value: WORDS, visibility: "leader" });
    await member.client.put("/api/v1/me/answers/boundaries", {
      value: "withdrawn words",
      visibility: "leader",
    });
    await member.client.delete("/api/v1/me/answers/boundaries");
    for (const key of ["energisers", "boundaries", "meaningful-work", "no-such-facet"]) {
      const response = await reveal(key);
      expect(response.statusCode, key).toBe(404);
      expect(response.body).not.toContain("words");
    }
    for (const client of [member.client, teammate.client, otherLeader.client, admin]) {
      expect((await reveal("drains", client)).statusCode).toBe(404);
    }
    expect((await reveal("drains", new Client(t.app))).statusCode).toBe(401);
    // A prompt for a leader's own manual is no person-page facet: nothing to look at there.
    expect((await reveal("how-i-lead")).statusCode).toBe(409);
    expect(await t.ctx.db.selectFrom("answer_reveals").selectAll().execute()).toEqual([]);
  });

  it("never compares a sealed answer with a belief written before it, nor tells the outcome", async () => {
    const { member, leader, facetOf, believe, reveal, audit, person } = w;
    await believe("focus-rhythm", "early-morning", 4);
    await member.client.put("/api/v1/me/answers/focus-rhythm", {
      value: "early-morning",
      visibility: "leader",
    });
    const cell = await facetOf(leader.client, "focus-rhythm");
    expect(cell.state).toBe("assumed");
    expect(cell.comparison).toBeUndefined();
    expect(cell.computedOutcome).toBeUndefined();
    const before = await audit();
    expect(before.figures.accuracy).toBeNull();
    expect(before.figures.stateCounts.verified).toBe(0);
    expect(before.sealed).toEqual([]); // the belief is written: no guess is waiting
    const marked = await leader.client.put(`${person}/comparisons/focus-rhythm`, {
      outcome: "miss",
      reason: "a guess",
    });
    expect(marked.statusCode).toBe(409);
    expect(marked.body).not.toContain("match");
    // Looking shows the outcome, and the belief written before counts.
    expect((await reveal("focus-rhythm")).json()).toMatchObject({
      state: "verified",
      computedOutcome: "match",
      belief: { afterAnswer: false },
    });
    expect((await audit()).figures.accuracy).toBe(1);
  });
});

describe("the matrix's sealed marker", () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    await addQuestionListFixture(world.clients.leader);
  });
  afterAll(() => t.close());

  it("is in no response to the leader on any GET route until the leader looks, and then on their page", async () => {
    const leader = world.clients.leader;
    const reads = ROWS.filter((row) => row.method === "GET" && row.expect.leader === 200);
    expect(reads.length).toBeGreaterThan(10);
    for (const row of reads) {
      const response = await leader.get((await requestOf(row, world)).url);
      expect(response.statusCode, row.route).toBe(200);
      expect(response.body, row.route).not.toContain(SECRETS.sealedAnswer);
    }
    const page = (await leader.get(`/api/v1/people/${world.ids.memberId}`)).json() as {
      facets: FacetEntry[];
    };
    expect(page.facets.find((f) => f.facet.key === "boundaries")?.sealedAnswer).toBeDefined();
    // The teammate reads the same team answer without any seal.
    expect((await world.clients.teammate.get(`/api/v1/people/${world.ids.memberId}`)).body).toContain(
      SECRETS.sealedAnswer,
    );

    const looked = await leader.post(`/api/v1/people/${world.ids.memberId}/facets/boundaries/reveal`);
    expect(looked.statusCode).toBe(200);
    expect(looked.body).toContain(SECRETS.sealedAnswer);
    expect((await leader.get(`/api/v1/people/${world.ids.memberId}`)).body).toContain(SECRETS.sealedAnswer);
    // Looking is the leader's alone: another leader, the admin and the stranger still get nothing.
    for (const role of ["otherLeader", "admin", "stranger", "otherMember"] as const) {
      for (const row of ROWS.filter((r) => r.method === "GET")) {
        const response = await world.clients[role].get((await requestOf(row, world)).url);
        expect(response.body, `${row.route} as ${role}`).not.toContain(SECRETS.sealedAnswer);
      }
    }
  });
});
