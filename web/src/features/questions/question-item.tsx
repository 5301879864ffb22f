import { useEffect, useRef, useState } from "react";
import { Button } from "../../components/button";
import { Confirm } from "../../components/confirm";
import { LintFindings } from "./lint-feedback";
import { QuestionEditor } from "./question-editor";
import { QuestionTags } from "./question-tags";
import type { QuestionDraft, QuestionItem } from "./questions.api";

export type ItemAction = "edit" | "up" | "down" | "retire" | "delete";

interface QuestionItemViewProps {
  item: QuestionItem;
  canMoveUp: boolean;
  canMoveDown: boolean;
  editing: boolean;
  busy: boolean;
  onEdit: () => void;
  onSave: (draft: QuestionDraft) => Promise<unknown>;
  onCancelEdit: () => void;
  onMove: (direction: "up" | "down") => void;
  onToggleRetired: () => void;
  onDelete: () => void;
}

/** One question of a list: its text, tags and findings, and what can be done with it. */
export function QuestionItemView(props: QuestionItemViewProps) {
  const { item, editing, busy } = props;
  const number = item.position + 1;
  const [confirming, setConfirming] = useState(false);
  const rootRef = useRef<HTMLLIElement>(null);

  // Keyboard users land in the field they asked to edit, and on the question they asked to delete.
  useEffect(() => {
    if (editing) rootRef.current?.querySelector("textarea")?.focus();
  }, [editing]);

  // The visible word starts the accessible name, which adds which question (WCAG 2.5.3, label in name).
  const named = (action: string) => `${action} question ${number}`;

  return (
    <li
      ref={rootRef}
      className={item.retired ? "question question--retired" : "question"}
      data-item-id={item.id}
      data-number={number}
    >
      <div className="question__body">
        {editing ? (
          <QuestionEditor
            label={`Edit question ${number}`}
            initial={{ text: item.text, facet: item.facet, topic: item.topic, depth: item.depth }}
            submitLabel="Save changes"
            pendingLabel="Saving…"
            onSave={props.onSave}
            onCancel={props.onCancelEdit}
          />
        ) : (
          <>
            <p className="question__text" dir="auto">
              {item.text}
            </p>
            <QuestionTags question={item} retired={item.retired} />
            <LintFindings findings={item.lint.findings} />
          </>
        )}
        {confirming ? (
          <Confirm
            confirmLabel={`Delete question ${number}`}
            pendingLabel="Deleting…"
            pending={busy}
            onConfirm={props.onDelete}
            onKeep={() => setConfirming(false)}
          >
            Delete question {number} for good? Retiring it instead keeps it on record, out of suggestions.
          </Confirm>
        ) : null}
        {editing || confirming ? null : (
          <div className="question__actions">
            <Button variant="secondary" data-action="edit" aria-label={named("Edit")} onClick={props.onEdit}>
              Edit
            </Button>
            <Button
              variant="secondary"
              data-action="up"
              aria-label={named("Move up")}
              disabled={!props.canMoveUp}
              onClick={() => props.onMove("up")}
            >
              Move up
            </Button>
            <Button
              variant="secondary"
              data-action="down"
              aria-label={named("Move down")}
              disabled={!props.canMoveDown}
              onClick={() => props.onMove("down")}
            >
              Move down
            </Button>
            <Button
              variant="secondary"
              data-action="retire"
              aria-label={named(item.retired ? "Restore" : "Retire")}
              onClick={props.onToggleRetired}
            >
              {item.retired ? "Restore" : "Retire"}
            </Button>
            <Button
              variant="danger"
              data-action="delete"
              aria-label={named("Delete")}
              onClick={() => setConfirming(true)}
            >
              Delete
            </Button>
          </div>
        )}
      </div>
    </li>
  );
}
