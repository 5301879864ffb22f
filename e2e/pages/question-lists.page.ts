import type { Page } from "playwright-core";

/** "Questions": my lists, a new list from the bank, and importing a list from a file. */
export class QuestionListsScreen {
  constructor(private readonly page: Page) {}

  async openFromNav(): Promise<void> {
    await this.page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Questions" })
      .click();
    await this.waitUntilShown();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.waitForURL(/\/questions$/);
    await this.page.getByRole("heading", { level: 1, name: "Questions" }).waitFor();
    await this.page.getByText("Loading your lists…").waitFor({ state: "detached" });
  }

  /** Creates a list copied from the whole bank; the app then opens it. */
  async createFromBank(name: string): Promise<void> {
    await this.page.getByLabel("List name").fill(name);
    await this.page.getByLabel("A copy of the whole question bank").check();
    await this.page.getByRole("button", { name: "Create list" }).click();
    await this.page.waitForURL(/\/questions\/[0-9a-f-]{36}$/);
  }

  /** Pastes a file's content and imports it; resolves once the outcome (result or refusal) shows. */
  async importPasted(name: string, format: "CSV" | "Markdown", content: string): Promise<void> {
    await this.page.getByLabel("Name of the new list").fill(name);
    await this.page.getByLabel(new RegExp(`^${format}`)).check();
    await this.page.getByLabel("The file's content").fill(content);
    await this.page.getByRole("button", { name: "Import list" }).click();
    await this.page.getByTestId("import-result").or(this.page.getByRole("alert")).waitFor();
  }

  /** Chooses a file as a person would; the format follows the file's extension. */
  async importFile(name: string, fileName: string, content: string): Promise<void> {
    const mimeType = fileName.endsWith(".md") ? "text/markdown" : "text/csv";
    await this.page
      .getByLabel("Choose a file")
      .setInputFiles({ name: fileName, mimeType, buffer: Buffer.from(content) });
    // The file is read in the browser; wait until its text is in the field.
    const field = this.page.getByLabel("The file's content");
    for (let tries = 0; tries < 50 && (await field.inputValue()) === ""; tries++) {
      await this.page.waitForTimeout(100);
    }
    await this.page.getByLabel("Name of the new list").fill(name);
    await this.page.getByRole("button", { name: "Import list" }).click();
    await this.page.getByTestId("import-result").or(this.page.getByRole("alert")).waitFor();
  }

  async importResultText(): Promise<string> {
    return (await this.page.getByTestId("import-result").textContent()) ?? "";
  }

  async refusalText(): Promise<string> {
    return (await this.page.getByRole("alert").textContent()) ?? "";
  }

  async openImported(name: string): Promise<void> {
    await this.page.getByRole("link", { name: `Open “${name}”` }).click();
    await this.page.waitForURL(/\/questions\/[0-9a-f-]{36}$/);
  }

  async openBank(): Promise<void> {
    await this.page.getByRole("link", { name: "question bank" }).click();
    await this.page.getByRole("heading", { level: 1, name: "Question bank" }).waitFor();
  }

  /** Copies a ready-made starter set into a new list with its one button; the app then opens it. */
  async copyStarterSet(title: string): Promise<void> {
    await this.page.getByRole("button", { name: `Copy “${title}” into a new list` }).click();
    await this.page.waitForURL(/\/questions\/[0-9a-f-]{36}$/);
  }

  listCard(name: string) {
    return this.page
      .getByRole("list", { name: "Question lists" })
      .getByRole("listitem")
      .filter({ hasText: name });
  }
}
