import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { auditStateReader } from "#contracts/audit";
import { STATE_CODES } from "#core/audit";
import { createTeam, joinTeam, otherWorkspace, setupWorkspace, signIn } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

/** Kept audits (ADR 5): each workspace's are kept until its own data version moves. */
describe("kept audits", () => {
  const apps: TestApp[] = [];
  const start = async (databaseUrl?: string) => {
    const t = await startTestApp(databaseUrl ? { databaseUrl } : {});
    apps.unshift(t); // closed newest first: the first app owns the database
    return t;
  };
  afterEach(async () => {
    for (const t of apps.splice(0)) await t.close();
  });

  /** A leader's team with one member the leader holds a belief about. */
  async function ledTeam(t: TestApp) {
    const { admin, adminEmail, workspaceId } = await setupWorkspace(t);
    const teamId = await createTeam(admin, "Platform");
    const member = await joinTeam(t, admin, teamId, "member", "Mo Member");
    const put = await admin.put(`/api/v1/people/${member.userId}/beliefs/focus-rhythm`, {
      value: "early-morning",
      source: "assumed",
      confidence: 3,
    });
    expect(put.statusCode).toBe(200);
    return { admin, adminEmail, workspaceId, teamId, member };
  }

  /** Changes a name straight in the database, as no route would: a kept audit still shows the old one. */
  const renameBehindTheBack = (t: TestApp, userId: string, name: string) =>
    t.ctx.db.updateTable("users").set({ name }).where("id", "=", userId).execute();

  it("survive a session's once-a-minute touch", async () => {
    const t = await start();
    const { adminEmail, teamId, member } = await ledTeam(t);
    const leader = await signIn(t, adminEmail);
    const names = async () =>
      (await leader.get(`/api/v1/teams/${teamId}/audit`)).json().people.map((p: { name: string }) => p.name);
    t.clock.advance(30_000);
    expect(await names()).toEqual(["Mo Member"]);
    await renameBehindTheBack(t, member.userId, "Mo Renamed");
    t.clock.advance(31_000); // the session is due its touch; the kept audit is 31 s old
    expect(await names()).toEqual(["Mo Member"]);
    const seen = await t.ctx.db.selectFrom("sessions").select("last_seen_at").execute();
    expect(seen.map((s) => s.last_seen_at)).toContain(t.clock.now().toISOString());
    t.clock.advance(30_000); // a minute after it was computed, the audit is computed afresh
    expect(await names()).toEqual(["Mo Renamed"]);
  });

  it("of one workspace stay in place when another workspace is written to", async () => {
    const t = await start();
    const home = await ledTeam(t);
    const away = await otherWorkspace(t);
    const awayAudit = async () => (await away.client.get(`/api/v1/teams/${away.teamId}/audit`)).json();
    expect((await awayAudit()).scope.name).toBe("Elsewhere team");
    await t.ctx.db
      .updateTable("teams")
      .set({ name: "Renamed behind the back" })
      .where("id", "=", away.teamId)
      .execute();

    // A write in the home workspace: its own audit shows it (an answer waiting for the leader's
    // guess), the other workspace's stays kept.
    await home.member.client.put("/api/v1/me/answers/drains", { value: "Long meetings" });
    const homeAudit = (await home.admin.get(`/api/v1/teams/${home.teamId}/audit`)).json();
    expect(homeAudit.stateRows.join("").split(STATE_CODES.sealed)).toHaveLength(2);
    expect((await awayAudit()).scope.name).toBe("Elsewhere team");

    // A write in the other workspace moves its version: its next audit is computed afresh.
    expect((await away.client.patch("/api/v1/me", { name: "Stranger Renamed" })).statusCode).toBe(200);
    expect((await awayAudit()).scope.name).toBe("Renamed behind the back");
  });

  it("show a write made through another app on the same database at its next read", async () => {
    const first = await start();
    const second = await start(first.databaseUrl);
    const { adminEmail, teamId, member } = await ledTeam(first);
    const leaderThere = await signIn(second, adminEmail);
    const stateThere = async () => {
      const body = (await leaderThere.get(`/api/v1/teams/${teamId}/audit`)).json();
      const facet = body.facets.find((f: { key: string }) => f.key === "drains");
      return auditStateReader(body)(0, facet?.id ?? "");
    };
    expect(await stateThere()).toBe("unknown");
    expect(await stateThere()).toBe("unknown");
    // The answer is written through the first app; the second's kept audit must not hide it.
    expect(
      (await member.client.put("/api/v1/me/answers/drains", { value: "Long meetings" })).statusCode,
    ).toBe(200);
    expect(await stateThere()).toBe("sealed");
    // And a deactivation through the first app ends the person's audit presence on the second.
    const admin = await signIn(first, adminEmail);
    expect((await admin.post(`/api/v1/users/${member.userId}/deactivate`)).statusCode).toBe(200);
    const after = (await leaderThere.get(`/api/v1/teams/${teamId}/audit`)).json();
    expect(after.people).toEqual([]);
  });

  it("compute a team's audit afresh after a change in at most 4 queries whatever the team's size, and serve a kept one with the session read alone, which carries the stamps", async () => {
    const t = await start();
    const { admin, teamId, member } = await ledTeam(t);
    await joinTeam(t, admin, teamId, "member", "Ed Second");
    await member.client.put("/api/v1/me/answers/focus-rhythm", { value: "afternoon" });
    const list = (await admin.post("/api/v1/question-lists", { name: "Mine" })).json();
    await admin.post(`/api/v1/question-lists/${list.id}/items`, {
      text: "What helps you focus?",
      depth: "light",
    });
    const read = async (people: number) => {
      t.queries.length = 0;
      const response = await admin.get(`/api/v1/teams/${teamId}/audit`);
      expect(response.statusCode).toBe(200);
      expect(response.json().people).toHaveLength(people);
      const session = t.queries.filter((q) => /from "sessions"/.test(q));
      expect(session).toHaveLength(1);
      for (const stamp of ["data_version", "catalogue_version", "questions_version"])
        expect(session[0]).toContain(`"${stamp}"`);
      expect(t.queries.filter((q) => /"data_version"/.test(q))).toHaveLength(1);
      return t.queries.length - session.length;
    };
    // The first audit also reads the catalogue and the leader's questions, which it then keeps.
    expect(await read(2)).toBeLessThanOrEqual(6);
    expect(await read(2)).toBe(0);
    // One more person moves the data version: the team with the viewer's role and its members,
    // then the knowledge, the conversations held with each person and the goal stance gaps.
    await joinTeam(t, admin, teamId, "member", "Flo Third");
    const computed = await read(3);
    expect(computed).toBeGreaterThan(0);
    expect(computed).toBeLessThanOrEqual(4);
    for (let i = 0; i < 5; i++) await joinTeam(t, admin, teamId, "member", `More ${i}`);
    expect(await read(8)).toBe(computed);
  });

  it("show a change to the catalogue or to the leader's questions on the next read, in this process and another", async () => {
    const t = await start();
    const { admin, adminEmail, teamId } = await ledTeam(t);
    const there = await start(t.databaseUrl);
    const leaderThere = await signIn(there, adminEmail);
    const audit = async (client: typeof admin) => (await client.get(`/api/v1/teams/${teamId}/audit`)).json();
    const titleOf = (body: { facets: { key: string; title: string }[] }) =>
      body.facets.find((f) => f.key === "focus-rhythm")?.title;
    const before = titleOf(await audit(admin));
    expect(titleOf(await audit(leaderThere))).toBe(before);
    // The admin who leads the team renames a facet, and then retires another, in this process.
    expect(
      (await admin.patch("/api/v1/facets/focus-rhythm", { title: "When I think best" })).statusCode,
    ).toBe(200);
    expect(titleOf(await audit(admin))).toBe("When I think best");
    expect(titleOf(await audit(leaderThere))).toBe("When I think best");
    const count = (await audit(admin)).facets.length;
    const other = (await audit(admin)).facets.find((f: { key: string }) => f.key !== "focus-rhythm").key;
    expect((await admin.patch(`/api/v1/facets/${other}`, { retired: true })).statusCode).toBe(200);
    expect((await audit(leaderThere)).facets).toHaveLength(count - 1);
    // The leader's own questions replace the bank's in the suggestions once they keep a list.
    const questionsOf = (body: { nextConversations: { questions: { text: string }[] }[] }) =>
      body.nextConversations.flatMap((n) => n.questions.map((q) => q.text));
    const own = "What would make Thursday mornings easier for you?";
    expect(questionsOf(await audit(leaderThere))).not.toContain(own);
    const list = (await leaderThere.post("/api/v1/question-lists", { name: "Mine" })).json();
    const item = await leaderThere.post(`/api/v1/question-lists/${list.id}/items`, {
      text: own,
      depth: "light",
      facet: "focus-rhythm",
    });
    expect(item.statusCode).toBe(201);
    expect(questionsOf(await audit(admin))).toContain(own);
  });

  it("are sent brotli- or gzip-encoded to a client that accepts it, the same JSON, and plain to one that does not", async () => {
    const t = await start();
    const { admin, teamId } = await ledTeam(t);
    const read = (acceptEncoding?: string) =>
      t.app.inject({
        method: "GET",
        url: `/api/v1/teams/${teamId}/audit`,
        headers: {
          cookie: admin.sessionCookie ?? "",
          ...(acceptEncoding ? { "accept-encoding": acceptEncoding } : {}),
        },
      });
    const plain = await read();
    expect(plain.statusCode).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.json().people).toHaveLength(1);
    const decode = { br: brotliDecompressSync, gzip: gunzipSync };
    for (const [accepted, encoding] of [
      ["gzip, deflate, br", "br"],
      ["br;q=1, gzip;q=0.5", "br"],
      ["gzip, deflate", "gzip"],
      ["br;q=0.5, gzip", "gzip"],
    ] as const) {
      const encoded = await read(accepted);
      expect(encoded.statusCode).toBe(200);
      expect(encoded.headers["content-encoding"]).toBe(encoding);
      expect(encoded.headers["content-type"]).toMatch(/^application\/json/);
      expect(encoded.rawPayload.length).toBeLessThan(plain.rawPayload.length);
      expect(JSON.parse(decode[encoding](encoded.rawPayload).toString("utf8"))).toEqual(plain.json());
    }
    const refused = await read("gzip;q=0, br;q=0, identity");
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.json()).toEqual(plain.json());
  });
});
