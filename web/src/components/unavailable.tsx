import { Link } from "react-router";
import { errorMessage, isApiError } from "../lib/api";
import { Button } from "./button";
import { ErrorMessage } from "./messages";

interface UnavailableProps {
  title: string;
  error: unknown;
  /** What a 404 means on this screen ("Only the leaders of a team can see its audit."). */
  notFound: string;
  back: { to: string; label: string };
  retry: () => void;
}

/**
 * A screen whose data could not be read: a 404 says in the screen's words who may open it; any
 * other failure says what went wrong and offers to try again.
 */
export function Unavailable({ title, error, notFound, back, retry }: UnavailableProps) {
  const missing = isApiError(error) && error.status === 404;
  return (
    <div className="page page--narrow">
      <h1>{title}</h1>
      <ErrorMessage>{missing ? notFound : errorMessage(error)}</ErrorMessage>
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
      {missing ? null : (
        <Button variant="secondary" onClick={retry}>
          Try again
        </Button>
      )}
    </div>
  );
}
