import type { Locator, Page } from "playwright-core";

/** The member's self-assessment page, /me/followership. */
export class FollowershipScreen {
  constructor(private readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole("heading", { level: 1, name: "How you follow" }).waitFor();
    await this.page.getByText("Loading the self-assessment…").waitFor({ state: "detached" });
  }

  /** One statement's radio group, by its number ("3."). */
  statement(number: number): Locator {
    return this.page.getByRole("group", { name: new RegExp(`^${number}\\. `) });
  }

  /** Chooses a point of a statement's scale, by its number (0–6). */
  async answer(number: number, value: number): Promise<void> {
    await this.statement(number)
      .getByRole("radio", { name: new RegExp(`^${value}\\b`) })
      .check();
  }

  async submit(): Promise<void> {
    await this.page.getByRole("button", { name: "See my result" }).click();
  }

  result(): Locator {
    return this.page.getByRole("region", { name: "Your latest result" });
  }

  /** The history table's rows, each as its cells' text. */
  async historyRows(): Promise<string[][]> {
    const rows = this.page.getByRole("region", { name: "Your results so far" }).locator("tbody tr");
    const all: string[][] = [];
    for (const row of await rows.all()) {
      all.push((await row.locator("th, td").allTextContents()).map((text) => text.trim()));
    }
    return all;
  }
}

/** A team's followership map, /teams/:teamId/followership-map, for its leaders. */
export class FollowershipMapScreen {
  constructor(private readonly page: Page) {}

  /** From the team audit page, by its link. */
  async openFromAudit(teamName: string): Promise<void> {
    await this.page.getByRole("link", { name: `Followership map of ${teamName}` }).click();
    await this.waitUntilShown(teamName);
  }

  async waitUntilShown(teamName: string): Promise<void> {
    await this.page.getByRole("heading", { level: 1, name: `${teamName}: followership map` }).waitFor();
    await this.page.getByText("Loading the team map…").waitFor({ state: "detached" });
  }

  picture(): Locator {
    return this.page.getByRole("img", { name: /on the two followership axes/ });
  }

  /** The table's row of one person, its cells' text after the name. */
  async row(name: string): Promise<string[]> {
    const row = this.page.getByRole("table").getByRole("row").filter({ hasText: name });
    return (await row.locator("td").allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim());
  }
}
