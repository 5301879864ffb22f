import { expectNoAxeViolations } from "./axe";
import type { BrowserSession } from "./browser";
import { saveScreenshot } from "./screenshots";

/** Looks at a screen the way every screen is looked at: no axe violations, and a screenshot. */
export async function checkScreen(session: BrowserSession, name: string): Promise<void> {
  await expectNoAxeViolations(session.page);
  await saveScreenshot(session.page, name);
}
