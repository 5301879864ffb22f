import { useRouteError } from "react-router";
import { Layout } from "../components/layout";
import { errorMessage } from "../lib/api";
import { usePageTitle } from "../lib/use-page-title";

/** A screen crashed: say so plainly and offer a way back instead of a blank page. */
export function ErrorPage() {
  usePageTitle("Something went wrong");
  const error = useRouteError();
  return (
    <Layout>
      <div className="page page--narrow">
        <h1>Something went wrong</h1>
        <p className="notice notice--error">{errorMessage(error)}</p>
        <p>
          <a href="/">Reload Rapport</a>
        </p>
      </div>
    </Layout>
  );
}
