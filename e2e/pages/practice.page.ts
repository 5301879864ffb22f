import type { Locator, Page } from "playwright-core";

export class PracticeScreen {
  constructor(private readonly page: Page) {}

  /** Opens the practice page through the main navigation, as a leader would. */
  async openFromNav(): Promise<void> {
    await this.page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "My practice" })
      .click();
    await this.waitUntilShown();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole("heading", { level: 1, name: "My practice" }).waitFor();
    await this.page.getByText("Loading your practice figures…").waitFor({ state: "detached" });
  }

  /** One figure's card, named by its heading. */
  figure(title: string): Locator {
    return this.page.getByRole("article", { name: title });
  }

  /** The chart of a figure: an image named by its title, described in words. */
  chart(title: string): Locator {
    return this.figure(title).getByRole("img");
  }

  /** A figure's table as rows of cells, the month first, as written. */
  async tableRows(title: string): Promise<string[][]> {
    const rows = this.figure(title).getByRole("table").locator("tbody tr");
    const all: string[][] = [];
    for (const row of await rows.all()) {
      all.push((await row.locator("th, td").allTextContents()).map((text) => text.trim()));
    }
    return all;
  }
}
