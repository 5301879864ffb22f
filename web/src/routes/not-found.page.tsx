import { Link } from "react-router";
import { usePageTitle } from "../lib/use-page-title";

export function NotFoundPage() {
  usePageTitle("Not found");
  return (
    <div className="page page--narrow">
      <h1>Nothing here</h1>
      <p>This address does not lead anywhere in Rapport.</p>
      <p>
        <Link to="/">Go to the start</Link>
      </p>
    </div>
  );
}
