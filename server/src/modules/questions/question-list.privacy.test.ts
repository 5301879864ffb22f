import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/harness";
import { buildWorld, type World } from "../../../test/world";
import { content, createList, getList, type List } from "./question-list.test-support";

describe("question lists are private to their owner", () => {
  let t: TestApp;
  let world: World;
  let list: List;
  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    list = await createList(world.clients.leader, {
      name: "Lea's own questions",
      fromBank: { facet: "focus-rhythm" },
    });
  });
  afterAll(() => t.close());

  it("answers 404 to everyone else (another leader, members, an admin, another workspace) on every list route", async () => {
    const item = list.items[0]?.id ?? "";
    const base = `/api/v1/question-lists/${list.id}`;
    const attempts: ["GET" | "POST" | "PUT" | "PATCH" | "DELETE", string, unknown?][] = [
      ["GET", base],
      ["PATCH", base, { name: "Taken over" }],
      ["GET", `${base}/items?includeRetired=true`],
      ["POST", `${base}/items`, { text: "What do you think?", depth: "light" }],
      ["PUT", `${base}/items/order`, { itemIds: list.items.map((i) => i.id).reverse() }],
      ["PATCH", `${base}/items/${item}`, { retired: true }],
      ["POST", `${base}/items/from-bank`, { questionIds: ["q001"] }],
      ["POST", `${base}/items/bulk`, { itemIds: [item], action: "retire" }],
      ["DELETE", `${base}/items/${item}`],
      ["GET", `${base}/export?format=csv`],
      ["GET", `${base}/export?format=md`],
      ["DELETE", base],
    ];
    const others = ["admin", "otherLeader", "member", "teammate", "otherMember", "stranger"] as const;
    for (const role of others) {
      for (const [method, url, body] of attempts) {
        const response = await world.clients[role].request(method, url, body);
        expect(`${role} ${method} ${url} → ${response.statusCode}`).toBe(`${role} ${method} ${url} → 404`);
        expect(response.body).not.toContain("Lea's own questions");
      }
      const theirs = (await world.clients[role].get("/api/v1/question-lists")).json() as {
        lists: { id: string }[];
      };
      expect(theirs.lists.map((l) => l.id)).not.toContain(list.id);
    }
    const untouched = await getList(world.clients.leader, list.id);
    expect(untouched.name).toBe("Lea's own questions");
    expect(content(untouched)).toEqual(content(list));
  });

  it("never moves questions into someone else's list, nor takes them from it", async () => {
    const own = await createList(world.clients.otherLeader, {
      name: "Not Lea's",
      fromBank: { facet: "focus-rhythm" },
    });
    const item = own.items[0]?.id ?? "";
    const into = await world.clients.otherLeader.post(`/api/v1/question-lists/${own.id}/items/bulk`, {
      itemIds: [item],
      action: "move",
      toListId: list.id,
    });
    expect(into.statusCode).toBe(404);
    const out = await world.clients.otherLeader.post(`/api/v1/question-lists/${list.id}/items/bulk`, {
      itemIds: [list.items[0]?.id],
      action: "move",
      toListId: own.id,
    });
    expect(out.statusCode).toBe(404);
    expect((await getList(world.clients.otherLeader, own.id)).items).toHaveLength(own.items.length);
    expect(content(await getList(world.clients.leader, list.id))).toEqual(content(list));
  });

  it("lets anyone signed in keep lists of their own, members included", async () => {
    const own = await createList(world.clients.member, { name: "Questions for my leader" });
    expect((await world.clients.member.get(`/api/v1/question-lists/${own.id}`)).statusCode).toBe(200);
    expect((await world.clients.leader.get(`/api/v1/question-lists/${own.id}`)).statusCode).toBe(404);
  });
});
