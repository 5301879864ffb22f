import { describe, expect, it } from "vitest";
import { AcceptInvitationScreen } from "./pages/accept-invitation.page";
import { HomeScreen } from "./pages/home.page";
import { PersonScreen } from "./pages/person.page";
import { SetupScreen } from "./pages/setup.page";
import { TeamScreen } from "./pages/team.page";
import { TeamsScreen } from "./pages/teams.page";
import { WorkingWithMeScreen } from "./pages/working-with-me.page";
import { checkScreen } from "./support/check-screen";
import { leaderAndGuest } from "./support/leader-and-guest";
import { admin, member } from "./support/workspace";

const HOW_I_LEAD = "I set the direction with you, then stay out of the way until you ask.";
const FOCUS = "Focus rhythm";
const EARLY = "Early in the morning";
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };

const STEPS = {
  team: "Create a team",
  manual: "Write your own manual and share it with your team",
  invite: "Invite the people you lead",
  beliefs: "Write down what you believe about each person",
  conversation: "Hold your first conversation",
};

describe("home", () => {
  const people = leaderAndGuest();

  it("a new leader's home shows the first week's steps and ticks each as it is done; a new member lands on their home and reads the leader's manual", async () => {
    const { leader, guest } = people;
    const page = leader.page;
    const setup = new SetupScreen(page);
    await setup.open();
    await setup.nameWorkspace(admin.workspaceName);
    await setup.createAdmin(admin);

    // A new leader lands on their home: nothing done yet.
    const home = new HomeScreen(page);
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("link", { name: "Home" }).getAttribute("aria-current")).toBe("page");
    expect(await home.checklistSteps()).toEqual(Object.values(STEPS).map((step) => `To do: ${step}`));
    expect(await home.leading().count()).toBe(0);
    await checkScreen(leader, "home-01-new-leader");

    // From the keyboard, each step's link goes where it is done.
    await home.checklist().getByRole("link", { name: "Create a team" }).focus();
    await page.keyboard.press("Enter");
    const teams = new TeamsScreen(page);
    await teams.waitUntilShown();
    await teams.createTeam("Platform");
    await home.open();
    await home.waitForStepDone(STEPS.team);
    await home.leading().getByText("Nothing is waiting for you right now.").waitFor();

    await home.checklist().getByRole("link", { name: "Write your manual" }).click();
    await page.getByRole("heading", { level: 1, name: "Working with me" }).waitFor();
    await page.getByText("Loading your answers…").waitFor({ state: "detached" });
    await new WorkingWithMeScreen(page).answer("How I lead", { text: HOW_I_LEAD }, "My team");
    await home.open();
    await home.waitForStepDone(STEPS.manual);

    await home.checklist().getByRole("link", { name: "Invite people" }).click();
    const team = new TeamScreen(page);
    await team.waitUntilShown("Platform");
    const invitation = await team.invite(member.email, "member");
    await home.open();
    await home.waitForStepDone(STEPS.invite);
    expect(
      await home.leading().getByRole("listitem").filter({ hasText: member.email }).textContent(),
    ).toContain("not accepted yet");
    await checkScreen(leader, "home-02-leader-invited");

    // The member accepts and lands on their home, where their leader's manual is.
    const accept = new AcceptInvitationScreen(guest.page);
    await accept.open(invitation.link);
    await accept.acceptAsNewPerson(member.name, member.password);
    const theirs = new HomeScreen(guest.page);
    await guest.page.getByText("Welcome to Platform.").waitFor();
    await theirs.leaderManual(admin.name).getByText(HOW_I_LEAD).waitFor();
    expect(await theirs.checklist().count()).toBe(0);
    expect(await theirs.leading().count()).toBe(0);
    await guest.page.getByText("You have not written anything yet.", { exact: false }).waitFor();
    await checkScreen(guest, "home-03-new-member");
    await guest.page.setViewportSize(PHONE);
    await checkScreen(guest, "home-03b-new-member-narrow");
    await guest.page.setViewportSize(DESKTOP);

    // The member answers one question for their leader; the leader's home says it waits for a guess.
    const membersOwn = new WorkingWithMeScreen(guest.page);
    await membersOwn.openFromNav();
    await membersOwn.answer(FOCUS, { choices: [EARLY] }, "My leaders");
    await theirs.open();
    await guest.page.getByText("You have answered 1 of", { exact: false }).waitFor();

    await home.open();
    const waiting = home.leading().getByRole("region", { name: /^Answers waiting for your guess/ });
    await waiting.getByRole("link", { name: FOCUS }).waitFor();
    expect(await home.checklist().textContent()).toContain("So far: 0 of 1 person.");
    expect(await home.leading().textContent()).not.toContain(EARLY);
    await checkScreen(leader, "home-04-leader-answer-waiting");

    // The link opens the person page at that question; the leader writes a belief there.
    await waiting.getByRole("link", { name: FOCUS }).click();
    const person = new PersonScreen(page);
    await person.waitUntilShown(member.name);
    await person.recordBelief(FOCUS, { choices: [EARLY], source: "assumed", confidence: 4 });
    await home.open();
    await home.waitForStepDone(STEPS.beliefs);
    expect(await home.checklistSteps()).toContain(`To do: ${STEPS.conversation}`);

    // The first conversation, planned and logged as held through the API from the leader's browser
    // (the conversation screens have a walk of their own); the last step ticks.
    const memberId = await page.evaluate(async (name) => {
      const teams = (await (await fetch("/api/v1/teams")).json()) as { teams: { id: string }[] };
      const team = (await (await fetch(`/api/v1/teams/${teams.teams[0]?.id}`)).json()) as {
        members: { id: string; name: string }[];
      };
      return team.members.find((m) => m.name === name)?.id ?? "";
    }, member.name);
    const held = await page.evaluate(async (personId) => {
      const json = { "content-type": "application/json" };
      const planned = await fetch(`/api/v1/people/${personId}/conversations`, {
        method: "POST",
        headers: json,
        body: JSON.stringify({ scheduledAt: new Date(Date.now() - 3_600_000).toISOString() }),
      });
      const { id } = (await planned.json()) as { id: string };
      const logged = await fetch(`/api/v1/conversations/${id}`, {
        method: "PATCH",
        headers: json,
        body: JSON.stringify({ status: "held" }),
      });
      return [planned.status, logged.status];
    }, memberId);
    expect(held).toEqual([201, 200]);
    await home.open();
    await home.waitForStepDone(STEPS.conversation);
    expect(await home.checklistSteps()).toEqual(Object.values(STEPS).map((step) => `Done: ${step}`));
    await home.checklist().getByText("All done. You can hide this list.").waitFor();
    expect(await waiting.count()).toBe(0);
    await checkScreen(leader, "home-05-leader-all-done");
    await page.setViewportSize(PHONE);
    await checkScreen(leader, "home-05b-leader-all-done-narrow");
    await page.setViewportSize(DESKTOP);

    // Hidden from the keyboard: focus goes to the page's heading, and the list stays hidden.
    await home.checklist().getByRole("button", { name: "Hide this list" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("The first-week list is hidden.").waitFor();
    expect(await home.checklist().count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    await page.reload();
    await home.waitUntilShown();
    await home.leading().waitFor();
    expect(await home.checklist().count()).toBe(0);
  });
});
