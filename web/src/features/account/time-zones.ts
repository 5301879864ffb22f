import type { ChoiceGroupOf } from "../../components/form-fields";

/** The browser's own time zone, as it names it (`Europe/Berlin`); UTC where it says nothing. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/**
 * Every zone the browser knows, grouped by region (`Europe`, `America`…) for the select, with UTC
 * first. The saved zone is always among them, even if this browser names it differently (the
 * server keeps Node's canonical name, `Asia/Kolkata`, where a browser may list `Asia/Calcutta`).
 */
export function timeZoneGroups(saved: string): ChoiceGroupOf<string>[] {
  const names = new Set(Intl.supportedValuesOf("timeZone"));
  names.add(saved);
  names.delete("UTC");
  const groups = new Map<string, string[]>();
  for (const name of [...names].sort()) {
    const region = name.includes("/") ? name.slice(0, name.indexOf("/")) : "Other";
    groups.set(region, [...(groups.get(region) ?? []), name]);
  }
  return [
    { group: "Universal", options: [{ value: "UTC", label: "UTC" }] },
    ...[...groups].map(([group, zones]) => ({
      group,
      options: zones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") })),
    })),
  ];
}
