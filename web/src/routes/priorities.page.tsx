import { Link, useParams } from "react-router";
import { Loading } from "../components/messages";
import { Unavailable } from "../components/unavailable";
import { AddItemForm } from "../features/priorities/add-item-form";
import { AlignmentPanel, WorthAConversation } from "../features/priorities/alignment-panels";
import { useAlignment, useWorkItems } from "../features/priorities/priorities.hooks";
import { ValueEffortSection } from "../features/priorities/value-effort-section";
import { WorkItemList } from "../features/priorities/work-item-list";
import { useTeam } from "../features/teams/teams.hooks";
import { usePageTitle } from "../lib/use-page-title";
import { useSignedIn } from "./signed-in-layout.route";

const people = (count: number) => `${count} ${count === 1 ? "person" : "people"}`;

/**
 * A team's priorities: its work items and everyone's ratings of their value and effort, the chart
 * and ranking they add up to, the items worth a conversation, and how far people agree.
 */
export function PrioritiesPage() {
  const { teamId = "" } = useParams();
  const team = useTeam(teamId);
  const items = useWorkItems(teamId);
  const alignment = useAlignment(teamId);
  const me = useSignedIn();
  const name = team.data?.name ?? "the team";
  usePageTitle(team.data ? `Priorities: ${team.data.name}` : "Priorities");

  if (items.isPending || alignment.isPending || team.isPending)
    return <Loading label="Loading the priorities…" />;
  const failed = items.error ?? alignment.error;
  if (failed || !items.data || !alignment.data) {
    return (
      <Unavailable
        title="Priorities not available"
        error={failed}
        notFound="Only the people of a team can see its priorities."
        back={{ to: `/teams/${teamId}`, label: "Back to the team" }}
        retry={() => {
          void items.refetch();
          void alignment.refetch();
        }}
      />
    );
  }
  const figures = alignment.data;
  const role = figures.viewer;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/teams">Teams</Link> /{" "}
        <Link to={`/teams/${teamId}`} dir="auto">
          {name}
        </Link>
      </p>
      <h1>
        Priorities: <span dir="auto">{name}</span>
      </h1>
      <p className="lede">
        The team's work, each item rated by everyone for its value and its effort from 1 to 5. Together the
        ratings show what is worth doing first, where people see the same work differently, and how far the
        team agrees on what matters most.
      </p>
      <p className="fine-print">
        {role === "leader"
          ? `You see every figure, and the ratings each person shared with you. Members see an item's figures once ${people(
              figures.threshold,
            )} have rated it, and the team's agreement once ${figures.threshold} members have rated every item.`
          : `The figures count every rating but those kept to “Only me”, without names. You see an item's figures once ${people(
              figures.threshold,
            )} have rated it, and the team's agreement once ${figures.threshold} members have rated every item.`}
      </p>
      {figures.items.length > 0 ? (
        <>
          <ValueEffortSection alignment={figures} teamName={name} />
          <div className="priorities-pair">
            <WorthAConversation alignment={figures} viewerId={me.user.id} />
            <AlignmentPanel alignment={figures} />
          </div>
        </>
      ) : null}
      <section className="panel" aria-labelledby="work-heading">
        <h2 id="work-heading">The work</h2>
        <WorkItemList teamId={teamId} items={items.data.items} role={role} />
        <h3 className="priorities-add__heading">Add an item</h3>
        <AddItemForm teamId={teamId} />
      </section>
    </div>
  );
}
