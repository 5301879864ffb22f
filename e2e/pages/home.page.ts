import type { Locator, Page } from "playwright-core";

export class HomeScreen {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/");
    await this.waitUntilShown();
  }

  /** The home, loaded: its heading greets the person, and nothing is loading any more. */
  async waitUntilShown(): Promise<void> {
    await this.page.waitForURL((url) => url.pathname === "/");
    await this.page.getByRole("heading", { level: 1, name: /^Hello, / }).waitFor();
    await this.page.getByText("Loading your home…").waitFor({ state: "detached" });
  }

  checklist(): Locator {
    return this.page.getByRole("region", { name: "Your first week as a leader" });
  }

  /** Each step's title, with "Done: " or "To do: " before it as screen readers read it. */
  async checklistSteps(): Promise<string[]> {
    const steps = this.checklist().locator(".checklist__title");
    return (await steps.allTextContents()).map((text) => text.trim());
  }

  /** Waits until the step with this title says done (the home asks afresh each time it opens). */
  async waitForStepDone(title: string): Promise<void> {
    await this.checklist()
      .locator(".checklist__title", { hasText: `Done: ${title}` })
      .waitFor();
  }

  leading(): Locator {
    return this.page.getByRole("region", { name: "The people you lead" });
  }

  /** A leader's manual as the signed-in member reads it on the home. */
  leaderManual(leaderName: string): Locator {
    return this.page.getByRole("region", { name: `How ${leaderName} works` });
  }

  async openTeam(teamName: string): Promise<void> {
    await this.page.getByRole("link", { name: teamName, exact: true }).first().click();
    await this.page.getByRole("heading", { level: 1, name: teamName }).waitFor();
  }
}
