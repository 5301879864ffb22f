import { Link, useParams } from "react-router";
import { Button } from "../components/button";
import { ErrorMessage, Loading, StatusMessage } from "../components/messages";
import { AddFromBank } from "../features/questions/add-from-bank";
import { AddQuestion } from "../features/questions/add-question";
import { ExportLinks, ListSettings } from "../features/questions/list-settings";
import { QuestionItems } from "../features/questions/question-items";
import { useQuestionList } from "../features/questions/questions.hooks";
import { errorMessage } from "../lib/api";
import { plural } from "../lib/format";
import { hasFlag, useArrivalState } from "../lib/use-arrival-state";
import { usePageTitle } from "../lib/use-page-title";

/** One of my question lists: its questions in order, adding and editing with the linter, and the list itself. */
export function QuestionListPage() {
  const { listId = "" } = useParams();
  const list = useQuestionList(listId);
  const created = hasFlag(useArrivalState(), "created");
  usePageTitle(list.data?.name ?? "Question list");

  if (list.isPending) return <Loading label="Loading the list…" />;
  if (list.isError) {
    return (
      <div className="page page--narrow">
        <h1>List not available</h1>
        <ErrorMessage>{errorMessage(list.error)}</ErrorMessage>
        <p>
          <Link to="/questions">Back to your lists</Link>
        </p>
        <Button variant="secondary" onClick={() => void list.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  const { data } = list;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/questions">Questions</Link>
      </p>
      <h1 dir="auto">{data.name}</h1>
      <p className="lede" data-testid="list-counts">
        {plural(data.itemCount, "question", "questions")} in use
        {data.retiredCount > 0 ? ` · ${data.retiredCount} retired` : ""}
      </p>
      <ExportLinks list={data} />
      <StatusMessage>
        {created ? `“${data.name}” is ready. Make the questions your own.` : null}
      </StatusMessage>
      <AddQuestion listId={data.id} />
      <AddFromBank list={data} />
      <QuestionItems list={data} />
      <ListSettings list={data} />
    </div>
  );
}
