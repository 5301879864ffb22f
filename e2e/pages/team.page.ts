import type { Page } from "playwright-core";

export class TeamScreen {
  constructor(private readonly page: Page) {}

  async waitUntilShown(teamName: string): Promise<void> {
    await this.page.getByRole("heading", { level: 1, name: teamName }).waitFor();
  }

  /** Creates an invitation and returns the link the page shows for copying. */
  async invite(email: string, role: "member" | "leader"): Promise<{ link: string; notice: string }> {
    await this.page.getByLabel("Email address").fill(email);
    await this.page.getByLabel("Role on this team").selectOption(role);
    await this.page.getByRole("button", { name: "Create invitation" }).click();
    const result = this.page.getByTestId("invitation-result");
    await result.waitFor();
    const link = await this.page.getByLabel(`Invitation link for ${email}`).inputValue();
    return { link, notice: (await result.textContent()) ?? "" };
  }

  /** The names listed under a heading such as "Leaders", "Members" or "Invitations", once loaded. */
  async namesIn(group: "Leaders" | "Members" | "Invitations"): Promise<string[]> {
    const region = this.page.getByRole("region", { name: new RegExp(`^${group}`) });
    await region.locator(".person__name, .empty").first().waitFor();
    return region.locator(".person__name").allTextContents();
  }

  /** Waits until someone appears in a group, reloading the team from the server each time. */
  async waitForName(group: "Leaders" | "Members", name: string): Promise<void> {
    const region = this.page.getByRole("region", { name: new RegExp(`^${group}`) });
    await region.locator(".person__name", { hasText: name }).waitFor();
  }
}
