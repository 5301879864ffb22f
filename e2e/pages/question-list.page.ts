import type { Locator, Page } from "playwright-core";

/** One question list: the editor with the linter's live feedback, the questions, export and settings. */
export class QuestionListScreen {
  constructor(private readonly page: Page) {}

  async waitUntilShown(name: string): Promise<void> {
    await this.page.getByRole("heading", { level: 1, name }).waitFor();
    await this.page.getByRole("heading", { level: 2, name: /^Questions/ }).waitFor();
  }

  /** "150 questions in use · 1 retired" */
  async counts(): Promise<string> {
    return (await this.page.getByTestId("list-counts").textContent()) ?? "";
  }

  private get addPanel(): Locator {
    return this.page.getByRole("region", { name: "Add a question" });
  }

  /** The linter's live region under the new-question field. */
  get newQuestionFeedback(): Locator {
    return this.addPanel.getByTestId("lint-feedback");
  }

  async typeNewQuestion(text: string): Promise<void> {
    const field = this.page.getByLabel("New question");
    await field.fill("");
    await field.pressSequentially(text, { delay: 15 });
  }

  /** Waits for the live feedback to show a finding with this code, and returns its text. */
  async waitForFinding(code: string): Promise<string> {
    const finding = this.newQuestionFeedback.locator(`[data-code="${code}"]`);
    await finding.waitFor();
    return (await finding.textContent()) ?? "";
  }

  async waitForOpenVerdict(): Promise<void> {
    await this.newQuestionFeedback.getByText("Open question").waitFor();
  }

  async addQuestion(): Promise<void> {
    await this.addPanel.getByRole("button", { name: "Add question" }).click();
    await this.addPanel
      .getByRole("status")
      .getByText(/^Added as question/)
      .waitFor();
  }

  item(text: string): Locator {
    return this.page
      .getByRole("list", { name: /^Questions/ })
      .getByRole("listitem")
      .filter({ has: this.page.getByText(text, { exact: true }) });
  }

  /** The texts of the list's questions, in order (not the bank's offered below "Add from the bank"). */
  async questionTexts(): Promise<string[]> {
    return this.page
      .getByRole("list", { name: /^Questions/ })
      .locator(".question__text")
      .allTextContents();
  }

  /** Chooses an action from a question's "More" menu. */
  async fromMenu(text: string, action: string): Promise<void> {
    await this.item(text)
      .getByRole("button", { name: /^More actions for question/ })
      .click();
    await this.page.getByRole("menuitem", { name: action, exact: true }).click();
  }

  async retire(text: string): Promise<void> {
    await this.fromMenu(text, "Retire");
    await this.page.getByText(/^Retired question \d+/).waitFor();
  }

  async moveDown(text: string): Promise<void> {
    await this.fromMenu(text, "Move down");
    await this.page.getByText(/^Moved question to position/).waitFor();
  }

  private get bankPanel(): Locator {
    return this.page.getByRole("region", { name: "Add from the bank" });
  }

  /** Finds a bank question by its words and adds it alone; resolves with the status said. */
  async addFromBank(text: string): Promise<string> {
    await this.bankPanel.getByRole("search", { name: "Search the bank" }).getByLabel("Search").fill(text);
    const offered = this.bankPanel
      .getByRole("listitem")
      .filter({ has: this.page.getByText(text, { exact: true }) });
    await offered.getByRole("button", { name: /^Add “/ }).click();
    const status = this.bankPanel.getByRole("status").getByText(/^Added “/);
    await status.waitFor();
    return (await status.textContent()) ?? "";
  }

  /** The drag handle of a question, a button a keyboard reaches with Tab. */
  handle(text: string): Locator {
    return this.item(text).getByRole("button", { name: /^Drag question/ });
  }

  /** What the drag and drop said last to screen readers (its own live region). */
  async dragAnnouncement(): Promise<string> {
    return (await this.page.locator('[id^="DndLiveRegion"]').textContent()) ?? "";
  }

  async waitForDragAnnouncement(pattern: RegExp): Promise<string> {
    await this.page.waitForFunction(
      (source) => new RegExp(source).test(document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? ""),
      pattern.source,
    );
    return this.dragAnnouncement();
  }

  async select(text: string): Promise<void> {
    await this.item(text)
      .getByRole("checkbox", { name: /^Select question/ })
      .check();
  }

  /** Retires the selected questions at once; resolves with the status said. */
  async retireSelected(count: number): Promise<string> {
    await this.page.getByRole("button", { name: `Retire ${count} selected` }).click();
    const status = this.page.getByRole("status").getByText(/^Retired \d+ questions?:/);
    await status.waitFor();
    return (await status.textContent()) ?? "";
  }

  /** Deletes the whole list after confirming; the app returns to the lists. */
  async deleteList(): Promise<void> {
    await this.page.getByRole("button", { name: "Delete this list" }).click();
    await this.page.getByRole("button", { name: "Yes, delete the list" }).click();
    await this.page.waitForURL(/\/questions$/);
  }

  /** The accessible name of the focused control, to follow focus as a keyboard user would. */
  async focusedName(): Promise<string> {
    return this.page.evaluate(() => {
      const focused = document.activeElement;
      return focused?.getAttribute("aria-label") ?? focused?.textContent ?? "";
    });
  }

  async search(words: string): Promise<void> {
    await this.page
      .getByRole("search", { name: "Search and filter questions" })
      .getByLabel("Search")
      .fill(words);
  }

  async showRetired(): Promise<void> {
    await this.page.getByLabel("Show retired questions").check();
  }

  /** The address of an export link, to fetch as the browser would. */
  async exportHref(format: "CSV" | "Markdown"): Promise<string> {
    return (
      (await this.page.getByRole("link", { name: new RegExp(`^${format} file of`) }).getAttribute("href")) ??
      ""
    );
  }

  /** Downloads an export in the page, with the page's session cookie. */
  async fetchExport(format: "CSV" | "Markdown"): Promise<{ status: number; type: string; body: string }> {
    const href = await this.exportHref(format);
    return this.page.evaluate(async (url) => {
      const response = await fetch(url);
      return {
        status: response.status,
        type: response.headers.get("content-type") ?? "",
        body: await response.text(),
      };
    }, href);
  }
}
