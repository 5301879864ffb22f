import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { Button } from "../../components/button";
import { ErrorMessage, StatusMessage } from "../../components/messages";
import { Panel } from "../../components/panel";
import { errorMessage } from "../../lib/api";
import { CommitmentsSection } from "../commitments/commitments-section";
import type { Facet } from "../knowledge/facets.api";
import { usePassingStatus } from "../knowledge/use-passing-status";
import { AgendaChecklist } from "./agenda-checklist";
import type { LeaderConversation as Conversation } from "./conversations.api";
import { useUpdateConversation } from "./conversations.hooks";
import { LearningPanel } from "./learning-panel";
import { ListeningCheckForm } from "./listening-check";
import { LoopPanel } from "./loop-panel";
import { NotesForm } from "./notes-form";

interface LeaderConversationProps {
  conversation: Conversation;
  firstName: string;
  facets: Facet[];
}

/**
 * The leader's page of one conversation: the agenda to tick, both kinds of notes, what was learned,
 * the vulnerability loop, commitments both ways, and, once it is marked held, the listening self-check.
 */
export function LeaderConversationView({ conversation, firstName, facets }: LeaderConversationProps) {
  const update = useUpdateConversation(conversation.id);
  const [status, setStatus] = usePassingStatus();
  const checkHeading = useRef<HTMLHeadingElement>(null);
  const [justHeld, setJustHeld] = useState(false);
  const facetTitle = (facetId: string) => facets.find((facet) => facet.id === facetId)?.title ?? null;
  const held = conversation.status === "held";

  // Right after it is marked held, the self-check is offered: the keyboard lands on it.
  useEffect(() => {
    if (justHeld && held) {
      checkHeading.current?.scrollIntoView({ block: "start" });
      checkHeading.current?.focus({ preventScroll: true });
      setJustHeld(false);
    }
  }, [justHeld, held]);

  return (
    <>
      <p className="notice notice--plain">
        <span className="audience audience--shared">
          <span dir="auto">{firstName}</span> sees
        </span>{" "}
        the date, the agenda, the shared notes and the commitments.{" "}
        <span className="audience audience--private">Only you see</span> your private notes, the vulnerability
        loop and your listening self-check.
      </p>
      {conversation.status === "planned" ? (
        <div className="conversation-actions">
          <Button
            pending={update.isPending}
            pendingLabel="Saving…"
            onClick={() => update.mutate({ status: "held" }, { onSuccess: () => setJustHeld(true) })}
          >
            Mark as held
          </Button>
          <Button
            variant="quiet"
            disabled={update.isPending}
            onClick={() => update.mutate({ status: "cancelled" })}
          >
            Cancel the conversation
          </Button>
        </div>
      ) : null}
      <ErrorMessage>{update.isError ? errorMessage(update.error) : null}</ErrorMessage>
      {held ? (
        <section className="panel panel--offer" aria-labelledby="self-check-heading">
          <h2 id="self-check-heading">Listening self-check</h2>
          <ListeningCheckForm ref={checkHeading} conversation={conversation} />
        </section>
      ) : null}
      <Panel heading="Agenda">
        <AgendaChecklist conversation={conversation} firstName={firstName} facetTitle={facetTitle} />
      </Panel>
      <Panel heading="Notes">
        <NotesForm conversation={conversation} firstName={firstName} />
      </Panel>
      <Panel heading="What you learned">
        <p className="fine-print">
          What <span dir="auto">{firstName}</span> told you becomes your belief with the source “asked”, so
          the aspect counts as verified. Or ask them to write it down themselves: the request shows on their
          home.
        </p>
        <LearningPanel
          conversation={conversation}
          firstName={firstName}
          facets={facets}
          onStatus={setStatus}
        />
      </Panel>
      <Panel heading="Vulnerability loop">
        <LoopPanel conversation={conversation} firstName={firstName} />
      </Panel>
      <Panel heading="Commitments">
        <p className="fine-print">
          What either of you promised, with the day it is due. <span dir="auto">{firstName}</span> sees these
          too.
        </p>
        <CommitmentsSection viewer="leader" other={conversation.person} conversationId={conversation.id} />
      </Panel>
      <p>
        <Link to={`/people/${conversation.person.id}`}>
          Back to <span dir="auto">{conversation.person.name}</span>'s page
        </Link>
      </p>
      <div className="toast-region">
        <StatusMessage>{status}</StatusMessage>
      </div>
    </>
  );
}
