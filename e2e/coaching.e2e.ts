import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, launchBrowser } from "./support/browser";
import { checkScreen } from "./support/check-screen";
import { leaderAndGuest, setUpTeamWithMember } from "./support/leader-and-guest";
import { callAs, type Json, tryAs } from "./support/people-by-api";
import { admin, member } from "./support/workspace";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };
const MINUTE = 60_000;

const COACH = { name: "Cora Coach", email: "cora@coach.test", password: "willow-signal-harbour-58" };
const ASSIGNMENT = "Hold one conversation this week";

/** Looks at the screen in view at desktop width and again at a phone's. */
async function checkBothWidths(session: BrowserSession, name: string): Promise<void> {
  await checkScreen(session, name);
  await session.page.setViewportSize(PHONE);
  await checkScreen(session, `${name}-phone`);
  await session.page.setViewportSize(DESKTOP);
}

describe("coaching: a coach sees what the leader grants, sets an assignment, and loses the grant", () => {
  const people = leaderAndGuest();
  let coach: BrowserSession;
  beforeAll(async () => {
    coach = await launchBrowser(people.server.baseUrl);
  });
  afterAll(async () => {
    await coach?.close();
  });
  let link = "";
  let leaderId = "";

  it("a leader invites a coach from the practice screen, practice figures granted", async () => {
    const { leader, guest } = people;
    await setUpTeamWithMember(leader.page, guest.page);
    // Days in UTC, as the clock of this test reads them.
    await callAs(leader, "PATCH", "/me", { timeZone: "UTC" });
    leaderId = String(((await callAs(leader, "GET", "/me")).user as Json).id);

    await leader.page.goto("/practice");
    const panel = leader.page.getByRole("region", { name: "Coaching" });
    await panel.getByText("Nobody coaches you yet.").waitFor();
    const grants = panel.getByRole("group", { name: "What they may see" });
    expect(await grants.getByRole("checkbox", { name: /^Practice figures/ }).isChecked()).toBe(true);
    for (const other of ["Audit figures", "Goal adoption curves", "Alignment figures"]) {
      expect(await grants.getByRole("checkbox", { name: new RegExp(`^${other}`) }).isChecked()).toBe(false);
    }
    await checkScreen(leader, "coaching-01-practice-panel");

    await panel.getByLabel("Your coach's email address").fill(COACH.email);
    await panel.getByRole("button", { name: "Invite this coach" }).click();
    const result = panel.getByTestId("invitation-result");
    await result.getByText("Email is not set up on this server, so nothing was sent.").waitFor();
    link = await result.getByLabel(`Invitation link for ${COACH.email}`).inputValue();
    expect(link).toContain("/coach-invitations/");
    await panel.getByText("Invited, not accepted yet").waitFor();
    await checkBothWidths(leader, "coaching-02-invited");
  });

  it("the coach opens the link, sees who invites and what they would see, and accepts as a new account", async () => {
    await coach.page.goto(link);
    await coach.page.getByRole("heading", { level: 1, name: `Coach ${admin.name}` }).waitFor();
    const grants = coach.page.getByRole("region", { name: "What you would see" });
    expect(await grants.getByRole("listitem").allTextContents()).toEqual(["Practice figures"]);
    await checkBothWidths(coach, "coaching-03-invitation");

    await coach.page.getByLabel("Your name").fill(COACH.name);
    await coach.page.getByLabel("Choose a password").fill(COACH.password);
    await coach.page
      .getByRole("button", { name: `Create my account and start coaching ${admin.name}` })
      .click();
    await coach.page.waitForURL((url) => url.pathname === "/coaching");
    await coach.page.getByRole("heading", { level: 1, name: "Coaching" }).waitFor();
    await coach.page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Coaching" })
      .waitFor();
    await coach.page.getByText("Shared with you: Practice figures.").waitFor();
    await checkBothWidths(coach, "coaching-04-coach-home");
    // The home says whom they coach, not that nothing waits for someone on no team.
    await coach.page.goto("/");
    const coached = coach.page.getByRole("region", { name: "Leaders you coach" });
    await coached.getByRole("link", { name: admin.name }).waitFor();
    expect(await coach.page.getByText("nothing here is waiting for you").count()).toBe(0);
    await coach.page.goto("/coaching");
  });

  it("the coach sees the practice figures and no other figure, and no member's name", async () => {
    await coach.page.getByRole("link", { name: admin.name }).click();
    await coach.page.getByRole("heading", { level: 1, name: admin.name }).waitFor();
    await coach.page.getByRole("region", { name: "Practice figures", exact: true }).waitFor();
    for (const other of [
      "Audit figures",
      "Goal adoption curves",
      "Alignment figures",
      "Working-with-me manual",
    ]) {
      expect(await coach.page.getByRole("region", { name: other }).count()).toBe(0);
    }
    await coach.page
      .getByText(
        "Not shared with you: Audit figures, Goal adoption curves, Alignment figures, Working-with-me manual.",
      )
      .waitFor();

    const detail = await tryAs(coach, "GET", `/coaching/leaders/${leaderId}`);
    expect(detail.status).toBe(200);
    expect(detail.body?.grants).toEqual(["practice"]);
    expect(detail.body?.practice).not.toBeNull();
    for (const absent of ["audit", "goals", "alignment", "manual"]) expect(detail.body?.[absent]).toBeNull();
    expect(JSON.stringify(detail.body)).not.toContain(member.name);
    expect((await tryAs(coach, "GET", `/coaching/leaders/${leaderId}/figures/practice`)).status).toBe(200);
    expect((await tryAs(coach, "GET", `/coaching/leaders/${leaderId}/figures/audit`)).status).toBe(403);
  });

  it("the coach sets an assignment and writes a note; progress moves when the leader holds a conversation", async () => {
    const { leader, guest } = people;
    const form = coach.page.getByRole("form", { name: `Set ${admin.name} an assignment` });
    // A measured assignment without a target is refused on the form, by the contract's rule.
    await form.getByLabel("Target").fill("");
    await form.getByLabel("What to practise").fill(ASSIGNMENT);
    await form.getByRole("button", { name: "Set the assignment" }).click();
    await form.getByText("Say how many make it done.").waitFor();
    await form.getByLabel("Target").fill("1");
    await form.getByRole("button", { name: "Set the assignment" }).click();
    await form.getByText(/^The assignment is set, due /).waitFor();
    const assignments = coach.page.getByRole("region", { name: "Assignments", exact: true });
    await assignments.getByText("0 of 1 conversations held").waitFor();

    const note = coach.page.getByRole("form", { name: `Write a note to ${admin.name}` });
    await note.getByLabel(`Note to ${admin.name}`).fill("Notice who speaks first, and wait three seconds.");
    await note.getByRole("button", { name: "Send the note" }).click();
    await note.getByText(/^The note is sent/).waitFor();
    await checkBothWidths(coach, "coaching-05-leader-page");

    // The leader holds a conversation with the member (through the API, as the practice spec does).
    const memberId = String(((await callAs(guest, "GET", "/me")).user as Json).id);
    const planned = await callAs(leader, "POST", `/people/${memberId}/conversations`, {
      scheduledAt: new Date(Date.now() - 10 * MINUTE).toISOString(),
      agenda: [{ kind: "topic", text: "The offsite" }],
    });
    await callAs(leader, "PATCH", `/conversations/${String(planned.id)}`, { status: "held" });

    await leader.page.goto("/");
    const fromCoach = leader.page.getByRole("region", { name: "From your coach" });
    await fromCoach.getByText(ASSIGNMENT).waitFor();
    await fromCoach.getByText("1 of 1 conversations held").waitFor();
    await fromCoach.getByText("Notice who speaks first, and wait three seconds.").waitFor();
    await checkBothWidths(leader, "coaching-06-leader-home");

    await coach.page.reload();
    await coach.page
      .getByRole("region", { name: "Assignments", exact: true })
      .getByText("1 of 1 conversations held")
      .waitFor();
  });

  it("the leader switches the practice grant off, and the coach's next request no longer holds it", async () => {
    const { leader } = people;
    await leader.page.goto("/practice");
    const switches = leader.page.getByRole("group", { name: `What ${COACH.name} may see` });
    // The switch shows what the server saved, so it turns off once the change is answered, not at the
    // click itself (uncheck() would want it at once): click, then wait for the confirmation.
    await switches.getByRole("switch", { name: "Practice figures" }).click();
    await leader.page
      .getByText(`Practice figures hidden from ${COACH.name} from their next request.`)
      .waitFor();
    expect(await switches.getByRole("switch", { name: "Practice figures" }).isChecked()).toBe(false);

    const detail = await tryAs(coach, "GET", `/coaching/leaders/${leaderId}`);
    expect(detail.body?.grants).toEqual([]);
    expect(detail.body?.practice).toBeNull();
    // The coach's next request for the practice figures themselves is refused.
    const refused = await tryAs(coach, "GET", `/coaching/leaders/${leaderId}/figures/practice`);
    expect(refused.status).toBe(403);

    await coach.page.reload();
    await coach.page.getByText(`${admin.name} shares no figures with you right now.`).waitFor();
    expect(await coach.page.getByRole("region", { name: "Practice figures", exact: true }).count()).toBe(0);
    await checkBothWidths(coach, "coaching-07-grant-off");
  });

  it("the leader ends the coaching; the coach's leader page is gone at the next request", async () => {
    const { leader } = people;
    const panel = leader.page.getByRole("region", { name: "Coaching" });
    await panel.getByRole("button", { name: `End the coaching with ${COACH.name}` }).click();
    await panel.getByRole("button", { name: "End coaching", exact: true }).click();
    await panel.getByText(`${COACH.name} no longer coaches you`).waitFor();

    expect((await tryAs(coach, "GET", `/coaching/leaders/${leaderId}`)).status).toBe(404);
    await coach.page.reload();
    await coach.page.getByText("You do not coach this leader, or they ended the coaching.").waitFor();
  });
});
