import { ErrorMessage, Loading } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { TokenList } from "./token-list";
import { useAllTokens } from "./tokens.hooks";

/** For admins: every API token in the workspace and whose it is (never a secret), each revocable. */
export function WorkspaceTokens() {
  const tokens = useAllTokens(true);
  return (
    <section className="panel" aria-labelledby="workspace-tokens-heading">
      <h2 id="workspace-tokens-heading">API tokens in this workspace</h2>
      <p>
        Revoke a token you do not recognise; it stops working at once. A deactivated person's tokens stop too.
      </p>
      {tokens.isPending ? <Loading label="Loading tokens…" /> : null}
      {tokens.isError ? <ErrorMessage>{errorMessage(tokens.error)}</ErrorMessage> : null}
      {tokens.isSuccess ? (
        <TokenList tokens={tokens.data.tokens} caption="Every API token in this workspace" showOwner />
      ) : null}
    </section>
  );
}
