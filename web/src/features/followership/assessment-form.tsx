import { useMemo } from "react";
import { z } from "zod";
import { visibilitySchema } from "#contracts/answers";
import { followershipAssessmentBody } from "#contracts/followership";
import { Form, FormActions } from "../../components/form";
import { ChoiceGroup } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import type { Visibility } from "../answers/answers.api";
import { visibilityOptions } from "../answers/visibility-options";
import type { FollowershipAssessment, FollowershipInstrument } from "./followership.api";
import { useTakeAssessment } from "./followership.hooks";

type Item = FollowershipInstrument["items"][number];

/** One statement's answer, as the contract checks it (a whole number from 0 to 6). */
const answerValue = followershipAssessmentBody.shape.answers.shape.it1;

/**
 * The form's own shape, built from the contract's fields: one 0–6 field per statement (named by the
 * item's id) and who sees the result; sent as `{answers, visibility}`. The server's `answers.it3`
 * is this form's `it3`.
 */
function formOf(items: readonly Item[]) {
  const fields: Record<string, typeof answerValue | typeof visibilitySchema> = {
    visibility: visibilitySchema,
  };
  for (const item of items) fields[item.id] = answerValue;
  const schema = z.object(fields);
  const labels: Record<string, string> = { visibility: "Who can see your result" };
  const whenEmpty: Record<string, string> = {};
  const serverPaths: Record<string, string> = {};
  items.forEach((item, index) => {
    labels[item.id] = `Statement ${index + 1}`;
    whenEmpty[item.id] = `Statement ${index + 1} has no answer yet: choose from 0 to 6.`;
    serverPaths[`answers.${item.id}`] = item.id;
  });
  return { schema, labels, whenEmpty, serverPaths };
}

/** The points of the scale, lowest first, with the words the instrument gives some of them. */
function scalePoints(scale: FollowershipInstrument["scale"]) {
  const values = scale.map((point) => point.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const words = new Map(
    scale.flatMap((point) =>
      point.label === null ? [] : [[point.value, point.label.toLowerCase()] as const],
    ),
  );
  return {
    points: Array.from({ length: high - low + 1 }, (_, index) => low + index),
    words,
  };
}

interface AssessmentFormProps {
  instrument: FollowershipInstrument;
  /** Who saw the last result: the new one starts with the same choice. */
  visibility: Visibility;
  onTaken: (assessment: FollowershipAssessment) => void;
  onCancel?: (() => void) | undefined;
}

/**
 * The self-assessment: each statement a radio group from 0 to 6 in a fieldset whose legend is the
 * statement, then who sees the result. Arrow keys move within a statement, Tab to the next.
 */
export function AssessmentForm({ instrument, visibility, onTaken, onCancel }: AssessmentFormProps) {
  const take = useTakeAssessment();
  const shape = useMemo(() => formOf(instrument.items), [instrument.items]);
  const { points, words } = useMemo(() => scalePoints(instrument.scale), [instrument.scale]);
  const form = useSchemaForm({
    schema: shape.schema,
    labels: shape.labels,
    whenEmpty: shape.whenEmpty,
    serverPaths: shape.serverPaths,
    defaultValues: { visibility },
  });
  const submit = async (values: Record<string, unknown>) => {
    const answers = Object.fromEntries(instrument.items.map((item) => [item.id, values[item.id]]));
    const taken = await take.mutateAsync(
      followershipAssessmentBody.parse({ answers, visibility: values.visibility }),
    );
    onTaken(taken);
  };
  const ends = [...words].map(([value, word]) => `${value} · ${word}`);

  return (
    <Form form={form} className="form assessment-form" onSubmit={submit}>
      <p className="fine-print" id="assessment-scale">
        For each statement, choose how often it is true of you at work, from 0 to 6: {ends.join(", ")}.
      </p>
      <ol className="assessment-form__items">
        {instrument.items.map((item, index) => (
          <li key={item.id}>
            <ChoiceGroup
              name={item.id}
              legend={
                <>
                  <span className="assessment-form__number">{index + 1}.</span> {item.text}
                </>
              }
              className="choice-group assessment-scale"
              optionsClassName="assessment-scale__track"
              optionClassName="scale__point assessment-scale__point"
              options={points.map((point) => ({
                value: point,
                label: (
                  <>
                    <span>{point}</span>
                    {words.has(point) ? <span className="visually-hidden">: {words.get(point)}</span> : null}
                  </>
                ),
              }))}
              after={
                <p className="scale__ends" aria-hidden="true">
                  {ends.map((end) => (
                    <span key={end}>{end}</span>
                  ))}
                </p>
              }
            />
          </li>
        ))}
      </ol>
      <ChoiceGroup name="visibility" className="choice-group visibility-choice" options={visibilityOptions} />
      <FormActions submit="See my result" pendingLabel="Scoring…" onCancel={onCancel} />
    </Form>
  );
}
