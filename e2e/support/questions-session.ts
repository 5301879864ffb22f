import { afterAll, afterEach, beforeAll } from "vitest";
import { QuestionListsScreen } from "../pages/question-lists.page";
import { SignInScreen } from "../pages/sign-in.page";
import { type BrowserSession, launchBrowser } from "./browser";
import { saveScreenshot } from "./screenshots";
import { type RunningServer, startServer } from "./server";
import { admin, ensureWorkspace } from "./workspace";

/**
 * For a question spec's describe block: a fresh server, and the workspace's first person (who keeps
 * lists like anyone signed in) signed in on the question lists. A failed step leaves a picture of the
 * screen it failed on, named `failedShot`. Read `leader()` inside the tests, once the hooks have run.
 */
export function questionsSession(failedShot: string): { leader: () => BrowserSession } {
  let server: RunningServer | undefined;
  let leader: BrowserSession | undefined;

  beforeAll(async () => {
    server = await startServer();
    await ensureWorkspace(server.baseUrl);
    leader = await launchBrowser(server.baseUrl);
    const signIn = new SignInScreen(leader.page);
    await leader.page.goto("/questions");
    await signIn.waitUntilShown();
    await signIn.fill(admin.email, admin.password);
    await new QuestionListsScreen(leader.page).waitUntilShown();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === "fail" && leader) await saveScreenshot(leader.page, failedShot);
  });

  afterAll(async () => {
    await leader?.close();
    await server?.stop();
  });

  return {
    leader: () => {
      if (!leader) throw new Error("The question session has not started.");
      return leader;
    },
  };
}
