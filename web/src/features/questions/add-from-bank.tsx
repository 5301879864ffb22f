import { useState } from "react";
import { Button } from "../../components/button";
import { ErrorMessage, StatusMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { plural } from "../../lib/format";
import { useDebouncedValue } from "../../lib/use-debounced-value";
import { bankQuery, NO_FILTER, type QuestionFilter } from "./question-filter";
import { QuestionFilters } from "./question-filters";
import { QuestionTags } from "./question-tags";
import type { QuestionList } from "./questions.api";
import { useAddFromBank, useBank } from "./questions.hooks";

/** Bank questions offered at a time; "Show more" adds as many again. */
const OFFERED = 10;

/**
 * Adds one bank question, or several selected, at the end of the list. Questions the list already
 * holds (copied before, retired or not) say so instead of offering to be added again.
 */
export function AddFromBank({ list }: { list: QuestionList }) {
  const [filter, setFilter] = useState<QuestionFilter>(NO_FILTER);
  const [limit, setLimit] = useState(OFFERED);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const q = useDebouncedValue(filter.q, 300);
  const bank = useBank(bankQuery(filter, q));
  const add = useAddFromBank(list.id);
  const held = new Set(list.items.flatMap((item) => (item.bankQuestionId ? [item.bankQuestionId] : [])));
  const questions = bank.data?.questions ?? [];
  const offered = questions.slice(0, limit);
  const picked = questions.filter((question) => chosen.has(question.id) && !held.has(question.id));

  const addThese = (questionIds: string[]) => {
    setError(null);
    add.mutate(questionIds, {
      onSuccess: ({ added }) => {
        setChosen(new Set());
        const first = added[0];
        setStatus(
          added.length === 1 && first
            ? `Added “${first.text}” as question ${first.position + 1}.`
            : `Added ${plural(added.length, "question", "questions")} at the end of the list.`,
        );
      },
      onError: (failure) => {
        setStatus(null);
        setError(errorMessage(failure));
      },
    });
  };

  return (
    <section className="panel" aria-labelledby="add-from-bank-heading">
      <h2 id="add-from-bank-heading">Add from the bank</h2>
      <p className="lede">Pick one question, or select several, to add at the end of this list.</p>
      <QuestionFilters
        filter={filter}
        onChange={(next) => {
          setFilter(next);
          setLimit(OFFERED);
        }}
        label="Search the bank"
      />
      <p className="fine-print" role="status">
        {bank.isPlaceholderData
          ? "Searching…"
          : bank.data
            ? `${plural(questions.length, "bank question matches", "bank questions match")}.`
            : ""}
      </p>
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>
      {bank.isError ? <ErrorMessage>{errorMessage(bank.error)}</ErrorMessage> : null}
      {offered.length > 0 ? (
        <ul className="questions questions--compact" aria-label="Bank questions to add">
          {offered.map((question) => {
            const inList = held.has(question.id);
            return (
              <li key={question.id} className="question" data-bank-id={question.id}>
                {inList ? null : (
                  <input
                    type="checkbox"
                    className="question__select"
                    aria-label={`Select “${question.text}”`}
                    checked={chosen.has(question.id)}
                    onChange={(event) =>
                      setChosen((was) => {
                        const next = new Set(was);
                        if (event.target.checked) next.add(question.id);
                        else next.delete(question.id);
                        return next;
                      })
                    }
                  />
                )}
                <div className="question__body">
                  <p className="question__text">{question.text}</p>
                  <QuestionTags question={question} />
                </div>
                {inList ? (
                  <span className="tag tag--held">In this list</span>
                ) : (
                  <Button
                    variant="secondary"
                    className="question__add"
                    aria-label={`Add “${question.text}”`}
                    disabled={add.isPending}
                    onClick={() => addThese([question.id])}
                  >
                    Add
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="show-more">
        {offered.length < questions.length ? (
          <Button variant="quiet" onClick={() => setLimit(limit + OFFERED)}>
            Show {Math.min(OFFERED, questions.length - offered.length)} more
          </Button>
        ) : null}
        <Button
          disabled={picked.length === 0}
          pending={add.isPending && picked.length > 0}
          pendingLabel="Adding…"
          onClick={() => addThese(picked.map((question) => question.id))}
        >
          Add{" "}
          {picked.length === 0
            ? "selected"
            : plural(picked.length, "selected question", "selected questions")}
        </Button>
      </div>
    </section>
  );
}
