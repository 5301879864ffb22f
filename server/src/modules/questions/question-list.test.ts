import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BANK_QUESTIONS } from "#core/questions/bank";
import type { Client, TestApp } from "../../../test/harness";
import {
  createList,
  fieldsOf,
  getList,
  type Item,
  type List,
  startWithLeader,
} from "./question-list.test-support";

describe("a leader's own question lists", () => {
  let t: TestApp;
  let leader: Client;
  beforeAll(async () => {
    ({ t, leader } = await startWithLeader());
  });
  afterAll(() => t.close());

  it("copies the whole bank into a new list, in bank order, with each item linted", async () => {
    const list = await createList(leader, { name: "  First   1:1s ", fromBank: true });
    expect(list.name).toBe("First 1:1s");
    expect(list.items.length).toBe(BANK_QUESTIONS.length);
    expect(list.items.length).toBeGreaterThanOrEqual(150);
    expect(list.itemCount).toBe(list.items.length);
    expect(list.items.map((i) => i.bankQuestionId)).toEqual(BANK_QUESTIONS.map((q) => q.id));
    expect(list.items.map((i) => i.position)).toEqual(list.items.map((_, index) => index));
    expect(list.items.every((i) => i.lint.open && !i.retired)).toBe(true);
    const first = BANK_QUESTIONS[0];
    expect(list.items[0]).toMatchObject({ text: first?.text, facet: first?.facet, depth: first?.depth });

    const { lists } = (await leader.get("/api/v1/question-lists")).json() as { lists: Omit<List, "items">[] };
    expect(lists.map((l) => [l.name, l.itemCount, l.retiredCount])).toEqual([
      ["First 1:1s", list.items.length, 0],
    ]);
  });

  it("copies a filtered part of the bank, or nothing", async () => {
    const part = await createList(leader, {
      name: "Deep trust",
      fromBank: { topic: "trust", depth: "deep" },
    });
    expect(part.items.length).toBeGreaterThan(0);
    expect(part.items.every((i) => i.topic === "trust" && i.depth === "deep")).toBe(true);
    const searched = await createList(leader, { name: "Energy", fromBank: { q: "energy" } });
    const bank = (await leader.get("/api/v1/questions/bank?q=energy")).json() as {
      questions: { text: string }[];
    };
    expect(searched.items.map((i) => i.text)).toEqual(bank.questions.map((q) => q.text));
    expect(searched.items.length).toBeGreaterThan(0);
    const empty = await createList(leader, { name: "Blank page" });
    expect(empty.items).toEqual([]);

    const unknown = await leader.post("/api/v1/question-lists", {
      name: "X",
      fromBank: { facet: "astrology" },
    });
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(unknown.json())[0]).toMatch(/^fromBank/);
    const noName = await leader.post("/api/v1/question-lists", { name: "   " });
    expect(fieldsOf(noName.json())).toEqual(["name"]);
  });

  it("adds, edits, retires, restores and deletes questions, keeping positions dense", async () => {
    const list = await createList(leader, { name: "Quarterly", fromBank: { facet: "focus-rhythm" } });
    const items = `/api/v1/question-lists/${list.id}/items`;

    const added = await leader.post(items, {
      text: "Is the new rota working?",
      depth: "light",
      topic: "team",
    });
    expect(added.statusCode).toBe(201);
    const own = added.json() as Item;
    expect(own).toMatchObject({
      bankQuestionId: null,
      topic: "team",
      facet: null,
      position: list.items.length,
    });
    expect(own.lint.open).toBe(false);
    expect(own.lint.findings.map((f) => f.code)).toEqual(["closed"]);

    const edited = await leader.patch(`${items}/${own.id}`, { text: "How is the new rota working for you?" });
    expect(edited.statusCode).toBe(200);
    expect((edited.json() as Item).lint).toEqual({ open: true, findings: [], language: "english" });

    // Giving a facet moves the question from its topic to the facet.
    const moved = (await leader.patch(`${items}/${own.id}`, { facet: "deep-work-needs" })).json() as Item;
    expect(moved).toMatchObject({ facet: "deep-work-needs", topic: null, dimension: "workstyle" });

    const first = list.items[0] as Item;
    const retired = (await leader.patch(`${items}/${first.id}`, { retired: true })).json() as Item;
    expect(retired.retired).toBe(true);
    const active = (await leader.get(items)).json() as { items: Item[] };
    expect(active.items.map((i) => i.id)).not.toContain(first.id);
    const everything = (await leader.get(`${items}?includeRetired=true`)).json() as { items: Item[] };
    expect(everything.items.map((i) => i.id)).toContain(first.id);
    expect((await getList(leader, list.id)).retiredCount).toBe(1);

    const restored = (await leader.patch(`${items}/${first.id}`, { retired: false })).json() as Item;
    expect(restored.retired).toBe(false);
    expect(((await leader.get(items)).json() as { items: Item[] }).items[0]?.id).toBe(first.id);

    expect((await leader.delete(`${items}/${first.id}`)).statusCode).toBe(200);
    const after = await getList(leader, list.id);
    expect(after.items.map((i) => i.id)).not.toContain(first.id);
    expect(after.items.map((i) => i.position)).toEqual(after.items.map((_, index) => index));
    expect((await leader.delete(`${items}/${first.id}`)).statusCode).toBe(404);
  });

  it("validates items: text length, known facet and topic, not both, a depth", async () => {
    const list = await createList(leader, { name: "Checks" });
    const items = `/api/v1/question-lists/${list.id}/items`;
    const cases: [unknown, string][] = [
      [{ text: " ", depth: "light" }, "text"],
      [{ text: `What ${"x".repeat(500)}?`, depth: "light" }, "text"],
      [{ text: "What helps?", depth: "huge" }, "depth"],
      [{ text: "What helps?" }, "depth"],
      [{ text: "What helps?", depth: "light", facet: "astrology" }, "facet"],
      [{ text: "What helps?", depth: "light", topic: "weather" }, "topic"],
      [{ text: "What helps?", depth: "light", facet: "focus-rhythm", topic: "trust" }, "topic"],
    ];
    for (const [body, field] of cases) {
      const response = await leader.post(items, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(response.json())).toEqual([field]);
    }
    expect((await getList(leader, list.id)).items).toEqual([]);
  });

  it("reorders only with exactly the list's item ids, retired ones included", async () => {
    const list = await createList(leader, { name: "Order", fromBank: { facet: "planning-style" } });
    const ids = list.items.map((i) => i.id);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    await leader.patch(`/api/v1/question-lists/${list.id}/items/${ids[1]}`, { retired: true });
    const order = `/api/v1/question-lists/${list.id}/items/order`;

    const reversed = [...ids].reverse();
    const response = await leader.put(order, { itemIds: reversed });
    expect(response.statusCode).toBe(200);
    expect((response.json() as { items: Item[] }).items.map((i) => i.id)).toEqual(reversed);
    expect((await getList(leader, list.id)).items.map((i) => [i.id, i.position])).toEqual(
      reversed.map((id, position) => [id, position]),
    );

    for (const itemIds of [
      reversed.slice(1),
      [...reversed, reversed[0]],
      [...reversed.slice(1), crypto.randomUUID()],
    ]) {
      const bad = await leader.put(order, { itemIds });
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad.json())).toEqual(["itemIds"]);
    }
    expect((await getList(leader, list.id)).items.map((i) => i.id)).toEqual(reversed);
  });

  it("filters a list's items by facet, topic, depth, dimension and text", async () => {
    const list = await createList(leader, { name: "Filters", fromBank: true });
    const items = (query: string) =>
      leader
        .get(`/api/v1/question-lists/${list.id}/items?${query}`)
        .then((r) => (r.json() as { items: Item[] }).items);
    const everything = await items("");
    const focus = await items("facet=focus-rhythm");
    expect(focus.length).toBeGreaterThan(0);
    expect(focus.length).toBeLessThan(everything.length);
    expect(focus.every((i) => i.facet === "focus-rhythm")).toBe(true);
    const lightCareer = await items("topic=career&depth=light");
    expect(lightCareer.length).toBeGreaterThan(0);
    expect(lightCareer.length).toBeLessThan(everything.length);
    expect(lightCareer.every((i) => i.topic === "career" && i.depth === "light")).toBe(true);
    const values = await items("dimension=values");
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((i) => i.dimension === "values")).toBe(true);
    const calendar = await items("q=Calendar");
    expect(calendar.length).toBeGreaterThan(0);
    expect(calendar.every((i) => /calendar/i.test(i.text))).toBe(true);
    const bad = await leader.get(`/api/v1/question-lists/${list.id}/items?includeRetired=yes`);
    expect(fieldsOf(bad.json())).toEqual(["includeRetired"]);
  });

  it("keeps copies: editing a copied question leaves the bank as it was and remembers its origin", async () => {
    const list = await createList(leader, { name: "Mine", fromBank: { facet: "focus-rhythm" } });
    const copied = list.items[0] as Item;
    await leader.patch(`/api/v1/question-lists/${list.id}/items/${copied.id}`, {
      text: "What hours suit you best?",
    });
    const after = (await getList(leader, list.id)).items[0];
    expect(after).toMatchObject({ text: "What hours suit you best?", bankQuestionId: copied.bankQuestionId });
    const bank = (await leader.get("/api/v1/questions/bank?facet=focus-rhythm")).json() as {
      questions: { id: string; text: string }[];
    };
    expect(bank.questions.find((q) => q.id === copied.bankQuestionId)?.text).toBe(copied.text);
  });

  it("renames and deletes a list with its questions", async () => {
    const list = await createList(leader, { name: "Old name", fromBank: { facet: "focus-rhythm" } });
    const renamed = await leader.patch(`/api/v1/question-lists/${list.id}`, { name: "New name" });
    expect((renamed.json() as List).name).toBe("New name");
    expect((renamed.json() as List).items).toHaveLength(list.items.length);
    expect((await getList(leader, list.id)).items.map((i) => i.text)).toEqual(list.items.map((i) => i.text));

    expect((await leader.delete(`/api/v1/question-lists/${list.id}`)).statusCode).toBe(200);
    expect((await leader.get(`/api/v1/question-lists/${list.id}`)).statusCode).toBe(404);
    const left = await t.ctx.db
      .selectFrom("question_list_items")
      .select("id")
      .where("list_id", "=", list.id)
      .execute();
    expect(left).toEqual([]);
  });
});
