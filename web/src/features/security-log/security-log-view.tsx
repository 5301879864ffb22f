import { useState } from "react";
import { z } from "zod";
import {
  securityEventKindSchema,
  securityLogQuery,
  securityOutcomeSchema,
  securitySettingsBody,
} from "#contracts/security-log";
import { Button } from "../../components/button";
import { Form, Submit } from "../../components/form";
import { SelectField, TextField } from "../../components/form-fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { Panel } from "../../components/panel";
import { errorMessage } from "../../lib/api";
import { formatDateTime } from "../../lib/format";
import { useSchemaForm } from "../../lib/forms";
import { usePeople } from "../users/users.hooks";
import {
  SECURITY_EVENT_KINDS,
  type SecurityEvent,
  type SecurityEventKind,
  type SecurityLogQueryInput,
  securityLogApi,
} from "./security-log.api";
import { useChangeSecuritySettings, useSecurityLog, useSecuritySettings } from "./security-log.hooks";
import { describeAgent } from "./user-agent";

/** Each kind of event in the screen's words. */
export const KIND_LABELS: Record<SecurityEventKind, string> = {
  sign_in: "Signed in",
  sign_in_failed: "Failed sign-in",
  sign_out: "Signed out",
  password_changed: "Password changed",
  password_reset_requested: "Reset link made",
  password_reset_used: "Reset link used",
  role_changed: "Team role changed",
  member_removed: "Taken off a team",
  deactivated: "Deactivated",
  reactivated: "Reactivated",
  user_deleted: "Account deleted",
  invitation_sent: "Invitation sent",
  invitation_revoked: "Invitation withdrawn",
  invitation_renewed: "Invitation renewed",
  invitation_accepted: "Invitation accepted",
  coach_invited: "Coach invited",
  coach_grants_changed: "Coach's grants changed",
  coach_ended: "Coaching ended",
  coach_accepted: "Coaching accepted",
  export_downloaded: "Export downloaded",
  token_created: "API token created",
  token_revoked: "API token revoked",
  session_ended: "Session ended",
  retention_changed: "Retention changed",
};

const PAGE_SIZE = 50;
const emptyOr = <T extends z.ZodType>(schema: T) => z.union([z.literal(""), schema]);

/** The filters as the form holds them ("" for any), checked by the contract's own rules. */
const filtersForm = z.object({
  kind: emptyOr(securityEventKindSchema),
  personId: emptyOr(securityLogQuery.shape.personId.unwrap()),
  outcome: emptyOr(securityOutcomeSchema),
  from: emptyOr(securityLogQuery.shape.from.unwrap()),
  to: emptyOr(securityLogQuery.shape.to.unwrap()),
});
type FilterValues = z.output<typeof filtersForm>;

const toQuery = (values: FilterValues): SecurityLogQueryInput =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== "")) as SecurityLogQueryInput;

/** What a detail says in words: ids and words only, as stored. */
function detailText(event: SecurityEvent): string {
  const d = event.detail;
  const parts: string[] = [];
  if (d.reason) parts.push(d.reason.replaceAll("_", " "));
  if (d.previousRole && d.role) parts.push(`${d.previousRole} → ${d.role}`);
  else if (d.role) parts.push(d.role);
  else if (d.previousRole) parts.push(`was ${d.previousRole}`);
  if (d.grants) parts.push(d.grants.length ? `grants: ${d.grants.join(", ")}` : "no grants");
  if (d.scopes) parts.push(`scopes: ${d.scopes.join(", ")}`);
  if (d.format) parts.push(d.dataset ? `${d.dataset} (${d.format})` : d.format);
  if (d.days !== undefined) parts.push(`${d.previousDays ?? "?"} → ${d.days} days`);
  return parts.join("; ");
}

function Filters({ onApply }: { onApply: (query: SecurityLogQueryInput) => void }) {
  const people = usePeople(true);
  const form = useSchemaForm({
    schema: filtersForm,
    labels: { kind: "What", personId: "Person", outcome: "Outcome", from: "From", to: "To" },
  });
  return (
    <Form form={form} aria-label="Filter the security log" onSubmit={(values) => onApply(toQuery(values))}>
      <div className="form__row">
        <SelectField
          name="kind"
          options={[
            { value: "", label: "Every kind" },
            ...SECURITY_EVENT_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] })),
          ]}
        />
        <SelectField
          name="personId"
          hint="who did it, or whose account it was"
          options={[
            { value: "", label: "Anyone" },
            ...(people.data?.users ?? []).map((user) => ({ value: user.id, label: user.name })),
          ]}
        />
        <SelectField
          name="outcome"
          options={[
            { value: "", label: "Either" },
            { value: "success", label: "Succeeded" },
            { value: "failure", label: "Failed" },
          ]}
        />
      </div>
      <div className="form__row">
        <TextField name="from" type="date" hint="UTC day, inclusive" />
        <TextField name="to" type="date" hint="UTC day, inclusive" />
      </div>
      <Submit pendingLabel="Filtering…">Show events</Submit>
    </Form>
  );
}

