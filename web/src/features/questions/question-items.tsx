import { useRef, useState } from "react";
import { Button } from "../../components/button";
import { ErrorMessage, StatusMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { plural } from "../../lib/format";
import { isFiltered, matchesFilter, movedOrder, NO_FILTER, type QuestionFilter } from "./question-filter";
import { QuestionFilters } from "./question-filters";
import { type ItemAction, QuestionItemView } from "./question-item";
import type { QuestionDraft, QuestionItem, QuestionList } from "./questions.api";
import { useRemoveItem, useReorderItems, useUpdateItem } from "./questions.hooks";

/** Questions drawn at first, and added by "Show more": a copied bank holds well over a hundred. */
export const QUESTIONS_PER_PAGE = 50;

/** Focus a control of a question once React has drawn the change; fall back to the section heading. */
function focusAfterRender(itemId: string | null, actions: ItemAction[], fallback: HTMLElement | null) {
  window.requestAnimationFrame(() => {
    for (const action of actions) {
      const control = document.querySelector<HTMLButtonElement>(
        `[data-item-id="${itemId ?? ""}"] [data-action="${action}"]:not(:disabled)`,
      );
      if (control) return control.focus();
    }
    fallback?.focus();
  });
}

/**
 * The questions of a list, in order: search and filter them, edit inline, move up and down (keyboard
 * friendly, relative to the questions shown), retire, restore and delete. Outcomes are announced.
 */
export function QuestionItems({ list }: { list: QuestionList }) {
  const [filter, setFilter] = useState<QuestionFilter>(NO_FILTER);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [limit, setLimit] = useState(QUESTIONS_PER_PAGE);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const update = useUpdateItem(list.id);
  const remove = useRemoveItem(list.id);
  const reorder = useReorderItems(list.id);

  const items = [...list.items].sort((a, b) => a.position - b.position);
  const visible = items.filter((item) => matchesFilter(item, filter));
  const drawn = visible.slice(0, limit);
  const busy = update.isPending || remove.isPending || reorder.isPending;

  const report = (message: string) => {
    setError(null);
    setStatus(message);
  };
  const fail = (failure: unknown) => {
    setStatus(null);
    setError(errorMessage(failure));
  };

  const move = (item: QuestionItem, direction: "up" | "down") => {
    if (busy) return;
    const at = visible.findIndex((other) => other.id === item.id);
    const neighbour = visible[direction === "up" ? at - 1 : at + 1];
    if (!neighbour) return;
    const order = movedOrder(
      items.map((other) => other.id),
      item.id,
      neighbour.id,
      direction,
    );
    if (direction === "down" && at + 1 >= limit - 1) setLimit(at + 2);
    reorder.mutate(order, {
      onSuccess: () => {
        report(`Moved question to position ${order.indexOf(item.id) + 1} of ${order.length}.`);
        focusAfterRender(item.id, [direction, direction === "up" ? "down" : "up"], headingRef.current);
      },
      onError: fail,
    });
  };

  const save = (item: QuestionItem, draft: QuestionDraft) =>
    update.mutateAsync({ itemId: item.id, changes: draft }).then(() => {
      setEditingId(null);
      report(`Saved question ${item.position + 1}.`);
      focusAfterRender(item.id, ["edit"], headingRef.current);
    });

  const toggleRetired = (item: QuestionItem) => {
    if (busy) return;
    update.mutate(
      { itemId: item.id, changes: { retired: !item.retired } },
      {
        onSuccess: () => {
          report(
            item.retired
              ? `Restored question ${item.position + 1}.`
              : `Retired question ${item.position + 1}: it stays on record but out of suggestions.`,
          );
          focusAfterRender(item.id, ["retire"], headingRef.current);
        },
        onError: fail,
      },
    );
  };

  const destroy = (item: QuestionItem) => {
    remove.mutate(item.id, {
      onSuccess: () => {
        report(`Deleted question ${item.position + 1}.`);
        headingRef.current?.focus();
      },
      onError: fail,
    });
  };

  const shown = isFiltered(filter) || filter.showRetired;
  return (
    <section aria-labelledby="questions-heading" className="question-items">
      <h2 id="questions-heading" ref={headingRef} tabIndex={-1}>
        Questions <span className="count">({list.itemCount})</span>
      </h2>
      <QuestionFilters filter={filter} onChange={setFilter} withRetired label="Search and filter questions" />
      <p className="fine-print" role="status">
        {shown
          ? `${plural(visible.length, "question matches", "questions match")}${filter.showRetired ? ", retired ones included" : ""}.`
          : ""}
      </p>
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>
      {visible.length === 0 ? (
        <p className="empty">
          {items.length === 0 ? "No questions yet. Add one above." : "No question matches these filters."}
        </p>
      ) : (
        <ol className="questions" aria-labelledby="questions-heading">
          {drawn.map((item, index) => (
            <QuestionItemView
              key={item.id}
              item={item}
              canMoveUp={index > 0}
              canMoveDown={index < visible.length - 1}
              editing={editingId === item.id}
              busy={remove.isPending && remove.variables === item.id}
              onEdit={() => setEditingId(item.id)}
              onSave={(draft) => save(item, draft)}
              onCancelEdit={() => {
                setEditingId(null);
                focusAfterRender(item.id, ["edit"], headingRef.current);
              }}
              onMove={(direction) => move(item, direction)}
              onToggleRetired={() => toggleRetired(item)}
              onDelete={() => destroy(item)}
            />
          ))}
        </ol>
      )}
      {drawn.length < visible.length ? (
        <div className="show-more">
          <p className="fine-print">
            Showing {drawn.length} of {visible.length} questions.
          </p>
          <Button
            variant="secondary"
            onClick={() => {
              const next = visible[drawn.length];
              setLimit(drawn.length + QUESTIONS_PER_PAGE);
              if (drawn.length + QUESTIONS_PER_PAGE >= visible.length && next) {
                focusAfterRender(next.id, ["edit"], headingRef.current);
              }
            }}
          >
            Show {Math.min(QUESTIONS_PER_PAGE, visible.length - drawn.length)} more
          </Button>
          <Button
            variant="quiet"
            onClick={() => {
              const next = visible[drawn.length];
              setLimit(visible.length);
              if (next) focusAfterRender(next.id, ["edit"], headingRef.current);
            }}
          >
            Show all {visible.length}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
