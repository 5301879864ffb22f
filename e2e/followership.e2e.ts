import type { APIResponse } from "playwright-core";
import { describe, expect, it } from "vitest";
import { AuditScreen } from "./pages/audit.page";
import { FollowershipMapScreen, FollowershipScreen } from "./pages/followership.page";
import { HomeScreen } from "./pages/home.page";
import { PersonScreen } from "./pages/person.page";
import type { BrowserSession } from "./support/browser";
import { checkScreen } from "./support/check-screen";
import { leaderAndGuest, setUpTeamWithMember } from "./support/leader-and-guest";
import { member } from "./support/workspace";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };
const TEAM = "Platform";

/** A call to the API as the browser's signed-in person (its cookies), from the app's own origin. */
async function call(session: BrowserSession, method: "GET", path: string): Promise<Record<string, unknown>> {
  const origin = new URL(session.page.url()).origin;
  const response: APIResponse = await session.context.request.fetch(`/api/v1${path}`, {
    method,
    headers: { origin },
  });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** The axis of each statement, in the order the page lists them. */
async function axesOf(session: BrowserSession): Promise<("it" | "ae")[]> {
  const instrument = await call(session, "GET", "/instruments/followership");
  return (instrument.items as { axis: "it" | "ae" }[]).map((item) => item.axis);
}

describe("followership: the self-assessment, the leader's estimate and the team map", () => {
  const people = leaderAndGuest();

  it("a member opens the self-assessment from the home, is told what is unanswered, answers from the keyboard and reads the nearest pattern as a starting point", async () => {
    const { leader, guest } = people;
    await setUpTeamWithMember(leader.page, guest.page, TEAM);
    const page = guest.page;
    const home = new HomeScreen(page);
    await home.open();
    await page.getByRole("link", { name: "The followership self-assessment" }).focus();
    await page.keyboard.press("Enter");
    const assessment = new FollowershipScreen(page);
    await assessment.waitUntilShown();
    await checkScreen(guest, "followership-01-assessment");

    // Nothing answered: each statement says so, and the first one's first point has the focus.
    await assessment.submit();
    await page.getByText("Statement 1 has no answer yet: choose from 0 to 6.").waitFor();
    await page.getByText("Statement 20 has no answer yet: choose from 0 to 6.").waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("value"))).toBe("0");

    // Every thinking statement "almost always" (6), every engagement one "rarely" (0): alienated.
    const axes = await axesOf(guest);
    expect(axes).toHaveLength(20);
    // The first from the keyboard: arrow keys walk the points, from 0 to 6 or staying at 0.
    if (axes[0] === "it") for (let step = 0; step < 6; step += 1) await page.keyboard.press("ArrowRight");
    else await page.keyboard.press("Space");
    for (const [index, axis] of axes.entries()) {
      if (index > 0) await assessment.answer(index + 1, axis === "it" ? 6 : 0);
    }
    expect(await page.getByText("Statement 1 has no answer yet").count()).toBe(0);
    await assessment.submit();
    await page.getByText("Your result is saved.").waitFor();
    const result = assessment.result();
    await result.getByRole("heading", { name: "Nearest pattern: Alienated" }).waitFor();
    expect(await result.locator(".assessment-result__sums dd").allTextContents()).toEqual([
      "60 of 60",
      "0 of 60",
    ]);
    await result.getByRole("heading", { name: "A question to start a conversation" }).waitFor();
    expect(await result.getByRole("img", { name: "Your result on the two followership axes" }).count()).toBe(
      1,
    );
    expect(await assessment.historyRows()).toHaveLength(1);
    expect(
      ((await call(guest, "GET", "/me/assessments/followership")).latest as Record<string, unknown>).style,
    ).toBe("alienated");
    await checkScreen(guest, "followership-02-result");
    await page.setViewportSize(PHONE);
    await checkScreen(guest, "followership-02b-result-narrow");
    await page.setViewportSize(DESKTOP);
  });

  it("the team map keeps a shared result sealed until the leader has written an estimate on the person page, then draws the arrow from one to the other", async () => {
    const { leader } = people;
    const page = leader.page;
    await page.goto("/teams");
    await page.getByRole("link", { name: TEAM }).click();
    const audit = new AuditScreen(page);
    await audit.openFromTeam(TEAM);
    const map = new FollowershipMapScreen(page);
    await map.openFromAudit(TEAM);
    expect(await map.row(member.name)).toEqual([
      "None yet",
      "Shared with you, not yet looked at. Write your estimate to see it",
      "–",
    ]);
    await checkScreen(leader, "followership-03-map-sealed");

    await page.getByRole("link", { name: "Write your estimate to see it" }).click();
    const person = new PersonScreen(page);
    await person.waitUntilShown(member.name);
    const panel = page.getByRole("region", { name: "Your followership estimate" });
    await panel.getByLabel("Independent critical thinking", { exact: true }).fill("45");
    // The engagement slider from the keyboard: from 30 down to 25.
    await panel.getByRole("slider", { name: "Active engagement, slider" }).focus();
    for (let step = 0; step < 5; step += 1) await page.keyboard.press("ArrowLeft");
    expect(await panel.getByLabel("Active engagement", { exact: true }).inputValue()).toBe("25");
    await panel.getByText("Nearest pattern for these numbers: Pragmatist, leaning alienated.").waitFor();
    await panel.getByRole("button", { name: "Save estimate" }).focus();
    await page.keyboard.press("Enter");
    await panel.getByText("Your estimate is saved.").waitFor();
    await panel.getByText("Written before you looked at Mina's own result.").waitFor();
    const memberId = page.url().split("/people/")[1] ?? "";
    expect(await call(leader, "GET", `/people/${memberId}/followership-estimate`)).toMatchObject({
      it: 45,
      ae: 25,
      style: "pragmatist",
      leaning: "alienated",
      afterResult: false,
    });
    await checkScreen(leader, "followership-04-estimate");

    // Written first, the estimate unseals the result, and the two styles differ: a blind spot.
    expect(await person.answerSide("Followership style")).toContain(
      "Alienated: thinks independently, holds back engagement",
    );
    expect(await person.stateOf("Followership style")).toBe("Blind spot");
    await page.goto(`/teams`);
    await page.getByRole("link", { name: TEAM }).click();
    await audit.openFromTeam(TEAM);
    await map.openFromAudit(TEAM);
    expect(await map.row(member.name)).toEqual([
      "Thinking 45, engagement 25 Pragmatist, leaning alienated",
      "Thinking 60, engagement 0 Alienated",
      "29.2 points apart",
    ]);
    const picture = map.picture();
    expect(await picture.locator(".followership-plane__arrow").count()).toBe(1);
    expect(await picture.locator(".followership-plane__estimate").count()).toBe(1);
    expect(await picture.locator(".followership-plane__self").count()).toBe(1);
    expect(await picture.locator("desc").textContent()).toContain(
      "Mina Osei: your estimate thinking 45, engagement 25 (pragmatist, leaning alienated); their own result thinking 60, engagement 0 (alienated); 29.2 points apart.",
    );
    await checkScreen(leader, "followership-05-map");
    await page.setViewportSize(PHONE);
    await checkScreen(leader, "followership-05b-map-narrow");
    await page.setViewportSize(DESKTOP);

    // The table's name is a link to the person page, from the keyboard.
    await page.getByRole("table").getByRole("link", { name: member.name }).focus();
    await page.keyboard.press("Enter");
    await person.waitUntilShown(member.name);
    await page
      .getByRole("region", { name: "Your followership estimate" })
      .getByText("Written before you looked at Mina's own result.")
      .waitFor();
  });

  it("the member takes it again; the history keeps both results", async () => {
    const { guest } = people;
    const page = guest.page;
    await page.goto("/learn/followership-styles");
    await page.getByRole("link", { name: "Take the self-assessment" }).click();
    const assessment = new FollowershipScreen(page);
    await assessment.waitUntilShown();
    await page.getByRole("button", { name: "Take it again" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Take it again" }).waitFor();
    await page.setViewportSize(PHONE);
    await checkScreen(guest, "followership-06a-form-narrow");
    await page.setViewportSize(DESKTOP);
    for (let number = 1; number <= 20; number += 1) await assessment.answer(number, 3);
    await assessment.submit();
    await page.getByText("Your result is saved.").waitFor();
    await assessment.result().getByRole("heading", { name: "Nearest pattern: Pragmatist" }).waitFor();
    const rows = await assessment.historyRows();
    expect(rows.map((row) => row.slice(1, 4))).toEqual([
      ["30", "30", "Pragmatist"],
      ["60", "0", "Alienated"],
    ]);
    await checkScreen(guest, "followership-06-taken-again");
    await page.setViewportSize(PHONE);
    await checkScreen(guest, "followership-06b-taken-again-narrow");
    await page.setViewportSize(DESKTOP);
  });
});
