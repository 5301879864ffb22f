import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpServer, type TestSmtpServer } from "../server/test/smtp-server";
import { AcceptInvitationScreen } from "./pages/accept-invitation.page";
import { ForgotPasswordScreen } from "./pages/forgot-password.page";
import { HomeScreen } from "./pages/home.page";
import { PeopleScreen } from "./pages/people.page";
import { ResetPasswordScreen } from "./pages/reset-password.page";
import { SignInScreen } from "./pages/sign-in.page";
import { TeamScreen } from "./pages/team.page";
import { TeamsScreen } from "./pages/teams.page";
import { type BrowserSession, launchBrowser } from "./support/browser";
import { checkScreen } from "./support/check-screen";
import { type RunningServer, startServer } from "./support/server";
import { admin, ensureWorkspace, member } from "./support/workspace";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };

async function signInAs(session: BrowserSession, email: string, password: string): Promise<void> {
  const signIn = new SignInScreen(session.page);
  await session.page.goto("/signin");
  await signIn.waitUntilShown();
  await signIn.fill(email, password);
  await new HomeScreen(session.page).waitUntilShown();
}

/** Is this browser still signed in? Opening a signed-in screen says. */
async function signedIn(session: BrowserSession): Promise<boolean> {
  await session.page.goto("/teams");
  const teams = session.page.getByRole("heading", { level: 1, name: "Teams" });
  const signIn = session.page.getByRole("heading", { level: 1, name: "Sign in" });
  await teams.or(signIn).waitFor();
  return teams.isVisible();
}

