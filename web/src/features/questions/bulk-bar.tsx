import { useId, useState } from "react";
import { Button } from "../../components/button";
import { plural } from "../../lib/format";
import type { BulkAction, QuestionItem, QuestionList } from "./questions.api";
import { useBulkItems, useQuestionLists } from "./questions.hooks";

interface BulkBarProps {
  list: QuestionList;
  /** The questions drawn now, which "Select all shown" selects. */
  shown: QuestionItem[];
  selected: QuestionItem[];
  onSelectShown: (on: boolean) => void;
  onClear: () => void;
  onDone: (message: string) => void;
  onFail: (failure: unknown) => void;
}

/** Several questions at once: select those shown, then retire, restore or move them to another list. */
export function BulkBar({ list, shown, selected, onSelectShown, onClear, onDone, onFail }: BulkBarProps) {
  const id = useId();
  const bulk = useBulkItems(list.id);
  const lists = useQuestionLists();
  const others = (lists.data?.lists ?? []).filter((other) => other.id !== list.id);
  const [target, setTarget] = useState("");
  const toListId = others.some((other) => other.id === target) ? target : (others[0]?.id ?? "");
  const allShown = shown.length > 0 && shown.every((item) => selected.some((s) => s.id === item.id));
  const active = selected.filter((item) => !item.retired);
  const retired = selected.filter((item) => item.retired);

  const run = (action: BulkAction, itemIds: string[], done: (changed: number) => string) =>
    bulk.mutate(action === "move" ? { action, itemIds, toListId } : { action, itemIds }, {
      onSuccess: ({ changed }) => onDone(done(changed)),
      onError: onFail,
    });

  return (
    <fieldset className="bulk-bar">
      <legend className="visually-hidden">Selected questions</legend>
      <label className="q-option">
        <input type="checkbox" checked={allShown} onChange={(event) => onSelectShown(event.target.checked)} />
        Select all {shown.length} shown
      </label>
      {selected.length > 0 ? (
        <>
          <span className="bulk-bar__count">{selected.length} selected</span>
          {active.length > 0 ? (
            <Button
              variant="secondary"
              pending={bulk.isPending && bulk.variables?.action === "retire"}
              pendingLabel="Retiring…"
              onClick={() =>
                run(
                  "retire",
                  active.map((item) => item.id),
                  (n) =>
                    `Retired ${plural(n, "question", "questions")}: they stay on record but out of suggestions.`,
                )
              }
            >
              Retire {active.length} selected
            </Button>
          ) : null}
          {retired.length > 0 ? (
            <Button
              variant="secondary"
              pending={bulk.isPending && bulk.variables?.action === "restore"}
              pendingLabel="Restoring…"
              onClick={() =>
                run(
                  "restore",
                  retired.map((item) => item.id),
                  (n) => `Restored ${plural(n, "question", "questions")}.`,
                )
              }
            >
              Restore {retired.length} selected
            </Button>
          ) : null}
          {others.length > 0 ? (
            <span className="bulk-bar__move">
              <label htmlFor={`${id}-to`}>Move to</label>
              <select
                id={`${id}-to`}
                dir="auto"
                value={toListId}
                onChange={(event) => setTarget(event.target.value)}
              >
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.name}
                  </option>
                ))}
              </select>
              <Button
                variant="secondary"
                pending={bulk.isPending && bulk.variables?.action === "move"}
                pendingLabel="Moving…"
                onClick={() => {
                  const name = others.find((other) => other.id === toListId)?.name ?? "the other list";
                  run(
                    "move",
                    selected.map((item) => item.id),
                    (n) => `Moved ${plural(n, "question", "questions")} to the end of “${name}”.`,
                  );
                }}
              >
                Move {selected.length} selected
              </Button>
            </span>
          ) : null}
          <Button variant="quiet" onClick={onClear}>
            Clear selection
          </Button>
        </>
      ) : null}
    </fieldset>
  );
}
