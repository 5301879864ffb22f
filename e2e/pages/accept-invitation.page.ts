import type { Page } from "playwright-core";

export class AcceptInvitationScreen {
  constructor(private readonly page: Page) {}

  async open(link: string): Promise<void> {
    await this.page.goto(link);
    await this.page.getByRole("heading", { level: 1 }).waitFor();
    await this.page.getByText("Opening your invitation…").waitFor({ state: "detached" });
  }

  async heading(): Promise<string> {
    return (await this.page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  }

  async explanation(): Promise<string> {
    return (await this.page.locator("main .notice").first().textContent()) ?? "";
  }

  /** A new person chooses a name and password; the app then opens the team they joined. */
  async acceptAsNewPerson(name: string, password: string): Promise<void> {
    await this.page.getByLabel("Your name").fill(name);
    await this.page.getByLabel("Choose a password").fill(password);
    await this.page.getByRole("button", { name: /^Join / }).click();
    await this.page.waitForURL(/\/teams\/[0-9a-f-]{36}$/);
  }
}