describe("password recovery, with mail on a real SMTP server on loopback", () => {
  /** The admin's password, as the first test leaves it. */
  let adminPassword = admin.password;
  let smtp: TestSmtpServer;
  let server: RunningServer;
  const browsers: BrowserSession[] = [];
  const browser = async () => {
    const session = await launchBrowser(server.baseUrl);
    browsers.push(session);
    return session;
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startServer({
      env: { SMTP_URL: smtp.url, SMTP_FROM: "Rapport <rapport@northwind.test>" },
    });
    await ensureWorkspace(server.baseUrl);
  });

  afterAll(async () => {
    for (const session of browsers) await session.close();
    await server?.stop();
    await smtp?.close();
  });

  it("mails a link from 'Forgot your password?'; the new password signs in here and ends the session elsewhere", async () => {
    const elsewhere = await browser();
    await signInAs(elsewhere, admin.email, admin.password);

    const forgetful = await browser();
    const page = forgetful.page;
    await page.goto("/signin");
    const forgot = new ForgotPasswordScreen(page);
    await forgot.openFromSignIn();
    expect(await page.title()).toBe("Forgot your password? · Rapport");
    await checkScreen(forgetful, "reset-01-forgot");
    await forgot.askForLink(admin.email);
    // The outcome takes the keyboard's focus, and says nothing of whether the address has an account.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Check your mail");
    expect(await forgot.notice()).toContain(`If an account uses ${admin.email}`);
    await checkScreen(forgetful, "reset-02-forgot-sent");

    const { to, mail } = await smtp.nextMail();
    expect(to).toEqual([admin.email]);
    expect(mail.subject).toBe("Set a new password for Rapport");
    const link = /(http\S+\/reset-password#\S+)/.exec(mail.text ?? "")?.[1] ?? "";
    expect(link.startsWith(`${server.baseUrl}/reset-password#`)).toBe(true);

    const reset = new ResetPasswordScreen(page);
    await reset.open(link);
    expect(await reset.heading()).toBe("Set a new password");
    expect(await reset.lede()).toContain(`For ${admin.name} (${admin.email})`);
    await checkScreen(forgetful, "reset-03-new-password");
    await reset.setPassword("harbour");
    expect(await reset.errorFor("New password")).toBe("Use at least 12 characters.");
    await checkScreen(forgetful, "reset-04-new-password-refused");
    await page.setViewportSize(PHONE);
    await checkScreen(forgetful, "reset-04b-new-password-narrow");
    await page.setViewportSize(DESKTOP);

    const newPassword = "lantern-after-the-storm-2026";
    await reset.setPassword(newPassword);
    await reset.waitUntilSet();
    await checkScreen(forgetful, "reset-05-password-set");
    await page.getByRole("link", { name: "Continue to Rapport" }).click();
    await new HomeScreen(page).waitUntilShown();

    // The session in the other browser ended; the old password no longer works there.
    expect(await signedIn(elsewhere)).toBe(false);
    const signIn = new SignInScreen(elsewhere.page);
    await signIn.fill(admin.email, admin.password);
    expect(await signIn.errorText()).toContain("The email or password is not right");
    await signIn.fill(admin.email, newPassword);
    await new TeamsScreen(elsewhere.page).waitUntilShown();
    adminPassword = newPassword;

    // The link worked once.
    const again = await browser();
    const reused = new ResetPasswordScreen(again.page);
    await reused.open(link);
    expect(await reused.heading()).toBe("This link cannot be used");
    expect(await reused.lede()).toContain("already been used");
    await checkScreen(again, "reset-06-link-used");
  });

  it("lets an admin make a link for a person on the People page, to copy and hand over", async () => {
    const adminBrowser = await browser();
    await signInAs(adminBrowser, admin.email, adminPassword);
    const teams = new TeamsScreen(adminBrowser.page);
    await teams.open();
    await teams.createTeam("Platform");
    const team = new TeamScreen(adminBrowser.page);
    await team.waitUntilShown("Platform");
    const invitation = await team.invite(member.email, "member");
    expect((await smtp.nextMail()).to).toEqual([member.email]);

    const person = await browser();
    const accept = new AcceptInvitationScreen(person.page);
    await accept.open(invitation.link);
    await accept.acceptAsNewPerson(member.name, member.password);

    const people = new PeopleScreen(adminBrowser.page);
    await people.openFromNav();
    const link = await people.makeResetLink(member.name);
    expect(link.startsWith(`${server.baseUrl}/reset-password#`)).toBe(true);
    await adminBrowser.page.getByRole("heading", { name: `Reset link for ${member.name}` }).waitFor();
    await checkScreen(adminBrowser, "reset-07-people-reset-link");
    await adminBrowser.page.setViewportSize(PHONE);
    await checkScreen(adminBrowser, "reset-07b-people-reset-link-narrow");
    await adminBrowser.page.setViewportSize(DESKTOP);

    // Opened where the admin is signed in, the link is refused: it is someone else's.
    const adminView = new ResetPasswordScreen(adminBrowser.page);
    await adminView.open(link);
    await adminBrowser.page.getByText(`You are signed in as ${admin.name}`).waitFor();
    expect(await adminBrowser.page.getByLabel("New password").count()).toBe(0);
    await checkScreen(adminBrowser, "reset-08-link-while-signed-in-as-another");

    const handedOver = await browser();
    const reset = new ResetPasswordScreen(handedOver.page);
    await handedOver.page.setViewportSize(PHONE);
    await reset.open(link);
    expect(await reset.lede()).toContain(`For ${member.name} (${member.email})`);
    await reset.setPassword("compass-over-the-meadow-88");
    await reset.waitUntilSet();
    await checkScreen(handedOver, "reset-09-password-set-narrow");
    expect(await signedIn(handedOver)).toBe(true);
    expect(await signedIn(person)).toBe(false);
    expect(await signedIn(adminBrowser)).toBe(true);
  });
});

describe("password recovery without mail", () => {
  let server: RunningServer;
  let visitor: BrowserSession;
  beforeAll(async () => {
    server = await startServer();
    await ensureWorkspace(server.baseUrl);
    visitor = await launchBrowser(server.baseUrl);
  });
  afterAll(async () => {
    await visitor?.close();
    await server?.stop();
  });

  it("says to ask an admin, instead of offering to send a link", async () => {
    await visitor.page.goto("/signin");
    const forgot = new ForgotPasswordScreen(visitor.page);
    await forgot.openFromSignIn();
    expect(await forgot.notice()).toContain("does not send mail");
    expect(await visitor.page.getByLabel("Email").count()).toBe(0);
    await checkScreen(visitor, "reset-10-forgot-without-mail");
  });
});
