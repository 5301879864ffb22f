import type { Locator, Page } from "playwright-core";

/** A team's goals, the form that states one, and one goal's page. */
export class GoalScreen {
  constructor(private readonly page: Page) {}

  async open(goalId: string): Promise<void> {
    await this.page.goto(`/goals/${goalId}`);
    await this.waitUntilShown();
  }

  async waitUntilShown(title?: string): Promise<void> {
    await this.page.getByRole("region", { name: "Who has joined" }).waitFor();
    if (title) await this.page.getByRole("heading", { level: 1, name: title }).waitFor();
  }

  /** The goal's id, from the page's address. */
  id(): string {
    return String(new URL(this.page.url()).pathname.split("/").at(-1));
  }

  newGoalForm(): Locator {
    return this.page.getByRole("form", { name: "State a goal" });
  }

  async stateGoal(goal: { title: string; why: string; firstStep: string }): Promise<void> {
    const form = this.newGoalForm();
    await form.getByLabel("The goal").fill(goal.title);
    await form.getByLabel("Why it matters").fill(goal.why);
    await form.getByLabel("The first small step").fill(goal.firstStep);
    await form.getByRole("button", { name: "State the goal" }).click();
    await this.waitUntilShown(goal.title);
  }

  myStance(): Locator {
    return this.page.getByRole("region", { name: "Where you stand" });
  }

  followers(): Locator {
    return this.page.getByRole("region", { name: "Who has joined" });
  }

  people(): Locator {
    return this.page.getByRole("region", { name: "Where each person stands" });
  }

  /** A member's card in the leader's list, by name. */
  person(name: string): Locator {
    return this.people()
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("heading", { name }) });
  }

  adoption(): Locator {
    return this.page.getByRole("region", { name: "How the goal is spreading" });
  }

  chart(): Locator {
    return this.adoption().getByRole("img", { name: /^Stated stances over time/ });
  }

  weekTable(): Locator {
    return this.adoption().getByRole("table", { name: /^Week by week/ });
  }

  questions(): Locator {
    return this.page.getByRole("region", { name: "Questions" });
  }

  /** The table's rows as text, each a list of its cells. */
  async weekRows(): Promise<string[][]> {
    const rows = await this.weekTable().locator("tbody tr").all();
    const found: string[][] = [];
    for (const row of rows)
      found.push((await row.locator("th, td").allTextContents()).map((text) => text.trim()));
    return found;
  }
}
