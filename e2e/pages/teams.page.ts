import type { Page } from "playwright-core";

export class TeamsScreen {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/teams");
    await this.waitUntilShown();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.waitForURL("**/teams");
    await this.page.getByRole("heading", { level: 1, name: "Teams" }).waitFor();
    await this.page.getByText("Loading teams…").waitFor({ state: "detached" });
  }

  /** Creates a team; the app then opens the new team's page. */
  async createTeam(name: string): Promise<void> {
    await this.page.getByLabel("Team name").fill(name);
    await this.page.getByRole("button", { name: "Create team" }).click();
    await this.page.waitForURL(/\/teams\/[0-9a-f-]{36}$/);
  }

  teamLink(name: string) {
    return this.page.getByRole("link", { name });
  }
}
