import { Link } from "react-router";
import { BankBrowser } from "../features/questions/bank-browser";
import { usePageTitle } from "../lib/use-page-title";

/** The question bank: Rapport's own open questions, a template to copy from. */
export function QuestionBankPage() {
  usePageTitle("Question bank");
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/questions">Questions</Link>
      </p>
      <h1>Question bank</h1>
      <p className="lede">
        Open questions written for one-to-ones, each tagged with what it helps you learn and how deep it goes.
        Start light while you are getting to know someone. The bank stays as it is: copy what fits into a list
        of your own and change it there.
      </p>
      <BankBrowser />
    </div>
  );
}
