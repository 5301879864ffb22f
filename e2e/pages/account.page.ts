import type { Locator, Page } from "playwright-core";

export class AccountScreen {
  constructor(private readonly page: Page) {}

  /** Opens the account screen through the main navigation, as a person would. */
  async openFromNav(): Promise<void> {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account" }).click();
    await this.page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
  }

  /** Creates an API token with the scopes named by their codes; returns the secret shown once. */
  async createToken(name: string, scopes: string[]): Promise<string> {
    const panel = this.page.getByRole("region", { name: "API tokens" });
    await panel.getByLabel("Token name").fill(name);
    for (const box of await panel.getByRole("checkbox").all()) {
      const code = (await box.getAttribute("value")) ?? "";
      if ((await box.isChecked()) !== scopes.includes(code)) await box.click();
    }
    await panel.getByRole("button", { name: "Create token" }).click();
    await panel.getByRole("heading", { name: `${name} is ready` }).waitFor();
    return panel.getByLabel("The new token").inputValue();
  }

  async revokeToken(name: string): Promise<void> {
    await this.page.getByRole("button", { name: `Revoke ${name}` }).click();
    await this.page.getByText(`Revoke ${name}? Scripts using it stop at once`).waitFor();
    await this.page.getByRole("button", { name: "Revoke token" }).click();
    await this.page.getByText(`${name} is revoked and no longer works.`).waitFor();
  }

  settings(): Locator {
    return this.page.getByRole("region", { name: "Time zone and mail" });
  }

  /** Picks a time zone and saves it. */
  async saveTimeZone(timeZone: string): Promise<void> {
    const panel = this.settings();
    await panel.getByLabel("Time zone", { exact: true }).selectOption(timeZone);
    await panel.getByRole("button", { name: "Save settings" }).click();
    await panel.getByText("Your settings are saved.").waitFor();
  }

  /** One of the mail settings' switches, by its label. */
  mailSwitch(label: string): Locator {
    return this.settings().getByRole("switch", { name: label });
  }

  calendar(): Locator {
    return this.page.getByRole("region", { name: "Calendar link" });
  }

  /** Makes the calendar link (a new one when there is one, after confirming); returns it, shown once. */
  async makeCalendarLink(): Promise<string> {
    const panel = this.calendar();
    const first = panel.getByRole("button", { name: "Make a calendar link" });
    if (await first.isVisible()) {
      await first.click();
    } else {
      await panel.getByRole("button", { name: "Make a new link" }).click();
      await panel.getByText("The one you have now stops working").waitFor();
      await panel.getByRole("button", { name: "Make a new link" }).click();
    }
    await panel.getByRole("heading", { name: "Your calendar link is ready" }).waitFor();
    return panel.getByLabel("Your calendar link").inputValue();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole("button", { name: "Sign out" }).click();
    await this.page.waitForURL(/\/signin/);
  }
}
