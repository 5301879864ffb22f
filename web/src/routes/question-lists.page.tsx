import { Link } from "react-router";
import { Button } from "../components/button";
import { ErrorMessage, Loading, StatusMessage } from "../components/messages";
import { ImportListForm } from "../features/questions/import-list-form";
import { ListCards } from "../features/questions/list-cards";
import { NewListForm } from "../features/questions/new-list-form";
import { useQuestionLists } from "../features/questions/questions.hooks";
import { StarterSets } from "../features/questions/starter-sets";
import { errorMessage } from "../lib/api";
import { useArrivalState } from "../lib/use-arrival-state";
import { usePageTitle } from "../lib/use-page-title";

function deletedName(state: unknown): string | null {
  if (typeof state !== "object" || state === null || !("deleted" in state)) return null;
  return typeof state.deleted === "string" ? state.deleted : null;
}

/** A leader's own question lists: open one, start one from the bank, or import one. */
export function QuestionListsPage() {
  usePageTitle("Questions");
  const lists = useQuestionLists();
  const deleted = deletedName(useArrivalState());

  return (
    <div className="page">
      <h1>Questions</h1>
      <p className="lede">
        Your own lists of open questions for one-to-ones. Start from the{" "}
        <Link to="/questions/bank">question bank</Link>, then edit, reorder and retire until the questions
        sound like you. <Link to="/learn/open-questions">What makes a question open?</Link>
      </p>
      <StatusMessage>{deleted ? `Deleted “${deleted}”.` : null}</StatusMessage>
      <section aria-labelledby="my-lists-heading">
        <h2 id="my-lists-heading">Your lists</h2>
        {lists.isPending ? <Loading label="Loading your lists…" /> : null}
        {lists.isError ? (
          <>
            <ErrorMessage>{errorMessage(lists.error)}</ErrorMessage>
            <Button variant="secondary" onClick={() => void lists.refetch()}>
              Try again
            </Button>
          </>
        ) : null}
        {lists.isSuccess ? <ListCards lists={lists.data.lists} /> : null}
      </section>
      <StarterSets />
      <div className="grid">
        <section className="panel" aria-labelledby="new-list-heading">
          <h2 id="new-list-heading">New list</h2>
          <NewListForm />
        </section>
        <section className="panel" aria-labelledby="import-heading">
          <h2 id="import-heading">Import a list</h2>
          <p className="fine-print">
            A CSV or Markdown file, for example one exported from Rapport. Each row needs the question and its
            depth (light, medium or deep); facet, topic and retired are optional.
          </p>
          <ImportListForm />
        </section>
      </div>
    </div>
  );
}
