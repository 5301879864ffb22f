import { useState } from "react";
import { learningBody } from "#contracts/conversations";
import { Button } from "../../components/button";
import { Form, FormActions } from "../../components/form";
import { ErrorMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { formatDate } from "../../lib/format";
import { useSchemaForm } from "../../lib/forms";
import { ConfidenceField } from "../knowledge/belief-form";
import { filledFacetValue, formFacetValue, missingValueMessage } from "../knowledge/facet-value";
import { FacetValueInput } from "../knowledge/facet-value-input";
import type { Facet } from "../knowledge/facets.api";
import type { LeaderConversation } from "./conversations.api";
import { useAskToRecord, useRecordLearning } from "./conversations.hooks";

const learningForm = learningBody.omit({ facetId: true }).extend({ value: filledFacetValue });

interface LearningPanelProps {
  conversation: LeaderConversation;
  firstName: string;
  /** The audited facets of the catalogue, active ones. */
  facets: Facet[];
  onStatus: (message: string) => void;
}

/**
 * What the leader learned, per facet the agenda was about (and any other they pick): recorded as
 * their belief with the source "asked" in one step, or handed to the person to record themselves.
 */
export function LearningPanel({ conversation, firstName, facets, onStatus }: LearningPanelProps) {
  const onAgenda = new Set(conversation.agenda.flatMap((item) => (item.facetId ? [item.facetId] : [])));
  const [extra, setExtra] = useState<string[]>([]);
  const shown = facets.filter((facet) => onAgenda.has(facet.id) || extra.includes(facet.id));
  const others = facets.filter((facet) => !shown.includes(facet));
  const [picked, setPicked] = useState("");
  return (
    <>
      {shown.length === 0 ? (
        <p className="empty">No aspect is on the agenda. Pick one below to record what you learned.</p>
      ) : (
        <ul className="learning-list">
          {shown.map((facet) => (
            <LearningItem
              key={facet.id}
              conversation={conversation}
              facet={facet}
              firstName={firstName}
              onStatus={onStatus}
            />
          ))}
        </ul>
      )}
      {others.length > 0 ? (
        <div className="learning-pick">
          <label htmlFor="learning-other">Another aspect</label>
          <select id="learning-other" value={picked} onChange={(event) => setPicked(event.target.value)}>
            <option value="">Choose…</option>
            {others.map((facet) => (
              <option key={facet.id} value={facet.id}>
                {facet.title}
              </option>
            ))}
          </select>
          <Button
            variant="secondary"
            disabled={picked === ""}
            onClick={() => {
              setExtra((was) => [...was, picked]);
              setPicked("");
            }}
          >
            Add aspect
          </Button>
        </div>
      ) : null}
    </>
  );
}

function LearningItem({
  conversation,
  facet,
  firstName,
  onStatus,
}: {
  conversation: LeaderConversation;
  facet: Facet;
  firstName: string;
  onStatus: (message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [learned, setLearned] = useState(false);
  const ask = useAskToRecord(conversation.id);
  const request = conversation.answerRequests.find((item) => item.facetId === facet.id);
  const headingId = `learning-${facet.key}`;
  return (
    <li className="learning">
      <h3 id={headingId} className="learning__title">
        {facet.title}
      </h3>
      {learned ? (
        <p className="learning__done">
          Saved as your belief, learned by asking <span dir="auto">{firstName}</span>.
        </p>
      ) : null}
      {request ? (
        <p className="learning__done">
          You asked <span dir="auto">{firstName}</span> to record it on {formatDate(request.requestedAt)}
          {request.open ? "; not answered yet." : "; they have answered."}
        </p>
      ) : null}
      {open ? (
        <LearningForm
          conversationId={conversation.id}
          personId={conversation.person.id}
          facet={facet}
          onCancel={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            setLearned(true);
            onStatus(`What you learned about ${facet.title} is saved as your belief.`);
          }}
        />
      ) : (
        <div className="learning__actions">
          <Button variant="secondary" onClick={() => setOpen(true)}>
            Record what I learned<span className="visually-hidden"> about {facet.title}</span>
          </Button>
          {request ? null : (
            <Button
              variant="quiet"
              pending={ask.isPending}
              pendingLabel="Asking…"
              onClick={() =>
                ask.mutate(facet.id, {
                  onSuccess: () => onStatus(`${firstName} is asked to record ${facet.title} themselves.`),
                })
              }
            >
              Ask <span dir="auto">{firstName}</span> to record it
              <span className="visually-hidden"> ({facet.title})</span>
            </Button>
          )}
        </div>
      )}
      <ErrorMessage>{ask.isError ? errorMessage(ask.error) : null}</ErrorMessage>
    </li>
  );
}

function LearningForm({
  conversationId,
  personId,
  facet,
  onCancel,
  onDone,
}: {
  conversationId: string;
  personId: string;
  facet: Facet;
  onCancel: () => void;
  onDone: () => void;
}) {
  const record = useRecordLearning(conversationId, personId);
  const form = useSchemaForm({
    schema: learningForm,
    labels: { value: "What you learned", confidence: "How sure you are" },
    whenEmpty: { value: missingValueMessage(facet), confidence: "Choose how sure you are, from 1 to 5." },
    defaultValues: { value: formFacetValue(facet, undefined) },
  });
  return (
    <Form
      form={form}
      className="form learning-form"
      onSubmit={async (values) => {
        await record.mutateAsync({ facetId: facet.id, ...values });
        onDone();
      }}
    >
      <FacetValueInput facet={facet} />
      <ConfidenceField />
      <FormActions submit="Save what I learned" pendingLabel="Saving…" onCancel={onCancel} />
    </Form>
  );
}
