import type { Page } from "playwright-core";
import { HomeScreen } from "./home.page";

/** The first-run wizard: name the workspace, then create the admin account. */
export class SetupScreen {
  constructor(private readonly page: Page) {}

  /** Any address leads to setup while the workspace does not exist yet. */
  async open(): Promise<void> {
    await this.page.goto("/");
    await this.page.waitForURL("**/setup");
    await this.page.getByRole("heading", { name: "Name your workspace" }).waitFor();
  }

  async nameWorkspace(name: string): Promise<void> {
    await this.page.getByLabel("Workspace name").fill(name);
    await this.page.getByRole("button", { name: "Continue" }).click();
    await this.page.getByRole("heading", { name: "Create your admin account" }).waitFor();
  }

  /** Back to the first step, then on again: what was typed should still be there. */
  async backAndOn(): Promise<void> {
    await this.page.getByRole("button", { name: "Back" }).click();
    await this.page.getByRole("heading", { name: "Name your workspace" }).waitFor();
    await this.page.getByRole("button", { name: "Continue" }).click();
    await this.page.getByRole("heading", { name: "Create your admin account" }).waitFor();
  }

  field(label: "Your name" | "Email" | "Password") {
    return this.page.getByLabel(label, { exact: true });
  }

  async fillAccount(account: { name: string; email: string; password: string }): Promise<void> {
    await this.field("Your name").fill(account.name);
    await this.field("Email").fill(account.email);
    await this.field("Password").fill(account.password);
    await this.page.getByRole("button", { name: "Create workspace" }).click();
  }

  /** The error shown under a field, read through the field's aria-describedby. */
  async errorFor(label: "Your name" | "Email" | "Password"): Promise<string> {
    const field = this.field(label);
    await this.page.locator('[aria-invalid="true"]').first().waitFor();
    const ids = (await field.getAttribute("aria-describedby")) ?? "";
    const errorId = ids.split(" ").find((id) => id.endsWith("-error"));
    if (!errorId) return "";
    return (await this.page.locator(`[id="${errorId}"]`).textContent()) ?? "";
  }

  async createAdmin(account: { name: string; email: string; password: string }): Promise<void> {
    await this.fillAccount(account);
    // The new admin lands on their home, where the first week's steps start with a team.
    await new HomeScreen(this.page).waitUntilShown();
  }
}
