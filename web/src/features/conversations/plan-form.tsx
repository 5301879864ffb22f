import { useState } from "react";
import { z } from "zod";
import { DURATION_MAX_MINUTES, newConversationBody } from "#contracts/conversations";
import { Button } from "../../components/button";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import { browserTimeZone } from "../account/time-zones";
import type { NextConversation } from "../audit/audit.api";
import { StateBadge } from "../knowledge/state-badge";
import { type DraftItem, itemsOf, sentItem, startingAgenda } from "./agenda-draft";
import { AgendaEditor } from "./agenda-editor";
import type { Conversation } from "./conversations.api";
import { usePlanConversation } from "./conversations.hooks";
import { dayInput, defaultStart, instantOf, timeInput } from "./schedule";

/** The day and time as the inputs hold them, and the length; the agenda is edited beside them. */
const planForm = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date"),
  time: z.string().regex(/^\d{2}:\d{2}$/, "must be a time of day"),
  durationMinutes: z.coerce.number().pipe(newConversationBody.shape.durationMinutes.unwrap()),
});

/** Items left empty, each with a sentence naming it. */
function emptyItems(items: readonly DraftItem[]): Map<string, string> {
  const problems = new Map<string, string>();
  items.forEach((item, index) => {
    if (item.text.trim() === "") {
      const what = item.kind === "question" ? "Question" : "Topic";
      problems.set(item.key, `${what} ${index + 1} is empty: write it or remove it.`);
    }
  });
  return problems;
}

interface PlanFormProps {
  personId: string;
  firstName: string;
  /** The person's next-conversation suggestions, the one the leader came from first. */
  suggestions: NextConversation[];
  onPlanned: (conversation: Conversation) => void;
}

/**
 * Planning a conversation: when, how long, and the agenda, which starts from the first suggestions'
 * questions. The rest of the suggestions can be added with a click; everything can be edited.
 */
export function PlanForm({ personId, firstName, suggestions, onPlanned }: PlanFormProps) {
  const plan = usePlanConversation(personId);
  const start = defaultStart();
  const [agenda, setAgenda] = useState<DraftItem[]>(() => startingAgenda(suggestions));
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  // A suggestion with questions not on the agenda yet can add them with a click.
  const onAgenda = new Set(agenda.flatMap((item) => (item.questionId ? [item.questionId] : [])));
  const more = suggestions.filter((item) => item.questions.some((question) => !onAgenda.has(question.id)));
  const form = useSchemaForm({
    schema: planForm,
    labels: { day: "Date", time: "Time", durationMinutes: "Length in minutes" },
    defaultValues: { day: dayInput(start), time: timeInput(start), durationMinutes: 30 },
  });

  const change = (items: DraftItem[]) => {
    setAgenda(items);
    if (problems.size > 0) setProblems(emptyItems(items));
  };

  return (
    <Form
      form={form}
      className="form plan-form"
      onSubmit={async ({ day, time, durationMinutes }) => {
        const found = emptyItems(agenda);
        setProblems(found);
        if (found.size > 0) return;
        const scheduledAt = instantOf(day, time);
        if (scheduledAt === null) {
          form.setError(
            "day",
            { type: "schema", message: "Date and time do not name a moment." },
            { shouldFocus: true },
          );
          return;
        }
        const conversation = await plan.mutateAsync({
          scheduledAt,
          durationMinutes,
          agenda: agenda.map(sentItem),
        });
        onPlanned(conversation);
      }}
    >
      <fieldset className="plan-form__when">
        <legend>When</legend>
        <p className="field__hint">In your browser's time zone, {browserTimeZone()}.</p>
        <div className="form__row">
          <TextField name="day" type="date" />
          <TextField name="time" type="time" />
          <TextField
            name="durationMinutes"
            type="number"
            min={5}
            max={DURATION_MAX_MINUTES}
            step={5}
            inputMode="numeric"
          />
        </div>
      </fieldset>
      <section className="plan-form__agenda" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Agenda</h2>
        <p className="fine-print">
          It starts from what is most worth exploring with <span dir="auto">{firstName}</span>, with open
          questions from your lists (or the bank). Change anything. <span dir="auto">{firstName}</span> can
          add talking points of their own once it is planned, and unfinished items of your last conversation
          are added after yours.
        </p>
        <AgendaEditor items={agenda} onChange={change} problems={problems} />
        {problems.size > 0 ? (
          <p className="field__error" role="alert">
            {[...problems.values()][0]}
          </p>
        ) : null}
      </section>
      {more.length > 0 ? (
        <section className="plan-form__more" aria-labelledby="more-heading">
          <h2 id="more-heading">More worth exploring</h2>
          <ul className="suggestion-list">
            {more.map((suggestion) => (
              <li key={suggestion.facetId} className="suggestion">
                <span className="suggestion__title">{suggestion.facetTitle}</span>{" "}
                <StateBadge state={suggestion.state} />
                <p className="fine-print">{suggestion.reason}</p>
                <Button
                  variant="secondary"
                  onClick={() =>
                    setAgenda((items) => [
                      ...items,
                      ...itemsOf(suggestion).filter((item) => !onAgenda.has(item.questionId ?? "")),
                    ])
                  }
                >
                  Add its questions<span className="visually-hidden"> about {suggestion.facetTitle}</span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="form__actions">
        <Submit pendingLabel="Planning…">Plan the conversation</Submit>
      </div>
    </Form>
  );
}
