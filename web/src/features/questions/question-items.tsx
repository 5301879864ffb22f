import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useRef, useState } from "react";
import { Button } from "../../components/button";
import { ErrorMessage, StatusMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { plural } from "../../lib/format";
import { BulkBar } from "./bulk-bar";
import {
  droppedOrder,
  isFiltered,
  matchesFilter,
  movedOrder,
  NO_FILTER,
  type QuestionFilter,
} from "./question-filter";
import { QuestionFilters } from "./question-filters";
import { type MoveTo, QuestionItemView } from "./question-item";
import type { QuestionDraft, QuestionItem, QuestionList } from "./questions.api";
import { useRemoveItem, useReorderItems, useUpdateItem } from "./questions.hooks";

/** Questions drawn at first, and added by "Show more": a copied bank holds well over a hundred. */
export const QUESTIONS_PER_PAGE = 50;

/** Focus a control of a question once React has drawn the change; fall back to the section heading. */
function focusAfterRender(itemId: string | null, actions: string[], fallback: HTMLElement | null) {
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

/** What the keyboard drag says, in words: where the question would land, as a position in the whole list. */
const DRAG_INSTRUCTIONS =
  "To move this question, press Space to pick it up, the up and down arrows to move it, Space again to drop it, or Escape to put it back.";

/**
 * The questions of a list, in order: search and filter them, edit inline, drag to reorder (or with
 * the keyboard: Space, the arrows, Space), a menu per question for the rarer actions, and several
 * selected at once to retire, restore or move. Outcomes are announced.
 */
export function QuestionItems({ list }: { list: QuestionList }) {
  const [filter, setFilter] = useState<QuestionFilter>(NO_FILTER);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [limit, setLimit] = useState(QUESTIONS_PER_PAGE);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pickedUp = useRef<string | null>(null);
  const update = useUpdateItem(list.id);
  const remove = useRemoveItem(list.id);
  const reorder = useReorderItems(list.id);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const items = [...list.items].sort((a, b) => a.position - b.position);
  const ids = items.map((item) => item.id);
  const visible = items.filter((item) => matchesFilter(item, filter));
  const drawn = visible.slice(0, limit);
  const selected = items.filter((item) => chosen.has(item.id));
  const busy = update.isPending || remove.isPending || reorder.isPending;

  const report = (message: string) => {
    setError(null);
    setStatus(message);
  };
  const fail = (failure: unknown) => {
    setStatus(null);
    setError(errorMessage(failure));
  };
  const numberOf = (id: UniqueIdentifier) => ids.indexOf(String(id)) + 1;
  const landing = (id: UniqueIdentifier, over: UniqueIdentifier) =>
    droppedOrder(ids, String(id), String(over)).indexOf(String(id)) + 1;

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      pickedUp.current = String(active.id);
      return `Picked up question ${numberOf(active.id)}, at position ${numberOf(active.id)} of ${ids.length}.`;
    },
    onDragOver: ({ active, over }) => {
      // The first "over" is the question itself, at once: the pick-up is what should be heard.
      if (over?.id === active.id && pickedUp.current === active.id) {
        pickedUp.current = null;
        return undefined;
      }
      pickedUp.current = null;
      if (!over) return `Question ${numberOf(active.id)} is not over a place in the list.`;
      if (over.id === active.id)
        return `Question ${numberOf(active.id)} is back at position ${numberOf(active.id)} of ${ids.length}.`;
      return `Question ${numberOf(active.id)} would move to position ${landing(active.id, over.id)} of ${ids.length}.`;
    },
    onDragEnd: ({ active, over }) =>
      over
        ? `Question ${numberOf(active.id)} dropped at position ${landing(active.id, over.id)} of ${ids.length}.`
        : `Question ${numberOf(active.id)} put back at position ${numberOf(active.id)}.`,
    onDragCancel: ({ active }) => `Moving cancelled. Question ${numberOf(active.id)} stays where it was.`,
  };

  const saveOrder = (item: QuestionItem, order: string[], focus: string[]) => {
    reorder.mutate(order, {
      onSuccess: () => {
        report(`Moved question to position ${order.indexOf(item.id) + 1} of ${order.length}.`);
        if (focus.length > 0) focusAfterRender(item.id, focus, headingRef.current);
      },
      onError: fail,
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const item = items.find((other) => other.id === active.id);
    if (!item || !over || over.id === active.id || busy) return;
    const order = droppedOrder(ids, item.id, String(over.id));
    const at = order.indexOf(item.id);
    if (at >= limit) setLimit(at + 1);
    saveOrder(item, order, []);
  };

  /** Moves among the questions shown: to the top or bottom of them, or one step past a neighbour. */
  const move = (item: QuestionItem, to: MoveTo) => {
    if (busy) return;
    const at = visible.findIndex((other) => other.id === item.id);
    const neighbour = {
      top: visible[0],
      up: visible[at - 1],
      down: visible[at + 1],
      bottom: visible.at(-1),
    }[to];
    if (!neighbour || neighbour.id === item.id) return;
    const direction = to === "top" || to === "up" ? "up" : "down";
    const order = movedOrder(ids, item.id, neighbour.id, direction);
    const landed = visible.findIndex((other) => other.id === neighbour.id);
    if (direction === "down" && landed + 1 >= limit) setLimit(landed + 2);
    saveOrder(item, order, ["menu"]);
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
          focusAfterRender(item.id, ["menu"], headingRef.current);
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

  const choose = (item: QuestionItem, on: boolean) =>
    setChosen((was) => {
      const next = new Set(was);
      if (on) next.add(item.id);
      else next.delete(item.id);
      return next;
    });

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
        <>
          <p className="fine-print">
            Drag a question by its handle to reorder, or focus the handle and press Space, the arrows, then
            Space. The More menu moves, retires and deletes.
          </p>
          <BulkBar
            list={list}
            shown={drawn}
            selected={selected}
            onSelectShown={(on) =>
              setChosen(() => (on ? new Set([...chosen, ...drawn.map((item) => item.id)]) : new Set()))
            }
            onClear={() => setChosen(new Set())}
            onDone={(message) => {
              setChosen(new Set());
              report(message);
              headingRef.current?.focus();
            }}
            onFail={fail}
          />
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            onDragEnd={onDragEnd}
            accessibility={{ announcements, screenReaderInstructions: { draggable: DRAG_INSTRUCTIONS } }}
          >
            <SortableContext items={drawn.map((item) => item.id)} strategy={verticalListSortingStrategy}>
              <ol className="questions" aria-labelledby="questions-heading">
                {drawn.map((item, index) => (
                  <QuestionItemView
                    key={item.id}
                    item={item}
                    canMoveUp={index > 0}
                    canMoveDown={index < visible.length - 1}
                    editing={editingId === item.id}
                    busy={remove.isPending && remove.variables === item.id}
                    selected={chosen.has(item.id)}
                    sortable={editingId === null}
                    onSelect={(on) => choose(item, on)}
                    onEdit={() => setEditingId(item.id)}
                    onSave={(draft) => save(item, draft)}
                    onCancelEdit={() => {
                      setEditingId(null);
                      focusAfterRender(item.id, ["edit"], headingRef.current);
                    }}
                    onMove={(to) => move(item, to)}
                    onToggleRetired={() => toggleRetired(item)}
                    onDelete={() => destroy(item)}
                  />
                ))}
              </ol>
            </SortableContext>
          </DndContext>
        </>
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
