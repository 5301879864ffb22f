import { readFile } from "node:fs/promises";
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { AccountScreen } from "./pages/account.page";
import type { BrowserSession } from "./support/browser";
import { checkScreen } from "./support/check-screen";
import { leaderAndGuest, setUpTeamWithMember } from "./support/leader-and-guest";
import { callAs } from "./support/people-by-api";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };

const MEMBER_PRIVATE = "E2E-MEMBER-PRIVATE: I work best before noon";
const LEADER_PRIVATE_NOTE = "E2E-LEADER-NOTE: ask about the move next time";

/** Clicks a download link and reads the file the browser saved, with the name the server gave it. */
async function download(session: BrowserSession, link: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([session.page.waitForEvent("download"), link.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, "utf8") };
}

describe("download my data", () => {
  const people = leaderAndGuest();

  it("gives the leader their notes and the member their answers, each from the account screen, and neither the other's", async () => {
    const { leader, guest } = people;
    await setUpTeamWithMember(leader.page, guest.page);
    const memberId = String(((await callAs(guest, "GET", "/me")).user as { id: string }).id);
    await callAs(guest, "PUT", "/me/answers/deep-work-needs", {
      value: MEMBER_PRIVATE,
      visibility: "private",
    });
    const planned = await callAs(leader, "POST", `/people/${memberId}/conversations`, {
      scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    await callAs(leader, "PATCH", `/conversations/${String(planned.id)}`, {
      sharedNotes: "We agreed on quiet mornings",
      privateNotes: LEADER_PRIVATE_NOTE,
    });

    // The leader's account screen: the whole as JSON, and the tables, beliefs among them.
    const account = new AccountScreen(leader.page);
    await account.openFromNav();
    const panel = leader.page.getByRole("region", { name: "Download my data" });
    await panel.scrollIntoViewIfNeeded();
    const tables = panel.getByRole("listitem");
    expect(await tables.allTextContents()).toEqual([
      "Answers (CSV): every version of your answers, with who could see each",
      "Beliefs (CSV): what you believe about the people you lead, with your comparisons",
      "Commitments (CSV): what you and the other person promised, both ways",
      "Conversations (CSV): your 1:1s, with the notes you may read",
    ]);
    await checkScreen(leader, "exports-01-account-download");
    await leader.page.setViewportSize(PHONE);
    await panel.scrollIntoViewIfNeeded();
    await checkScreen(leader, "exports-02-account-download-phone");
    await leader.page.setViewportSize(DESKTOP);

    const json = await download(leader, panel.getByRole("link", { name: "Download everything (JSON)" }));
    expect(json.name).toMatch(/^rapport-export-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(json.text) as { version: number; conversations: { privateNotes?: string }[] };
    expect(doc.version).toBe(1);
    expect(doc.conversations.map((c) => c.privateNotes)).toEqual([LEADER_PRIVATE_NOTE]);
    expect(json.text).not.toContain(MEMBER_PRIVATE);

    const conversations = await download(leader, panel.getByRole("link", { name: "Conversations (CSV)" }));
    expect(conversations.name).toBe("rapport-conversations.csv");
    expect(conversations.text).toContain(LEADER_PRIVATE_NOTE);

    // The member's: no beliefs table (they lead nobody); their answers, and not the leader's note.
    const mine = new AccountScreen(guest.page);
    await mine.openFromNav();
    const own = guest.page.getByRole("region", { name: "Download my data" });
    expect(await own.getByRole("listitem").count()).toBe(3);
    const answers = await download(guest, own.getByRole("link", { name: "Answers (CSV)" }));
    expect(answers.name).toBe("rapport-answers.csv");
    expect(answers.text).toContain(MEMBER_PRIVATE);
    const theirs = await download(guest, own.getByRole("link", { name: "Download everything (JSON)" }));
    expect(theirs.text).toContain(MEMBER_PRIVATE);
    expect(theirs.text).not.toContain(LEADER_PRIVATE_NOTE);
  });
});
