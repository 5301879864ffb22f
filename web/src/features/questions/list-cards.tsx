import { Link } from "react-router";
import { formatDate, plural } from "../../lib/format";
import type { QuestionListSummary } from "./questions.api";

/** My question lists as cards: name, questions in use, retired ones, last change. */
export function ListCards({ lists }: { lists: QuestionListSummary[] }) {
  if (lists.length === 0) {
    return (
      <p className="empty">
        No lists yet. Start one below: copy the bank, or part of it, and make the questions your own.
      </p>
    );
  }
  return (
    <ul className="card-list" aria-label="Question lists">
      {lists.map((list) => (
        <li key={list.id} className="card card--link">
          <h3 className="card__title">
            <Link to={`/questions/${list.id}`} dir="auto">
              {list.name}
            </Link>
          </h3>
          <p className="card__meta">
            <span className="badge">{plural(list.itemCount, "question", "questions")}</span>
            {list.retiredCount > 0 ? <span>{list.retiredCount} retired</span> : null}
          </p>
          <p className="card__meta fine-print">Changed {formatDate(list.updatedAt)}</p>
        </li>
      ))}
    </ul>
  );
}
