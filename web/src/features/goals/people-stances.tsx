import { useState } from "react";
import { Link } from "react-router";
import type { Stance } from "#core/movement/stances";
import { Button } from "../../components/button";
import { ErrorMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { formatDate } from "../../lib/format";
import type { Goal } from "./goals.api";
import { useLookAtStance, usePerceiveStance } from "./goals.hooks";
import { STANCE_TEXT, STANCES, stanceLabel } from "./stance-words";

type Row = NonNullable<Goal["people"]>[number];

const gapText = (gap: NonNullable<Row["gap"]>): string => {
  switch (gap.kind) {
    case "match":
      return "You saw it right.";
    case "close":
      return "One rung apart.";
    case "gap":
      return `${gap.distance} rungs apart: an assumption proved wrong, now among your blind spots.`;
  }
};

function Stated({ goalId, row }: { goalId: string; row: Row }) {
  const look = useLookAtStance(goalId);
  const { stated } = row;
  if (stated === null) return <p className="goal-person__stated">Has not said where they stand.</p>;
  if ("sealed" in stated) {
    return (
      <div className="goal-person__stated">
        <p>
          Said on {formatDate(stated.statedAt)}, sealed. Write down where you think they stand first, then
          look.
        </p>
        <Button
          variant="secondary"
          pending={look.isPending}
          pendingLabel="Opening…"
          onClick={() => look.mutate(row.person.id)}
        >
          <span>
            Look at where <span dir="auto">{row.person.name}</span> stands
          </span>
        </Button>
        {look.isError ? <ErrorMessage>{errorMessage(look.error)}</ErrorMessage> : null}
      </div>
    );
  }
  return (
    <p className="goal-person__stated">
      Says: <strong>{stanceLabel(stated.stance)}</strong>{" "}
      <span className="fine-print">({formatDate(stated.statedAt)})</span>
    </p>
  );
}

function Perceived({ goalId, row }: { goalId: string; row: Row }) {
  const perceive = usePerceiveStance(goalId);
  const [choice, setChoice] = useState<Stance | "">(row.perceived?.stance ?? "");
  const selectId = `perceived-${row.person.id}`;
  const hintId = `${selectId}-hint`;
  const { perceived } = row;
  return (
    <form
      className="goal-person__perceived"
      aria-label={`What you think of ${row.person.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (choice !== "") perceive.mutate({ userId: row.person.id, stance: choice });
      }}
    >
      <label htmlFor={selectId}>
        Where you think <span dir="auto">{row.person.name}</span> stands
      </label>
      <p id={hintId} className="field__hint">
        {perceived
          ? `Recorded ${formatDate(perceived.recordedAt)}${
              perceived.afterStated
                ? ", after you had looked at their stance."
                : ", before you looked at their stance."
            }`
          : "Only you see this."}
      </p>
      <div className="goal-person__controls">
        <select
          id={selectId}
          value={choice}
          aria-describedby={hintId}
          onChange={(event) => setChoice(STANCES.find((stance) => stance === event.target.value) ?? "")}
        >
          <option value="">Not recorded</option>
          {STANCES.map((stance) => (
            <option key={stance} value={stance}>
              {STANCE_TEXT[stance].label}: {STANCE_TEXT[stance].theirs}
            </option>
          ))}
        </select>
        <Button
          type="submit"
          variant="secondary"
          disabled={choice === "" || choice === perceived?.stance}
          pending={perceive.isPending}
          pendingLabel="Saving…"
        >
          Save
        </Button>
      </div>
      {perceive.isError ? <ErrorMessage>{errorMessage(perceive.error)}</ErrorMessage> : null}
    </form>
  );
}

/**
 * A leader's view of each member on this goal: their stated stance (sealed until the leader
 * looks, as answers are), the leader's own perceived stance (theirs alone), and the gap between
 * the two once both are there. Beliefs come first: the page asks for the perceived stance before
 * the look.
 */
export function PeopleStances({ goal }: { goal: Goal }) {
  const people = goal.people ?? [];
  return (
    <section className="panel goal-people" aria-labelledby="goal-people-heading">
      <h2 id="goal-people-heading">Where each person stands</h2>
      <p className="fine-print">
        What each member says, and what you think. Your perceived stances are yours alone; a member's stance
        stays sealed until you look, so you can write down what you think first.
      </p>
      {people.length === 0 ? (
        <p>This team has no members yet.</p>
      ) : (
        <ul className="goal-people__list">
          {people.map((row) => (
            <li
              key={row.person.id}
              className={`goal-person${row.gap?.kind === "gap" ? " goal-person--gap" : ""}`}
            >
              <h3 className="goal-person__name">
                <Link to={`/people/${row.person.id}`} dir="auto">
                  {row.person.name}
                </Link>
                {row.gap ? (
                  <span className={row.gap.kind === "gap" ? "badge badge--warning" : "badge badge--quiet"}>
                    {row.gap.kind === "gap" ? "Gap" : row.gap.kind === "close" ? "Close" : "Match"}
                  </span>
                ) : null}
              </h3>
              <Stated goalId={goal.id} row={row} />
              <Perceived goalId={goal.id} row={row} />
              {row.gap ? <p className="goal-person__gap">{gapText(row.gap)}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
