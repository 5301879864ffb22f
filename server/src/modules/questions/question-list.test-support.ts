import { expect } from "vitest";
import { createTeam, joinTeam, setupWorkspace } from "../../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../../test/harness";

/** Response shapes and small helpers for the question-list tests. */

/** A started app with a workspace, a team ("Platform") and its leader, whose lists the tests keep. */
export async function startWithLeader(): Promise<{ t: TestApp; leader: Client }> {
  const t = await startTestApp();
  const { admin } = await setupWorkspace(t);
  const teamId = await createTeam(admin, "Platform");
  return { t, leader: (await joinTeam(t, admin, teamId, "leader")).client };
}

/** The field paths a 400 answer names. */
export const fieldsOf = (body: unknown) =>
  (body as { error: { details: { fields: { path: string }[] } } }).error.details.fields.map((f) => f.path);

export interface Item {
  id: string;
  text: string;
  dimension: string | null;
  facet: string | null;
  topic: string | null;
  depth: string;
  position: number;
  retired: boolean;
  bankQuestionId: string | null;
  lint: { open: boolean; findings: { code: string }[] };
}

export interface List {
  id: string;
  name: string;
  itemCount: number;
  retiredCount: number;
  createdAt: string;
  updatedAt: string;
  items: Item[];
}

export async function createList(client: Client, body: unknown): Promise<List> {
  const response = await client.post("/api/v1/question-lists", body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as List;
}

export async function getList(client: Client, listId: string): Promise<List> {
  const response = await client.get(`/api/v1/question-lists/${listId}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as List;
}

/** What an export then import must keep: everything a leader wrote, in order (ids and dates are new). */
export const content = (list: List) =>
  list.items.map(({ text, facet, topic, depth, retired, position }) => ({
    text,
    facet,
    topic,
    depth,
    retired,
    position,
  }));
