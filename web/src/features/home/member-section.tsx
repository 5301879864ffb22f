import { Link } from "react-router";
import { ErrorMessage, Loading } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { useFacets } from "../knowledge/knowledge.hooks";
import { LeaderManualCard } from "../leader-manual/leader-manual-section";
import { OpenPulsesCard } from "../pulses/open-pulses-card";
import { AnswerRequests, UpcomingConversations } from "./conversation-groups";
import type { HomeMember } from "./home.api";
import { OverdueCommitments } from "./overdue-commitments";

/** How much of my own manual is written, with the way to go on. */
function MyManual({ manual }: { manual: HomeMember["manual"] }) {
  const { answered, total } = manual;
  return (
    <section className="panel" aria-labelledby="my-manual-heading">
      <h2 id="my-manual-heading">Your working with me</h2>
      <p id="my-manual-count">
        {answered === 0
          ? "You have not written anything yet. It tells the people you work with how to work with you."
          : `You have answered ${answered} of ${total} questions.`}{" "}
        You choose who sees each answer.
      </p>
      <progress className="home-progress" max={total} value={answered} aria-labelledby="my-manual-count" />
      <p>
        <Link to="/me/answers">{answered === 0 ? "Start writing" : "Go on writing"}</Link>
      </p>
    </section>
  );
}

/** Active goals of my teams on which I have not said where I stand. */
function GoalsToPlace({ goals }: { goals: HomeMember["goalsToPlace"] }) {
  if (goals.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="goals-to-place-heading">
      <h2 id="goals-to-place-heading">
        Goals waiting for your view <span className="badge badge--quiet">{goals.length}</span>
      </h2>
      <p className="fine-print">Say where you stand on each: from not aware of it yet to championing it.</p>
      <ul className="home-list">
        {goals.map((goal) => (
          <li key={goal.goalId}>
            <Link to={`/goals/${goal.goalId}`} dir="auto">
              {goal.title}
            </Link>{" "}
            <span className="fine-print" dir="auto">
              ({goal.teamName})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The followership self-assessment, which a member takes (and may take again) on their own page. */
function HowYouFollow() {
  return (
    <section className="panel" aria-labelledby="how-you-follow-heading">
      <h2 id="how-you-follow-heading">How you follow</h2>
      <p>
        Twenty statements on how you work with the people who lead you, answered from 0 to 6. You choose who
        sees the result, and you may take it again.
      </p>
      <p>
        <Link to="/me/followership">The followership self-assessment</Link>
      </p>
    </section>
  );
}

/** The manuals of the leaders of the teams I am a member of, as they shared them with me. */
function LeaderManuals({ teams }: { teams: HomeMember["leaderManuals"] }) {
  const facets = useFacets();
  if (facets.isPending) return <Loading label="Loading your leader's manual…" />;
  if (facets.isError) return <ErrorMessage>{errorMessage(facets.error)}</ErrorMessage>;
  const byId = new Map(facets.data.facets.map((facet) => [facet.id, facet]));
  return (
    <>
      {teams.map((team) => (
        <div key={team.teamId} className="home-team">
          <p className="fine-print">
            Your team:{" "}
            <Link to={`/teams/${team.teamId}`} dir="auto">
              {team.teamName}
            </Link>
          </p>
          {team.leaders.map((leader) => (
            <LeaderManualCard key={leader.id} leader={leader} facetOf={(id) => byId.get(id)} />
          ))}
        </div>
      ))}
    </>
  );
}

/** What is coming up with the member's leaders: conversations, requests, commitments past their day. */
function Waiting({ member, viewerId }: { member: HomeMember; viewerId: string }) {
  const count =
    member.upcomingConversations.length + member.answerRequests.length + member.overdueCommitments.length;
  if (count === 0) return null;
  return (
    <section className="panel" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">With your leaders</h2>
      <UpcomingConversations items={member.upcomingConversations} withLeader />
      <AnswerRequests items={member.answerRequests} />
      <OverdueCommitments items={member.overdueCommitments} viewerId={viewerId} />
    </section>
  );
}

export function MemberSection({ member, viewerId }: { member: HomeMember; viewerId: string }) {
  return (
    <>
      <OpenPulsesCard rounds={member.openPulses} />
      <GoalsToPlace goals={member.goalsToPlace} />
      <Waiting member={member} viewerId={viewerId} />
      <MyManual manual={member.manual} />
      <HowYouFollow />
      <LeaderManuals teams={member.leaderManuals} />
    </>
  );
}
