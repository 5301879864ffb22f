import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BANK_QUESTIONS } from "#core/questions/bank";
import { STARTER_SETS } from "#core/questions/starter-sets";
import type { Client, TestApp } from "../../../test/harness";
import { createList, fieldsOf, getList, type Item, startWithLeader } from "./question-list.test-support";

const bankQuestion = (index: number) => {
  const question = BANK_QUESTIONS[index];
  if (!question) throw new Error(`The bank has no question ${index}.`);
  return question;
};

describe("shaping a list quickly: from the bank, several at once", () => {
  let t: TestApp;
  let leader: Client;
  beforeAll(async () => {
    ({ t, leader } = await startWithLeader());
  });
  afterAll(() => t.close());

  it("adds one bank question, then a selection, at the end in the order given, leaving out those already held", async () => {
    const list = await createList(leader, { name: "Growing" });
    await leader.post(`/api/v1/question-lists/${list.id}/items`, {
      text: "What helps you most?",
      depth: "light",
    });
    const fromBank = `/api/v1/question-lists/${list.id}/items/from-bank`;
    const [a, b, c] = [bankQuestion(4), bankQuestion(0), bankQuestion(9)];

    const one = await leader.post(fromBank, { questionIds: [a.id] });
    expect(one.statusCode).toBe(201);
    const first = one.json() as { added: Item[]; alreadyInList: string[] };
    expect(first.alreadyInList).toEqual([]);
    expect(first.added).toHaveLength(1);
    expect(first.added[0]).toMatchObject({
      text: a.text,
      facet: a.facet,
      topic: a.topic,
      depth: a.depth,
      bankQuestionId: a.id,
      position: 1,
      retired: false,
    });

    const several = (await leader.post(fromBank, { questionIds: [b.id, a.id, c.id] })).json() as {
      added: Item[];
      alreadyInList: string[];
    };
    expect(several.added.map((i) => [i.bankQuestionId, i.position])).toEqual([
      [b.id, 2],
      [c.id, 3],
    ]);
    expect(several.alreadyInList).toEqual([a.id]);

    // A retired copy still counts as held: restoring it is the way back, not a second copy.
    const held = await getList(leader, list.id);
    const copyOfA = held.items.find((i) => i.bankQuestionId === a.id) as Item;
    await leader.patch(`/api/v1/question-lists/${list.id}/items/${copyOfA.id}`, { retired: true });
    const again = (await leader.post(fromBank, { questionIds: [a.id] })).json() as {
      added: Item[];
      alreadyInList: string[];
    };
    expect(again).toEqual({ added: [], alreadyInList: [a.id] });
    const after = await getList(leader, list.id);
    expect(after.items.map((i) => i.position)).toEqual([0, 1, 2, 3]);
    expect(after.items.map((i) => i.bankQuestionId)).toEqual([null, a.id, b.id, c.id]);
  });

  it("refuses an unknown, malformed or repeated bank id, naming it, and adds nothing", async () => {
    const list = await createList(leader, { name: "Strict" });
    const fromBank = `/api/v1/question-lists/${list.id}/items/from-bank`;
    const known = bankQuestion(0).id;
    const cases: [unknown, string][] = [
      [{ questionIds: [] }, "questionIds"],
      [{}, "questionIds"],
      [{ questionIds: [known, "q99999"] }, "questionIds.1"],
      [{ questionIds: ["not-an-id"] }, "questionIds.0"],
      [{ questionIds: [known, known] }, "questionIds.1"],
    ];
    for (const [body, field] of cases) {
      const response = await leader.post(fromBank, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(response.json())).toEqual([field]);
    }
    expect((await getList(leader, list.id)).items).toEqual([]);
    expect(
      (
        await leader.post(`/api/v1/question-lists/${crypto.randomUUID()}/items/from-bank`, {
          questionIds: [known],
        })
      ).statusCode,
    ).toBe(404);
  });

  it("retires and restores several at once, counting only those that change", async () => {
    const list = await createList(leader, { name: "Bulk", fromBank: { facet: "planning-style" } });
    const ids = list.items.map((i) => i.id);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    const bulk = `/api/v1/question-lists/${list.id}/items/bulk`;
    const chosen = [ids[0], ids[2], ids[3]] as string[];

    const retired = await leader.post(bulk, { itemIds: chosen, action: "retire" });
    expect(retired.statusCode).toBe(200);
    const body = retired.json() as { changed: number; items: Item[] };
    expect(body.changed).toBe(3);
    expect(body.items.filter((i) => i.retired).map((i) => i.id)).toEqual(chosen);
    expect((await getList(leader, list.id)).retiredCount).toBe(3);

    // Retiring again changes nothing; restoring two of them and one in use changes two.
    expect((await leader.post(bulk, { itemIds: chosen, action: "retire" })).json().changed).toBe(0);
    const restored = (
      await leader.post(bulk, { itemIds: [ids[0], ids[1], ids[3]], action: "restore" })
    ).json() as {
      changed: number;
      items: Item[];
    };
    expect(restored.changed).toBe(2);
    expect(restored.items.filter((i) => i.retired).map((i) => i.id)).toEqual([ids[2]]);
    // Order is untouched by retiring.
    expect(restored.items.map((i) => i.id)).toEqual(ids);
  });

  it("moves several to the end of another list, in list order, keeping them as they were", async () => {
    const from = await createList(leader, { name: "From", fromBank: { facet: "planning-style" } });
    const to = await createList(leader, { name: "To", fromBank: { facet: "focus-rhythm" } });
    const ids = from.items.map((i) => i.id);
    await leader.patch(`/api/v1/question-lists/${from.id}/items/${ids[3]}`, { retired: true });
    const bulk = `/api/v1/question-lists/${from.id}/items/bulk`;

    // Named out of order: they arrive in the order they had in the first list.
    const response = await leader.post(bulk, { itemIds: [ids[3], ids[1]], action: "move", toListId: to.id });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { changed: number; items: Item[] };
    expect(body.changed).toBe(2);
    expect(body.items.map((i) => i.id)).toEqual(ids.filter((id) => id !== ids[1] && id !== ids[3]));
    expect(body.items.map((i) => i.position)).toEqual(body.items.map((_, index) => index));

    const target = await getList(leader, to.id);
    expect(target.items.slice(-2).map((i) => [i.id, i.retired, i.position])).toEqual([
      [ids[1], false, to.items.length],
      [ids[3], true, to.items.length + 1],
    ]);
    expect(target.retiredCount).toBe(1);
    expect((await getList(leader, from.id)).items).toHaveLength(ids.length - 2);
  });

  it("validates a bulk change, naming the field, and changes nothing when one id is wrong", async () => {
    const list = await createList(leader, { name: "Careful", fromBank: { facet: "planning-style" } });
    const other = await createList(leader, { name: "Elsewhere", fromBank: { facet: "focus-rhythm" } });
    const ids = list.items.map((i) => i.id);
    const bulk = `/api/v1/question-lists/${list.id}/items/bulk`;
    const foreignItem = other.items[0]?.id as string;
    const cases: [unknown, string][] = [
      [{ itemIds: [], action: "retire" }, "itemIds"],
      [{ itemIds: [ids[0]], action: "archive" }, "action"],
      [{ itemIds: [ids[0], ids[0]], action: "retire" }, "itemIds.1"],
      [{ itemIds: ["x"], action: "retire" }, "itemIds.0"],
      [{ itemIds: [ids[0]], action: "move" }, "toListId"],
      [{ itemIds: [ids[0]], action: "retire", toListId: other.id }, "toListId"],
      [{ itemIds: [ids[0], foreignItem], action: "retire" }, "itemIds.1"],
      [{ itemIds: [ids[0]], action: "move", toListId: list.id }, "toListId"],
    ];
    for (const [body, field] of cases) {
      const response = await leader.post(bulk, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(response.json())).toEqual([field]);
    }
    const unknownTarget = await leader.post(bulk, {
      itemIds: [ids[0]],
      action: "move",
      toListId: crypto.randomUUID(),
    });
    expect(unknownTarget.statusCode).toBe(404);
    const untouched = await getList(leader, list.id);
    expect(untouched.items.map((i) => [i.id, i.retired])).toEqual(ids.map((id) => [id, false]));
    expect((await getList(leader, other.id)).items).toHaveLength(other.items.length);
  });

  it("copies each starter set into a new list in one step, in the set's order, named after it unless named", async () => {
    for (const set of STARTER_SETS) {
      const response = await leader.post("/api/v1/question-lists/from-starter", { set: set.key });
      expect(response.statusCode, response.body).toBe(201);
      const list = response.json() as { id: string; name: string; itemCount: number; items: Item[] };
      expect(list.name).toBe(set.title);
      expect(list.items.map((i) => i.bankQuestionId)).toEqual([...set.questionIds]);
      expect(list.items.map((i) => i.position)).toEqual(set.questionIds.map((_, index) => index));
      expect(list.itemCount).toBe(set.questionIds.length);
      const text = BANK_QUESTIONS.find((q) => q.id === set.questionIds[0])?.text;
      expect(list.items[0]?.text).toBe(text);
    }
    const named = await leader.post("/api/v1/question-lists/from-starter", {
      set: "hard-week",
      name: "  Monday  ",
    });
    expect((named.json() as { name: string }).name).toBe("Monday");
    for (const [body, field] of [
      [{ set: "holiday" }, "set"],
      [{}, "set"],
      [{ set: "hard-week", name: " " }, "name"],
    ] as const) {
      const response = await leader.post("/api/v1/question-lists/from-starter", body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(response.json())).toEqual([field]);
    }
  });
});
