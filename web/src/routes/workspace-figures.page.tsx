import { Button } from "../components/button";
import { ErrorMessage, Loading } from "../components/messages";
import { useWorkspaceFigures } from "../features/workspace-figures/workspace-figures.hooks";
import { WorkspaceFiguresView } from "../features/workspace-figures/workspace-figures-view";
import { errorMessage } from "../lib/api";
import { usePageTitle } from "../lib/use-page-title";
import { useSignedIn } from "./signed-in-layout.route";

/** The admins' workspace-wide audit figures: aggregates only, naming nobody. */
export function WorkspaceFiguresPage() {
  usePageTitle("Workspace figures");
  const me = useSignedIn();
  return (
    <div className="page page--wide">
      <h1>Workspace figures</h1>
      {!me.user.isAdmin ? (
        <p className="notice notice--plain">Only admins can see the workspace's figures.</p>
      ) : (
        <>
          <p className="lede">
            How well the workspace's leaders know the people they lead, summed over every leader: no person,
            leader or team is named, and no belief or answer is shown. Each leader sees their own figures in
            their audit; here they are only ever counted together.
          </p>
          <AdminFigures />
        </>
      )}
    </div>
  );
}

function AdminFigures() {
  const figures = useWorkspaceFigures();
  if (figures.isPending) return <Loading label="Counting the workspace's figures…" />;
  if (figures.isError)
    return (
      <>
        <ErrorMessage>{errorMessage(figures.error)}</ErrorMessage>
        <Button variant="secondary" onClick={() => void figures.refetch()}>
          Try again
        </Button>
      </>
    );
  return <WorkspaceFiguresView figures={figures.data} />;
}
