import { useState } from "react";
import { GOAL_THANKS_MAX, thanksBody } from "#contracts/goals";
import { Button } from "../../components/button";
import { Form, FormActions } from "../../components/form";
import { TextAreaField } from "../../components/form-fields";
import { formatDate } from "../../lib/format";
import { useSchemaForm } from "../../lib/forms";
import type { Goal } from "./goals.api";
import { useThank } from "./goals.hooks";

type Follower = Goal["followers"][number];

const thanksForm = thanksBody.pick({ message: true });

function ThankForm({
  goalId,
  person,
  onDone,
}: {
  goalId: string;
  person: { id: string; name: string };
  onDone: () => void;
}) {
  const thank = useThank(goalId);
  const form = useSchemaForm({
    schema: thanksForm,
    labels: { message: `Your thanks to ${person.name}` },
    whenEmpty: { message: "Write a line of thanks first." },
  });
  return (
    <Form
      form={form}
      className="form goal-thanks-form"
      onSubmit={async ({ message }) => {
        await thank.mutateAsync({ personId: person.id, message });
        onDone();
      }}
    >
      <TextAreaField
        name="message"
        rows={2}
        maxLength={GOAL_THANKS_MAX}
        hint="Shown on this page to the whole team: thanks in the open make following visible."
      />
      <FormActions submit="Thank in the open" pendingLabel="Sending…" onCancel={onDone} />
    </Form>
  );
}

function FollowerItem({
  goalId,
  follower,
  mayThank,
}: {
  goalId: string;
  follower: Follower;
  mayThank: boolean;
}) {
  const [thanking, setThanking] = useState(false);
  const { person, thanked } = follower;
  return (
    <li className="goal-follower">
      <p className="goal-follower__who">
        {person ? (
          <span className="goal-follower__name" dir="auto">
            {person.name}
          </span>
        ) : (
          <span className="goal-follower__name">Someone</span>
        )}{" "}
        <span className="fine-print">joined {formatDate(follower.joinedAt)}</span>
        {follower.first ? <span className="badge">First follower</span> : null}
      </p>
      {thanked ? (
        <blockquote className="goal-follower__thanks">
          <p dir="auto">{thanked.message}</p>
          <footer className="fine-print">
            Thanks from <span dir="auto">{thanked.by.name}</span>, {formatDate(thanked.at)}
          </footer>
        </blockquote>
      ) : null}
      {mayThank && person && !thanked ? (
        thanking ? (
          <ThankForm goalId={goalId} person={person} onDone={() => setThanking(false)} />
        ) : (
          <Button variant="secondary" onClick={() => setThanking(true)}>
            <span>
              Thank <span dir="auto">{person.name}</span>
            </span>
          </Button>
        )
      ) : null}
    </li>
  );
}

/**
 * Who has joined and when, the first followers marked, with any thanks they were given: what a
 * newcomer copies is the followers, not the leader. A follower who did not consent is "Someone".
 * A leader thanks a named follower in the open from here.
 */
export function Followers({ goal }: { goal: Goal }) {
  const leader = goal.viewer === "leader";
  const waiting = leader && goal.followers.some((follower) => follower.person && !follower.thanked);
  return (
    <section className="panel goal-followers" aria-labelledby="followers-heading">
      <h2 id="followers-heading">Who has joined</h2>
      {goal.followers.length === 0 ? (
        <p>Nobody has joined yet. The first people to say they are supportive or more are shown here.</p>
      ) : (
        <>
          {waiting ? (
            <p className="notice notice--plain">
              Thank your first followers in the open: a first follower is what turns one person's idea into a
              movement.
            </p>
          ) : null}
          <ul className="goal-followers__list">
            {goal.followers.map((follower, index) => (
              <FollowerItem
                key={follower.person?.id ?? `someone-${index.toString()}`}
                goalId={goal.id}
                follower={follower}
                mayThank={leader}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
