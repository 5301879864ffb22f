import { describe, expect, it } from "vitest";
import { timeZoneGroups } from "./time-zones";

describe("the time zone select", () => {
  const zones = (saved: string) =>
    timeZoneGroups(saved).flatMap((group) => group.options.map((o) => o.value));

  it("offers UTC first, then every zone the runtime knows, grouped by region", () => {
    const groups = timeZoneGroups("UTC");
    expect(groups[0]).toEqual({ group: "Universal", options: [{ value: "UTC", label: "UTC" }] });
    const europe = groups.find((group) => group.group === "Europe");
    expect(europe?.options).toContainEqual({ value: "Europe/Berlin", label: "Europe/Berlin" });
    expect(zones("UTC").filter((zone) => zone === "UTC")).toHaveLength(1);
    expect(zones("UTC").length).toBe(new Set(zones("UTC")).size);
  });

  it("always holds the saved zone, even one this runtime does not list", () => {
    expect(zones("Asia/Calcutta")).toContain("Asia/Calcutta");
    expect(zones("America/Argentina/Buenos_Aires")).toContain("America/Argentina/Buenos_Aires");
  });

  it("writes underscores as spaces", () => {
    const america = timeZoneGroups("UTC").find((group) => group.group === "America");
    expect(america?.options).toContainEqual({ value: "America/New_York", label: "America/New York" });
  });
});
