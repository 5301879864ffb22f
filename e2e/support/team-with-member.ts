import type { Page } from "playwright-core";
import { AcceptInvitationScreen } from "../pages/accept-invitation.page";
import { SetupScreen } from "../pages/setup.page";
import { TeamScreen } from "../pages/team.page";
import { TeamsScreen } from "../pages/teams.page";
import { admin, member } from "./workspace";

/**
 * The start of a leader's story: the admin sets up the workspace, creates a team (and so leads
 * it) and invites the member, who accepts in another browser. Ends on the leader's team page.
 */
export async function setUpTeamWithMember(
  leader: Page,
  guest: Page,
  teamName = "Platform",
): Promise<TeamScreen> {
  const setup = new SetupScreen(leader);
  await setup.open();
  await setup.nameWorkspace(admin.workspaceName);
  await setup.createAdmin(admin);
  const teams = new TeamsScreen(leader);
  await teams.open();
  await teams.createTeam(teamName);
  const team = new TeamScreen(leader);
  await team.waitUntilShown(teamName);
  const invitation = await team.invite(member.email, "member");
  const accept = new AcceptInvitationScreen(guest);
  await accept.open(invitation.link);
  await accept.acceptAsNewPerson(member.name, member.password);
  return team;
}
