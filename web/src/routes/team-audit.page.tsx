import { Link, useParams } from "react-router";
import { Button } from "../components/button";
import { ErrorMessage, Loading } from "../components/messages";
import { useTeamAudit } from "../features/audit/audit.hooks";
import { AuditDashboard } from "../features/audit/audit-dashboard";
import { errorMessage, isApiError } from "../lib/api";
import { usePageTitle } from "../lib/use-page-title";

export function TeamAuditPage() {
  const { teamId = "" } = useParams();
  const audit = useTeamAudit(teamId);
  usePageTitle(audit.data ? `${audit.data.scope.name} audit` : "Team audit");

  if (audit.isPending) return <Loading label="Loading the audit…" />;
  if (audit.isError) {
    const notFound = isApiError(audit.error) && audit.error.status === 404;
    return (
      <div className="page page--narrow">
        <h1>Audit not available</h1>
        <ErrorMessage>
          {notFound ? "Only the leaders of a team can see its audit." : errorMessage(audit.error)}
        </ErrorMessage>
        <p>
          <Link to={`/teams/${teamId}`}>Back to the team</Link>
        </p>
        {notFound ? null : (
          <Button variant="secondary" onClick={() => void audit.refetch()}>
            Try again
          </Button>
        )}
      </div>
    );
  }
  const { data } = audit;
  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to="/teams">Teams</Link> /{" "}
        <Link to={`/teams/${data.scope.id}`} dir="auto">
          {data.scope.name}
        </Link>
      </p>
      <h1>
        <span dir="auto">{data.scope.name}</span>: assumption audit
      </h1>
      <p className="lede">
        How much of what you think you know about <span dir="auto">{data.scope.name}</span> is knowledge, and
        how much is assumption. Only you see this.
      </p>
      <AuditDashboard audit={data} />
    </div>
  );
}
