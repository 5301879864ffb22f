import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AssignmentFacts, assignmentProgress, type LeaderData, measured } from "./assignments";
import type { CommitmentFacts } from "./commitments";
import { conversation } from "./conversation.fixture";

const commitment = (over: Partial<CommitmentFacts>): CommitmentFacts => ({
  owner: "leader",
  dueOn: "2026-02-12",
  status: "done",
  closedOn: "2026-02-11",
  ...over,
});
const data = (over: Partial<LeaderData>): LeaderData => ({
  timeZone: "UTC",
  conversations: [],
  commitments: [],
  ...over,
});
const window = { setOn: "2026-02-10", dueOn: "2026-02-20" };
const assignment = (over: Partial<AssignmentFacts>): AssignmentFacts => ({
  measure: "loops_closed",
  ...window,
  target: 2,
  markedDoneAt: null,
  ...over,
});

describe("a practice assignment's progress", () => {
  it("counts from the day set through the due day, both included, and nothing outside", () => {
    const closedOn = (instant: string) => conversation({ loopSignalAt: instant, loopClosedAt: instant });
    const counted = measured(
      "loops_closed",
      window,
      data({
        conversations: [
          closedOn("2026-02-09T23:59:59Z"),
          closedOn("2026-02-10T00:00:00Z"),
          closedOn("2026-02-20T23:59:59Z"),
          closedOn("2026-02-21T00:00:00Z"),
          conversation({ loopSignalAt: "2026-02-12T10:00:00Z" }),
        ],
      }),
    );
    expect(counted).toBe(2);
  });

  it("takes each day in the leader's time zone", () => {
    // 23:30 UTC on the 20th is already the 21st in Berlin, and 00:30 UTC on the 10th still the 9th in New York.
    const late = conversation({ heldAt: "2026-02-20T23:30:00Z" });
    const early = conversation({ heldAt: "2026-02-10T00:30:00Z" });
    const of = (timeZone: string) =>
      measured("conversations_held", window, data({ timeZone, conversations: [late, early] }));
    expect(of("UTC")).toBe(2);
    expect(of("Europe/Berlin")).toBe(1);
    expect(of("America/New_York")).toBe(1);
  });

  it("counts held conversations only, by the day held or else the day planned for", () => {
    const counted = measured(
      "conversations_held",
      window,
      data({
        conversations: [
          conversation({}),
          conversation({ heldAt: null, scheduledAt: "2026-02-15T09:00:00Z" }),
          conversation({ status: "planned", heldAt: null, scheduledAt: "2026-02-15T09:00:00Z" }),
          conversation({ status: "cancelled", heldAt: null }),
        ],
      }),
    );
    expect(counted).toBe(2);
  });

  it("counts the open questions asked in held conversations, not the closed or unasked ones", () => {
    const questions = [
      { text: "What would make next week easier for you?", covered: true },
      { text: "Did you finish the report?", covered: true },
      { text: "How do you like to get feedback?", covered: false },
    ];
    const counted = measured(
      "open_questions_asked",
      window,
      data({
        conversations: [
          conversation({ questions }),
          conversation({ status: "planned", heldAt: null, questions }),
          conversation({ heldAt: "2026-03-01T10:00:00Z", questions }),
        ],
      }),
    );
    expect(counted).toBe(1);
  });

  it("counts the leader's own commitments kept on time, on the day they were done", () => {
    const counted = measured(
      "commitments_kept",
      window,
      data({
        commitments: [
          commitment({}),
          commitment({ closedOn: "2026-02-10", dueOn: "2026-02-10" }),
          commitment({ closedOn: "2026-02-13" }),
          commitment({ owner: "member" }),
          commitment({ status: "dropped" }),
          commitment({ status: "open", closedOn: null }),
          commitment({ closedOn: "2026-02-09", dueOn: "2026-02-09" }),
          commitment({ closedOn: "2026-02-20", dueOn: "2026-02-25" }),
          commitment({ closedOn: "2026-02-21", dueOn: "2026-02-25" }),
        ],
      }),
    );
    expect(counted).toBe(3);
  });

  it("is done at the target, not one short of it, and overdue only after the due day", () => {
    const loop = conversation({ loopSignalAt: "2026-02-11T10:00:00Z", loopClosedAt: "2026-02-12T10:00:00Z" });
    const one = data({ conversations: [loop] });
    const two = data({ conversations: [loop, loop] });
    expect(assignmentProgress(assignment({}), one, "2026-02-20")).toEqual({
      progress: 1,
      done: false,
      overdue: false,
    });
    expect(assignmentProgress(assignment({}), one, "2026-02-21")).toEqual({
      progress: 1,
      done: false,
      overdue: true,
    });
    expect(assignmentProgress(assignment({}), two, "2026-02-21")).toEqual({
      progress: 2,
      done: true,
      overdue: false,
    });
  });

  it("leaves a manual one without progress, done only by the leader's mark", () => {
    const manual = assignment({ measure: "manual", target: null });
    const rich = data({ conversations: [conversation({})] });
    expect(assignmentProgress(manual, rich, "2026-02-15")).toEqual({
      progress: null,
      done: false,
      overdue: false,
    });
    expect(
      assignmentProgress({ ...manual, markedDoneAt: "2026-02-15T10:00:00Z" }, rich, "2026-03-01"),
    ).toEqual({
      progress: null,
      done: true,
      overdue: false,
    });
  });

  it("lets the leader's mark finish a measured one the data has not reached", () => {
    const marked = assignment({ markedDoneAt: "2026-02-15T10:00:00Z" });
    expect(assignmentProgress(marked, data({}), "2026-03-01")).toEqual({
      progress: 0,
      done: true,
      overdue: false,
    });
  });

  const day = fc
    .integer({ min: 0, max: 60 })
    .map((n) => new Date(Date.UTC(2026, 1, 1) + n * 86_400_000).toISOString().slice(0, 10));

  it("counts exactly the closes whose day lies in the window (property)", () => {
    fc.assert(
      fc.property(day, day, fc.array(day, { maxLength: 12 }), (a, b, days) => {
        const [setOn, dueOn] = a <= b ? [a, b] : [b, a];
        const conversations = days.map((d) =>
          conversation({ loopSignalAt: `${d}T08:00:00Z`, loopClosedAt: `${d}T12:00:00Z` }),
        );
        const counted = measured("loops_closed", { setOn, dueOn }, data({ conversations }));
        expect(counted).toBe(days.filter((d) => setOn <= d && d <= dueOn).length);
      }),
    );
  });

  it("is done exactly when the count reaches the target, and never done and overdue at once (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        day,
        fc.boolean(),
        (count, target, today, marked) => {
          const conversations = Array.from({ length: count }, () =>
            conversation({ heldAt: "2026-02-15T10:00:00Z" }),
          );
          const result = assignmentProgress(
            assignment({
              measure: "conversations_held",
              target,
              markedDoneAt: marked ? "2026-02-16T00:00:00Z" : null,
            }),
            data({ conversations }),
            today,
          );
          expect(result.progress).toBe(count);
          expect(result.done).toBe(marked || count >= target);
          expect(result.overdue).toBe(!result.done && today > window.dueOn);
        },
      ),
    );
  });
});
