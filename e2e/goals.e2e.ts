import { afterAll, describe, expect, it } from "vitest";
import { GoalScreen } from "./pages/goal.page";
import type { BrowserSession } from "./support/browser";
import { checkScreen } from "./support/check-screen";
import { leaderAndGuest, setUpTeamWithMember } from "./support/leader-and-guest";
import { callAs, type JoinedByApi, type Json, joinByApi, tryAs } from "./support/people-by-api";
import { member } from "./support/workspace";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };

const GOAL = {
  title: "Ship on Thursdays",
  why: "A steady day to ship lets everyone plan around it, and nobody ships alone on a Friday night.",
  firstStep: "Put your next change on the Thursday board.",
};

/** A member who joined by the API, with their id (for the rows set back in the database). */
interface Joined extends JoinedByApi {
  id: string;
}

async function joinAs(
  leader: BrowserSession,
  baseUrl: string,
  teamId: string,
  index: number,
): Promise<Joined> {
  const joined = await joinByApi(leader, baseUrl, teamId, {
    email: `goal-member-${index}@northwind.test`,
    name: `Teammate ${index}`,
    password: `sturdy-lantern-harbour-${index}${index}`,
  });
  const me = await joined.call("GET", "/me");
  return { ...joined, id: String((me.body?.user as Json | undefined)?.id) };
}

/** Ten in the morning (UTC) `days` ago, as the server writes instants. */
const daysAgo = (days: number) => {
  const now = new Date();
  return new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - days, 10),
  ).toISOString();
};
const SHORT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

