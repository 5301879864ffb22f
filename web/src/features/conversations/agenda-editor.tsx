import { useId, useState } from "react";
import { AGENDA_MAX_ITEMS, AGENDA_TEXT_MAX } from "#contracts/conversations";
import { Button } from "../../components/button";
import { LintFeedback } from "../questions/lint-feedback";
import { type DraftItem, newKey } from "./agenda-draft";

interface AgendaEditorProps {
  items: DraftItem[];
  onChange: (items: DraftItem[]) => void;
  /** Per item key, what is wrong with it (an empty question), shown under it. */
  problems?: ReadonlyMap<string, string>;
}

const kindWord = (item: DraftItem) => (item.kind === "question" ? "Question" : "Topic");

/**
 * The leader's agenda as a list they edit freely: change any item's words, move it, remove it,
 * add a question or a topic. A question typed or changed here is checked by the linter as it is typed.
 */
export function AgendaEditor({ items, onChange, problems }: AgendaEditorProps) {
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const full = items.length >= AGENDA_MAX_ITEMS;

  const update = (key: string, text: string) =>
    onChange(items.map((item) => (item.key === key ? { ...item, text, typed: true } : item)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(index + by, 0, moved);
    onChange(next);
    setFocusKey(moved.key);
  };
  const remove = (index: number) => {
    onChange(items.filter((_, at) => at !== index));
    // The keyboard lands on the item that took its place, or the one before, or the add buttons.
    const neighbour = items[index + 1] ?? items[index - 1];
    setFocusKey(neighbour?.key ?? null);
  };
  const add = (kind: DraftItem["kind"]) => {
    const item: DraftItem = {
      key: newKey(),
      kind,
      text: "",
      facetId: null,
      questionId: null,
      facetTitle: null,
      typed: true,
    };
    onChange([...items, item]);
    setFocusKey(item.key);
  };

  return (
    <div className="agenda-editor">
      {items.length === 0 ? <p className="empty">The agenda is empty. Add a question or a topic.</p> : null}
      <ol className="agenda-editor__list">
        {items.map((item, index) => (
          <EditableItem
            key={item.key}
            item={item}
            number={index + 1}
            focus={focusKey === item.key}
            onFocused={() => setFocusKey(null)}
            problem={problems?.get(item.key)}
            onText={(text) => update(item.key, text)}
            onUp={index > 0 ? () => move(index, -1) : undefined}
            onDown={index < items.length - 1 ? () => move(index, 1) : undefined}
            onRemove={() => remove(index)}
          />
        ))}
      </ol>
      <div className="agenda-editor__add">
        <Button variant="secondary" disabled={full} onClick={() => add("question")}>
          Add a question
        </Button>
        <Button variant="secondary" disabled={full} onClick={() => add("topic")}>
          Add a topic
        </Button>
        {full ? <p className="fine-print">An agenda holds at most {AGENDA_MAX_ITEMS} items.</p> : null}
      </div>
    </div>
  );
}

interface EditableItemProps {
  item: DraftItem;
  number: number;
  focus: boolean;
  onFocused: () => void;
  problem: string | undefined;
  onText: (text: string) => void;
  onUp: (() => void) | undefined;
  onDown: (() => void) | undefined;
  onRemove: () => void;
}

function EditableItem({
  item,
  number,
  focus,
  onFocused,
  problem,
  onText,
  onUp,
  onDown,
  onRemove,
}: EditableItemProps) {
  const id = useId();
  const name = `${kindWord(item)} ${number}`;
  const describedBy = [
    item.facetTitle ? `${id}-about` : null,
    item.typed && item.kind === "question" ? `${id}-lint` : null,
    problem ? `${id}-problem` : null,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <li className={problem ? "agenda-editor__item field--invalid" : "agenda-editor__item"}>
      <label htmlFor={id} className="agenda-editor__label">
        {name}
      </label>
      {item.facetTitle ? (
        <p id={`${id}-about`} className="agenda-editor__about">
          About: {item.facetTitle}
        </p>
      ) : null}
      <textarea
        id={id}
        ref={(element) => {
          if (focus && element) {
            element.focus();
            onFocused();
          }
        }}
        className="agenda-editor__text"
        dir="auto"
        rows={2}
        maxLength={AGENDA_TEXT_MAX}
        value={item.text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onText(event.target.value)}
      />
      {item.typed && item.kind === "question" ? <LintFeedback text={item.text} id={`${id}-lint`} /> : null}
      {problem ? (
        <p id={`${id}-problem`} className="field__error">
          {problem}
        </p>
      ) : null}
      <div className="agenda-editor__actions">
        {onUp ? (
          <Button variant="quiet" onClick={onUp}>
            Move up<span className="visually-hidden"> {name.toLowerCase()}</span>
          </Button>
        ) : null}
        {onDown ? (
          <Button variant="quiet" onClick={onDown}>
            Move down<span className="visually-hidden"> {name.toLowerCase()}</span>
          </Button>
        ) : null}
        <Button variant="quiet" onClick={onRemove}>
          Remove<span className="visually-hidden"> {name.toLowerCase()}</span>
        </Button>
      </div>
    </li>
  );
}
