import type { Locator, Page } from "playwright-core";

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

  private invitations() {
    return this.page.getByRole("region", { name: /^Invitations/ });
  }

  /** The line an open invitation shows under its address ("Member · expires …"). */
  async invitationLine(email: string): Promise<string> {
    const row = this.invitations().getByRole("listitem").filter({ hasText: email });
    return (await row.textContent()) ?? "";
  }

  /** Renews an invitation and returns the new link the list shows for copying. */
  async renew(email: string): Promise<string> {
    await this.page.getByRole("button", { name: `Renew the invitation for ${email}` }).click();
    await this.page.getByTestId("renewed-invitation").waitFor();
    return this.page.getByLabel(`New invitation link for ${email}`).inputValue();
  }

  /** Asks to withdraw an invitation; returns the question asked, left open. */
  async askToWithdraw(email: string): Promise<string> {
    await this.page.getByRole("button", { name: `Withdraw the invitation for ${email}` }).click();
    return this.questionShown();
  }

  /** The confirmation question on screen, once it has taken focus. */
  async questionShown(): Promise<string> {
    const question = this.page.locator(".confirm p[tabindex='-1']");
    await question.waitFor();
    await this.page.waitForFunction(() => document.activeElement?.matches(".confirm p") ?? false);
    return (await question.textContent()) ?? "";
  }

  /** Answers the open question with its confirming button. */
  async confirm(label: string): Promise<void> {
    await this.page.locator(".confirm").getByRole("button", { name: label }).click();
  }

  /** Waits until the region named by `group` announces something containing `text`. */
  async waitForStatus(
    group: "Leaders" | "Members" | "Invitations" | "Team settings",
    text: string,
  ): Promise<void> {
    const region = this.page.getByRole("region", { name: new RegExp(`^${group}`) });
    await region.getByRole("status").filter({ hasText: text }).waitFor();
  }

  async askToChangeRole(name: string, to: "leader" | "member"): Promise<string> {
    await this.page.getByRole("button", { name: `Make ${name} a ${to}` }).click();
    return this.questionShown();
  }

  async askToRemove(name: string): Promise<string> {
    await this.page.getByRole("button", { name: `Remove ${name} from the team` }).click();
    return this.questionShown();
  }

  async rename(name: string): Promise<void> {
    const form = this.page.getByRole("form", { name: "Rename the team" });
    await form.getByLabel("Team name").fill(name);
    await form.getByRole("button", { name: "Rename" }).click();
    await this.waitUntilShown(name);
  }

  async askToDelete(): Promise<string> {
    await this.page.getByRole("button", { name: "Delete team…" }).click();
    return this.questionShown();
  }

  /** "How <leader> works": the leader's manual as this person may read it. */
  leaderManual(leaderName: string): Locator {
    return this.page.getByRole("region", { name: `How ${leaderName} works` });
  }

  /** The note beside the invitation form that asks a leader to write their manual first. */
  manualNudge(): Locator {
    return this.page.getByRole("complementary", { name: "Write your manual before you invite" });
  }
}
