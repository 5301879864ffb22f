import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayIn, isTimeZone, monthIn, monthsEndingWith } from "./days";

describe("days and months in a time zone", () => {
  it("reads an instant as the day it is where the person lives", () => {
    const instant = new Date("2026-03-01T04:30:00Z");
    expect(dayIn(instant, "UTC")).toBe("2026-03-01");
    expect(dayIn(instant, "America/Los_Angeles")).toBe("2026-02-28");
    expect(dayIn(new Date("2026-02-28T20:00:00Z"), "Pacific/Auckland")).toBe("2026-03-01");
    expect(monthIn("2026-03-31T23:30:00Z", "Europe/Berlin")).toBe("2026-04");
    expect(monthIn("2026-03-31T23:30:00Z", "UTC")).toBe("2026-03");
  });

  it("reads an unknown time zone as UTC", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(dayIn(new Date("2026-03-01T23:30:00Z"), "Mars/Olympus")).toBe("2026-03-01");
  });

  it("lists the months ending with one, across a year's end", () => {
    expect(monthsEndingWith("2026-02", 4)).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsEndingWith("2026-12", 1)).toEqual(["2026-12"]);
  });

  it("gives UTC's day, or one either side of it, in any time zone", () => {
    const zones = ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata", "America/St_Johns"];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.constantFrom(...zones), (ms, zone) => {
        const instant = new Date(ms);
        const utc = Date.parse(`${dayIn(instant, "UTC")}T00:00:00Z`);
        const local = Date.parse(`${dayIn(instant, zone)}T00:00:00Z`);
        expect(Math.abs(local - utc)).toBeLessThanOrEqual(86_400_000);
      }),
    );
  });
});
