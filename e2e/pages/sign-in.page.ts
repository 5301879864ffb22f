import type { Page } from "playwright-core";

export class SignInScreen {
  constructor(private readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.waitForURL(/\/signin/);
    await this.page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  }

  async fill(email: string, password: string): Promise<void> {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  /** The error the screen shows (role=alert) after a failed sign-in. */
  async errorText(): Promise<string> {
    const alert = this.page.getByRole("alert");
    await alert.waitFor();
    return (await alert.textContent()) ?? "";
  }

  async statusText(): Promise<string> {
    return (await this.page.getByRole("status").first().textContent()) ?? "";
  }
}
