import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useEffect, useRef, useState } from "react";
import { Button } from "../../components/button";
import { Confirm } from "../../components/confirm";
import { LintFindings } from "./lint-feedback";
import { QuestionEditor } from "./question-editor";
import { QuestionTags } from "./question-tags";
import type { QuestionDraft, QuestionItem } from "./questions.api";
import { RowMenu } from "./row-menu";

/** Where a question can be moved from its row's menu. */
export type MoveTo = "top" | "up" | "down" | "bottom";

interface QuestionItemViewProps {
  item: QuestionItem;
  canMoveUp: boolean;
  canMoveDown: boolean;
  editing: boolean;
  busy: boolean;
  selected: boolean;
  /** While a search or filter hides questions, dragging is off: the menu still moves among those shown. */
  sortable: boolean;
  onSelect: (selected: boolean) => void;
  onEdit: () => void;
  onSave: (draft: QuestionDraft) => Promise<unknown>;
  onCancelEdit: () => void;
  onMove: (to: MoveTo) => void;
  onToggleRetired: () => void;
  onDelete: () => void;
}

/**
 * One question of a list: a box to select it, a handle to drag it (or, with the keyboard, Space to
 * pick it up, the arrows to move it, Space to drop it), its text, tags and findings, Edit, and the
 * rarer actions behind one menu.
 */
export function QuestionItemView(props: QuestionItemViewProps) {
  const { item, editing, busy } = props;
  const number = item.position + 1;
  const [confirming, setConfirming] = useState(false);
  const rootRef = useRef<HTMLLIElement>(null);
  const sortable = useSortable({ id: item.id, disabled: !props.sortable || editing || confirming });

  // Keyboard users land in the field they asked to edit, and on the question they asked to delete.
  useEffect(() => {
    if (editing) rootRef.current?.querySelector("textarea")?.focus();
  }, [editing]);

  // The visible word starts the accessible name, which adds which question (WCAG 2.5.3, label in name).
  const named = (action: string) => `${action} question ${number}`;
  const classes = ["question", "question--sortable"];
  if (item.retired) classes.push("question--retired");
  if (sortable.isDragging) classes.push("question--dragging");
  if (props.selected) classes.push("question--selected");

  return (
    <li
      ref={(element) => {
        rootRef.current = element;
        sortable.setNodeRef(element);
      }}
      style={{ transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition }}
      className={classes.join(" ")}
      data-item-id={item.id}
      data-number={number}
    >
      <div className="question__grip">
        <input
          type="checkbox"
          className="question__select"
          aria-label={`Select question ${number}`}
          checked={props.selected}
          onChange={(event) => props.onSelect(event.target.checked)}
        />
        {props.sortable ? (
          <button
            type="button"
            className="question__handle"
            ref={sortable.setActivatorNodeRef}
            data-action="drag"
            {...sortable.attributes}
            {...sortable.listeners}
            aria-label={`Drag question ${number}`}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        ) : null}
      </div>
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
            onKeep={() => {
              setConfirming(false);
              window.requestAnimationFrame(() =>
                rootRef.current?.querySelector<HTMLButtonElement>('[data-action="menu"]')?.focus(),
              );
            }}
          >
            Delete question {number} for good? Retiring it instead keeps it on record, out of suggestions.
          </Confirm>
        ) : null}
        {editing || confirming ? null : (
          <div className="question__actions">
            <Button variant="secondary" data-action="edit" aria-label={named("Edit")} onClick={props.onEdit}>
              Edit
            </Button>
            <RowMenu
              label="More"
              name={`More actions for question ${number}`}
              actions={[
                {
                  key: "top",
                  label: "Move to top",
                  disabled: !props.canMoveUp,
                  onSelect: () => props.onMove("top"),
                },
                {
                  key: "up",
                  label: "Move up",
                  disabled: !props.canMoveUp,
                  onSelect: () => props.onMove("up"),
                },
                {
                  key: "down",
                  label: "Move down",
                  disabled: !props.canMoveDown,
                  onSelect: () => props.onMove("down"),
                },
                {
                  key: "bottom",
                  label: "Move to bottom",
                  disabled: !props.canMoveDown,
                  onSelect: () => props.onMove("bottom"),
                },
                {
                  key: "retire",
                  label: item.retired ? "Restore" : "Retire",
                  onSelect: props.onToggleRetired,
                },
                { key: "delete", label: "Delete…", danger: true, onSelect: () => setConfirming(true) },
              ]}
            />
          </div>
        )}
      </div>
    </li>
  );
}
