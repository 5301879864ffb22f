import type { Page } from "playwright-core";

export class PeopleScreen {
  constructor(private readonly page: Page) {}

  async openFromNav(): Promise<void> {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
    await this.page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    await this.page.getByRole("table", { name: "Everyone in this workspace" }).waitFor();
  }

  /** The status cell of a person's row ("Active" or "Deactivated"). */
  async statusOf(name: string): Promise<string> {
    const row = this.page.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name }) });
    return (await row.getByRole("cell").nth(1).textContent()) ?? "";
  }

  async toggle(name: string, action: "Deactivate" | "Reactivate"): Promise<void> {
    await this.page.getByRole("button", { name: `${action} ${name}` }).click();
  }

  /** Makes a password reset link for a person and returns it as the page shows it for copying. */
  async makeResetLink(name: string): Promise<string> {
    await this.page.getByRole("button", { name: `Make reset link for ${name}` }).click();
    await this.page.getByTestId("reset-link-result").waitFor();
    return this.page.getByLabel(`Password reset link for ${name}`).inputValue();
  }
}