function EventTable({ events }: { events: SecurityEvent[] }) {
  if (events.length === 0) return <p className="fine-print">No events match.</p>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: on a phone the table scrolls sideways, and a keyboard can only scroll what takes focus (axe: scrollable-region-focusable)
    <section className="table-wrap" tabIndex={0} aria-label="Security events">
      <table className="table security-log">
        <caption className="visually-hidden">Security events, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Outcome</th>
            <th scope="col">By</th>
            <th scope="col">Account</th>
            <th scope="col">From</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td>{formatDateTime(event.at)}</td>
              <th scope="row">{KIND_LABELS[event.kind]}</th>
              <td>{event.outcome === "success" ? "Succeeded" : <strong>Failed</strong>}</td>
              <td dir="auto">{event.actor?.name ?? "—"}</td>
              <td dir="auto">{event.subject?.name ?? "—"}</td>
              <td>
                {event.address ?? "—"}
                {event.userAgent ? (
                  <span className="fine-print security-log__agent"> {describeAgent(event.userAgent)}</span>
                ) : null}
              </td>
              <td>{detailText(event)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A number field gives text: it is read as a number, then checked by the contract's own rule. */
const retentionForm = z.object({
  retentionDays: z.coerce.number().pipe(securitySettingsBody.shape.retentionDays),
});

function RetentionPanel() {
  const settings = useSecuritySettings();
  const change = useChangeSecuritySettings();
  const form = useSchemaForm({
    schema: retentionForm,
    labels: { retentionDays: "Keep events for" },
    defaultValues: { retentionDays: settings.data?.retentionDays ?? 365 },
  });
  return (
    <Panel heading="How long the log keeps events">
      <p>Once a day, Rapport deletes events older than this. Between 30 and 3650 days.</p>
      {settings.isPending ? <Loading label="Loading the setting…" /> : null}
      {settings.isError ? <ErrorMessage>{errorMessage(settings.error)}</ErrorMessage> : null}
      {settings.isSuccess ? (
        <Form
          form={form}
          announces
          aria-label="How long the log keeps events"
          onSubmit={async (input) => {
            const saved = await change.mutateAsync(input);
            form.reset(saved);
            return `The log now keeps events for ${saved.retentionDays} days.`;
          }}
        >
          <TextField
            key={settings.data.retentionDays}
            name="retentionDays"
            type="number"
            inputMode="numeric"
            min={30}
            max={3650}
            hint="days"
          />
          <Submit pendingLabel="Saving…">Save</Submit>
        </Form>
      ) : null}
    </Panel>
  );
}

/**
 * The admin's security log: filters, a page of events newest first with older pages on demand,
 * the same filters as a CSV download, and how long events are kept.
 */
export function SecurityLogView() {
  const [filters, setFilters] = useState<SecurityLogQueryInput>({});
  const [cursors, setCursors] = useState<string[]>([]);
  const before = cursors.at(-1);
  const query = { ...filters, limit: PAGE_SIZE, ...(before ? { before } : {}) };
  const log = useSecurityLog(query);
  return (
    <>
      <Panel heading="Filter">
        <Filters
          onApply={(next) => {
            setFilters(next);
            setCursors([]);
          }}
        />
      </Panel>
      <section className="panel" aria-labelledby="events-heading">
        <h2 id="events-heading">Events</h2>
        <p>
          <a className="button button--secondary" href={securityLogApi.csvUrl(filters)} download>
            Download these events (CSV)
          </a>
        </p>
        {log.isPending ? <Loading label="Loading events…" /> : null}
        {log.isError ? <ErrorMessage>{errorMessage(log.error)}</ErrorMessage> : null}
        {log.isSuccess ? <EventTable events={log.data.events} /> : null}
        <div className="form__actions">
          {cursors.length > 0 ? (
            <Button variant="secondary" onClick={() => setCursors(cursors.slice(0, -1))}>
              Newer events
            </Button>
          ) : null}
          {log.data?.next ? (
            <Button
              variant="secondary"
              onClick={() => {
                const next = log.data?.next;
                if (next) setCursors([...cursors, next]);
              }}
            >
              Older events
            </Button>
          ) : null}
        </div>
      </section>
      <RetentionPanel />
    </>
  );
}
