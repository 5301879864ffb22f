import { useNavigate } from "react-router";
import { GOAL_FIRST_STEP_MAX, GOAL_TITLE_MAX, GOAL_WHY_MAX, newGoalBody } from "#contracts/goals";
import { Form, Submit } from "../../components/form";
import { TextAreaField, TextField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import { useCreateGoal } from "./goals.hooks";

const labels = { title: "The goal", why: "Why it matters", firstStep: "The first small step" };

/**
 * A leader states a goal for the team: what, why, and a first step small enough that anyone can
 * take it today (SCIENCE.md: a leader must be easy to follow). Opens the new goal's page.
 */
export function NewGoalForm({ teamId }: { teamId: string }) {
  const create = useCreateGoal(teamId);
  const navigate = useNavigate();
  const form = useSchemaForm({
    schema: newGoalBody,
    labels,
    whenEmpty: {
      title: "Say what the goal is.",
      why: "Say why it matters: people follow a reason, not an order.",
      firstStep: "Name a first step anyone can take.",
    },
  });
  return (
    <Form
      form={form}
      className="form goal-form"
      aria-label="State a goal"
      onSubmit={async (values) => {
        const goal = await create.mutateAsync(values);
        void navigate(`/goals/${goal.id}`, { state: { created: true } });
      }}
    >
      <TextField name="title" autoComplete="off" maxLength={GOAL_TITLE_MAX} />
      <TextAreaField
        name="why"
        rows={3}
        maxLength={GOAL_WHY_MAX}
        hint="What changes for the team, or for the people it serves, once this is done."
      />
      <TextAreaField
        name="firstStep"
        rows={2}
        maxLength={GOAL_FIRST_STEP_MAX}
        hint="Small enough that anyone can take it this week, so following is easy."
      />
      <Submit pendingLabel="Stating…">State the goal</Submit>
    </Form>
  );
}
