import { describe, expect, it } from "vitest";
import { checkScreen } from "./support/check-screen";
import { leaderAndGuest, setUpWithTeam } from "./support/leader-and-guest";
import { callAs, type JoinedByApi, joinByApi } from "./support/people-by-api";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };
const PASSWORD = "copper-kettle-orchard-58";

/** The signed-in person's own id, from `GET /me`. */
async function idOf(person: JoinedByApi): Promise<string> {
  const user = (await person.call("GET", "/me")).body?.user as { id?: string } | undefined;
  return String(user?.id);
}
const ASPECTS = ["drains", "energisers", "boundaries"] as const;

describe("the workspace figures", () => {
  const people = leaderAndGuest();

  it("shows an admin the workspace's figures and how leaders differ, naming nobody", async () => {
    const { leader: admin, server } = people;
    await setUpWithTeam(admin.page, "Platform");
    const platformId = new URL(admin.page.url()).pathname.split("/").at(-1) ?? "";
    // Six leaders, each of a team of two who answer three aspects for their leaders. Three guess
    // every answer right and three nearly all wrong, so each half makes a bucket of three.
    const names: string[] = [];
    const joined: JoinedByApi[] = [];
    for (let i = 0; i < 6; i++) {
      const name = `Leader Orrin ${i}`;
      const lead = await joinByApi(admin, server.baseUrl, platformId, {
        email: `leader-${i}@northwind.test`,
        name,
        password: PASSWORD,
      });
      joined.push(lead);
      names.push(name);
      const leadId = await idOf(lead);
      const team = await callAs(admin, "POST", "/teams", { name: `Team Quarry ${i}`, leaderId: leadId });
      names.push(`Team Quarry ${i}`);
      const members: string[] = [];
      for (const n of [0, 1]) {
        const memberName = `Member Pell ${i}-${n}`;
        const member = await joinByApi(admin, server.baseUrl, String(team.id), {
          email: `member-${i}-${n}@northwind.test`,
          name: memberName,
          password: PASSWORD,
        });
        joined.push(member);
        names.push(memberName);
        for (const key of ASPECTS) {
          const answer = await member.call("PUT", `/me/answers/${key}`, { value: `In my words: ${key}` });
          expect(answer.status).toBe(200);
        }
        members.push(await idOf(member));
      }
      const outcomes = i < 3 ? ["match", "match", "match"] : ["miss", "miss", "partial"];
      for (const [k, key] of ASPECTS.entries()) {
        const person = `/people/${members[0]}`;
        const steps = [
          await lead.call("PUT", `${person}/beliefs/${key}`, {
            value: "My guess",
            source: "assumed",
            confidence: 4,
          }),
          await lead.call("POST", `${person}/facets/${key}/reveal`),
          await lead.call("PUT", `${person}/comparisons/${key}`, { outcome: outcomes[k] }),
        ];
        expect(steps.map((step) => step.status)).toEqual([200, 200, 200]);
      }
    }
    for (const one of joined) await one.dispose();

    // The admin opens the screen from the navigation, by keyboard.
    const link = admin.page.getByRole("navigation", { name: "Main" }).getByRole("link", {
      name: "Workspace figures",
    });
    await link.focus();
    await admin.page.keyboard.press("Enter");
    await admin.page.getByRole("heading", { level: 1, name: "Workspace figures" }).waitFor();
    const accuracy = admin.page.getByRole("article", { name: "Marked accuracy across leaders" });
    await accuracy.getByText("6 leaders have a marked accuracy").waitFor();
    const rows = accuracy.getByRole("table").getByRole("row");
    expect(await rows.allTextContents()).toEqual([
      "RangeLeaders",
      "0–20%3",
      "20–40%0",
      "40–60%0",
      "60–80%0",
      "80–100%3",
    ]);
    await admin.page.getByRole("article", { name: "Coverage", exact: true }).getByText(/^\d+%/).waitFor();
    const text = (await admin.page.locator("main").textContent()) ?? "";
    for (const name of names) expect(text).not.toContain(name);
    await checkScreen(admin, "workspace-figures-01-admin");
    await admin.page.setViewportSize(PHONE);
    await accuracy.scrollIntoViewIfNeeded();
    await checkScreen(admin, "workspace-figures-02-admin-phone");
    await admin.page.setViewportSize(DESKTOP);
  });
});
