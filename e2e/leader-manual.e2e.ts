import { describe, expect, it } from "vitest";
import { AcceptInvitationScreen } from "./pages/accept-invitation.page";
import { HomeScreen } from "./pages/home.page";
import { TeamScreen } from "./pages/team.page";
import { WorkingWithMeScreen } from "./pages/working-with-me.page";
import { checkScreen } from "./support/check-screen";
import { leaderAndGuest, setUpWithTeam } from "./support/leader-and-guest";
import { admin, member } from "./support/workspace";

const HOW_I_LEAD = "I set the direction with you, then stay out of the way until you ask.";
const MISTAKE = "I moved a deadline without asking the people it landed on. Now I ask first.";
const STILL_LEARNING = "Letting a silence run instead of filling it.";

describe("the leader's manual, first", () => {
  const people = leaderAndGuest();

  it("a leader writes their manual before inviting, and a member reads what was shared on the team page", async () => {
    const { leader, guest } = people;
    const page = leader.page;
    const team = await setUpWithTeam(page, "Platform");

    // A new team: a note beside the invitation form asks the leader to go first, without blocking.
    await team.manualNudge().waitFor();
    expect(await page.getByRole("button", { name: "Create invitation" }).isEnabled()).toBe(true);
    await checkScreen(leader, "60-team-manual-nudge");

    // From the keyboard, the note's link opens "Working with me", where the prompts about leading come first.
    await team.manualNudge().getByRole("link", { name: "Write your manual" }).focus();
    await page.keyboard.press("Enter");
    const mine = new WorkingWithMeScreen(page);
    await page.getByRole("heading", { level: 1, name: "Working with me" }).waitFor();
    await page.getByText("Loading your answers…").waitFor({ state: "detached" });
    await mine.leadingSection().waitFor();
    expect(await mine.defaultVisibility("How I lead")).toBe("My team");
    await mine.answer("How I lead", { text: HOW_I_LEAD }, "My team");
    await mine.answer("A recent mistake of mine", { text: MISTAKE }, "My team");
    await mine.answer("What I am still learning", { text: STILL_LEARNING }, "Only me");
    expect(await mine.seenBy("How I lead")).toBe("Seen by: my team");
    await checkScreen(leader, "61-working-with-me-leader");

    // Back on the team page, the note says what the team sees; then the leader invites.
    await page.goBack();
    await team.waitUntilShown("Platform");
    await page.getByText("Your team sees 2 answers of your manual on this page.").waitFor();
    expect(await team.manualNudge().count()).toBe(0);
    const invitation = await team.invite(member.email, "member");
    const accept = new AcceptInvitationScreen(guest.page);
    await accept.open(invitation.link);
    await accept.acceptAsNewPerson(member.name, member.password);
    await new HomeScreen(guest.page).openTeam("Platform");

    // The member reads the leader's manual on the team page: what was shared, not what was kept private.
    const theirs = new TeamScreen(guest.page);
    await theirs.waitUntilShown("Platform");
    const manual = theirs.leaderManual(admin.name);
    await manual.getByText(HOW_I_LEAD).waitFor();
    expect(await manual.getByRole("heading", { level: 3 }).allTextContents()).toEqual(["As a leader"]);
    expect(await manual.textContent()).toContain(MISTAKE);
    expect(await manual.textContent()).not.toContain(STILL_LEARNING);
    expect(await guest.page.getByText("Write your manual before you invite").count()).toBe(0);
    await checkScreen(guest, "62-team-leader-manual");
    await guest.page.setViewportSize({ width: 390, height: 844 });
    await manual.getByText(MISTAKE).scrollIntoViewIfNeeded();
    await checkScreen(guest, "63-team-leader-manual-narrow");
    await guest.page.setViewportSize({ width: 1280, height: 860 });

    // The member's own manual has no prompts about leading.
    const membersOwn = new WorkingWithMeScreen(guest.page);
    await membersOwn.openFromNav();
    expect(await membersOwn.leadingSection().count()).toBe(0);
    expect(await membersOwn.card("How I lead").count()).toBe(0);
  });
});
