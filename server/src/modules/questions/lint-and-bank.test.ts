import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupWorkspace } from "../../../test/factories";
import { Client, startTestApp, type TestApp } from "../../../test/harness";

interface LintBody {
  open: boolean;
  findings: { code: string; message: string; suggestion: string }[];
}
interface BankBody {
  version: number;
  questions: {
    id: string;
    text: string;
    dimension: string | null;
    facet: string | null;
    topic: string | null;
    depth: string;
  }[];
}

const fieldsOf = (body: unknown) =>
  (body as { error: { details: { fields: { path: string }[] } } }).error.details.fields.map((f) => f.path);

describe("the lint and bank API", () => {
  let t: TestApp;
  let leader: Client;
  beforeAll(async () => {
    t = await startTestApp();
    leader = (await setupWorkspace(t)).admin;
  });
  afterAll(() => t.close());

  it("lints one question with a reason and a rewrite for each finding", async () => {
    const closed = await leader.post("/api/v1/questions/lint", { text: "Is the project going well?" });
    expect(closed.statusCode).toBe(200);
    const body = closed.json() as LintBody;
    expect(body.open).toBe(false);
    expect(body.findings.map((f) => f.code)).toEqual(["closed"]);
    expect(body.findings[0]?.message).toMatch(/yes or a no/);
    expect(body.findings[0]?.suggestion).not.toBe("");

    const open = await leader.post("/api/v1/questions/lint", { text: "How is the project going for you?" });
    expect(open.json()).toEqual({ open: true, findings: [], language: "english" });
  });

  it("lints a batch in the order given", async () => {
    const texts = ["Why was it late?", "What got in the way?", "That went well, right?", ""];
    const response = await leader.post("/api/v1/questions/lint", { texts });
    expect(response.statusCode).toBe(200);
    const { results } = response.json() as { results: LintBody[] };
    expect(results.map((r) => [r.open, r.findings.map((f) => f.code)])).toEqual([
      [false, ["why"]],
      [true, []],
      [false, ["leading"]],
      [false, []],
    ]);
  });

  it("refuses anonymous callers, more than 200 texts, long texts, and neither or both fields", async () => {
    const anonymous = await new Client(t.app).post("/api/v1/questions/lint", { text: "How are you?" });
    expect(anonymous.statusCode).toBe(401);

    const tooMany = await leader.post("/api/v1/questions/lint", { texts: Array(201).fill("How are you?") });
    expect(tooMany.statusCode).toBe(400);
    expect(fieldsOf(tooMany.json())).toEqual(["texts"]);

    const exactly200 = await leader.post("/api/v1/questions/lint", {
      texts: Array(200).fill("How are you?"),
    });
    expect((exactly200.json() as { results: unknown[] }).results).toHaveLength(200);

    const long = await leader.post("/api/v1/questions/lint", { text: `How ${"very ".repeat(100)}long?` });
    expect(long.statusCode).toBe(400);
    expect(fieldsOf(long.json())).toEqual(["text"]);

    const neither = await leader.post("/api/v1/questions/lint", {});
    expect(neither.statusCode).toBe(400);
    expect(fieldsOf(neither.json())).toEqual(["text"]);

    const both = await leader.post("/api/v1/questions/lint", { text: "How?", texts: ["How?"] });
    expect(both.statusCode).toBe(400);
    expect(fieldsOf(both.json())).toEqual(["texts"]);
  });

  it("serves the whole bank and filters it by facet, topic, depth, dimension and text", async () => {
    const all = (await leader.get("/api/v1/questions/bank")).json() as BankBody;
    expect(all.questions.length).toBeGreaterThanOrEqual(150);
    expect(all.version).toBeGreaterThanOrEqual(1);

    const facet = (await leader.get("/api/v1/questions/bank?facet=focus-rhythm")).json() as BankBody;
    expect(facet.questions.length).toBeGreaterThanOrEqual(4);
    expect(new Set(facet.questions.map((q) => `${q.facet}/${q.dimension}`))).toEqual(
      new Set(["focus-rhythm/workstyle"]),
    );

    const deepTrust = (await leader.get("/api/v1/questions/bank?topic=trust&depth=deep")).json() as BankBody;
    expect(deepTrust.questions.length).toBeGreaterThan(0);
    expect(
      deepTrust.questions.every((q) => q.topic === "trust" && q.depth === "deep" && q.facet === null),
    ).toBe(true);

    const followership = (
      await leader.get("/api/v1/questions/bank?dimension=followership")
    ).json() as BankBody;
    expect(followership.questions.length).toBeGreaterThan(0);
    expect(followership.questions.every((q) => q.dimension === "followership")).toBe(true);

    const search = (await leader.get("/api/v1/questions/bank?q=CALENDAR")).json() as BankBody;
    expect(search.questions.length).toBeGreaterThan(0);
    expect(search.questions.every((q) => q.text.toLowerCase().includes("calendar"))).toBe(true);
    expect(search.questions.length).toBeLessThan(all.questions.length);
  });

  it("names the field of an unknown facet, topic or depth, and wants a signed-in caller", async () => {
    for (const [query, field] of [
      ["facet=astrology", "facet"],
      ["topic=weather", "topic"],
      ["depth=huge", "depth"],
      ["dimension=mood", "dimension"],
    ]) {
      const response = await leader.get(`/api/v1/questions/bank?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(fieldsOf(response.json())).toEqual([field]);
    }
    expect((await new Client(t.app).get("/api/v1/questions/bank")).statusCode).toBe(401);
  });
});
