import { expect } from "vitest";
import type { Client } from "../../../test/harness";

/**
 * Lists owned by the matrix's "leader", for the authorization matrix's question-list rows
 * (server/test/authorization-matrix.test.ts). Filled by addQuestionListFixture before the rows run.
 */
export const questionListFixture = {
  /** A list with three items: reordered, added to, retired from and exported by the rows. */
  listId: "",
  itemIds: [] as string[],
  /** An item of that list the DELETE row removes. */
  doomedItemId: "",
  /** A second list the DELETE row removes. */
  disposableListId: "",
};

export async function addQuestionListFixture(owner: Client): Promise<void> {
  const created = await owner.post("/api/v1/question-lists", {
    name: "Matrix list",
    fromBank: { facet: "focus-rhythm" },
  });
  expect(created.statusCode).toBe(201);
  const list = created.json() as { id: string; items: { id: string }[] };
  const disposable = await owner.post("/api/v1/question-lists", { name: "Disposable list" });
  expect(disposable.statusCode).toBe(201);
  questionListFixture.listId = list.id;
  questionListFixture.itemIds = list.items.map((item) => item.id);
  questionListFixture.doomedItemId = list.items.at(-1)?.id ?? "";
  questionListFixture.disposableListId = (disposable.json() as { id: string }).id;
}
