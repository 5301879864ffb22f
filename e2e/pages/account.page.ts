import type { Page } from "playwright-core";

export class AccountScreen {
  constructor(private readonly page: Page) {}

  /** Opens the account screen through the main navigation, as a person would. */
  async openFromNav(): Promise<void> {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account" }).click();
    await this.page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole("button", { name: "Sign out" }).click();
    await this.page.waitForURL(/\/signin/);
  }
}
