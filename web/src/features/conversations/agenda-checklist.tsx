import { useState } from "react";
import { ErrorMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import type { AgendaItem, Conversation } from "./conversations.api";
import { useUpdateConversation } from "./conversations.hooks";

const coveredWord = (item: AgendaItem) => (item.kind === "question" ? "Asked" : "Talked through");

/** Who put an item on the agenda, and whether it came over from the last conversation. */
export function ItemTags({ item, firstName }: { item: AgendaItem; firstName: string }) {
  return (
    <span className="agenda__tags">
      {item.author === "member" ? (
        <span className="badge">
          <span dir="auto">{firstName}</span>'s talking point
        </span>
      ) : null}
      {item.carriedFrom ? <span className="badge badge--quiet">From last time</span> : null}
    </span>
  );
}

/**
 * The agenda during or after the conversation: a box per item to mark a question asked or a topic
 * talked through, saved at once.
 */
export function AgendaChecklist({
  conversation,
  firstName,
  facetTitle,
}: {
  conversation: Conversation;
  firstName: string;
  facetTitle: (facetId: string) => string | null;
}) {
  const update = useUpdateConversation(conversation.id);
  // A box shows its new state at once; the server's answer replaces it once the last change is saved.
  const [marked, setMarked] = useState<Set<string> | null>(null);
  const saved = new Set(conversation.agenda.filter((item) => item.covered).map((item) => item.id));
  const covered = marked ?? saved;
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(covered);
    if (checked) next.add(id);
    else next.delete(id);
    setMarked(next);
    update.mutate(
      { covered: [...next] },
      {
        onSettled: (_data, _error, sent) => {
          setMarked((now) => (now !== null && sameSet(now, new Set(sent.covered)) ? null : now));
        },
      },
    );
  };
  if (conversation.agenda.length === 0) return <p className="empty">Nothing is on the agenda.</p>;
  return (
    <>
      <ErrorMessage>{update.isError ? errorMessage(update.error) : null}</ErrorMessage>
      <ol className="agenda">
        {conversation.agenda.map((item) => {
          const about = item.facetId ? facetTitle(item.facetId) : null;
          return (
            <li
              key={item.id}
              className={covered.has(item.id) ? "agenda__item agenda__item--covered" : "agenda__item"}
            >
              <label className="agenda__check">
                <input
                  type="checkbox"
                  checked={covered.has(item.id)}
                  onChange={(event) => toggle(item.id, event.target.checked)}
                />
                <span className="agenda__check-word">{coveredWord(item)}</span>
                <span className="visually-hidden">: </span>
                <span className="agenda__text" dir="auto">
                  {item.text}
                </span>
              </label>
              <span className="agenda__meta">
                {about ? <span className="agenda__about">About: {about}</span> : null}
                <ItemTags item={item} firstName={firstName} />
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}

const sameSet = (one: ReadonlySet<string>, other: ReadonlySet<string>) =>
  one.size === other.size && [...one].every((item) => other.has(item));
