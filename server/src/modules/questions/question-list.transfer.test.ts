import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTeam, joinTeam, setupWorkspace } from "../../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../../test/harness";
import { questionsFromCsv, questionsToCsv } from "./question-list.csv";
import { questionsFromMarkdown, questionsToMarkdown } from "./question-list.markdown";
import { content, createList, getList, type Item, type List } from "./question-list.test-support";
import { ImportRowError, type TransferQuestion } from "./question-list.transfer";

interface ImportBody {
  list: List;
  findings: { row: number; code: string; message: string; suggestion: string }[];
}
interface ImportError {
  error: { code: string; message: string; details: { row: number; reason: string } };
}

const rowError = (run: () => unknown): { row: number; reason: string } => {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportRowError) return { row: error.row, reason: error.reason };
    throw error;
  }
  throw new Error("expected an ImportRowError");
};

describe("exporting and importing question lists", () => {
  let t: TestApp;
  let leader: Client;
  /** The whole bank, edited the way a leader would: retired questions, own questions, a new order. */
  let edited: List;
  beforeAll(async () => {
    t = await startTestApp();
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin, "Platform");
    leader = (await joinTeam(t, admin, teamId, "leader")).client;
    const list = await createList(leader, { name: 'Édition: 1:1s, "quarterly"', fromBank: true });
    const items = `/api/v1/question-lists/${list.id}/items`;
    for (const item of list.items.slice(3, 9)) await leader.patch(`${items}/${item.id}`, { retired: true });
    const tricky = [
      { text: 'What does "done", for you, look like; and when?', depth: "medium", topic: "goals" },
      { text: "=SUM(A1:A2) — what would you make of a cell like this?", depth: "light" },
      {
        text: "- [deep] What feels #1 for you right now? <!-- not a comment -->",
        depth: "deep",
        facet: "focus-rhythm",
      },
      { text: "Was ist dir wichtig, 日本語 ünd emoji 🙂?", depth: "light" },
    ];
    for (const body of tricky) expect((await leader.post(items, body)).statusCode).toBe(201);
    const all = (await getList(leader, list.id)).items;
    // Interleave subjects so a format that grouped by heading would lose the order.
    const order = [...all.slice(-4), ...all.slice(0, -4)].reverse().map((i: Item) => i.id);
    expect((await leader.put(`${items}/order`, { itemIds: order })).statusCode).toBe(200);
    edited = await getList(leader, list.id);
  });
  afterAll(() => t.close());

  for (const format of ["csv", "md"] as const) {
    it(`gives the same list after an export and import as ${format}`, async () => {
      const exported = await leader.get(`/api/v1/question-lists/${edited.id}/export?format=${format}`);
      expect(exported.statusCode).toBe(200);
      expect(exported.headers["content-type"]).toMatch(format === "csv" ? /^text\/csv/ : /^text\/markdown/);
      expect(exported.headers["content-disposition"]).toBe(
        `attachment; filename="edition-11s-quarterly.${format}"`,
      );
      if (format === "csv") expect(exported.body.startsWith("text,facet,topic,depth,retired\r\n")).toBe(true);
      else expect(exported.body).toMatch(/^# Édition: 1:1s, "quarterly"\n/);

      const response = await leader.post("/api/v1/question-lists/import", {
        name: "Round trip",
        format,
        content: exported.body,
      });
      expect(response.statusCode, response.body).toBe(201);
      const imported = (response.json() as ImportBody).list;
      expect(imported.name).toBe("Round trip");
      expect(content(imported)).toEqual(content(edited));
      expect(imported.retiredCount).toBe(6);
      expect(content(await getList(leader, imported.id))).toEqual(content(edited));
    });
  }

  it("marks retired questions and groups runs under readable headings in Markdown", async () => {
    const markdown = (await leader.get(`/api/v1/question-lists/${edited.id}/export?format=md`)).body;
    expect(markdown).toContain("## Facet: Focus rhythm (focus-rhythm)");
    expect(markdown).toMatch(/^## Topic: goals$/m);
    expect(markdown).toMatch(/^## General$/m);
    expect(markdown).toMatch(/^- \[(light|medium|deep), retired\] /m);
  });

  it("refuses a CSV with a bad row as a whole, naming the row and reason", async () => {
    const before = await t.ctx.db.selectFrom("question_lists").select("id").execute();
    const csv = [
      "text,facet,topic,depth,retired",
      "What helps you focus?,focus-rhythm,,light,false",
      "How is the team doing?,,team,medium,",
      "Tell me about your week.,,,light,no",
      "What matters most this quarter?,,goals,huge,false",
      "What else?,,,light,false",
    ].join("\n");
    const response = await leader.post("/api/v1/question-lists/import", {
      name: "Bad",
      format: "csv",
      content: csv,
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json() as ImportError;
    expect(error.code).toBe("import_invalid");
    expect(error.message).toBe('Row 5: unknown depth "huge" (use light, medium, deep)');
    expect(error.details).toEqual({ row: 5, reason: 'unknown depth "huge" (use light, medium, deep)' });
    expect(await t.ctx.db.selectFrom("question_lists").select("id").execute()).toEqual(before);
  });

  it("imports questions with findings per row, without blocking the import", async () => {
    const markdown = [
      "# Anything",
      "",
      "- [light] Is the rota working?",
      "",
      "## Topic: trust",
      "- [deep] What builds trust for you?",
      "- [medium] Why was it late?",
    ].join("\n");
    const response = await leader.post("/api/v1/question-lists/import", {
      name: "Linted",
      format: "md",
      content: markdown,
    });
    expect(response.statusCode).toBe(201);
    const body = response.json() as ImportBody;
    expect(body.list.items.map((i) => [i.text, i.topic, i.depth])).toEqual([
      ["Is the rota working?", null, "light"],
      ["What builds trust for you?", "trust", "deep"],
      ["Why was it late?", "trust", "medium"],
    ]);
    expect(body.findings.map((f) => [f.row, f.code])).toEqual([
      [3, "closed"],
      [7, "why"],
    ]);
    expect(body.findings[0]?.message).not.toBe("");
  });

  it("reports the first bad line of a Markdown file and names unknown facets, topics and marks", () => {
    expect(rowError(() => questionsFromMarkdown("# L\n\n## Facet: Astrology\n- [light] What?"))).toEqual({
      row: 3,
      reason: 'unknown facet "Astrology"',
    });
    expect(rowError(() => questionsFromMarkdown("- [light] What?\n- [deep, archived] How?")).row).toBe(2);
    expect(rowError(() => questionsFromMarkdown("- [light] What?\nJust some prose.")).row).toBe(2);
    expect(rowError(() => questionsFromMarkdown("## Topic: weather")).reason).toMatch(
      /unknown topic "weather"/,
    );
    expect(rowError(() => questionsFromMarkdown("- What, with no depth?")).reason).toMatch(
      /depth is missing/,
    );
    // Facet titles work as well as keys; comments are skipped, even over several lines.
    expect(questionsFromMarkdown("<!--\n- [x] not read\n-->\n## facet: focus rhythm\n* [Deep] How?")).toEqual(
      [{ row: 5, text: "How?", facet: "focus-rhythm", topic: null, depth: "deep", retired: false }],
    );
  });

  it("reads spreadsheet CSV: header errors on row 1, semicolons, quotes, blank lines, formula guards", () => {
    expect(rowError(() => questionsFromCsv("text,depht\nWhat?,light"))).toEqual({
      row: 1,
      reason: 'unknown column "depht" (expected text, facet, topic, depth, retired)',
    });
    expect(rowError(() => questionsFromCsv("text,facet\nWhat?,focus-rhythm")).reason).toMatch(
      /no "depth" column/,
    );
    expect(rowError(() => questionsFromCsv("")).row).toBe(1);
    expect(rowError(() => questionsFromCsv("text,depth\nWhat?,light,extra")).row).toBe(2);
    expect(rowError(() => questionsFromCsv("text,depth,retired\nWhat?,light,maybe")).reason).toMatch(
      /retired/,
    );
    expect(
      rowError(() => questionsFromCsv("text,facet,topic,depth\nWhat?,focus-rhythm,trust,light")).reason,
    ).toMatch(/not both/);
    expect(
      questionsFromCsv('\uFEFFDepth;Text\r\nmedium;"What; really, matters?"\r\n\r\nLIGHT;How?\r\n'),
    ).toEqual([
      { row: 2, text: "What; really, matters?", facet: null, topic: null, depth: "medium", retired: false },
      { row: 4, text: "How?", facet: null, topic: null, depth: "light", retired: false },
    ]);
    const risky: TransferQuestion[] = [
      { text: "=HYPERLINK(1)?", facet: null, topic: null, depth: "light", retired: false },
      {
        text: "+1 or -1: what would you give it?",
        facet: null,
        topic: "team",
        depth: "light",
        retired: true,
      },
    ];
    const csv = questionsToCsv(risky);
    expect(csv).toContain(`"'=HYPERLINK(1)?"`);
    expect(questionsFromCsv(csv).map(({ row: _row, ...q }) => q)).toEqual(risky);
    expect(questionsFromMarkdown(questionsToMarkdown("L", risky)).map(({ row: _row, ...q }) => q)).toEqual(
      risky,
    );
  });

  it("refuses more than 1000 questions and content over 1 MB", async () => {
    const rows = Array.from({ length: 1001 }, (_, i) => `What is question ${i}?,light`);
    const tooMany = await leader.post("/api/v1/question-lists/import", {
      name: "Huge",
      format: "csv",
      content: ["text,depth", ...rows].join("\n"),
    });
    expect(tooMany.statusCode).toBe(400);
    expect((tooMany.json() as ImportError).error.details.row).toBe(1002);

    const big = await leader.post("/api/v1/question-lists/import", {
      name: "Big",
      format: "md",
      content: "x".repeat(1024 * 1024 + 1),
    });
    expect(big.statusCode).toBe(400);
    expect(
      (big.json() as { error: { details: { fields: { path: string }[] } } }).error.details.fields[0]?.path,
    ).toBe("content");
  });
});
