import type { Page } from "playwright-core";

export interface SuggestedConversation {
  person: string;
  facet: string;
  state: string;
  questions: string[];
}

/** The assumption audit dashboard (a team's, or "My audit" across teams). */
export class AuditScreen {
  constructor(private readonly page: Page) {}

  async openFromTeam(teamName: string): Promise<void> {
    await this.page.getByRole("link", { name: `Assumption audit of ${teamName}` }).click();
    await this.waitUntilShown(`${teamName}: assumption audit`);
  }

  /** A team's audit opened by its address, as a fresh page load (a bookmark, a reload). */
  async openByAddress(teamId: string, teamName: string): Promise<void> {
    await this.page.goto(`/teams/${teamId}/audit`);
    await this.waitUntilShown(`${teamName}: assumption audit`);
  }

  async openFromNav(): Promise<void> {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My audit" }).click();
    await this.waitUntilShown("My audit");
  }

  private async waitUntilShown(title: string): Promise<void> {
    await this.page.getByRole("heading", { level: 1, name: title }).waitFor();
    await this.page.getByRole("grid").waitFor();
  }

  /** A figure's value as shown, e.g. "0%" for accuracy or "Overconfident". */
  async figure(title: string): Promise<string> {
    const value = this.page.getByRole("article", { name: title, exact: true }).locator(".figure__value");
    return (await value.evaluate((element) => element.firstChild?.textContent ?? "")).trim();
  }

  /** The accessible name of a meter or chart (role="img") inside a figure. */
  async chartLabel(title: string): Promise<string> {
    const chart = this.page.getByRole("article", { name: title, exact: true }).getByRole("img");
    return (await chart.getAttribute("aria-label")) ?? "";
  }

  /** A heatmap cell: its visible code and its full accessible name. */
  heatmapCell(person: string, facet: string) {
    return this.page.getByRole("grid").getByRole("link", { name: `${person}, ${facet}: ` });
  }

  /** A person's name at the start of their heatmap row, a link to their page. */
  personInHeatmap(person: string) {
    return this.page.getByRole("grid").getByRole("rowheader", { name: person }).getByRole("link");
  }

  /** The pager over a large team's heatmap: its range in words and its Previous / Next buttons. */
  heatmapPager() {
    const nav = this.page.getByRole("navigation", { name: "Pages of people in the grid" });
    return {
      nav,
      range: nav.getByRole("status"),
      previous: nav.getByRole("button", { name: "Previous" }),
      next: nav.getByRole("button", { name: "Next" }),
    };
  }

  /** The names of the people the heatmap shows now, top to bottom. */
  async heatmapPeople(): Promise<string[]> {
    const names = await this.page.getByRole("grid").getByRole("rowheader").allTextContents();
    return names.map((name) => name.trim());
  }

  async blindSpots(): Promise<string[]> {
    const list = this.page.getByRole("list", { name: "Blind spots" });
    return (await list.getByRole("listitem").allTextContents()).map((text) => text.trim());
  }

  async nextConversations(): Promise<SuggestedConversation[]> {
    const region = this.page.getByRole("region", { name: "Next conversations" });
    const items = region.locator(".next");
    const result: SuggestedConversation[] = [];
    for (const item of await items.all()) {
      const link = item.locator(".next__title a");
      const facet = (await link.locator(".next__facet").textContent()) ?? "";
      const whole = (await link.textContent()) ?? "";
      result.push({
        person: whole.replace(facet, "").trim(),
        facet: facet.trim(),
        state: ((await item.locator(".state-badge").textContent()) ?? "").replace("Knowledge state: ", ""),
        questions: await item.locator(".next__questions li").allTextContents(),
      });
    }
    return result;
  }
}
