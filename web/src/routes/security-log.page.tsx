import { SecurityLogView } from "../features/security-log/security-log-view";
import { usePageTitle } from "../lib/use-page-title";
import { useSignedIn } from "./signed-in-layout.route";

export function SecurityLogPage() {
  usePageTitle("Security log");
  const me = useSignedIn();
  return (
    <div className="page">
      <h1>Security log</h1>
      {!me.user.isAdmin ? (
        <p className="notice notice--plain">Only admins can read the security log.</p>
      ) : (
        <>
          <p className="lede">
            Who signed in, failed to, changed a password, a role, an account, an invitation, a coach's grants
            or a token, and who downloaded an export: when, from which address, and whether it worked. It
            never holds what anyone wrote, nor a password, token or link.
          </p>
          <SecurityLogView />
        </>
      )}
    </div>
  );
}
