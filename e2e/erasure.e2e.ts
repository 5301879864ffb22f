import { describe, expect, it } from "vitest";
import { AccountScreen } from "./pages/account.page";
import { PeopleScreen } from "./pages/people.page";
import { checkScreen } from "./support/check-screen";
import { leaderAndGuest, setUpTeamWithMember } from "./support/leader-and-guest";
import { member } from "./support/workspace";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };

describe("deleting an account", () => {
  const people = leaderAndGuest();

  it("lets a member delete their own account with their password, and the admin sees them gone", async () => {
    const { leader: admin, guest } = people;
    await setUpTeamWithMember(admin.page, guest.page);

    // The admin's People page asks before deleting, and "Keep it" backs out.
    const list = new PeopleScreen(admin.page);
    await list.openFromNav();
    await admin.page.getByRole("button", { name: `Delete ${member.name}` }).click();
    const question = admin.page.getByText(`Delete ${member.name}'s account?`);
    await question.waitFor();
    // Focus moves once the question has drawn (an effect after the click): wait for it.
    await expect
      .poll(() => admin.page.evaluate(() => document.activeElement?.textContent ?? ""))
      .toContain("This cannot be undone.");
    await checkScreen(admin, "erasure-01-people-confirm");
    await admin.page.getByRole("button", { name: "Keep it" }).click();
    expect(await question.count()).toBe(0);

    // The member's own account page: what goes and what stays, then the password.
    const account = new AccountScreen(guest.page);
    await account.openFromNav();
    const panel = guest.page.getByRole("region", { name: "Delete my account" });
    await panel.scrollIntoViewIfNeeded();
    await panel.getByRole("button", { name: "Delete my account…" }).click();
    const password = panel.getByLabel("Your password");
    await expect.poll(() => password.evaluate((el) => el === document.activeElement)).toBe(true);
    await password.fill("not my password at all");
    await panel.getByRole("button", { name: "Delete my account for good" }).click();
    await panel.getByText("does not match").waitFor();
    await checkScreen(guest, "erasure-02-account-wrong-password");
    await guest.page.setViewportSize(PHONE);
    await panel.scrollIntoViewIfNeeded();
    await checkScreen(guest, "erasure-03-account-phone");
    await guest.page.setViewportSize(DESKTOP);

    await password.fill(member.password);
    await password.press("Enter");
    await guest.page.getByText("Your account is deleted.").waitFor();
    expect(new URL(guest.page.url()).pathname).toBe("/signin");
    await checkScreen(guest, "erasure-04-signed-out");

    await admin.page.reload();
    await admin.page.getByRole("table", { name: "Everyone in this workspace" }).waitFor();
    expect(await admin.page.getByRole("rowheader", { name: member.name }).count()).toBe(0);
  });
});
