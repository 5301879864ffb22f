import type { Locator, Page } from "playwright-core";

export type Source = "assumed" | "inferred" | "heard" | "observed" | "asked";

/** A person's page as their leader sees it: belief, answer, comparison and state per facet. */
export class PersonScreen {
  constructor(private readonly page: Page) {}

  /** Opens a member's page from the team page, by clicking their name. */
  async openFromTeam(name: string): Promise<void> {
    await this.page
      .getByRole("region", { name: /^Members/ })
      .getByRole("link", { name })
      .click();
    await this.waitUntilShown(name);
  }

  async waitUntilShown(name: string): Promise<void> {
    await this.page.getByRole("heading", { level: 1, name }).waitFor();
    await this.page.getByText("Loading person…").waitFor({ state: "detached" });
  }

  facet(title: string): Locator {
    return this.page.getByRole("region", { name: title, exact: true });
  }

  async recordBelief(title: string, belief: { choices: string[]; source: Source; confidence: number }) {
    const card = this.facet(title);
    await card.getByRole("button", { name: /^Write down what you think/ }).click();
    for (const choice of belief.choices) await card.getByRole("checkbox", { name: choice }).check();
    await card.getByLabel("Where this comes from").selectOption(belief.source);
    await card.getByRole("radio", { name: new RegExp(`^${belief.confidence} `) }).check();
    await card.getByRole("button", { name: "Save belief" }).click();
    await card.getByRole("button", { name: /^Change belief/ }).waitFor();
  }

  /** The knowledge state badge, e.g. "Blind spot". */
  async stateOf(title: string): Promise<string> {
    const text = (await this.facet(title).locator(".state-badge").textContent()) ?? "";
    return text.replace("Knowledge state: ", "");
  }

  /** What the "What … says" side shows: the answer, that it is hidden, or that none is shared. */
  async answerSide(title: string): Promise<string> {
    return (await this.facet(title).locator(".side--answer").textContent()) ?? "";
  }

  async comparisonText(title: string): Promise<string> {
    return (
      (await this.facet(title).getByRole("region", { name: "How did your belief compare?" }).textContent()) ??
      ""
    );
  }

  async mark(title: string, outcome: "Match" | "Partial" | "Miss"): Promise<void> {
    const button = this.facet(title).getByRole("button", { name: outcome, exact: true });
    await button.click();
    await this.facet(title).locator(`button[aria-pressed="true"]`, { hasText: outcome }).waitFor();
  }

  async showAnswerAnyway(title: string): Promise<void> {
    await this.facet(title)
      .getByRole("button", { name: /^Show their answer anyway/ })
      .click();
  }
}
