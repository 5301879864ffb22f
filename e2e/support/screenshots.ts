import { join } from "node:path";
import type { Page } from "playwright-core";

/** Outside the repository: screenshots are for people to look at, not to commit. */
export const screenshotDir = process.env.RAPPORT_SCREENSHOT_DIR ?? "/tmp/rapport-screens";

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}
