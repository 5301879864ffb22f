import type { Locator, Page } from "playwright-core";

export type RatingVisibility = "Only me" | "My leaders" | "My team";

/** A team's priorities: the work list and its rating forms, the chart and ranking, the figures. */
export class PrioritiesScreen {
  constructor(private readonly page: Page) {}

  async open(teamId: string): Promise<void> {
    await this.page.goto(`/teams/${teamId}/priorities`);
    await this.waitUntilShown();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole("heading", { level: 1, name: /^Priorities: / }).waitFor();
  }

  addForm(): Locator {
    return this.page.getByRole("form", { name: "Add a work item" });
  }

  async addItem(title: string, description?: string): Promise<void> {
    const form = this.addForm();
    await form.getByLabel("Title").fill(title);
    if (description) await form.getByLabel("Description (optional)").fill(description);
    await form.getByRole("button", { name: "Add the item" }).click();
    await form
      .getByRole("status")
      .filter({ hasText: `“${title}” is added` })
      .waitFor();
  }

  /** An item of the work list, named by its heading. */
  item(title: string): Locator {
    return this.page.getByRole("article", { name: title, exact: true });
  }

  ratingForm(title: string): Locator {
    return this.page.getByRole("form", { name: `My rating of ${title}` });
  }

  /** One point of a 1–5 scale ("Value" or "Effort") in an item's rating form. */
  point(title: string, scale: "Value" | "Effort", point: number): Locator {
    return this.ratingForm(title)
      .getByRole("group", { name: scale, exact: true })
      .getByRole("radio", { name: new RegExp(`^${point}\\b`) });
  }

  /** Rates an item from its form (opening it with "Change my rating" if it is closed). */
  async rate(title: string, value: number, effort: number, visibility?: RatingVisibility): Promise<void> {
    const form = this.ratingForm(title);
    if ((await form.count()) === 0) {
      await this.item(title).getByRole("button", { name: "Change my rating" }).click();
    }
    await this.point(title, "Value", value).check();
    await this.point(title, "Effort", effort).check();
    if (visibility) await form.getByLabel("Who sees my rating").selectOption({ label: visibility });
    await form.getByRole("button", { name: "Save my rating" }).click();
    await this.item(title).getByText(`Your rating: value ${value}, effort ${effort}`).waitFor();
  }

  chart(): Locator {
    return this.page.getByRole("group", { name: /by value and effort$/ });
  }

  /** The chart's points, each a link named by its rank, item, figures and quadrant. */
  points(): Locator {
    return this.chart().getByRole("link");
  }

  ranking(): Locator {
    return this.page.getByRole("table", { name: "Ranked by value for effort" });
  }

  /** The ranking's rows as their cells' text, in order. */
  async rankingRows(): Promise<string[][]> {
    const rows = await this.ranking().locator("tbody tr").all();
    return Promise.all(rows.map((row) => row.locator("th, td").allInnerTexts()));
  }

  worthAConversation(): Locator {
    return this.page.getByRole("region", { name: "Worth a conversation" });
  }

  alignment(): Locator {
    return this.page.getByRole("region", { name: "How far you agree" });
  }
}
