import { type FormEvent, useId, useState } from "react";
import { useNavigate } from "react-router";
import { Button } from "../../components/button";
import { Field, SelectField } from "../../components/field";
import { ErrorMessage } from "../../components/messages";
import { formText, useFormErrors } from "../../lib/field-errors";
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

type Source = "empty" | "bank" | "part";
const SOURCES: { value: Source; label: string }[] = [
  { value: "empty", label: "An empty list" },
  { value: "bank", label: "A copy of the whole question bank" },
  { value: "part", label: "A copy of part of the bank" },
];

const labels = { name: "List name", fromBank: "Part of the bank" };
const any = (label: string) => ({ value: "", label });

function partOfBank(form: HTMLFormElement): BankCopyFilter {
  const filter: BankCopyFilter = {};
  const dimension = formText(form, "dimension");
  const facet = formText(form, "facet");
  const topic = formText(form, "topic");
  const depth = formText(form, "depth");
  if (isDimension(dimension)) filter.dimension = dimension;
  if (isFacet(facet)) filter.facet = facet;
  if (isTopic(topic)) filter.topic = topic;
  if (isDepth(depth)) filter.depth = depth;
  return filter;
}

/** Starts a list: empty, the whole bank, or the part of it that matches a dimension, facet, topic or depth. */
export function NewListForm() {
  const id = useId();
  const create = useCreateList();
  const navigate = useNavigate();
  const [source, setSource] = useState<Source>("bank");
  const { formRef, fieldErrors, formError, showError, showFieldErrors, clear } = useFormErrors(labels);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = formText(form, "name").trim();
    if (name === "") return showFieldErrors({ name: "List name is required." });
    clear();
    const input: NewListInput = { name };
    if (source === "bank") input.fromBank = true;
    if (source === "part") input.fromBank = partOfBank(form);
    create.mutate(input, {
      onSuccess: (list) => void navigate(`/questions/${list.id}`, { state: { created: true } }),
      onError: showError,
    });
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-labelledby="new-list-heading">
      <ErrorMessage>{formError ?? fieldErrors.fromBank}</ErrorMessage>
      <Field label={labels.name} name="name" autoComplete="off" maxLength={100} error={fieldErrors.name} />
      <fieldset className="q-options">
        <legend>Start with</legend>
        {SOURCES.map((option) => (
          <div key={option.value} className="q-option">
            <input
              id={`${id}-${option.value}`}
              type="radio"
              name="source"
              value={option.value}
              checked={source === option.value}
              onChange={() => setSource(option.value)}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
      {source === "part" ? (
        <fieldset className="q-options">
          <legend>Copy the questions that match</legend>
          <div className="form__row">
            <SelectField
              label="Dimension"
              name="dimension"
              options={[
                any("Any dimension"),
                ...DIMENSIONS.map((d) => ({ value: d, label: dimensionLabel(d) })),
              ]}
            />
            <SelectField
              label="Facet"
              name="facet"
              options={[any("Any facet"), ...FACETS.map((f) => ({ value: f.key, label: f.title }))]}
            />
          </div>
          <div className="form__row">
            <SelectField
              label="Topic"
              name="topic"
              options={[any("Any topic"), ...TOPICS.map((t) => ({ value: t, label: topicLabel(t) }))]}
            />
            <SelectField
              label="Depth"
              name="depth"
              options={[any("Any depth"), ...DEPTHS.map((d) => ({ value: d, label: depthLabel(d) }))]}
            />
          </div>
        </fieldset>
      ) : null}
      <Button type="submit" pending={create.isPending} pendingLabel="Creating…">
        Create list
      </Button>
    </form>
  );
}
