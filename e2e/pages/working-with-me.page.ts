import type { Locator, Page } from "playwright-core";

export type Visibility = "Only me" | "My leaders" | "My team";

/** What a member writes about a facet: options to choose (radio or checkbox), or words to type. */
export interface FacetAnswer {
  choices?: string[];
  text?: string;
}

/** "Working with me": a member's own answers, who sees each, edits, withdrawals and history. */
export class WorkingWithMeScreen {
  constructor(private readonly page: Page) {}

  async openFromNav(): Promise<void> {
    await this.page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Working with me" })
      .click();
    await this.page.getByRole("heading", { level: 1, name: "Working with me" }).waitFor();
    await this.page.getByText("Loading your answers…").waitFor({ state: "detached" });
  }

  /** The prompts about leading, which only leaders get. */
  leadingSection(): Locator {
    return this.page.getByRole("region", { name: "As a leader", exact: true });
  }

  /** The visibility a first answer on a facet would get unless the person chooses another. */
  async defaultVisibility(facetTitle: string): Promise<string> {
    const card = this.card(facetTitle);
    await card.getByRole("button", { name: /^Answer\b/ }).click();
    const checked = card.locator('input[name="visibility"]:checked');
    const label = (await checked.locator("xpath=..").locator(".choice__label").textContent()) ?? "";
    await card.getByRole("button", { name: "Cancel" }).click();
    return label;
  }

  card(facetTitle: string): Locator {
    return this.page.getByRole("region", { name: facetTitle, exact: true });
  }

  /** Answers a facet (or edits the answer) and chooses who sees it. */
  async answer(facetTitle: string, answer: FacetAnswer, visibility: Visibility): Promise<void> {
    const card = this.card(facetTitle);
    await card.getByRole("button", { name: /^(Answer|Edit)\b/ }).click();
    for (const choice of answer.choices ?? []) await card.getByLabel(choice, { exact: true }).check();
    if (answer.text !== undefined) await card.getByLabel("Your answer").fill(answer.text);
    await card.getByRole("radio", { name: new RegExp(`^${visibility}`) }).check();
    await card.getByRole("button", { name: "Save answer" }).click();
    await card.getByRole("button", { name: /^Edit\b/ }).waitFor();
  }

  /** The "Seen by: …" badge of an answered facet. */
  async seenBy(facetTitle: string): Promise<string> {
    return (await this.card(facetTitle).locator(".visibility-badge").textContent()) ?? "";
  }

  /** Withdraws an answer, confirming when asked. */
  async withdraw(facetTitle: string): Promise<void> {
    const card = this.card(facetTitle);
    await card.getByRole("button", { name: /^Withdraw\b/ }).click();
    await card.getByText(`Withdraw your answer on ${facetTitle}?`).waitFor();
    await card.getByRole("button", { name: "Withdraw answer" }).click();
    await card.getByText("Not answered yet.").waitFor();
  }

  /** Writes an answer through the API from this page, as the app would (to build a long history fast). */
  async answerThroughApi(facetKey: string, text: string): Promise<void> {
    const status = await this.page.evaluate(
      async ([key, value]) => {
        const response = await fetch(`/api/v1/me/answers/${key}`, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ value, visibility: "private" }),
        });
        return response.status;
      },
      [facetKey, text] as const,
    );
    if (status !== 200) throw new Error(`PUT /api/v1/me/answers/${facetKey} → ${status}`);
  }

  /** Presses "Show older" from the keyboard; every version shown afterwards. */
  async showOlder(facetTitle: string): Promise<string[]> {
    const card = this.card(facetTitle);
    const versions = card.locator(".history__list li");
    const before = await versions.count();
    await card.getByRole("button", { name: /^Show older/ }).focus();
    await this.page.keyboard.press("Enter");
    await versions.nth(before).waitFor();
    return versions.allTextContents();
  }

  /** Whether the history offers older versions still. */
  async offersOlder(facetTitle: string): Promise<boolean> {
    return (
      (await this.card(facetTitle)
        .getByRole("button", { name: /^Show older/ })
        .count()) > 0
    );
  }

  /** The text of whatever has the keyboard focus. */
  async focused(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.textContent ?? "");
  }

  /** Every version of an answer, newest first, as the member reads them (the first page). */
  async history(facetTitle: string): Promise<string[]> {
    const card = this.card(facetTitle);
    await card.locator("summary").click();
    // Opening it fetches the history: wait for the list, or for the word that there is none.
    await card.locator(".history__list").or(card.getByText("No versions yet.")).waitFor();
    return card.locator(".history__list li").allTextContents();
  }
}
