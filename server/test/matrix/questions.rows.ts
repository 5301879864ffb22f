import { questionListFixture as lists } from "../../src/modules/questions/question-list.matrix-fixture";
import { only, type Row, signedIn } from "./row";

/** The linter, the bank and a leader's own question lists (private to their owner). */
export const QUESTION_ROWS: Row[] = [
  {
    route: "POST /questions/lint",
    method: "POST",
    url: () => "/api/v1/questions/lint",
    body: () => ({ texts: ["Is it going well?", "How is it going?"] }),
    expect: signedIn(200),
  },
  { route: "GET /questions/bank", method: "GET", url: () => "/api/v1/questions/bank", expect: signedIn(200) },
  { route: "GET /question-lists", method: "GET", url: () => "/api/v1/question-lists", expect: signedIn(200) },
  {
    route: "POST /question-lists",
    method: "POST",
    url: () => "/api/v1/question-lists",
    body: () => ({ name: "My list", fromBank: { topic: "trust" } }),
    expect: signedIn(201),
  },
  {
    route: "POST /question-lists/from-starter",
    method: "POST",
    url: () => "/api/v1/question-lists/from-starter",
    body: () => ({ set: "hard-week" }),
    expect: signedIn(201),
  },
  {
    route: "POST /question-lists/import",
    method: "POST",
    url: () => "/api/v1/question-lists/import",
    body: () => ({ name: "Imported", format: "md", content: "## Topic: team\n- [light] What helps?" }),
    expect: signedIn(201),
  },
  {
    route: "GET /question-lists/:listId",
    method: "GET",
    url: () => `/api/v1/question-lists/${lists.listId}`,
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "PATCH /question-lists/:listId",
    method: "PATCH",
    url: () => `/api/v1/question-lists/${lists.listId}`,
    body: () => ({ name: "Renamed list" }),
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "GET /question-lists/:listId/items",
    method: "GET",
    url: () => `/api/v1/question-lists/${lists.listId}/items?includeRetired=true`,
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "PUT /question-lists/:listId/items/order",
    method: "PUT",
    url: () => `/api/v1/question-lists/${lists.listId}/items/order`,
    body: () => ({ itemIds: [...lists.itemIds].reverse() }),
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "POST /question-lists/:listId/items",
    method: "POST",
    url: () => `/api/v1/question-lists/${lists.listId}/items`,
    body: () => ({ text: "What would make next week easier?", depth: "light", topic: "wellbeing" }),
    expect: { ...only(404, { leader: 201 }), anonymous: 401 },
  },
  {
    route: "POST /question-lists/:listId/items/from-bank",
    method: "POST",
    url: () => `/api/v1/question-lists/${lists.listId}/items/from-bank`,
    body: () => ({ questionIds: ["q001", "q002"] }),
    expect: { ...only(404, { leader: 201 }), anonymous: 401 },
  },
  {
    route: "POST /question-lists/:listId/items/bulk",
    method: "POST",
    url: () => `/api/v1/question-lists/${lists.listId}/items/bulk`,
    body: () => ({ itemIds: lists.itemIds.slice(1, 3), action: "retire" }),
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "PATCH /question-lists/:listId/items/:itemId",
    method: "PATCH",
    url: () => `/api/v1/question-lists/${lists.listId}/items/${lists.itemIds[0]}`,
    body: () => ({ retired: true }),
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "GET /question-lists/:listId/export",
    method: "GET",
    url: () => `/api/v1/question-lists/${lists.listId}/export?format=md`,
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "DELETE /question-lists/:listId/items/:itemId",
    method: "DELETE",
    url: () => `/api/v1/question-lists/${lists.listId}/items/${lists.doomedItemId}`,
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "DELETE /question-lists/:listId",
    method: "DELETE",
    url: () => `/api/v1/question-lists/${lists.disposableListId}`,
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
];