describe("a common goal: stances, first followers, the adoption curve and a gap", () => {
  const people = leaderAndGuest();
  afterAll(async () => {
    for (const person of others) await person.dispose();
  });
  let teamId = "";
  let goalId = "";
  let mina = "";
  const others: Joined[] = [];

  /**
   * The server's clock cannot move, so stances "on different days" are stated now and then set
   * back in the spec's database: the stance, its event on the curve, and the goal's own day.
   */
  const setBack = (userId: string, days: number) => {
    const at = daysAgo(days);
    people.server.runSql(
      "update goal_stance_events set at = ? where goal_id = ? and user_id = ?",
      at,
      goalId,
      userId,
    );
    people.server.runSql(
      "update goal_stances set stated_at = ?, updated_at = ? where goal_id = ? and user_id = ?",
      at,
      at,
      goalId,
      userId,
    );
  };

  it("a leader states a goal from the team page; an empty field stays on the form", async () => {
    const { leader, guest, server } = people;
    await setUpTeamWithMember(leader.page, guest.page);
    teamId = String(new URL(leader.page.url()).pathname.split("/").at(-1));
    for (const index of [2, 3]) others.push(await joinAs(leader, server.baseUrl, teamId, index));
    await leader.page.reload();

    const panel = leader.page.getByRole("region", { name: "Goals" });
    await panel.getByText("No goal has been stated yet.").waitFor();
    await checkScreen(leader, "goals-01-team-panel");
    await panel.getByRole("link", { name: "State a goal" }).click();
    const screen = new GoalScreen(leader.page);
    const form = screen.newGoalForm();
    await form.getByLabel("The goal").fill(GOAL.title);
    await form.getByRole("button", { name: "State the goal" }).click();
    await form.getByText("Say why it matters: people follow a reason, not an order.").waitFor();
    await form.getByText("Name a first step anyone can take.").waitFor();
    expect((await tryAs(leader, "GET", `/teams/${teamId}/goals`)).body).toEqual({ goals: [] });
    await checkScreen(leader, "goals-02-new-goal-refused");

    await screen.stateGoal(GOAL);
    goalId = screen.id();
    await leader.page.getByText("The goal is stated.").waitFor();
    await screen.followers().getByText("Nobody has joined yet.").waitFor();
    // The goal dates from three weeks ago, so the stances set back below fall after it.
    server.runSql(
      "update goals set created_at = ?, updated_at = ? where id = ?",
      daysAgo(21),
      daysAgo(21),
      goalId,
    );
  });

  it("three members state stances on different days; the first to join agreed to be named", async () => {
    const { guest } = people;
    const [second, third] = others;
    if (!second || !third) throw new Error("two more members expected");

    // The member finds the goal on the team page and places herself, from the keyboard.
    await guest.page.goto(`/teams/${teamId}`);
    const panel = guest.page.getByRole("region", { name: "Goals" });
    await panel.getByRole("link", { name: "Place yourself" }).click();
    const screen = new GoalScreen(guest.page);
    await screen.waitUntilShown(GOAL.title);
    const stance = screen.myStance();
    await stance.getByRole("button", { name: "Save where I stand" }).click();
    await stance.getByText("Choose where you stand on the ladder.").waitFor();
    await checkScreen(guest, "goals-03-member-place-yourself");
    await stance.getByRole("radio", { name: /^Unaware/ }).focus();
    for (const _ of [1, 2, 3]) await guest.page.keyboard.press("ArrowDown");
    expect(await stance.getByRole("radio", { name: /^Supportive/ }).isChecked()).toBe(true);
    await stance.getByRole("radio", { name: /^My team/ }).check();
    await stance.getByRole("switch", { name: "Name me among the followers once I join" }).check();
    await stance.getByRole("button", { name: "Save where I stand" }).click();
    await stance.getByText("Saved: you are supportive.").waitFor();
    mina = String(((await callAs(guest, "GET", "/me")).user as Json).id);

    // A stance off the ladder is refused, naming the field, and nothing changes.
    const off = await tryAs(guest, "PUT", `/goals/${goalId}/stance`, {
      stance: "sideways",
      visibility: "team",
    });
    expect(off.status).toBe(400);
    expect(JSON.stringify(off.body)).toContain('"path":"stance"');
    expect(((await callAs(guest, "GET", `/goals/${goalId}`)).myStance as Json).stance).toBe("supportive");

    setBack(mina, 15);
    expect(
      (await second.call("PUT", `/goals/${goalId}/stance`, { stance: "supportive", visibility: "leader" }))
        .status,
    ).toBe(200);
    setBack(second.id, 9);
    expect(
      (await third.call("PUT", `/goals/${goalId}/stance`, { stance: "committed", visibility: "leader" }))
        .status,
    ).toBe(200);
    setBack(third.id, 4);
  });

  it("the leader sees the curve in three steps with the third marked, and thanks the first follower in the open", async () => {
    const { leader } = people;
    // The leader's home prompts the thanks, and leads to the goal.
    await leader.page.goto("/");
    const toThank = leader.page.getByRole("region", { name: /^First followers to thank/ });
    await toThank
      .getByRole("listitem")
      .filter({ hasText: member.name })
      .getByRole("link", { name: GOAL.title })
      .click();
    const screen = new GoalScreen(leader.page);
    await screen.waitUntilShown(GOAL.title);

    // Three steps: one, two, then three people joined; the third makes a crowd, marked on its day.
    const description = await screen.chart().locator("desc").textContent();
    expect(description).toMatch(
      /^3 changes, from .+: 1 supportive; from .+: 2 supportive; from .+: 1 committed, 2 supportive\. The third person joined on .+: a crowd formed\.$/,
    );
    await screen
      .chart()
      .getByText(`A crowd: the third joined, ${SHORT.format(new Date(daysAgo(4)))}`)
      .waitFor();
    const [thisWeek] = await screen.weekRows();
    expect(thisWeek?.slice(1)).toEqual(["0", "0", "0", "2", "1", "0", "3"]);

    // The first to join is named, having agreed; the two who did not agree are "Someone".
    const followers = screen.followers();
    const named = followers.getByRole("listitem").filter({ hasText: member.name });
    await named.getByText("First follower").waitFor();
    expect(await followers.getByText("Someone", { exact: true }).count()).toBe(2);
    await followers.getByText("Thank your first followers in the open").waitFor();
    await followers.getByRole("button", { name: `Thank ${member.name}` }).click();
    await followers.getByRole("button", { name: "Thank in the open" }).click();
    await followers.getByText("Write a line of thanks first.").waitFor();
    await followers.getByLabel(`Your thanks to ${member.name}`).fill("Thank you for going first, Mina.");
    await followers.getByRole("button", { name: "Thank in the open" }).click();
    await named.getByText("Thank you for going first, Mina.").waitFor();
    expect(await followers.getByRole("button", { name: /^Thank / }).count()).toBe(0);
    await leader.page.goto("/");
    await leader.page.getByRole("heading", { level: 1 }).waitFor();
    expect(await leader.page.getByRole("region", { name: /^First followers to thank/ }).count()).toBe(0);
  });

  it("the leader perceives committed before looking; the member says curious; the gap is marked and joins the blind spots", async () => {
    const { leader } = people;
    const [second] = others;
    if (!second) throw new Error("a second member expected");
    // Today the second member steps back to curious: a new stance, sealed again for the leader.
    expect(
      (await second.call("PUT", `/goals/${goalId}/stance`, { stance: "curious", visibility: "leader" }))
        .status,
    ).toBe(200);
    const screen = new GoalScreen(leader.page);
    await screen.open(goalId);
    const card = screen.person(second.name);
    await card.getByText(/sealed\. Write down where you think they stand first, then look\./).waitFor();
    await card.getByLabel(`Where you think ${second.name} stands`).selectOption("committed");
    await card.getByRole("button", { name: "Save" }).click();
    await card.getByText(/before you looked at their stance\.$/).waitFor();
    await card.getByRole("button", { name: `Look at where ${second.name} stands` }).click();
    await card.getByText("Curious", { exact: true }).waitFor();
    await card.getByText("2 rungs apart: an assumption proved wrong, now among your blind spots.").waitFor();
    await card.getByText("Gap", { exact: true }).waitFor();

    // The third member's stance stays sealed until the leader looks.
    const third = screen.person("Teammate 3");
    await third.getByRole("button", { name: "Look at where Teammate 3 stands" }).click();
    await third.getByText("Committed", { exact: true }).waitFor();
    expect(await third.getByText("Gap", { exact: true }).count()).toBe(0);

    // The curve now steps back down today; the leader lays their own perceived curve over it.
    const description = await screen.chart().locator("desc").textContent();
    expect(description).toMatch(
      /^4 changes, .+; from .+: 1 committed, 1 supportive, 1 curious\. The third person joined/,
    );
    await screen.adoption().getByRole("checkbox", { name: "Lay your perceived stances over it" }).check();
    await screen.adoption().getByText("Joined, as you see it").first().waitFor();
    const [thisWeek] = await screen.weekRows();
    expect(thisWeek?.slice(1)).toEqual(["0", "0", "1", "1", "1", "0", "2", "1"]);
    await checkScreen(leader, "goals-04-goal-leader");
    await leader.page.setViewportSize(PHONE);
    await checkScreen(leader, "goals-04b-goal-leader-narrow");
    await leader.page.setViewportSize(DESKTOP);

    // The gap is an assumption proved wrong: the team's audit lists it among the blind spots.
    await leader.page.goto(`/teams/${teamId}/audit`);
    const blindSpots = leader.page.getByRole("list", { name: "Blind spots on goals" });
    await blindSpots
      .getByRole("listitem")
      .filter({ hasText: second.name })
      .filter({ hasText: `stance on “${GOAL.title}”` })
      .waitFor();
    const conversation = leader.page.getByRole("list", { name: "Stances on goals worth a conversation" });
    await conversation
      .getByText("You see them as committed; they say curious: 2 rungs apart on the ladder.")
      .waitFor();
  });

  it("the member sees the followers, the thanks and the curve, asks a question the linter reads, and the leader answers", async () => {
    const { leader, guest } = people;
    const screen = new GoalScreen(guest.page);
    await screen.open(goalId);
    const named = screen.followers().getByRole("listitem").filter({ hasText: member.name });
    await named.getByText("Thank you for going first, Mina.").waitFor();
    await named.getByText("First follower").waitFor();
    // A member sees no one's perceived stance and no other member's stance kept for the leaders.
    expect(await screen.people().count()).toBe(0);
    expect(await guest.page.getByText("Teammate 2").count()).toBe(0);
    await screen.chart().waitFor();
    expect(await screen.adoption().getByRole("checkbox").count()).toBe(0);

    const questions = screen.questions();
    await questions
      .getByLabel("Your question about this goal")
      .fill("Don't you think Thursdays are too early?");
    await questions
      .getByTestId("lint-feedback")
      .getByText(/things? to look at/)
      .waitFor();
    await questions.getByRole("button", { name: "Ask" }).click();
    await questions.getByText("Your question is asked; the linter's notes are shown with it.").waitFor();
    await questions.getByRole("list", { name: "Linter findings" }).waitFor();
    await checkScreen(guest, "goals-05-goal-member");
    await guest.page.setViewportSize(PHONE);
    await checkScreen(guest, "goals-05b-goal-member-narrow");
    await guest.page.setViewportSize(DESKTOP);

    const leaderScreen = new GoalScreen(leader.page);
    await leaderScreen.open(goalId);
    await leaderScreen.questions().getByRole("button", { name: "Answer" }).click();
    await leaderScreen
      .questions()
      .getByLabel("Your answer")
      .fill("Try one Thursday and tell me how it went.");
    await leaderScreen.questions().getByRole("button", { name: "Answer in the open" }).click();
    await screen.open(goalId);
    await screen.questions().getByText("Try one Thursday and tell me how it went.").waitFor();

    // The team's list: the goal, how many joined, and where the member stands.
    await guest.page.goto(`/teams/${teamId}/goals`);
    await guest.page.getByRole("heading", { level: 1, name: /^Goals: / }).waitFor();
    await guest.page.getByText("2 people have joined. You are supportive.").waitFor();
    await checkScreen(guest, "goals-06-team-goals-member");
  });
});
