import { describe, expect, it } from "vitest";
import { dayFromToday, dayInput, defaultStart, formatDay, instantOf, timeInput } from "./schedule";

describe("dates and times as a person picks them", () => {
  it("turns a day and a time in the browser's zone into the instant they name, and back", () => {
    const instant = instantOf("2026-12-08", "10:30");
    expect(instant).not.toBeNull();
    const date = new Date(instant ?? "");
    expect(dayInput(date)).toBe("2026-12-08");
    expect(timeInput(date)).toBe("10:30");
    expect(instant).toMatch(/Z$/);
  });

  it("names no instant for a day or time that does not exist", () => {
    expect(instantOf("2026-13-40", "10:00")).toBeNull();
    expect(instantOf("", "")).toBeNull();
  });

  it("starts a new conversation tomorrow at ten, and a commitment a week from today", () => {
    const now = new Date(2026, 11, 31, 15, 45);
    const start = defaultStart(now);
    expect(dayInput(start)).toBe("2027-01-01");
    expect(timeInput(start)).toBe("10:00");
    expect(dayFromToday(7, now)).toBe("2027-01-07");
  });

  it("writes a calendar day without shifting it by the reader's zone", () => {
    expect(formatDay("2026-12-08")).toContain("8");
    expect(formatDay("not a day")).toBe("not a day");
  });
});
