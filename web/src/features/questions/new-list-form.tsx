import { useNavigate } from "react-router";
import { z } from "zod";
import { newListBody } from "#contracts/questions";
import { Form, Submit } from "../../components/form";
import { ChoiceGroup, SelectField, TextField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import {
  DEPTHS,
  DIMENSIONS,
  depthLabel,
  dimensionLabel,
  FACETS,
  isDepth,
  isDimension,
  isFacet,
  isTopic,
  TOPICS,
  topicLabel,
} from "./question-vocabulary";
import type { BankCopyFilter, NewListInput } from "./questions.api";
import { useCreateList } from "./questions.hooks";

const SOURCES = [
  { value: "empty", label: "An empty list" },
  { value: "bank", label: "A copy of the whole question bank" },
  { value: "part", label: "A copy of part of the bank" },
] as const;

/** The contract's list name, how to start it, and the part of the bank to copy ("" is any). */
const newListForm = z.object({
  name: newListBody.shape.name,
  source: z.enum(["empty", "bank", "part"]),
  dimension: z.string(),
  facet: z.string(),
  topic: z.string(),
  depth: z.string(),
});
type NewListValues = z.output<typeof newListForm>;

const any = (label: string) => ({ value: "", label });

function partOfBank(values: NewListValues): BankCopyFilter {
  const filter: BankCopyFilter = {};
  if (isDimension(values.dimension)) filter.dimension = values.dimension;
  if (isFacet(values.facet)) filter.facet = values.facet;
  if (isTopic(values.topic)) filter.topic = values.topic;
  if (isDepth(values.depth)) filter.depth = values.depth;
  return filter;
}

/** Starts a list: empty, the whole bank, or the part of it that matches a dimension, facet, topic or depth. */
export function NewListForm() {
  const create = useCreateList();
  const navigate = useNavigate();
  const form = useSchemaForm({
    schema: newListForm,
    labels: {
      name: "List name",
      source: "Start with",
      dimension: "Dimension",
      facet: "Aspect",
      topic: "Topic",
      depth: "Depth",
    },
    defaultValues: { source: "bank" },
  });
  const source = form.watch("source");

  return (
    <Form
      form={form}
      aria-labelledby="new-list-heading"
      onSubmit={async (values) => {
        const input: NewListInput = { name: values.name };
        if (values.source === "bank") input.fromBank = true;
        if (values.source === "part") input.fromBank = partOfBank(values);
        const list = await create.mutateAsync(input);
        void navigate(`/questions/${list.id}`, { state: { created: true } });
      }}
    >
      <TextField name="name" autoComplete="off" maxLength={100} />
      <ChoiceGroup name="source" options={SOURCES} spaced />
      {source === "part" ? (
        <fieldset className="choice-group choice-group--spaced">
          <legend>Copy the questions that match</legend>
          <div className="form__row">
            <SelectField
              name="dimension"
              options={[
                any("Any dimension"),
                ...DIMENSIONS.map((d) => ({ value: d, label: dimensionLabel(d) })),
              ]}
            />
            <SelectField
              name="facet"
              options={[any("Any aspect"), ...FACETS.map((f) => ({ value: f.key, label: f.title }))]}
            />
          </div>
          <div className="form__row">
            <SelectField
              name="topic"
              options={[any("Any topic"), ...TOPICS.map((t) => ({ value: t, label: topicLabel(t) }))]}
            />
            <SelectField
              name="depth"
              options={[any("Any depth"), ...DEPTHS.map((d) => ({ value: d, label: depthLabel(d) }))]}
            />
          </div>
        </fieldset>
      ) : null}
      <Submit pendingLabel="Creating…">Create list</Submit>
    </Form>
  );
}
