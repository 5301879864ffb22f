import { Button } from "../../components/button";
import { ErrorMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { useSignOut } from "./session.hooks";

/** Ends the session on this device, with progress while it does and the error if it cannot. */
export function SignOutButton() {
  const signOut = useSignOut();
  return (
    <>
      <ErrorMessage>{signOut.isError ? errorMessage(signOut.error) : null}</ErrorMessage>
      <Button
        variant="secondary"
        pending={signOut.isPending}
        pendingLabel="Signing out…"
        onClick={() => signOut.mutate()}
      >
        Sign out
      </Button>
    </>
  );
}
