import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTeam, joinTeam, setupWorkspace } from "../../test/factories";
import { Client, PASSWORD, startTestApp, type TestApp } from "../../test/harness";
import type { Database } from "../db/schema";
import { textProblem, unstorableStrings } from "./input-guard";

const NUL = "must not contain the NUL character (U+0000)";
const SURROGATE = "must be valid Unicode (it contains a lone surrogate)";

describe("the string scan", () => {
  it("accepts ordinary text, including astral characters written as surrogate pairs", () => {
    for (const text of ["", "plain", "é ü ß", "emoji 😀 and 👩🏽‍💻", "\uD83D\uDE00", "tab\tand\nnewline"]) {
      expect(textProblem(text)).toBeNull();
    }
  });

  it("refuses NUL anywhere, and a high or low surrogate without its partner", () => {
    for (const text of ["\u0000", "a\u0000b", "end\u0000"]) expect(textProblem(text)).toBe(NUL);
    for (const text of ["\uD800", "a\uD800b", "\uDC00", "x\uDE00\uD83D", "\uD83D\uD83D\uDE00"]) {
      expect(textProblem(text)).toBe(SURROGATE);
    }
  });

  it("names each bad string by its dotted path, in document order, keys included", () => {
    const body = {
      name: "fine",
      items: [{ text: "ok" }, { text: "bad\u0000", tags: ["x", "\uDBFF"] }],
      value: { "k\u0000ey": "hidden" },
    };
    expect(unstorableStrings(body, "body")).toEqual([
      { path: "items.1.text", message: NUL },
      { path: "items.1.tags.1", message: SURROGATE },
      { path: "value.k\uFFFDey", message: `its name ${NUL}` },
    ]);
    expect(unstorableStrings("\u0000", "body")).toEqual([{ path: "body", message: NUL }]);
    expect(unstorableStrings({ facetId: "ok" }, "params")).toEqual([]);
    expect(unstorableStrings(undefined, "body")).toEqual([]);
  });

  it("walks a very deep value without overflowing the stack, and stops after ten problems", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(unstorableStrings(deep, "body")).toHaveLength(1);
    expect(unstorableStrings(Array(50).fill("\u0000"), "body")).toHaveLength(10);
  });
});

type Table = keyof Database;
/** Counted before validation by design (a refused write still counts against the write limit). */
const COUNTED_BEFORE_VALIDATION: string[] = ["write_limits"];

describe("input a database cannot store", () => {
  let t: TestApp;
  let leader: Client;
  let member: Client;
  let memberId: string;
  let listId: string;

  const rowCounts = async () => {
    const counts: Record<string, number> = {};
    // Every table the database has, so a new one cannot be missed.
    const tables = (await t.ctx.db.introspection.getTables())
      .map((table) => table.name)
      .filter((name) => !COUNTED_BEFORE_VALIDATION.includes(name)) as Table[];
    expect(tables.length).toBeGreaterThan(14);
    for (const table of tables) {
      const row = await t.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      counts[table] = Number(row.n);
    }
    return counts;
  };

  /** The request is refused with 400 naming `field` with the guard's message, and no row changes. */
  const refused = async (
    send: () => Promise<{ statusCode: number; json(): unknown }>,
    field: string,
    message = NUL,
  ) => {
    const before = await rowCounts();
    const response = await send();
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: {
        code: "validation_error",
        message: `Invalid ${field}: ${message}`,
        details: { fields: [{ path: field, message }] },
      },
    });
    expect(await rowCounts()).toEqual(before);
  };

  beforeAll(async () => {
    t = await startTestApp();
    const { admin } = await setupWorkspace(t);
    const team = await createTeam(admin, "Team A");
    leader = (await joinTeam(t, admin, team, "leader")).client;
    const joined = await joinTeam(t, admin, team, "member");
    member = joined.client;
    memberId = joined.userId;
    const list = await leader.post("/api/v1/question-lists", { name: "Mine" });
    expect(list.statusCode).toBe(201);
    listId = (list.json() as { id: string }).id;
  });
  afterAll(() => t.close());

  it("refuses a NUL in a belief's facet (a path parameter)", async () => {
    await refused(
      () =>
        leader.put(`/api/v1/people/${memberId}/beliefs/%00x`, {
          value: "likes mornings",
          source: "assumed",
          confidence: 3,
        }),
      "facetId",
    );
  });

  it("refuses a NUL inside an answer's facet", async () => {
    await refused(
      () => member.put("/api/v1/me/answers/a%00b", { value: "quiet mornings", visibility: "leader" }),
      "facetId",
    );
  });

  it("refuses a NUL in the sign-in email, before any failure is counted", async () => {
    await refused(
      () =>
        new Client(t.app).post("/api/v1/auth/login", { email: "a\u0000@example.test", password: PASSWORD }),
      "email",
    );
  });

  it("refuses a NUL in a question's text", async () => {
    await refused(
      () =>
        leader.post(`/api/v1/question-lists/${listId}/items`, {
          text: "What\u0000 drains you?",
          depth: "light",
        }),
      "text",
    );
  });

  it("refuses a lone surrogate in a nested body field and a NUL in the query", async () => {
    await refused(
      () => leader.post("/api/v1/questions/lint", { texts: ["How are you?", "Why \uD800?"] }),
      "texts.1",
      SURROGATE,
    );
    await refused(() => leader.get("/api/v1/questions/bank?q=%00"), "q");
  });

  it("still stores the same requests without the bad character", async () => {
    const answer = await member.put("/api/v1/me/answers/drains", { value: "long meetings" });
    expect(answer.statusCode).toBe(200);
    const item = await leader.post(`/api/v1/question-lists/${listId}/items`, {
      text: "What drains you?",
      depth: "light",
    });
    expect(item.statusCode).toBe(201);
  });
});
