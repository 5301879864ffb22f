import { forwardRef, useId, useState } from "react";
import { Link } from "react-router";
import {
  LISTENING_CHECK_ITEMS,
  type ListeningCheckKey,
  TALK_SHARE_AMBER_ABOVE,
  TALK_SHARE_RED_ABOVE,
  talkShareLevel,
} from "#core/conversations/listening";
import { Button } from "../../components/button";
import { ErrorMessage, StatusMessage } from "../../components/messages";
import { errorMessage, isApiError } from "../../lib/api";
import type { LeaderConversation } from "./conversations.api";
import { useUpdateConversation } from "./conversations.hooks";

type Answers = Record<ListeningCheckKey, boolean | null>;

/** How a talk share reads, in words: the colour only repeats them. */
export function talkShareText(share: number): string {
  switch (talkShareLevel(share)) {
    case "red":
      return `Above ${TALK_SHARE_RED_ABOVE}%: the conversation became yours rather than theirs.`;
    case "amber":
      return `Above ${TALK_SHARE_AMBER_ABOVE}%: you talked more than they did.`;
    case "fine":
      return `Up to ${TALK_SHARE_AMBER_ABOVE}%: they had at least half of the time.`;
  }
}

/** A talk share with its level in words and colour: "70% · Above 65%: …". */
export function TalkShareLevel({ share, id }: { share: number; id?: string }) {
  const level = talkShareLevel(share);
  return (
    <p id={id} className={`talk-share talk-share--${level}`} data-level={level}>
      <span className="talk-share__sign" aria-hidden="true">
        {level === "fine" ? "✓" : level === "amber" ? "▲" : "■"}
      </span>{" "}
      <strong>{share}%</strong> {talkShareText(share)}
    </p>
  );
}

const parseShare = (text: string): number | null => (/^\d{1,3}$/.test(text.trim()) ? Number(text) : null);

/**
 * The listening self-check, offered once the conversation is held: yes or no per item of the
 * checklist, each with a line on why it matters, and the leader's estimate of their share of the talk.
 */
export const ListeningCheckForm = forwardRef<HTMLHeadingElement, { conversation: LeaderConversation }>(
  function ListeningCheckForm({ conversation }, headingRef) {
    const update = useUpdateConversation(conversation.id);
    const check = conversation.listeningCheck;
    const [answers, setAnswers] = useState<Answers>(() => ({ ...check.items }));
    const [share, setShare] = useState(check.talkShare === null ? "" : String(check.talkShare));
    const [problem, setProblem] = useState<string | null>(null);
    const [status, setStatus] = useState<string | null>(null);
    const ids = useId();
    const value = parseShare(share);
    const shareError = problem ? `${ids}-share-error` : undefined;

    const save = () => {
      setStatus(null);
      if (share.trim() !== "" && (value === null || value > 100)) {
        setProblem("Talk share must be a whole number from 0 to 100.");
        document.getElementById(`${ids}-share`)?.focus();
        return;
      }
      setProblem(null);
      update.mutate(
        { listeningCheck: { items: answers, talkShare: value } },
        {
          onSuccess: () => setStatus("Your self-check is saved."),
          onError: (error) => {
            const field = isApiError(error)
              ? error.fields.find((item) => item.path.endsWith("talkShare"))
              : null;
            if (field) setProblem(`Talk share ${field.message}.`);
          },
        },
      );
    };

    return (
      <div className="listening-check">
        <h3 ref={headingRef} tabIndex={-1}>
          How did you listen?
        </h3>
        <p className="fine-print">
          A minute of honest answers, for you alone.{" "}
          <Link to="/learn/active-listening">Why these questions</Link>
        </p>
        <ol className="listening-check__items">
          {LISTENING_CHECK_ITEMS.map((item) => (
            <li key={item.key}>
              <fieldset className="listening-check__item" aria-describedby={`${ids}-${item.key}-why`}>
                <legend>{item.question}</legend>
                <p id={`${ids}-${item.key}-why`} className="fine-print">
                  {item.why}
                </p>
                <div className="listening-check__answers">
                  {([true, false] as const).map((answer) => (
                    <label key={String(answer)} className="choice">
                      <input
                        type="radio"
                        name={`${ids}-${item.key}`}
                        checked={answers[item.key] === answer}
                        onChange={() => setAnswers((was) => ({ ...was, [item.key]: answer }))}
                      />
                      <span>{answer ? "Yes" : "No"}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <div className={problem ? "field field--invalid talk-share-field" : "field talk-share-field"}>
          <label htmlFor={`${ids}-share`}>Your share of the talk time, in percent</label>
          <p id={`${ids}-share-hint`} className="field__hint">
            Your estimate. Above {TALK_SHARE_AMBER_ABOVE}% is amber, above {TALK_SHARE_RED_ABOVE}% red.
          </p>
          <div className="talk-share-field__controls">
            <input
              type="range"
              min={0}
              max={100}
              step={5}
              value={value ?? 0}
              aria-label="Talk share slider"
              aria-valuetext={value === null ? "not set" : `${value}%`}
              onChange={(event) => setShare(event.target.value)}
            />
            <input
              id={`${ids}-share`}
              className="talk-share-field__number"
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              value={share}
              aria-invalid={problem ? true : undefined}
              aria-describedby={[`${ids}-share-hint`, value !== null ? `${ids}-level` : null, shareError]
                .filter(Boolean)
                .join(" ")}
              onChange={(event) => setShare(event.target.value)}
            />
          </div>
          {value !== null && value <= 100 ? <TalkShareLevel share={value} id={`${ids}-level`} /> : null}
          {problem ? (
            <p id={shareError} className="field__error">
              {problem}
            </p>
          ) : null}
        </div>
        <ErrorMessage>{update.isError && !problem ? errorMessage(update.error) : null}</ErrorMessage>
        <Button pending={update.isPending} pendingLabel="Saving…" onClick={save}>
          Save self-check
        </Button>
        <StatusMessage>{status}</StatusMessage>
      </div>
    );
  },
);
