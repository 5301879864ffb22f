import type { Page } from "playwright-core";

/** The learning explainers: the index and one explainer. */
export class LearnScreen {
  constructor(private readonly page: Page) {}

  async openFromNav(): Promise<void> {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Learn" }).click();
    await this.page.getByRole("heading", { level: 1, name: "Learn" }).waitFor();
  }

  async titles(): Promise<string[]> {
    return this.page.getByRole("list", { name: "Explainers" }).getByRole("heading").allTextContents();
  }

  async open(title: string): Promise<void> {
    await this.page.getByRole("link", { name: title, exact: true }).click();
    await this.page.getByRole("heading", { level: 1, name: title }).waitFor();
  }

  /** The id of the element that has focus, e.g. the section a link pointed at. */
  async focusedId(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.id ?? "");
  }
}
