import { z } from "zod";
import { PULSE_COMMENT_MAX } from "#contracts/pulses";
import { Form, Submit } from "../../components/form";
import { ChoiceGroup, TextAreaField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import type { PulseDetail } from "./pulses.api";
import { useAnswerPulse } from "./pulses.hooks";

type Item = PulseDetail["items"][number];
type ScalePoint = PulseDetail["scale"][number];

/** The form's own shape: one field per statement, named by its id, and the comment. */
function answerSchema(items: readonly Item[]) {
  const point = z.number().int().min(1).max(7);
  return z.object({
    ...Object.fromEntries(items.map((item) => [item.id, point])),
    comment: z.string().trim().max(PULSE_COMMENT_MAX, `must be at most ${PULSE_COMMENT_MAX} characters`),
  });
}

/** One statement: a fieldset named by it, seven points from disagree to agree. */
function Statement({ item, number, scale }: { item: Item; number: number; scale: readonly ScalePoint[] }) {
  const first = scale[0];
  const last = scale.at(-1);
  return (
    <ChoiceGroup
      name={item.id}
      className="choice-group scale pulse-statement"
      optionsClassName="scale__track pulse-scale"
      optionClassName="scale__point"
      legend={
        <>
          <span className="pulse-statement__number">{number}.</span> {item.text}
        </>
      }
      options={scale.map((point) => ({
        value: point.value,
        label: (
          <>
            <span>{point.value}</span>
            <span className="visually-hidden">: {point.label}</span>
          </>
        ),
      }))}
      after={
        first && last ? (
          <p className="scale__ends" aria-hidden="true">
            <span>
              {first.value} · {first.label}
            </span>
            <span>
              {last.value} · {last.label}
            </span>
          </p>
        ) : null
      }
    />
  );
}

/**
 * The member's answers to one round: every statement on the 1–7 scale, and an optional comment.
 * Statements about the team's leaders come first, then those about the team.
 */
export function PulseAnswerForm({ pulse, onAnswered }: { pulse: PulseDetail; onAnswered: () => void }) {
  const answer = useAnswerPulse(pulse.round.id);
  const { items, scale } = pulse;
  const aboutLeaders = items.filter((item) => item.measure !== "psychological_safety");
  const aboutTeam = items.filter((item) => item.measure === "psychological_safety");
  const numberOf = new Map(items.map((item, index) => [item.id, index + 1]));
  const form = useSchemaForm({
    schema: answerSchema(items),
    labels: {
      ...Object.fromEntries(items.map((item) => [item.id, `Statement ${numberOf.get(item.id)}`])),
      comment: "Comment (optional)",
    },
    whenEmpty: Object.fromEntries(
      items.map((item) => [item.id, `Choose how far you agree with statement ${numberOf.get(item.id)}.`]),
    ),
    serverPaths: {
      ...Object.fromEntries(items.map((item) => [`answers.${item.id}`, item.id])),
      comment: "comment",
    },
    defaultValues: { comment: "" },
  });
  const first = scale[0];
  const last = scale.at(-1);
  const scaleWords =
    first && last
      ? `from ${first.value} (${first.label.toLowerCase()}) to ${last.value} (${last.label.toLowerCase()})`
      : "on the scale";
  const group = (title: string, hint: string, list: readonly Item[]) =>
    list.length > 0 ? (
      <section className="pulse-part" aria-labelledby={`pulse-part-${list[0]?.id}`}>
        <h2 id={`pulse-part-${list[0]?.id}`}>{title}</h2>
        <p className="fine-print">{hint}</p>
        {list.map((item) => (
          <Statement key={item.id} item={item} number={numberOf.get(item.id) ?? 0} scale={scale} />
        ))}
      </section>
    ) : null;

  return (
    <Form
      form={form}
      className="form pulse-form"
      aria-label="Your answers"
      onSubmit={async (values) => {
        const answers = Object.fromEntries(
          items.map((item) => [item.id, Number(Reflect.get(values, item.id))]),
        );
        const comment = typeof values.comment === "string" ? values.comment.trim() : "";
        await answer.mutateAsync(comment === "" ? { answers } : { answers, comment });
        onAnswered();
      }}
    >
      {group(
        "About the leader of your team",
        `How far you agree with each statement, ${scaleWords}.`,
        aboutLeaders,
      )}
      {group("About your team", "The same scale, about the team as a whole.", aboutTeam)}
      <TextAreaField
        name="comment"
        rows={4}
        maxLength={PULSE_COMMENT_MAX}
        hint="Shown word for word among the others, in random order and without a date, once enough people answered. Leave out anything that would tell who wrote it."
      />
      <p className="fine-print">You answer once; the answers cannot be changed after they are sent.</p>
      <Submit pendingLabel="Sending…">Send my answers</Submit>
    </Form>
  );
}
