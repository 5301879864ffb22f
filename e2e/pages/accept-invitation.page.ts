import type { Page } from "playwright-core";
import { HomeScreen } from "./home.page";

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

  /** Signed out: the way in for someone who already has an account. */
  async signInToAccept(): Promise<void> {
    await this.page.getByRole("link", { name: "Sign in to accept" }).click();
  }

  /** Signed in as the invited address: one button joins the team, then the home opens. */
  async joinAsSignedIn(team: string): Promise<void> {
    await this.page.getByRole("button", { name: `Join ${team}` }).click();
    await new HomeScreen(this.page).waitUntilShown();
  }

  /** A new person chooses a name and password; the app then opens their home. */
  async acceptAsNewPerson(name: string, password: string): Promise<void> {
    await this.page.getByLabel("Your name").fill(name);
    await this.page.getByLabel("Choose a password").fill(password);
    await this.page.getByRole("button", { name: /^Create my account and join / }).click();
    await new HomeScreen(this.page).waitUntilShown();
  }
}
