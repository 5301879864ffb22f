import { usePageTitle } from "../../lib/use-page-title";
import { SignOutButton } from "../session/sign-out-button";
import { SecondFactorPanel } from "./second-factor-panel";

/**
 * What an admin without two-step sign-in sees, in place of every screen, while the workspace asks
 * admins to use it: the server answers nothing else until it is on.
 */
export function SecondFactorRequired({ email }: { email: string }) {
  usePageTitle("Set up two-step sign-in");
  return (
    <div className="page page--narrow">
      <h1>Set up two-step sign-in first</h1>
      <p className="lede">
        This workspace asks every admin to use two-step sign-in. Set it up here to go on; it takes a minute
        with an authenticator app on your phone.
      </p>
      <SecondFactorPanel email={email} />
      <SignOutButton />
    </div>
  );
}
