import { beliefBody } from "#contracts/knowledge";
import { ChoiceGroup, SelectField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import { CONFIDENCE_TEXT, SOURCE_TEXT, SOURCES } from "./belief-text";
import { filledFacetValue, formFacetValue, missingValueMessage } from "./facet-value";
import { FacetValueForm } from "./facet-value-input";
import type { Facet } from "./facets.api";
import type { Belief } from "./knowledge.api";
import { useRecordBelief } from "./knowledge.hooks";

const beliefForm = beliefBody.extend({ value: filledFacetValue });
const labels = {
  value: "What you think is true",
  source: "Where this comes from",
  confidence: "How sure you are",
};
const whenEmpty = {
  source: "Choose where this belief comes from.",
  confidence: "Choose how sure you are, from 1 to 5.",
};
const sourceOptions = [
  { value: "", label: "Choose…" },
  ...SOURCES.map((source) => ({
    value: source,
    label: `${SOURCE_TEXT[source].label}: ${SOURCE_TEXT[source].explanation}`,
  })),
];
const confidenceOptions = [1, 2, 3, 4, 5].map((point) => ({
  value: point,
  label: (
    <span>
      {point} <span className="confidence__word">{CONFIDENCE_TEXT[point]}</span>
    </span>
  ),
}));

interface BeliefFormProps {
  personId: string;
  facet: Facet;
  belief: Belief | undefined;
  /** The leader has looked at the person's current answer: a belief written now is after the answer. */
  answered: boolean;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** What the leader believes on one facet: the value, where it comes from, and how sure they are. */
export function BeliefForm({ personId, facet, belief, answered, onDone, onCancel }: BeliefFormProps) {
  const record = useRecordBelief(personId, facet.id);
  const form = useSchemaForm({
    schema: beliefForm,
    labels,
    whenEmpty: { ...whenEmpty, value: missingValueMessage(facet) },
    defaultValues: {
      value: formFacetValue(facet, belief?.value),
      source: belief?.source,
      confidence: belief?.confidence,
    },
  });

  return (
    <FacetValueForm {...{ form, facet, onDone, onCancel }} what="belief" save={record.mutateAsync}>
      <SelectField name="source" options={sourceOptions} />
      <ConfidenceField />
      {answered ? (
        <p className="fine-print">
          You have seen their answer, so this belief is kept and compared but does not count in your accuracy
          or calibration.
        </p>
      ) : null}
    </FacetValueForm>
  );
}

/** How sure the leader is, 1 to 5, each point with its word: the `confidence` field of a form. */
export function ConfidenceField() {
  return (
    <ChoiceGroup
      name="confidence"
      className="choice-group confidence"
      optionsClassName="confidence__points"
      optionClassName="confidence__point"
      options={confidenceOptions}
    />
  );
}
