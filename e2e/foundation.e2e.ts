import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AcceptInvitationScreen } from "./pages/accept-invitation.page";
import { AccountScreen } from "./pages/account.page";
import { HomeScreen } from "./pages/home.page";
import { PeopleScreen } from "./pages/people.page";
import { SetupScreen } from "./pages/setup.page";
import { SignInScreen } from "./pages/sign-in.page";
import { TeamScreen } from "./pages/team.page";
import { TeamsScreen } from "./pages/teams.page";
import { type BrowserSession, launchBrowser } from "./support/browser";
import { checkScreen } from "./support/check-screen";
import { saveScreenshot } from "./support/screenshots";
import { type RunningServer, startServer } from "./support/server";
import { admin, ensureWorkspace, member } from "./support/workspace";

describe("foundation: a leader sets up Rapport and a member joins", () => {
  let server: RunningServer;
  let leader: BrowserSession;

  beforeAll(async () => {
    server = await startServer();
    leader = await launchBrowser(server.baseUrl);
  });

  afterAll(async () => {
    await leader?.close();
    await server?.stop();
  });

  it("sets up the workspace, creates a team, and a member accepts an invitation in another browser", async () => {
    const page = leader.page;
    const setup = new SetupScreen(page);
    await setup.open();
    expect(await page.title()).toBe("Set up · Rapport");
    await checkScreen(leader, "01-setup-workspace");
    await setup.nameWorkspace(admin.workspaceName);
    expect(await setup.field("Your name").inputValue()).toBe("");
    await checkScreen(leader, "02-setup-account");
    await setup.field("Your name").fill(admin.name);
    await setup.field("Email").fill(admin.email);
    await setup.backAndOn();
    expect(await setup.field("Your name").inputValue()).toBe(admin.name);
    expect(await setup.field("Email").inputValue()).toBe(admin.email);

    // The reason shows next to the field, which is marked invalid and focused: first the length,
    // which the browser checks by the contract's rule, then a rule only the server holds (common
    // passwords), which comes back as a 400 naming the field.
    const passwordFocused = () =>
      setup.field("Password").evaluate((input) => input === document.activeElement);
    await setup.fillAccount({ ...admin, password: "too-short" });
    expect(await setup.errorFor("Password")).toBe("Use at least 12 characters.");
    expect(await passwordFocused()).toBe(true);
    await checkScreen(leader, "02b-setup-password-refused");
    await setup.fillAccount({ ...admin, password: "abcdabcdabcd" });
    await expect
      .poll(() => setup.errorFor("Password"))
      .toBe("This password is too common or too easy to guess; choose another.");
    expect(await passwordFocused()).toBe(true);
    // Fixing the field clears its error.
    await setup.field("Password").fill(admin.password);
    await expect.poll(() => setup.field("Password").getAttribute("aria-invalid")).toBeNull();
    await setup.createAdmin(admin);

    const teams = new TeamsScreen(page);
    await teams.open();
    expect(await page.title()).toBe("Teams · Rapport");
    await checkScreen(leader, "03-teams-empty");
    await teams.createTeam("Platform");

    const team = new TeamScreen(page);
    await team.waitUntilShown("Platform");
    expect(await team.namesIn("Leaders")).toEqual([admin.name]);
    await checkScreen(leader, "04-team-new");
    const invitation = await team.invite(member.email, "member");
    expect(invitation.link).toMatch(new RegExp(`^${server.baseUrl}/invitations/.{10,}`));
    expect(invitation.notice).toContain("Email is not set up");
    expect(await team.namesIn("Invitations")).toEqual([member.email]);
    await checkScreen(leader, "05-team-invited");

    const guest = await launchBrowser(server.baseUrl);
    try {
      const accept = new AcceptInvitationScreen(guest.page);
      await accept.open(invitation.link);
      expect(await accept.heading()).toBe("Join Platform");
      await checkScreen(guest, "06-accept-invitation");
      await accept.acceptAsNewPerson(member.name, member.password);
      await new HomeScreen(guest.page).openTeam("Platform");

      const membersView = new TeamScreen(guest.page);
      await membersView.waitUntilShown("Platform");
      await membersView.waitForName("Members", member.name);
      expect(await guest.page.getByLabel("Email address").count()).toBe(0);
      await checkScreen(guest, "07-team-as-member");

      const membersTeams = new TeamsScreen(guest.page);
      await membersTeams.open();
      await membersTeams.teamLink("Platform").waitFor();
      await checkScreen(guest, "08-teams-as-member");

      await accept.open(invitation.link);
      expect(await accept.heading()).toBe("Invitation already used");
      expect(await accept.explanation()).toContain("already been used");
    } finally {
      await guest.close();
    }

    await page.reload();
    await team.waitUntilShown("Platform");
    await team.waitForName("Members", member.name);
    expect(await team.namesIn("Invitations")).toEqual([]);
    await saveScreenshot(page, "09-team-with-member");

    const account = new AccountScreen(page);
    await account.openFromNav();
    expect(await page.title()).toBe("Account · Rapport");
    await checkScreen(leader, "10-account");

    const people = new PeopleScreen(page);
    await people.openFromNav();
    expect(await people.statusOf(member.name)).toBe("Active");
    await checkScreen(leader, "11-people");

    // A phone-sized window: the same screens stay usable and pass the same checks.
    const mainNav = page.getByRole("navigation", { name: "Main" });
    const menu = mainNav.getByRole("button", { name: "Menu" });
    expect(await menu.count()).toBe(0); // wide: every link shows, no menu button
    await page.setViewportSize({ width: 390, height: 844 });
    await checkScreen(leader, "11b-people-narrow");

    // Below 600 px the navigation folds behind "Menu"; it opens, takes you somewhere, folds again.
    const teamsLink = mainNav.getByRole("link", { name: "Teams" });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await teamsLink.isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    expect(await teamsLink.isVisible()).toBe(true);
    await checkScreen(leader, "11b-menu-open-narrow");
    await page.keyboard.press("Escape");
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await menu.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await teamsLink.click();
    await teams.waitUntilShown();
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    await teams.teamLink("Platform").click();
    await team.waitUntilShown("Platform");
    await checkScreen(leader, "11c-team-narrow");
  });

  it("signs out, refuses a wrong password, and signs in again through the sign-in screen", async () => {
    await ensureWorkspace(server.baseUrl);
    const visitor = await launchBrowser(server.baseUrl);
    try {
      const page = visitor.page;
      const signIn = new SignInScreen(page);
      await page.goto("/teams");
      await signIn.waitUntilShown();
      expect(page.url()).toContain("next=%2Fteams");
      await checkScreen(visitor, "12-sign-in");
      await signIn.fill(admin.email, admin.password);
      await new TeamsScreen(page).waitUntilShown();

      const account = new AccountScreen(page);
      await account.openFromNav();
      await account.signOut();
      await signIn.waitUntilShown();
      expect(await signIn.statusText()).toContain("You are signed out");

      await signIn.fill(admin.email, "not-the-right-password");
      expect(await signIn.errorText()).toContain("The email or password is not right");
      await checkScreen(visitor, "13-sign-in-wrong-password");

      // Signed out, the sign-in screen names no page to return to: the home opens.
      await signIn.fill(admin.email, admin.password);
      await new HomeScreen(page).waitUntilShown();
    } finally {
      await visitor.close();
    }
  });

  it("lets an existing account join a second team by signing in, not by a password on the invitation", async () => {
    await ensureWorkspace(server.baseUrl);
    const teams = new TeamsScreen(leader.page);
    await teams.open();
    await teams.createTeam("Growth");
    const growth = new TeamScreen(leader.page);
    await growth.waitUntilShown("Growth");
    const invitation = await growth.invite(member.email, "member");

    const visitor = await launchBrowser(server.baseUrl);
    try {
      const page = visitor.page;
      const accept = new AcceptInvitationScreen(page);
      await accept.open(invitation.link);
      expect(await accept.heading()).toBe("Join Growth");
      // Both ways in are offered; the screen does not say whether the address has an account.
      await page.getByRole("heading", { name: `Already use Rapport as ${member.email}?` }).waitFor();
      await page.getByRole("heading", { name: "New to Rapport?" }).waitFor();
      await checkScreen(visitor, "14a-accept-signed-out");
      await accept.signInToAccept();
      const signIn = new SignInScreen(page);
      await signIn.waitUntilShown();
      // The sign-in screen says where it leads, and where to go without an account.
      await page.getByText("you will come back to your invitation to accept it").waitFor();
      await page.getByRole("link", { name: "Go back to the invitation" }).waitFor();
      await checkScreen(visitor, "14a2-sign-in-from-invitation");
      await signIn.fill(member.email, member.password);
      await page.waitForURL(/\/invitations\//);
      await page.getByText(`You are signed in as ${member.name}`).waitFor();
      await checkScreen(visitor, "14b-accept-signed-in");
      await accept.joinAsSignedIn("Growth");
      await new HomeScreen(page).openTeam("Growth");
      const team = new TeamScreen(page);
      await team.waitUntilShown("Growth");
      await team.waitForName("Members", member.name);
    } finally {
      await visitor.close();
    }
  });

  it("makes an API token on the account page that a script can use within its scopes, then revokes it", async () => {
    await ensureWorkspace(server.baseUrl);
    const page = leader.page;
    await page.setViewportSize({ width: 1280, height: 860 });
    const account = new AccountScreen(page);
    await page.goto("/teams");
    await account.openFromNav();
    const token = await account.createToken("Nightly export", ["read"]);
    expect(token).toMatch(/^rapport_pat_[\w-]{43}$/);
    await checkScreen(leader, "10b-account-token-created");
    const asScript = (method: string, path: string, body?: object) =>
      fetch(`${server.baseUrl}/api/v1${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body ? { "content-type": "application/json" } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    expect((await asScript("GET", "/me")).status).toBe(200);
    const write = await asScript("POST", "/teams", { name: "From a script" });
    expect(write.status).toBe(403);
    expect(((await write.json()) as { error: { code: string } }).error.code).toBe("insufficient_scope");

    const people = new PeopleScreen(page);
    await people.openFromNav();
    await page.getByRole("table", { name: "Every API token in this workspace" }).waitFor();
    await checkScreen(leader, "10c-people-tokens");
    await account.openFromNav();
    await account.revokeToken("Nightly export");
    expect((await asScript("GET", "/me")).status).toBe(401);
    await page.setViewportSize({ width: 390, height: 844 });
    await checkScreen(leader, "10d-account-tokens-narrow");
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it("explains plainly when an invitation link does not exist", async () => {
    const visitor = await launchBrowser(server.baseUrl);
    try {
      const accept = new AcceptInvitationScreen(visitor.page);
      await accept.open("/invitations/this-link-was-never-sent");
      expect(await accept.heading()).toBe("Link not recognised");
      expect(await accept.explanation()).toMatch(
        /invitation link does not work. Check that you copied all of it/,
      );
      await checkScreen(visitor, "14-invitation-not-found");
    } finally {
      await visitor.close();
    }
  });
});
