import { Link } from "react-router";
import { useLeaderManual } from "./leader-manual.hooks";

/**
 * For a team's leader, beside the invitation form: a note inviting them to write their manual, and
 * share it with the team, before the team writes theirs; once they have, how much the team sees.
 * A note with a link, never a block: inviting works either way.
 */
export function ManualNudge({ teamId, viewerId }: { teamId: string; viewerId: string }) {
  const manual = useLeaderManual(teamId);
  const mine = manual.data?.leaders.find((leader) => leader.id === viewerId);
  if (!mine) return null;
  const shared = mine.answers.filter((answer) => answer.visibility === "team").length;
  if (shared > 0) {
    return (
      <p className="fine-print manual-nudge">
        Your team sees {shared === 1 ? "1 answer" : `${shared} answers`} of your manual on this page.{" "}
        <Link to="/me/answers">Edit your manual</Link>
      </p>
    );
  }
  return (
    <aside className="notice notice--plain manual-nudge" aria-labelledby="manual-nudge-heading">
      <h2 id="manual-nudge-heading">Write your manual before you invite</h2>
      <p>
        Tell your team how you work and how you lead, including something you are still learning, and share it
        with them. When you go first, it is easier for them to do the same.
      </p>
      <p>
        <Link to="/me/answers">Write your manual</Link>
      </p>
    </aside>
  );
}
