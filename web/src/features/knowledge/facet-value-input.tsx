import { type ReactNode, useEffect } from "react";
import { type FieldValues, useFormContext } from "react-hook-form";
import { MAX_TEXT_LENGTH } from "#core/facets/facet-value";
import { Form, FormActions, useFormLabel } from "../../components/form";
import { ChoiceGroup, TextAreaField } from "../../components/form-fields";
import type { SchemaForm } from "../../lib/forms";
import type { Facet } from "./facets.api";

const SCALE = [1, 2, 3, 4, 5] as const;

/**
 * The `value` field of a belief or an answer form, in the input that fits the facet's kind: a text
 * area, a radio group, a checkbox group, or a 1–5 scale whose two ends carry the facet's own labels.
 * Opening the form moves focus into it, so keyboard users land where they are about to type.
 */
export function FacetValueInput({ facet }: { facet: Facet }) {
  const { setFocus } = useFormContext();
  useEffect(() => setFocus("value"), [setFocus]);
  // The question this input answers, e.g. "What you think is true" or "Your answer".
  const legend = useFormLabel("value");

  if (facet.kind === "text") {
    return <TextAreaField name="value" rows={3} maxLength={MAX_TEXT_LENGTH} />;
  }

  if (facet.kind === "scale") {
    const { scale } = facet;
    return (
      <ChoiceGroup
        name="value"
        className="choice-group scale"
        optionsClassName="scale__track"
        optionClassName="scale__point"
        options={SCALE.map((point) => ({
          value: point,
          label: (
            <>
              <span>{point}</span>
              {scale && point === 1 ? <span className="visually-hidden">: {scale.low}</span> : null}
              {scale && point === 5 ? <span className="visually-hidden">: {scale.high}</span> : null}
            </>
          ),
        }))}
        after={
          scale ? (
            <p className="scale__ends" aria-hidden="true">
              <span>1 · {scale.low}</span>
              <span>5 · {scale.high}</span>
            </p>
          ) : null
        }
      />
    );
  }

  const multiple = facet.kind === "multiple_choice";
  return (
    <ChoiceGroup
      name="value"
      multiple={multiple}
      legend={
        <>
          {legend}
          <span className="choice-group__hint">{multiple ? " (choose any that fit)" : " (choose one)"}</span>
        </>
      }
      options={(facet.options ?? []).map((option) => ({
        value: option.id,
        label: <span>{option.label}</span>,
      }))}
    />
  );
}

interface FacetValueFormProps<Input extends FieldValues, Output> {
  form: SchemaForm<Input, Output>;
  facet: Facet;
  /** What is written: names the button ("Save answer"), the message and the form's class. */
  what: "answer" | "belief";
  save: (values: Output) => Promise<unknown>;
  /** Called with "Your answer on … is saved." once the server has it. */
  onDone: (message: string) => void;
  onCancel: () => void;
  /** The fields after the value (who may see an answer; a belief's source and confidence). */
  children: ReactNode;
}

/** A form that writes a value on one facet (an answer, a belief): the value, then the rest, Save and Cancel. */
export function FacetValueForm<Input extends FieldValues, Output>(props: FacetValueFormProps<Input, Output>) {
  const { form, facet, what, save, onDone } = props;
  const submit = async (values: Output) => {
    await save(values);
    onDone(`Your ${what} on ${facet.title} is saved.`);
  };
  return (
    <Form form={form} className={`form ${what}-form`} onSubmit={submit}>
      <FacetValueInput facet={facet} />
      {props.children}
      <FormActions submit={`Save ${what}`} pendingLabel="Saving…" onCancel={props.onCancel} />
    </Form>
  );
}
