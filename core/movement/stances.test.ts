import { describe, expect, it } from "vitest";
import {
  adoptionSeries,
  dayOf,
  emptyCounts,
  FIRST_FOLLOWERS,
  hasJoined,
  JOINED_FROM,
  joinedOf,
  MAX_WEEKS,
  mondayOf,
  STANCES,
  type StanceCounts,
  type StanceEvent,
  stanceGap,
  stanceRung,
} from "./stances";

const counts = (partial: Partial<StanceCounts>): StanceCounts => ({ ...emptyCounts(), ...partial });
const event = (personId: string, stance: StanceEvent["stance"], at: string): StanceEvent => ({
  personId,
  stance,
  at,
});

describe("the stance ladder", () => {
  it("has six rungs in order, from unaware (0) to champion (5)", () => {
    expect(STANCES).toEqual(["unaware", "aware", "curious", "supportive", "committed", "champion"]);
    expect(STANCES.map(stanceRung)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("counts a person as joined from supportive up", () => {
    expect(JOINED_FROM).toBe("supportive");
    expect(STANCES.filter(hasJoined)).toEqual(["supportive", "committed", "champion"]);
    expect(hasJoined("curious")).toBe(false);
  });

  it("calls 0 rungs a match, 1 close and 2 or more a gap, whichever side is higher", () => {
    expect(stanceGap("curious", "curious")).toEqual({ distance: 0, kind: "match" });
    expect(stanceGap("curious", "supportive")).toEqual({ distance: 1, kind: "close" });
    expect(stanceGap("supportive", "curious")).toEqual({ distance: 1, kind: "close" });
    // The scenario: committed (4) perceived, curious (2) stated.
    expect(stanceGap("committed", "curious")).toEqual({ distance: 2, kind: "gap" });
    expect(stanceGap("unaware", "champion")).toEqual({ distance: 5, kind: "gap" });
    expect(stanceGap("champion", "unaware")).toEqual({ distance: 5, kind: "gap" });
  });
});

describe("days and weeks", () => {
  it("reads an instant's UTC day and a day's Monday", () => {
    expect(dayOf("2026-03-04T23:59:59.999Z")).toBe("2026-03-04");
    expect(dayOf("2026-03-05T00:00:00Z")).toBe("2026-03-05");
    // 2026-03-02 is a Monday.
    expect(mondayOf("2026-03-02")).toBe("2026-03-02");
    expect(mondayOf("2026-03-03")).toBe("2026-03-02");
    expect(mondayOf("2026-03-08")).toBe("2026-03-02"); // Sunday
    expect(mondayOf("2026-03-09")).toBe("2026-03-09");
    expect(mondayOf("2026-01-01")).toBe("2025-12-29"); // across a year's end
  });
});

describe("first followers", () => {
  it("are the first to reach supportive or above, in time order, each counted once", () => {
    const joined = joinedOf([
      event("c", "committed", "2026-03-05T10:00:00Z"),
      event("a", "curious", "2026-03-02T10:00:00Z"),
      event("a", "supportive", "2026-03-03T10:00:00Z"),
      event("a", "champion", "2026-03-06T10:00:00Z"),
      event("b", "aware", "2026-03-04T10:00:00Z"),
    ]);
    expect(joined).toEqual([
      { personId: "a", at: "2026-03-03T10:00:00Z" },
      { personId: "c", at: "2026-03-05T10:00:00Z" },
    ]);
  });

  it("breaks a tie in time by person id, and still counts a person who joined and left", () => {
    const joined = joinedOf([
      event("z", "supportive", "2026-03-03T10:00:00Z"),
      event("m", "supportive", "2026-03-03T10:00:00Z"),
      event("m", null, "2026-03-04T10:00:00Z"),
      event("m", "supportive", "2026-03-05T10:00:00Z"),
    ]);
    expect(joined).toEqual([
      { personId: "m", at: "2026-03-03T10:00:00Z" },
      { personId: "z", at: "2026-03-03T10:00:00Z" },
    ]);
  });

  it("reads instants as times, not text", () => {
    // 09:00+00:00 written with milliseconds comes before 10:00 without them.
    const joined = joinedOf([
      event("b", "supportive", "2026-03-03T10:00:00Z"),
      event("a", "supportive", "2026-03-03T09:00:00.000Z"),
    ]);
    expect(joined.map((j) => j.personId)).toEqual(["a", "b"]);
  });
});

describe("the adoption curve", () => {
  it("steps once per day that changed the counts, and marks the third joiner as the crowd", () => {
    // The scenario: three members on three days (Tue, Wed, Thu), a goal stated on Monday.
    const series = adoptionSeries(
      [
        event("ana", "supportive", "2026-03-03T09:00:00Z"),
        event("ben", "curious", "2026-03-04T09:00:00Z"),
        event("cy", "committed", "2026-03-05T09:00:00Z"),
        event("ben", "supportive", "2026-03-05T15:00:00Z"),
      ],
      { from: "2026-03-02T08:00:00Z", to: "2026-03-06T12:00:00Z" },
    );
    expect(series.days).toEqual([
      { day: "2026-03-03", counts: counts({ supportive: 1 }) },
      { day: "2026-03-04", counts: counts({ supportive: 1, curious: 1 }) },
      // Both of Thursday's events show as one step, the day's end.
      { day: "2026-03-05", counts: counts({ supportive: 2, committed: 1 }) },
    ]);
    expect(series.joined).toEqual([
      { personId: "ana", at: "2026-03-03T09:00:00Z" },
      { personId: "cy", at: "2026-03-05T09:00:00Z" },
      { personId: "ben", at: "2026-03-05T15:00:00Z" },
    ]);
    expect(FIRST_FOLLOWERS).toBe(3);
    expect(series.crowdAt).toBe("2026-03-05T15:00:00Z");
    expect(series.weeks).toEqual([
      { weekStart: "2026-03-02", counts: counts({ supportive: 2, committed: 1 }) },
    ]);
  });

  it("has no crowd with two joiners, and no day for a change that leaves the counts as they were", () => {
    const series = adoptionSeries(
      [
        event("a", "supportive", "2026-03-03T09:00:00Z"),
        event("b", "committed", "2026-03-04T09:00:00Z"),
        // Stated again on the same rung (a change of visibility, say): no step.
        event("a", "supportive", "2026-03-06T09:00:00Z"),
      ],
      { from: "2026-03-02T08:00:00Z", to: "2026-03-07T12:00:00Z" },
    );
    expect(series.crowdAt).toBeNull();
    expect(series.days.map((d) => d.day)).toEqual(["2026-03-03", "2026-03-04"]);
  });

  it("takes a withdrawn stance off the curve from its day on", () => {
    const series = adoptionSeries(
      [
        event("a", "curious", "2026-03-03T09:00:00Z"),
        event("b", "curious", "2026-03-03T10:00:00Z"),
        event("a", null, "2026-03-10T09:00:00Z"),
      ],
      { from: "2026-03-02T08:00:00Z", to: "2026-03-17T12:00:00Z" },
    );
    expect(series.days).toEqual([
      { day: "2026-03-03", counts: counts({ curious: 2 }) },
      { day: "2026-03-10", counts: counts({ curious: 1 }) },
    ]);
    expect(series.weeks).toEqual([
      { weekStart: "2026-03-02", counts: counts({ curious: 2 }) },
      { weekStart: "2026-03-09", counts: counts({ curious: 1 }) },
      { weekStart: "2026-03-16", counts: counts({ curious: 1 }) },
    ]);
  });

  it("gives each week the counts at its end: an event on Sunday night is that week's, Monday's the next", () => {
    const series = adoptionSeries(
      [
        event("a", "aware", "2026-03-08T23:59:59Z"), // Sunday
        event("b", "aware", "2026-03-09T00:00:00Z"), // Monday
        event("a", "champion", "2026-03-09T00:00:01Z"),
      ],
      { from: "2026-03-04T08:00:00Z", to: "2026-03-11T12:00:00Z" },
    );
    expect(series.weeks).toEqual([
      { weekStart: "2026-03-02", counts: counts({ aware: 1 }) },
      { weekStart: "2026-03-09", counts: counts({ aware: 1, champion: 1 }) },
    ]);
  });

  it("gives weeks without an event the counts carried from before, and empty weeks before any", () => {
    const series = adoptionSeries([event("a", "curious", "2026-03-18T09:00:00Z")], {
      from: "2026-03-02T08:00:00Z",
      to: "2026-03-30T08:00:00Z",
    });
    expect(series.weeks).toEqual([
      { weekStart: "2026-03-02", counts: emptyCounts() },
      { weekStart: "2026-03-09", counts: emptyCounts() },
      { weekStart: "2026-03-16", counts: counts({ curious: 1 }) },
      { weekStart: "2026-03-23", counts: counts({ curious: 1 }) },
      { weekStart: "2026-03-30", counts: counts({ curious: 1 }) },
    ]);
  });

  it("leaves out events after `to`", () => {
    const series = adoptionSeries(
      [event("a", "curious", "2026-03-03T09:00:00Z"), event("a", "champion", "2026-03-03T12:00:01Z")],
      { from: "2026-03-02T08:00:00Z", to: "2026-03-03T12:00:00Z" },
    );
    expect(series.days).toEqual([{ day: "2026-03-03", counts: counts({ curious: 1 }) }]);
    expect(series.weeks).toEqual([{ weekStart: "2026-03-02", counts: counts({ curious: 1 }) }]);
    expect(series.joined).toEqual([]);
    // An event exactly at `to` is in.
    const atTo = adoptionSeries([event("a", "supportive", "2026-03-03T12:00:00Z")], {
      from: "2026-03-02T08:00:00Z",
      to: "2026-03-03T12:00:00Z",
    });
    expect(atTo.joined).toEqual([{ personId: "a", at: "2026-03-03T12:00:00Z" }]);
  });

  it("keeps the latest 104 weeks of a longer goal", () => {
    // Monday 2024-01-01 is week 0; + 104·7 = 728 days (366 in 2024, 362 in 2025) is Monday
    // 2025-12-29, week 104; 2026-01-05 is week 105. 106 weeks, so weeks 0 and 1 go.
    const series = adoptionSeries([event("a", "aware", "2024-01-02T09:00:00Z")], {
      from: "2024-01-01T09:00:00Z",
      to: "2026-01-05T09:00:00Z",
    });
    expect(MAX_WEEKS).toBe(104);
    expect(series.weeks).toHaveLength(104);
    expect(series.weeks[0]).toEqual({ weekStart: "2024-01-15", counts: counts({ aware: 1 }) });
    expect(series.weeks.at(-1)?.weekStart).toBe("2026-01-05");
    // Weeks 0 … 103, to Monday 2025-12-22: exactly 104, all kept.
    const exactly = adoptionSeries([], { from: "2024-01-01T09:00:00Z", to: "2025-12-22T09:00:00Z" });
    expect(exactly.weeks).toHaveLength(104);
    expect(exactly.weeks[0]?.weekStart).toBe("2024-01-01");
  });

  it("is empty without events, with the goal's one week", () => {
    expect(adoptionSeries([], { from: "2026-03-04T08:00:00Z", to: "2026-03-04T09:00:00Z" })).toEqual({
      days: [],
      weeks: [{ weekStart: "2026-03-02", counts: emptyCounts() }],
      joined: [],
      crowdAt: null,
    });
  });

  it("does not change the events it is given", () => {
    const events = [event("b", "aware", "2026-03-04T09:00:00Z"), event("a", "aware", "2026-03-03T09:00:00Z")];
    adoptionSeries(events, { from: "2026-03-02T08:00:00Z", to: "2026-03-05T08:00:00Z" });
    expect(events.map((e) => e.personId)).toEqual(["b", "a"]);
  });
});
