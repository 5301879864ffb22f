import { readFile } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { AccountScreen } from "./pages/account.page";
import { SignInScreen } from "./pages/sign-in.page";
import { type BrowserSession, launchBrowser } from "./support/browser";
import { checkScreen } from "./support/check-screen";
import { leaderAndGuest, setUpTeamWithMember } from "./support/leader-and-guest";
import { member } from "./support/workspace";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };

describe("the security log", () => {
  const people = leaderAndGuest();
  let laptop: BrowserSession | undefined;
  afterAll(async () => {
    await laptop?.close();
  });

  it("lets a person end another session from the account screen, and shows it to the admin in the log", async () => {
    const { leader, guest } = people;
    await setUpTeamWithMember(leader.page, guest.page);
    // The member also signs in on a second browser, once with a wrong password first.
    laptop = await launchBrowser(people.server.baseUrl);
    await laptop.page.goto("/signin");
    const signIn = new SignInScreen(laptop.page);
    await signIn.waitUntilShown();
    await signIn.fill(member.email, "not-the-right-password-1");
    await signIn.errorText();
    await signIn.fill(member.email, member.password);
    await laptop.page.waitForURL((url) => !url.pathname.startsWith("/signin"));

    const account = new AccountScreen(guest.page);
    await account.openFromNav();
    const panel = guest.page.getByRole("region", { name: "Where you are signed in" });
    await panel.scrollIntoViewIfNeeded();
    const sessions = panel.getByRole("list", { name: "Your sessions" }).getByRole("listitem");
    await expect.poll(() => sessions.count()).toBe(2);
    expect(await panel.getByText("This device").count()).toBe(1);
    const signIns = panel.getByRole("region", { name: "Your recent sign-ins" }).getByRole("row");
    // The header, the sign-in and the failed attempt (accepting the invitation is no sign-in).
    expect(await signIns.allTextContents()).toHaveLength(3);
    await checkScreen(guest, "security-log-01-account-sessions");
    await guest.page.setViewportSize(PHONE);
    await panel.scrollIntoViewIfNeeded();
    await checkScreen(guest, "security-log-02-account-sessions-phone");
    await guest.page.setViewportSize(DESKTOP);

    // End the laptop's session by keyboard: it is signed out at its next request.
    const end = panel.getByRole("button", { name: /^End the session of / });
    await end.focus();
    await guest.page.keyboard.press("Enter");
    await panel.getByText(/is signed out\.$/).waitFor();
    await expect.poll(() => sessions.count()).toBe(1);
    await laptop.page.reload();
    await laptop.page.waitForURL(/\/signin/);

    // The admin's log: the failed attempt and the ended session, filtered, and as CSV.
    await leader.page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Security log" })
      .click();
    await leader.page.getByRole("heading", { level: 1, name: "Security log" }).waitFor();
    const table = leader.page.getByRole("region", { name: "Security events" });
    await table.getByRole("rowheader", { name: "Session ended" }).waitFor();
    await checkScreen(leader, "security-log-03-admin");
    await leader.page.getByLabel("Outcome").selectOption({ label: "Failed" });
    await leader.page.getByRole("button", { name: "Show events" }).click();
    await expect.poll(() => table.getByRole("rowheader").allTextContents()).toEqual(["Failed sign-in"]);
    await leader.page.setViewportSize(PHONE);
    await checkScreen(leader, "security-log-04-admin-phone");
    await leader.page.setViewportSize(DESKTOP);
    const [file] = await Promise.all([
      leader.page.waitForEvent("download"),
      leader.page.getByRole("link", { name: "Download these events (CSV)" }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^rapport-security-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await file.path(), "utf8");
    expect(csv.trim().split("\r\n")).toHaveLength(2);
    expect(csv).toContain("sign_in_failed");
    expect(csv).not.toContain("not-the-right-password-1");
  });
});
