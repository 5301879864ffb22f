import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CommitmentFacts } from "./commitments";
import { conversation } from "./conversation.fixture";
import { type PracticeConversation, practiceFigures } from "./figures";

const base = {
  months: ["2026-01", "2026-02", "2026-03"],
  timeZone: "UTC",
  today: "2026-03-15",
  peopleLed: 4,
  conversations: [] as PracticeConversation[],
  commitments: [] as CommitmentFacts[],
};
const monthNamed = (figures: ReturnType<typeof practiceFigures>, month: string) =>
  figures.months.find((m) => m.month === month);

describe("a leader's practice figures", () => {
  it("count held conversations per person led, in the month they were held", () => {
    const figures = practiceFigures({
      ...base,
      conversations: [
        conversation({ heldAt: "2026-01-05T09:00:00Z" }),
        conversation({ heldAt: "2026-02-01T09:00:00Z" }),
        conversation({ heldAt: null, scheduledAt: "2026-02-20T09:00:00Z" }),
        conversation({ status: "planned", heldAt: null, scheduledAt: "2026-02-25T09:00:00Z" }),
        conversation({ status: "cancelled", heldAt: null }),
      ],
    });
    expect(figures.months.map((m) => [m.month, m.conversationsHeld, m.conversationsPerPerson])).toEqual([
      ["2026-01", 1, 0.25],
      ["2026-02", 2, 0.5],
      ["2026-03", 0, 0],
    ]);
    expect(practiceFigures({ ...base, peopleLed: 0 }).months[0]?.conversationsPerPerson).toBeNull();
  });

  it("read months in the leader's time zone", () => {
    const late = conversation({ heldAt: "2026-01-31T23:30:00Z" });
    expect(
      monthNamed(practiceFigures({ ...base, conversations: [late] }), "2026-01")?.conversationsHeld,
    ).toBe(1);
    const berlin = practiceFigures({ ...base, timeZone: "Europe/Berlin", conversations: [late] });
    expect(monthNamed(berlin, "2026-01")?.conversationsHeld).toBe(0);
    expect(monthNamed(berlin, "2026-02")?.conversationsHeld).toBe(1);
  });

  it("give the share of asked questions the linter finds open, counting only those asked", () => {
    const figures = practiceFigures({
      ...base,
      conversations: [
        conversation({
          questions: [
            { text: "What would make next week easier for you?", covered: true },
            { text: "Is the project going well?", covered: true },
            { text: "Why was it late?", covered: true },
            { text: "How do you like to get feedback?", covered: false },
          ],
        }),
        conversation({ questions: [{ text: "Tell me about your week.", covered: true }] }),
      ],
    });
    const february = monthNamed(figures, "2026-02");
    expect(february).toMatchObject({ questionsAsked: 4, openQuestions: 2, openQuestionShare: 0.5 });
    expect(monthNamed(figures, "2026-01")?.openQuestionShare).toBeNull();
  });

  it("count loops started and closed in the months of their signal and close", () => {
    const figures = practiceFigures({
      ...base,
      conversations: [
        conversation({ loopSignalAt: "2026-01-20T10:00:00Z", loopClosedAt: "2026-02-03T10:00:00Z" }),
        conversation({ loopSignalAt: "2026-02-10T10:00:00Z" }),
        // A planned conversation's loop still counts: the signal was given.
        conversation({ status: "planned", heldAt: null, loopSignalAt: "2026-03-01T10:00:00Z" }),
      ],
    });
    expect(figures.months.map((m) => [m.loopsStarted, m.loopsClosed])).toEqual([
      [1, 0],
      [1, 1],
      [1, 0],
    ]);
  });

  it("average the self-check's good answers and the talk share over the conversations that have them", () => {
    const figures = practiceFigures({
      ...base,
      conversations: [
        // 3 of 4 answered items good: 0.75.
        conversation({
          listeningCheck: {
            interrupted: false,
            paraphrased: true,
            named_feeling: false,
            unasked_advice: false,
          },
          talkShare: 40,
        }),
        // 1 of 2: 0.5.
        conversation({ listeningCheck: { interrupted: true, open_questions: true }, talkShare: 70 }),
        // Nothing answered: not a self-check.
        conversation({ listeningCheck: { interrupted: null }, talkShare: null }),
      ],
    });
    expect(monthNamed(figures, "2026-02")).toMatchObject({
      selfChecks: 2,
      checklistAverage: 0.625,
      talkShares: 2,
      talkShareAverage: 55,
    });
    expect(monthNamed(figures, "2026-01")).toMatchObject({ checklistAverage: null, talkShareAverage: null });
  });

  it("count the leader's commitments kept on time in the month they were due, and the reliability overall", () => {
    const leader = (dueOn: string, status: CommitmentFacts["status"], closedOn: string | null = null) =>
      ({ owner: "leader", dueOn, status, closedOn }) as const;
    const figures = practiceFigures({
      ...base,
      commitments: [
        leader("2026-01-10", "done", "2026-01-09"),
        leader("2026-01-20", "done", "2026-01-25"),
        leader("2026-02-05", "open"),
        leader("2026-02-06", "dropped", "2026-02-01"),
        leader("2026-03-30", "open"),
        leader("2025-12-01", "done", "2025-12-01"),
        { owner: "member", dueOn: "2026-02-01", status: "open", closedOn: null },
      ],
    });
    expect(figures.months.map((m) => [m.commitmentsDue, m.commitmentsKept, m.commitmentsKeptShare])).toEqual([
      [2, 1, 0.5],
      [1, 0, 0],
      [0, 0, null],
    ]);
    expect(figures.reliability).toEqual({ due: 4, kept: 2, share: 0.5 });
  });

  it("keep every share between 0 and 1 and every average within its scale", () => {
    const instant = fc
      .integer({ min: Date.UTC(2025, 11, 1), max: Date.UTC(2026, 3, 1) })
      .map((ms) => new Date(ms).toISOString());
    const answer = fc.constantFrom(true, false, null);
    const arbitraryConversation = fc.record({
      status: fc.constantFrom("planned" as const, "held" as const, "cancelled" as const),
      scheduledAt: instant,
      heldAt: fc.option(instant),
      questions: fc.array(
        fc.record({
          text: fc.constantFrom("How is it going?", "Is it going well?", "Why?"),
          covered: fc.boolean(),
        }),
        { maxLength: 4 },
      ),
      loopSignalAt: fc.option(instant),
      loopClosedAt: fc.option(instant),
      listeningCheck: fc.option(
        fc.record({ interrupted: answer, paraphrased: answer, they_raised_topics: answer }),
      ),
      talkShare: fc.option(fc.integer({ min: 0, max: 100 })),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryConversation, { maxLength: 12 }),
        fc.integer({ min: 0, max: 5 }),
        (conversations, peopleLed) => {
          const figures = practiceFigures({ ...base, peopleLed, conversations });
          for (const m of figures.months) {
            for (const value of [m.openQuestionShare, m.checklistAverage, m.commitmentsKeptShare]) {
              if (value === null) continue;
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(1);
            }
            if (m.talkShareAverage !== null) expect(m.talkShareAverage).toBeLessThanOrEqual(100);
            expect(m.openQuestions).toBeLessThanOrEqual(m.questionsAsked);
            expect(m.selfChecks).toBeLessThanOrEqual(m.conversationsHeld);
            expect(m.talkShares).toBeLessThanOrEqual(m.conversationsHeld);
          }
          const held = conversations.filter((c) => c.status === "held").length;
          expect(figures.months.reduce((sum, m) => sum + m.conversationsHeld, 0)).toBeLessThanOrEqual(held);
        },
      ),
    );
  });
});
