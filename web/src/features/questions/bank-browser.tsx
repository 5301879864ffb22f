import { useState } from "react";
import { useNavigate } from "react-router";
import { newListBody } from "#contracts/questions";
import { Button } from "../../components/button";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { Panel } from "../../components/panel";
import { errorMessage } from "../../lib/api";
import { plural } from "../../lib/format";
import { useSchemaForm } from "../../lib/forms";
import { useDebouncedValue } from "../../lib/use-debounced-value";
import { bankCopyFilter, bankQuery, isFiltered, NO_FILTER, type QuestionFilter } from "./question-filter";
import { QuestionFilters } from "./question-filters";
import { QuestionTags } from "./question-tags";
import { useBank, useCreateList } from "./questions.hooks";

const copyForm = newListBody.pick({ name: true });

/** Copies the questions matching the filter and search into a new list. */
function CopyToList({ filter, count }: { filter: QuestionFilter; count: number | null }) {
  const create = useCreateList();
  const navigate = useNavigate();
  const form = useSchemaForm({
    schema: copyForm,
    labels: { name: "Name of the new list" },
    whenEmpty: { name: "Name the new list." },
  });
  const copyFilter = bankCopyFilter(filter);
  const whole = Object.keys(copyFilter).length === 0;

  const what = count === null ? "these questions" : plural(count, "question", "questions");
  return (
    <Panel heading="Copy into a list of your own">
      <p>
        {whole
          ? "Copy the whole bank into a list of your own, to edit, reorder and retire."
          : "Copy the questions that match your search and filters."}
      </p>
      <Form
        form={form}
        className="form form--inline"
        aria-label="Copy to a new list"
        onSubmit={async ({ name }) => {
          const list = await create.mutateAsync({ name, fromBank: whole ? true : copyFilter });
          void navigate(`/questions/${list.id}`, { state: { created: true } });
        }}
      >
        <TextField name="name" autoComplete="off" maxLength={100} />
        <Submit pendingLabel="Copying…" disabled={count === 0}>
          Copy {what} into a new list
        </Submit>
      </Form>
    </Panel>
  );
}

/** The question bank, read-only: browse and filter it, then copy what fits into a list of one's own. */
export function BankBrowser() {
  const [filter, setFilter] = useState<QuestionFilter>(NO_FILTER);
  const q = useDebouncedValue(filter.q, 300);
  const bank = useBank(bankQuery(filter, q));
  const questions = bank.data?.questions ?? [];

  return (
    <>
      <QuestionFilters filter={filter} onChange={setFilter} label="Search and filter the bank" />
      <p className="fine-print" role="status">
        {bank.isPlaceholderData
          ? "Searching…"
          : bank.data
            ? isFiltered(filter)
              ? `${plural(questions.length, "question matches", "questions match")}.`
              : `${plural(questions.length, "question", "questions")}, all written to be open.`
            : ""}
      </p>
      <CopyToList
        filter={{ ...filter, q }}
        count={bank.data && !bank.isPlaceholderData ? questions.length : null}
      />
      <section aria-labelledby="bank-heading">
        <h2 id="bank-heading">Questions</h2>
        {bank.isPending ? <Loading label="Loading the bank…" /> : null}
        {bank.isError ? (
          <>
            <ErrorMessage>{errorMessage(bank.error)}</ErrorMessage>
            <Button variant="secondary" onClick={() => void bank.refetch()}>
              Try again
            </Button>
          </>
        ) : null}
        {bank.isSuccess && questions.length === 0 ? (
          <p className="empty">No question matches these filters.</p>
        ) : null}
        {questions.length > 0 ? (
          <ul className="questions" aria-labelledby="bank-heading" aria-busy={bank.isFetching || undefined}>
            {questions.map((question) => (
              <li key={question.id} className="question">
                <div className="question__body">
                  <p className="question__text">{question.text}</p>
                  <QuestionTags question={question} />
                </div>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
