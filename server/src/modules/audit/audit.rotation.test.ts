import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ledTeam } from "../../../test/factories";
import type { Client } from "../../../test/harness";
import { startTestApp, type TestApp } from "../../../test/harness";

interface Suggested {
  facetKey: string;
  questions: { id: string; text: string }[];
}

const FACET = "communication-channels";

describe("rotation knows what was asked: next conversations skip what this person was asked lately", () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof ledTeam>>;
  beforeEach(async () => {
    t = await startTestApp();
    w = await ledTeam(t);
    // A blind spot on one facet makes it the first thing worth exploring with Max.
    const { leader, member } = w;
    await leader.client.put(`/api/v1/people/${member.userId}/beliefs/${FACET}`, {
      value: ["chat"],
      source: "assumed",
      confidence: 5,
    });
    await member.client.put(`/api/v1/me/answers/${FACET}`, { value: ["in-person"] });
    await leader.client.post(`/api/v1/people/${member.userId}/facets/${FACET}/reveal`);
  });
  afterEach(() => t.close());

  const suggested = async (client: Client, personId: string): Promise<Suggested> => {
    const body = (await client.get(`/api/v1/people/${personId}/audit`)).json() as {
      nextConversations: Suggested[];
    };
    const next = body.nextConversations.find((n) => n.facetKey === FACET);
    if (!next) throw new Error(`No next conversation about ${FACET}.`);
    return next;
  };

  /** Plans a conversation with these questions, then logs it as held with `asked` of them covered. */
  async function hold(questions: { id: string; text: string }[], asked: number, day: string) {
    const { leader, member } = w;
    const planned = await leader.client.post(`/api/v1/people/${member.userId}/conversations`, {
      scheduledAt: `${day}T10:00:00Z`,
      agenda: questions.map((q) => ({ kind: "question", text: q.text, facetId: FACET, questionId: q.id })),
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const agenda = planned.json().agenda as { id: string; questionId: string | null }[];
    const covered = agenda
      .filter((item) => questions.slice(0, asked).some((q) => q.id === item.questionId))
      .map((item) => item.id);
    const logged = await leader.client.patch(`/api/v1/conversations/${planned.json().id}`, {
      status: "held",
      covered,
    });
    expect(logged.statusCode, logged.body).toBe(200);
  }

  it("leaves out the questions covered in a held conversation, keeps the one not asked, and brings them back after three more", async () => {
    const { leader, member } = w;
    const before = await suggested(leader.client, member.userId);
    expect(before.questions).toHaveLength(3);
    const [first, second, third] = before.questions;

    await hold(before.questions, 2, "2026-10-20");
    const after = (await suggested(leader.client, member.userId)).questions.map((q) => q.id);
    expect(after).not.toContain(first?.id);
    expect(after).not.toContain(second?.id);
    expect(after).toContain(third?.id);
    expect(after).toHaveLength(3);

    // Planned or cancelled conversations ask nothing: only logged (held) ones count.
    const planned = await leader.client.post(`/api/v1/people/${member.userId}/conversations`, {
      scheduledAt: "2026-11-20T10:00:00Z",
      agenda: [{ kind: "question", text: third?.text, facetId: FACET, questionId: third?.id }],
    });
    expect(planned.statusCode).toBe(201);
    expect((await suggested(leader.client, member.userId)).questions.map((q) => q.id)).toContain(third?.id);

    // Three later conversations that asked nothing push the first out of the last three.
    await hold([], 0, "2026-10-21");
    await hold([], 0, "2026-10-22");
    expect((await suggested(leader.client, member.userId)).questions.map((q) => q.id)).not.toContain(
      first?.id,
    );
    await hold([], 0, "2026-10-23");
    expect((await suggested(leader.client, member.userId)).questions.map((q) => q.id)).toEqual(
      before.questions.map((q) => q.id),
    );
  });

  it("counts a bank question asked before it was copied into a list as asked under the copy, and only for that person", async () => {
    const { leader, member, teammate } = w;
    // The teammate has the same blind spot, so the same facet is worth exploring with them.
    await leader.client.put(`/api/v1/people/${teammate.userId}/beliefs/${FACET}`, {
      value: ["chat"],
      source: "assumed",
      confidence: 5,
    });
    await teammate.client.put(`/api/v1/me/answers/${FACET}`, { value: ["in-person"] });
    await leader.client.post(`/api/v1/people/${teammate.userId}/facets/${FACET}/reveal`);

    const before = await suggested(leader.client, member.userId);
    await hold(before.questions, 1, "2026-10-20");
    const asked = before.questions[0];

    const list = await leader.client.post("/api/v1/question-lists", {
      name: "Mine",
      fromBank: { facet: FACET },
    });
    expect(list.statusCode).toBe(201);
    const copies = list.json().items as { id: string; text: string; bankQuestionId: string }[];
    const copy = copies.find((item) => item.bankQuestionId === asked?.id);
    expect(copy).toBeDefined();

    const forMember = (await suggested(leader.client, member.userId)).questions;
    expect(forMember.length).toBeGreaterThan(0);
    expect(forMember.every((q) => copies.some((c) => c.id === q.id))).toBe(true);
    expect(forMember.map((q) => q.id)).not.toContain(copy?.id);
    // Tam was never asked it: the copy is theirs to be asked.
    const forTeammate = (await suggested(leader.client, teammate.userId)).questions.map((q) => q.id);
    expect(forTeammate).toContain(copy?.id);
  });
});
