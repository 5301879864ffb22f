import { Fragment } from "react";
import { DeleteAccountForm } from "../features/account/delete-account-form";
import { PasswordForm } from "../features/account/password-form";
import { ProfileForm } from "../features/account/profile-form";
import { SettingsForm } from "../features/account/settings-form";
import { CalendarPanel } from "../features/calendar/calendar-panel";
import { ExportPanel } from "../features/exports/export-panel";
import { SecondFactorPanel } from "../features/second-factor/second-factor-panel";
import { SessionsPanel } from "../features/security-log/sessions-panel";
import { SignOutButton } from "../features/session/sign-out-button";
import { TokensPanel } from "../features/tokens/tokens-panel";
import { roleLabel } from "../lib/format";
import { usePageTitle } from "../lib/use-page-title";
import { useSignedIn } from "./signed-in-layout.route";

export function AccountPage() {
  usePageTitle("Account");
  const me = useSignedIn();

  return (
    <div className="page">
      <h1>Your account</h1>
      <p className="lede">
        <span dir="auto">{me.user.name}</span> in <span dir="auto">{me.workspace.name}</span>
        {me.user.isAdmin ? " · admin" : ""}
        {me.teams.map((team, index) => (
          <Fragment key={team.id}>
            {index === 0 ? " · " : ", "}
            <span dir="auto">{team.name}</span> ({roleLabel(team.role).toLowerCase()})
          </Fragment>
        ))}
      </p>
      <div className="grid">
        <ProfileForm name={me.user.name} email={me.user.email} />
        <PasswordForm email={me.user.email} />
      </div>
      <SecondFactorPanel email={me.user.email} />
      <SettingsForm
        settings={{
          timeZone: me.user.timeZone,
          remindersEnabled: me.user.remindersEnabled,
          digestEnabled: me.user.digestEnabled,
        }}
        leads={me.teams.some((team) => team.role === "leader")}
      />
      <SessionsPanel />
      <CalendarPanel />
      <TokensPanel isAdmin={me.user.isAdmin} />
      <ExportPanel leads={me.teams.some((team) => team.role === "leader")} />
      <DeleteAccountForm email={me.user.email} />
      <section className="panel" aria-labelledby="sign-out-heading">
        <h2 id="sign-out-heading">Sign out</h2>
        <p>End your session on this device.</p>
        <SignOutButton />
      </section>
    </div>
  );
}
