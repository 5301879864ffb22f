import { ErrorMessage, Loading } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { AdoptionChart } from "./adoption-chart";
import type { Goal } from "./goals.api";
import { useAdoption } from "./goals.hooks";

/** The goal's adoption curve and its weekly table, under a heading that says what is counted. */
export function AdoptionPanel({ goal }: { goal: Goal }) {
  const adoption = useAdoption(goal.id);
  return (
    <section className="panel adoption" aria-labelledby="adoption-heading">
      <h2 id="adoption-heading">How the goal is spreading</h2>
      <p className="fine-print">
        How many people stand at each rung, day by day. Every stated stance counts except those kept to
        oneself; nobody is named here.
        {goal.viewer === "leader"
          ? " Your perceived stances can be laid over it; only you see that line."
          : ""}
      </p>
      {adoption.isPending ? <Loading label="Loading the curve…" /> : null}
      {adoption.isError ? <ErrorMessage>{errorMessage(adoption.error)}</ErrorMessage> : null}
      {adoption.data ? (
        <AdoptionChart adoption={adoption.data} goalDay={goal.createdAt.slice(0, 10)} />
      ) : null}
    </section>
  );
}
