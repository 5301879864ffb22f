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

  /** Writes the first belief on a facet, or changes the one there: options to choose, or words to type. */
  async recordBelief(
    title: string,
    belief: { choices?: string[]; text?: string; source: Source; confidence: number },
  ) {
    const card = this.facet(title);
    await card.getByRole("button", { name: /^(Write down what you think|Change belief)/ }).click();
    for (const choice of belief.choices ?? []) await card.getByLabel(choice, { exact: true }).check();
    if (belief.text !== undefined) await card.getByLabel("What you think is true").fill(belief.text);
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

  /** What the "What … says" side shows: the answer, that it is sealed, or that none is shared. */
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
    const pressed = this.facet(title).locator(`button[aria-pressed="true"]`, { hasText: outcome });
    await pressed.waitFor();
    // The button's colour eases in (120 ms); a contrast check in between reads a half-painted button.
    await pressed.evaluate((element) => Promise.all(element.getAnimations().map((a) => a.finished)));
  }

  /** The belief as it stands, with its facts and any note that it was written after looking. */
  async beliefSide(title: string): Promise<string> {
    return (await this.facet(title).locator(".side").first().textContent()) ?? "";
  }

  /** Clicks "Look at their answer" (the look is recorded) and waits for the answer to show. */
  async lookAtAnswer(title: string): Promise<void> {
    await this.facet(title)
      .getByRole("button", { name: /^Look at their answer/ })
      .click();
    await this.facet(title).locator(".side--answer .facet-value").waitFor();
  }
}
