import { workItemRatingBody } from "#contracts/priorities";
import { Form, FormActions } from "../../components/form";
import { ChoiceGroup, SelectField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import { VISIBILITY_CHOICES } from "../answers/visibility";
import type { WorkItem } from "./priorities.api";
import { useRateWorkItem } from "./priorities.hooks";
import { RATING_VISIBILITY_LABEL, ratingVisibilityHint } from "./priority-words";

const POINTS = [1, 2, 3, 4, 5] as const;

/** One of the two 1–5 scales: five radio buttons in a fieldset, its two ends named. */
function RatingScale({ name, low, high }: { name: "value" | "effort"; low: string; high: string }) {
  return (
    <ChoiceGroup
      name={name}
      className="choice-group scale"
      optionsClassName="scale__track"
      optionClassName="scale__point"
      options={POINTS.map((point) => ({
        value: point,
        label: (
          <>
            <span>{point}</span>
            {point === 1 ? <span className="visually-hidden">: {low}</span> : null}
            {point === 5 ? <span className="visually-hidden">: {high}</span> : null}
          </>
        ),
      }))}
      after={
        <p className="scale__ends" aria-hidden="true">
          <span>1 · {low}</span>
          <span>5 · {high}</span>
        </p>
      }
    />
  );
}

/**
 * My rating of one item: its value and its effort, each 1–5, and who may see it. The legends name
 * the item, so each of the page's forms reads apart from the others.
 */
export function RatingForm({
  teamId,
  item,
  role,
  onDone,
  onCancel,
}: {
  teamId: string;
  item: WorkItem;
  role: "leader" | "member";
  onDone: () => void;
  onCancel?: (() => void) | undefined;
}) {
  const rate = useRateWorkItem(teamId);
  const form = useSchemaForm({
    schema: workItemRatingBody,
    labels: { value: "Value", effort: "Effort", visibility: "Who sees my rating" },
    whenEmpty: {
      value: "Choose how much the item is worth, from 1 to 5.",
      effort: "Choose how much work the item is, from 1 to 5.",
    },
    defaultValues: item.myRating
      ? { value: item.myRating.value, effort: item.myRating.effort, visibility: item.myRating.visibility }
      : // A leader's rating goes to the team unless they choose otherwise: it is what members compare theirs with.
        { visibility: role === "leader" ? "team" : "leader" },
  });
  return (
    <Form
      form={form}
      className="form rating-form"
      aria-label={`My rating of ${item.title}`}
      onSubmit={async (values) => {
        await rate.mutateAsync({ itemId: item.id, input: values });
        onDone();
      }}
    >
      <RatingScale name="value" low="worth little" high="worth a lot" />
      <RatingScale name="effort" low="little work" high="a lot of work" />
      <SelectField
        name="visibility"
        options={VISIBILITY_CHOICES.map((visibility) => ({
          value: visibility,
          label: RATING_VISIBILITY_LABEL[visibility],
        }))}
        hint={ratingVisibilityHint(role)}
      />
      <FormActions submit="Save my rating" pendingLabel="Saving…" onCancel={onCancel} />
    </Form>
  );
}
