import { Link, useParams } from "react-router";
import { Button } from "../components/button";
import { Loading, StatusMessage } from "../components/messages";
import { Unavailable } from "../components/unavailable";
import { AdoptionPanel } from "../features/goals/adoption-panel";
import { Followers } from "../features/goals/followers";
import { GoalQuestions } from "../features/goals/goal-questions";
import { useGoal, useUpdateGoal } from "../features/goals/goals.hooks";
import { MyStanceForm } from "../features/goals/my-stance-form";
import { PeopleStances } from "../features/goals/people-stances";
import { Teammates } from "../features/goals/teammates";
import { formatDate } from "../lib/format";
import { hasFlag, useArrivalState } from "../lib/use-arrival-state";
import { usePageTitle } from "../lib/use-page-title";

/**
 * One goal: what, why and the first step; where I stand (a member) or where each person stands
 * (a leader); who has joined, first followers marked and thanked; the adoption curve; questions.
 */
export function GoalPage() {
  const { goalId = "" } = useParams();
  const goal = useGoal(goalId);
  const arrival = useArrivalState();
  const archive = useUpdateGoal(goalId);
  usePageTitle(goal.data ? `Goal: ${goal.data.title}` : "Goal");

  if (goal.isPending) return <Loading label="Loading the goal…" />;
  if (goal.isError) {
    return (
      <Unavailable
        title="Goal not available"
        error={goal.error}
        notFound="Only the people of the goal's team can see it."
        back={{ to: "/teams", label: "Back to teams" }}
        retry={() => void goal.refetch()}
      />
    );
  }
  const { data } = goal;
  const leader = data.viewer === "leader";
  return (
    <div className="page goal-page">
      <p className="breadcrumb">
        <Link to="/teams">Teams</Link> /{" "}
        <Link to={`/teams/${data.teamId}`} dir="auto">
          {data.teamName}
        </Link>{" "}
        / <Link to={`/teams/${data.teamId}/goals`}>Goals</Link>
      </p>
      <h1 dir="auto">{data.title}</h1>
      <p className="fine-print">
        Stated by <span dir="auto">{data.createdBy.name}</span> on {formatDate(data.createdAt)}
        {data.status === "archived" ? ". Archived: nobody places themselves on it any more." : "."}
      </p>
      <StatusMessage>
        {hasFlag(arrival, "created") ? "The goal is stated. Its team sees it on the team page now." : null}
      </StatusMessage>
      <dl className="goal-summary">
        <div>
          <dt>Why it matters</dt>
          <dd dir="auto">{data.why}</dd>
        </div>
        <div>
          <dt>The first step</dt>
          <dd dir="auto">{data.firstStep}</dd>
        </div>
      </dl>
      <div className="grid goal-page__top">
        {leader ? null : data.status === "active" ? <MyStanceForm goal={data} /> : null}
        <Followers goal={data} />
        {leader ? null : <Teammates goal={data} />}
      </div>
      {leader ? <PeopleStances goal={data} /> : null}
      <AdoptionPanel goal={data} />
      <GoalQuestions goal={data} />
      {leader ? (
        <p>
          <Button
            variant="quiet"
            pending={archive.isPending}
            pendingLabel="Saving…"
            onClick={() => archive.mutate({ status: data.status === "active" ? "archived" : "active" })}
          >
            {data.status === "active" ? "Archive this goal" : "Make this goal active again"}
          </Button>
        </p>
      ) : null}
    </div>
  );
}
