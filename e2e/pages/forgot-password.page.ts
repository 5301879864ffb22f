import type { Page } from "playwright-core";

export class ForgotPasswordScreen {
  constructor(private readonly page: Page) {}

  /** From the sign-in screen, the way a person finds it. */
  async openFromSignIn(): Promise<void> {
    await this.page.getByRole("link", { name: "Forgot your password?" }).click();
    await this.waitUntilShown();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole("heading", { level: 1, name: "Forgot your password?" }).waitFor();
    await this.page.getByText("Loading…").waitFor({ state: "detached" });
  }

  /** Types the address and sends it with Enter, as from the keyboard. */
  async askForLink(email: string): Promise<void> {
    const field = this.page.getByLabel("Email");
    await field.fill(email);
    await field.press("Enter");
    await this.page.getByRole("heading", { name: "Check your mail" }).waitFor();
  }

  async notice(): Promise<string> {
    return (await this.page.locator("main .notice, main .panel").first().textContent()) ?? "";
  }
}
