import { Button } from "../components/button";
import { ErrorMessage, Loading } from "../components/messages";
import { AnonymitySettingsPanel } from "../features/pulses/anonymity-settings";
import { SecondFactorRulePanel } from "../features/second-factor/second-factor-rule";
import { WorkspaceTokens } from "../features/tokens/workspace-tokens";
import { usePeople } from "../features/users/users.hooks";
import { PeopleTable } from "../features/users/users-table";
import { errorMessage } from "../lib/api";
import { usePageTitle } from "../lib/use-page-title";
import { useSignedIn } from "./signed-in-layout.route";

export function PeoplePage() {
  usePageTitle("People");
  const me = useSignedIn();
  const people = usePeople(me.user.isAdmin);

  return (
    <div className="page">
      <h1>People</h1>
      {!me.user.isAdmin ? (
        <p className="notice notice--plain">Only admins can see everyone in the workspace.</p>
      ) : (
        <>
          <p className="lede">
            Everyone in <span dir="auto">{me.workspace.name}</span>. Someone who forgot their password can get
            a reset link from you to set a new one. Deactivating someone signs them out at once; their history
            stays. Deleting someone erases their account and what is theirs, for good.
          </p>
          {people.isPending ? <Loading label="Loading people…" /> : null}
          {people.isError ? (
            <>
              <ErrorMessage>{errorMessage(people.error)}</ErrorMessage>
              <Button variant="secondary" onClick={() => void people.refetch()}>
                Try again
              </Button>
            </>
          ) : null}
          {people.isSuccess ? <PeopleTable users={people.data.users} myId={me.user.id} /> : null}
          <AnonymitySettingsPanel />
          <SecondFactorRulePanel />
          <WorkspaceTokens />
        </>
      )}
    </div>
  );
}
