import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CommitmentFacts, isDue, isKeptOnTime, isOverdue, reliability } from "./commitments";

const leader = (dueOn: string, status: CommitmentFacts["status"], closedOn: string | null = null) =>
  ({ owner: "leader", dueOn, status, closedOn }) as const;
const TODAY = "2026-03-10";

describe("a commitment", () => {
  it("is overdue when open past its due day, not on the day itself and never once closed", () => {
    expect(isOverdue(leader("2026-03-09", "open"), TODAY)).toBe(true);
    expect(isOverdue(leader("2026-03-10", "open"), TODAY)).toBe(false);
    expect(isOverdue(leader("2026-03-01", "done", "2026-03-05"), TODAY)).toBe(false);
    expect(isOverdue(leader("2026-03-01", "dropped", "2026-03-05"), TODAY)).toBe(false);
  });

  it("is kept on time when done on or before its due day", () => {
    expect(isKeptOnTime(leader("2026-03-05", "done", "2026-03-05"))).toBe(true);
    expect(isKeptOnTime(leader("2026-03-05", "done", "2026-03-01"))).toBe(true);
    expect(isKeptOnTime(leader("2026-03-05", "done", "2026-03-06"))).toBe(false);
    expect(isKeptOnTime(leader("2026-03-05", "open"))).toBe(false);
    expect(isKeptOnTime(leader("2026-03-05", "dropped", "2026-03-01"))).toBe(false);
  });

  it("is due once its day is over or it is closed, unless dropped before its due day", () => {
    expect(isDue(leader("2026-03-09", "open"), TODAY)).toBe(true);
    expect(isDue(leader("2026-03-10", "open"), TODAY)).toBe(false);
    expect(isDue(leader("2026-04-01", "done", "2026-03-02"), TODAY)).toBe(true);
    expect(isDue(leader("2026-03-05", "done", "2026-03-08"), TODAY)).toBe(true);
    expect(isDue(leader("2026-04-01", "dropped", "2026-03-02"), TODAY)).toBe(false);
    expect(isDue(leader("2026-03-05", "dropped", "2026-03-05"), TODAY)).toBe(true);
    expect(isDue(leader("2026-03-05", "dropped", "2026-03-08"), TODAY)).toBe(true);
  });
});

describe("a leader's reliability", () => {
  it("is kept on time ÷ due, over the leader's own commitments only", () => {
    const figure = reliability(
      [
        leader("2026-03-01", "done", "2026-03-01"), // due, kept
        leader("2026-03-02", "done", "2026-03-04"), // due, late
        leader("2026-03-03", "open"), // due, overdue
        leader("2026-03-20", "open"), // not due yet
        leader("2026-03-20", "dropped", "2026-03-05"), // dropped in time: not due
        leader("2026-03-04", "dropped", "2026-03-06"), // dropped late: due, not kept
        { owner: "member", dueOn: "2026-03-01", status: "open", closedOn: null }, // theirs
      ],
      TODAY,
    );
    expect(figure).toEqual({ due: 4, kept: 1, share: 0.25 });
  });

  it("is null with nothing due", () => {
    expect(reliability([], TODAY)).toEqual({ due: 0, kept: 0, share: null });
    expect(reliability([leader("2026-04-01", "open")], TODAY)).toEqual({ due: 0, kept: 0, share: null });
  });

  const day = fc
    .integer({ min: 0, max: 60 })
    .map((n) => new Date(Date.UTC(2026, 2, 1 + n)).toISOString().slice(0, 10));
  const commitment = fc
    .record({
      owner: fc.constantFrom("leader" as const, "member" as const),
      dueOn: day,
      status: fc.constantFrom("open" as const, "done" as const, "dropped" as const),
      closedOn: day,
    })
    .map((c) => ({ ...c, closedOn: c.status === "open" ? null : c.closedOn }));

  it("is a share between 0 and 1 of the leader's commitments, kept never more than due", () => {
    fc.assert(
      fc.property(fc.array(commitment, { maxLength: 30 }), day, (list, today) => {
        const { due, kept, share } = reliability(list, today);
        expect(kept).toBeLessThanOrEqual(due);
        expect(due).toBeLessThanOrEqual(list.filter((c) => c.owner === "leader").length);
        if (due === 0) expect(share).toBeNull();
        else expect(share).toBeCloseTo(kept / due);
        // What the member promised never moves it.
        expect(
          reliability(
            list.filter((c) => c.owner === "leader"),
            today,
          ),
        ).toEqual({ due, kept, share });
      }),
    );
  });

  it("never falls when a due commitment is done on time instead of left open", () => {
    fc.assert(
      fc.property(fc.array(commitment, { maxLength: 20 }), day, (list, today) => {
        const overdue = list.map((c) => ({
          ...c,
          owner: "leader" as const,
          status: "open" as const,
          closedOn: null,
        }));
        const kept = overdue.map((c) => ({ ...c, status: "done" as const, closedOn: c.dueOn }));
        expect(reliability(kept, today).share ?? 1).toBeGreaterThanOrEqual(
          reliability(overdue, today).share ?? 0,
        );
      }),
    );
  });
});
