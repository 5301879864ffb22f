import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ledTeam } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import { practiceRowsOf } from ".";

const HOUR = 3_600_000;

describe("what the conversations face tells the practice figures", () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof ledTeam>>;
  beforeEach(async () => {
    t = await startTestApp();
    w = await ledTeam(t);
  });
  afterEach(() => t.close());

  const at = (hours: number) => new Date(t.clock.now().getTime() + hours * HOUR);
  async function plan(personId: string, hours: number, agenda: unknown[] = []) {
    const response = await w.leader.client.post(`/api/v1/people/${personId}/conversations`, {
      scheduledAt: at(hours).toISOString(),
      agenda,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; agenda: { id: string }[] };
  }

  it("gives the figures each conversation's status, questions and whether they were asked, loop dates and self-check, and no notes", async () => {
    const { leader, member, teammate } = w;
    const held = await plan(member.userId, -48, [
      { kind: "question", text: "What gives you energy?" },
      { kind: "question", text: "Is the project on track?" },
      { kind: "topic", text: "Holidays" },
    ]);
    const [asked, , topic] = held.agenda.map((i) => i.id);
    const patched = await leader.client.patch(`/api/v1/conversations/${held.id}`, {
      status: "held",
      covered: [asked, topic],
      privateNotes: "Not for the figures",
      loop: { signal: "Shared my own worry", signalAt: at(-48).toISOString() },
      listeningCheck: { items: { interrupted: true }, talkShare: 55 },
    });
    expect(patched.statusCode).toBe(200);
    await plan(teammate.userId, 10);
    const rows = await practiceRowsOf(t.ctx.db, patched.json().workspaceId ?? "", leader.userId, [
      member.userId,
    ]);
    expect(rows).toEqual([]);
    const workspaceId = (
      await t.ctx.db.selectFrom("conversations").select("workspace_id").executeTakeFirstOrThrow()
    ).workspace_id;
    const mine = await practiceRowsOf(t.ctx.db, workspaceId, leader.userId, [member.userId]);
    expect(mine).toEqual([
      {
        id: held.id,
        personId: member.userId,
        status: "held",
        scheduledAt: at(-48).toISOString(),
        heldAt: t.clock.now().toISOString(),
        questions: [
          { text: "What gives you energy?", covered: true },
          { text: "Is the project on track?", covered: false },
        ],
        loopSignalAt: at(-48).toISOString(),
        loopClosedAt: null,
        listeningCheck: expect.objectContaining({ interrupted: true, paraphrased: null }),
        talkShare: 55,
      },
    ]);
    expect(JSON.stringify(mine)).not.toContain("Not for the figures");
    expect(JSON.stringify(mine)).not.toContain("Shared my own worry");
    expect(
      await practiceRowsOf(t.ctx.db, workspaceId, leader.userId, [member.userId, teammate.userId]),
    ).toHaveLength(2);
  });
});
