import { describe, expect, it } from "vitest";
import { AuditScreen } from "./pages/audit.page";
import { checkScreen } from "./support/check-screen";
import { leaderAlone, setUpWithTeam } from "./support/leader-and-guest";
import { callAs, type JoinedByApi, joinByApi } from "./support/people-by-api";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };
const PASSWORD = "copper-kettle-orchard-58";
const TEAM = "Atlas";
/** Zero-padded, so the audit's order by name is the order of the numbers. */
const nameOf = (n: number) => `Member ${String(n).padStart(2, "0")}`;

describe("the heatmap of a team of sixty", () => {
  // One browser is enough: the members join through the API alone.
  const people = leaderAlone();

  it("shows fifty people at a time under a pager that works from the keyboard, and nothing below moves", async () => {
    const { leader, server } = people;
    const page = leader.page;
    await setUpWithTeam(page, TEAM);
    const teamId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
    // Sixty members, joined through the API a few at a time.
    for (let from = 1; from <= 60; from += 6) {
      const batch = Array.from({ length: 6 }, (_, k) => from + k);
      const joined: JoinedByApi[] = await Promise.all(
        batch.map((n) =>
          joinByApi(leader, server.baseUrl, teamId, {
            email: `member-${n}@northwind.test`,
            name: nameOf(n),
            password: PASSWORD,
          }),
        ),
      );
      for (const one of joined) await one.dispose();
    }
    // One belief about someone on the second page, to see that page's cells are theirs.
    const team = await callAs(leader, "GET", `/teams/${teamId}`);
    const members = team.members as { id: string; name: string }[];
    const fiftyFive = members.find((m) => m.name === nameOf(55));
    await callAs(leader, "PUT", `/people/${fiftyFive?.id}/beliefs/drains`, {
      value: "Long meetings with no agenda",
      source: "assumed",
      confidence: 3,
    });

    // Layout shifts while the audit loads afresh, as Chromium reports them (CLS's entries, every
    // one of them counted, with or without input just before).
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { layoutShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
          shifts.push(entry.value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    const audit = new AuditScreen(page);
    await audit.openByAddress(teamId, TEAM);
    const pager = audit.heatmapPager();
    expect(await pager.range.textContent()).toBe("People 1–50 of 60");
    const first = await audit.heatmapPeople();
    expect(first).toHaveLength(50);
    expect([first[0], first.at(-1)]).toEqual([nameOf(1), nameOf(50)]);
    expect(await pager.previous.getAttribute("aria-disabled")).toBe("true");
    expect(await pager.next.getAttribute("aria-disabled")).toBe("false");
    expect(await page.getByRole("grid").getAttribute("aria-rowcount")).toBe("62");
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
    await checkScreen(leader, "heatmap-paged-first");

    // Where the legend under the grid stands on the page, before and after turning to the shorter page.
    const legend = page.getByRole("heading", { name: "Legend" });
    const legendTop = () =>
      legend.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    const before = await legendTop();

    // Next, from the keyboard: the range says 51–60, the focus stays on Next, now unavailable.
    await pager.next.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "People 51–60 of 60" }).waitFor();
    const second = await audit.heatmapPeople();
    expect(second).toEqual(Array.from({ length: 10 }, (_, k) => nameOf(51 + k)));
    expect(await pager.next.getAttribute("aria-disabled")).toBe("true");
    expect(await pager.previous.getAttribute("aria-disabled")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Next");
    expect(await legendTop()).toBe(before);
    expect(await audit.heatmapCell(nameOf(55), "What drains them").getAttribute("title")).toBe(
      `${nameOf(55)}, What drains them: Assumed`,
    );
    // Pressing Next again on the last page does nothing and keeps the focus.
    await page.keyboard.press("Enter");
    expect(await pager.range.textContent()).toBe("People 51–60 of 60");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Next");

    // Tab enters the grid at this page's first person; the arrows move within the page.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(nameOf(51));
    for (let k = 0; k < 12; k++) await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(nameOf(60));
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("title"))).toMatch(
      new RegExp(`^${nameOf(60)}, `),
    );
    await checkScreen(leader, "heatmap-paged-last");

    // Back with Previous (Space this time): the first fifty again.
    await pager.previous.focus();
    await page.keyboard.press("Space");
    await page.getByRole("status").filter({ hasText: "People 1–50 of 60" }).waitFor();
    expect(await audit.heatmapPeople()).toEqual(first);
    expect(await legendTop()).toBe(before);

    // Printing draws all sixty; afterwards the page of fifty is back.
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    expect(await audit.heatmapPeople()).toHaveLength(60);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await page.getByRole("rowheader", { name: nameOf(51) }).waitFor({ state: "detached" });
    expect(await audit.heatmapPeople()).toHaveLength(50);

    // How it looks on a desktop and on a phone.
    await page.setViewportSize(DESKTOP);
    await checkScreen(leader, "heatmap-paged-desktop");
    await page.setViewportSize(PHONE);
    await checkScreen(leader, "heatmap-paged-phone");
    await page.setViewportSize(DESKTOP);
  });
});
