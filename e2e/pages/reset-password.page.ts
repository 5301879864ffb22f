import type { Page } from "playwright-core";

export class ResetPasswordScreen {
  constructor(private readonly page: Page) {}

  async open(link: string): Promise<void> {
    await this.page.goto(link);
    await this.page.getByRole("heading", { level: 1 }).waitFor();
    await this.page.getByText("Opening your link…").waitFor({ state: "detached" });
  }

  async heading(): Promise<string> {
    return (await this.page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  }

  async lede(): Promise<string> {
    return (await this.page.locator("main .lede, main .notice").first().textContent()) ?? "";
  }

  /** Types a new password and sends it with Enter. */
  async setPassword(password: string): Promise<void> {
    const field = this.page.getByLabel("New password");
    await field.fill(password);
    await field.press("Enter");
  }

  async errorFor(label: string): Promise<string> {
    const field = this.page.getByLabel(label);
    await field.and(this.page.locator('[aria-invalid="true"]')).waitFor();
    const id = ((await field.getAttribute("aria-describedby")) ?? "")
      .split(" ")
      .find((part) => part.endsWith("-error"));
    return (await this.page.locator(`[id="${id}"]`).textContent()) ?? "";
  }

  async waitUntilSet(): Promise<void> {
    await this.page.getByRole("heading", { level: 1, name: "Your new password is set" }).waitFor();
  }
}
