import { describe, expect, it } from "vitest";
import { AcceptInvitationScreen } from "./pages/accept-invitation.page";
import { TeamScreen } from "./pages/team.page";
import { TeamsScreen } from "./pages/teams.page";
import { checkScreen } from "./support/check-screen";
import { leaderAndGuest, setUpWithTeam } from "./support/leader-and-guest";
import { admin, member } from "./support/workspace";

const LATE = "late@northwind.test";
const OOPS = "oops@northwind.test";

describe("managing a team: invitations renewed and withdrawn, people's roles, renaming and deleting", () => {
  const people = leaderAndGuest();

  it("renews an expired invitation and withdraws another; their old links say why they no longer work", async () => {
    const { server, leader, guest } = people;
    const page = leader.page;
    const team = await setUpWithTeam(page, "Platform");
    const joining = await team.invite(member.email, "member");
    const late = await team.invite(LATE, "member");
    const oops = await team.invite(OOPS, "leader");
    const accept = new AcceptInvitationScreen(guest.page);
    await accept.open(joining.link);
    await accept.acceptAsNewPerson(member.name, member.password);

    // Seven days pass for one invitation: it stays listed, marked expired, to renew.
    server.expireInvitations(LATE);
    await page.reload();
    await team.waitUntilShown("Platform");
    expect(await team.namesIn("Invitations")).toEqual([OOPS, LATE]);
    expect(await team.invitationLine(LATE)).toContain("Expired");
    await checkScreen(leader, "40-team-invitation-expired");
    await accept.open(late.link);
    expect(await accept.heading()).toBe("Invitation expired");

    const renewed = await team.renew(LATE);
    expect(renewed).not.toBe(late.link);
    expect(await team.invitationLine(LATE)).not.toContain("Expired");
    await checkScreen(leader, "41-team-invitation-renewed");
    await accept.open(late.link);
    expect(await accept.heading()).toBe("Link replaced");
    expect(await accept.explanation()).toContain("most recent invitation link");
    await checkScreen(guest, "42-invitation-link-replaced");
    await accept.open(renewed);
    expect(await accept.heading()).toBe("Join Platform");

    // Withdrawing, by keyboard: the question takes focus, Tab reaches its button, and focus then
    // stays in the list the row has left.
    await page.getByRole("button", { name: `Withdraw the invitation for ${OOPS}` }).focus();
    await page.keyboard.press("Enter");
    expect(await team.questionShown()).toContain("Its link stops working at once");
    await checkScreen(leader, "43-team-invitation-withdraw-asked");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await team.waitForStatus("Invitations", `The invitation for ${OOPS} is withdrawn`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("invitations-heading");
    expect(await team.namesIn("Invitations")).toEqual([LATE]);
    await accept.open(oops.link);
    expect(await accept.heading()).toBe("Invitation withdrawn");
    await checkScreen(guest, "44-invitation-link-withdrawn");
  });

  it("makes a member a leader and back, takes them off the team, renames it and deletes it, on a phone too", async () => {
    const { leader, guest } = people;
    const page = leader.page;
    const team = new TeamScreen(page);
    await page.reload();
    await team.waitUntilShown("Platform");

    expect(await team.askToChangeRole(member.name, "leader")).toContain(
      `Make ${member.name} a leader of Platform?`,
    );
    await team.confirm("Make leader");
    await team.waitForStatus("Members", `${member.name} is now a leader of Platform`);
    await team.waitForName("Leaders", member.name);
    expect(await team.namesIn("Leaders")).toEqual([admin.name, member.name].sort());

    // A phone-sized window: the rows' actions wrap under the names, and the checks still pass.
    await page.setViewportSize({ width: 390, height: 844 });
    await checkScreen(leader, "45-team-manage-phone");
    expect(await team.askToChangeRole(member.name, "member")).toContain("will no longer lead it");
    await team.confirm("Make member");
    await team.waitForStatus("Leaders", `${member.name} is now a member of Platform`);
    await team.waitForName("Members", member.name);
    expect(await team.askToRemove(member.name)).toContain("Their answers stay theirs");
    await checkScreen(leader, "46-team-remove-asked-phone");
    await page.setViewportSize({ width: 1280, height: 860 });
    await team.confirm("Remove from team");
    await team.waitForStatus("Members", `${member.name} is no longer on Platform`);
    expect(await team.namesIn("Members")).toEqual([]);

    // The member's browser no longer has the team.
    await guest.page.goto("/teams");
    await new TeamsScreen(guest.page).waitUntilShown();
    expect(await guest.page.getByRole("link", { name: "Platform" }).count()).toBe(0);

    await team.rename("Platform & Data");
    await team.waitForStatus("Team settings", "now called Platform & Data");
    const question = await team.askToDelete();
    expect(question).toContain("Delete Platform & Data?");
    expect(question).toContain("keep their accounts and their own answers");
    await checkScreen(leader, "47-team-delete-asked");
    await team.confirm("Delete team");
    const teams = new TeamsScreen(page);
    await teams.waitUntilShown();
    await page.getByText("Platform & Data is deleted.").waitFor();
    expect(await teams.teamLink("Platform & Data").count()).toBe(0);
    await checkScreen(leader, "48-teams-after-delete");
  });
});
