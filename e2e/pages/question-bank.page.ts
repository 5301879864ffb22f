import type { Page } from "playwright-core";

/** The read-only question bank with its filters and the copy-into-a-list form. */
export class QuestionBankScreen {
  constructor(private readonly page: Page) {}

  async filterByDepth(depth: "Light" | "Medium" | "Deep"): Promise<void> {
    await this.page.getByRole("search").getByLabel("Depth").selectOption({ label: depth });
    await this.page
      .getByRole("status")
      .getByText(/questions? match/)
      .waitFor();
  }

  async shownCount(): Promise<number> {
    return this.page.getByRole("list", { name: "Questions" }).getByRole("listitem").count();
  }

  async depthTags(): Promise<string[]> {
    const tags = await this.page.locator(".tag[class*='tag--depth-']").allTextContents();
    return tags.map((tag) => tag.split(" ")[0] ?? "");
  }

  /** Copies what the filter shows into a new list; the app then opens it. */
  async copyIntoNewList(name: string): Promise<void> {
    await this.page.getByLabel("Name of the new list").fill(name);
    await this.page.getByRole("button", { name: /^Copy \d+ questions? into a new list$/ }).click();
    await this.page.waitForURL(/\/questions\/[0-9a-f-]{36}$/);
  }
}
