import type { Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { AcceptInvitationScreen } from "../pages/accept-invitation.page";
import { SetupScreen } from "../pages/setup.page";
import { TeamScreen } from "../pages/team.page";
import { TeamsScreen } from "../pages/teams.page";
import { type BrowserSession, launchBrowser } from "./browser";
import { type RunningServer, startServer } from "./server";
import { admin, member } from "./workspace";

export interface LeaderAndGuest {
  server: RunningServer;
  /** The admin, who sets the workspace up and leads its first team. */
  leader: BrowserSession;
  /** Another person in a browser of their own: the member who joins. */
  guest: BrowserSession;
}

/**
 * A fresh server and two independent browsers for one spec file, started before its tests and
 * stopped after them. Read the fields inside tests: they are set once the hooks have run.
 */
export function leaderAndGuest(): LeaderAndGuest {
  const people = {} as LeaderAndGuest;
  beforeAll(async () => {
    people.server = await startServer();
    people.leader = await launchBrowser(people.server.baseUrl);
    people.guest = await launchBrowser(people.server.baseUrl);
  });
  afterAll(async () => {
    await people.guest?.close();
    await people.leader?.close();
    await people.server?.stop();
  });
  return people;
}

/**
 * A fresh server and the leader's browser alone, for a spec whose other people act through the
 * API (`joinByApi`). Read the fields inside tests, as with `leaderAndGuest`.
 */
export function leaderAlone(): Omit<LeaderAndGuest, "guest"> {
  const people = {} as Omit<LeaderAndGuest, "guest">;
  beforeAll(async () => {
    people.server = await startServer();
    people.leader = await launchBrowser(people.server.baseUrl);
  });
  afterAll(async () => {
    await people.leader?.close();
    await people.server?.stop();
  });
  return people;
}

/** First-run setup as the admin, then a team the admin leads; returns the team's screen, shown. */
export async function setUpWithTeam(page: Page, teamName: string): Promise<TeamScreen> {
  const setup = new SetupScreen(page);
  await setup.open();
  await setup.nameWorkspace(admin.workspaceName);
  await setup.createAdmin(admin);
  const teams = new TeamsScreen(page);
  await teams.open();
  await teams.createTeam(teamName);
  const team = new TeamScreen(page);
  await team.waitUntilShown(teamName);
  return team;
}

/**
 * The start of a leader's story: the admin sets up the workspace, creates a team (and so leads
 * it) and invites the member, who accepts in another browser. Ends on the leader's team page.
 */
export async function setUpTeamWithMember(
  leader: Page,
  guest: Page,
  teamName = "Platform",
): Promise<TeamScreen> {
  const team = await setUpWithTeam(leader, teamName);
  const invitation = await team.invite(member.email, "member");
  const accept = new AcceptInvitationScreen(guest);
  await accept.open(invitation.link);
  await accept.acceptAsNewPerson(member.name, member.password);
  return team;
}
