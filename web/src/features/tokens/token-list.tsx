import { useRef, useState } from "react";
import { Button } from "../../components/button";
import { Confirm } from "../../components/confirm";
import { StatusMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { formatDate } from "../../lib/format";
import type { ApiToken } from "./tokens.api";
import { useRevokeToken } from "./tokens.hooks";

function tokenState(token: ApiToken, now: Date): string {
  if (token.revokedAt) return `Revoked ${formatDate(token.revokedAt)}`;
  if (new Date(token.expiresAt) <= now) return `Expired ${formatDate(token.expiresAt)}`;
  return `Expires ${formatDate(token.expiresAt)}`;
}

/** Tokens as a table: never their secrets; live ones can be revoked, after asking. */
export function TokenList({
  tokens,
  caption,
  showOwner,
}: {
  tokens: ApiToken[];
  caption: string;
  showOwner: boolean;
}) {
  const revoke = useRevokeToken();
  const [status, setStatus] = useState<string | null>(null);
  /** The token whose revoking is being confirmed. */
  const [confirming, setConfirming] = useState<string | null>(null);
  const tableRef = useRef<HTMLElement>(null);
  const now = new Date();
  const busyId = revoke.isPending ? revoke.variables : undefined;
  if (tokens.length === 0) return <p className="fine-print">No tokens yet.</p>;
  return (
    <>
      <StatusMessage>{status}</StatusMessage>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: on a phone the table scrolls sideways, and a keyboard can only scroll what takes focus (axe: scrollable-region-focusable) */}
      <section className="table-wrap" tabIndex={0} aria-label={caption} ref={tableRef}>
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              {showOwner ? <th scope="col">Owner</th> : null}
              <th scope="col">Scopes</th>
              <th scope="col" className="table__optional">
                Last used
              </th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => {
              const live = !token.revokedAt && new Date(token.expiresAt) > now;
              return (
                <tr key={token.id}>
                  <th scope="row">
                    <span dir="auto">{token.name}</span>{" "}
                    <code className="token-prefix">rapport_pat_{token.prefix}…</code>
                  </th>
                  {showOwner ? <td dir="auto">{token.owner.name}</td> : null}
                  <td>{token.scopes.join(", ")}</td>
                  <td className="table__optional">
                    {token.lastUsedAt ? formatDate(token.lastUsedAt) : "Never"}
                  </td>
                  <td>{tokenState(token, now)}</td>
                  <td>
                    {live && confirming === token.id ? (
                      <Confirm
                        confirmLabel="Revoke token"
                        pendingLabel="Revoking…"
                        pending={busyId === token.id}
                        error={revoke.isError ? errorMessage(revoke.error) : null}
                        onConfirm={() =>
                          revoke.mutate(token.id, {
                            onSuccess: () => {
                              setConfirming(null);
                              setStatus(`${token.name} is revoked and no longer works.`);
                              // The button is gone with the token: keep the keyboard in the table.
                              tableRef.current?.focus();
                            },
                          })
                        }
                        onKeep={() => setConfirming(null)}
                      >
                        Revoke <span dir="auto">{token.name}</span>? Scripts using it stop at once; this
                        cannot be undone.
                      </Confirm>
                    ) : live ? (
                      <Button
                        variant="secondary"
                        aria-label={`Revoke ${token.name}`}
                        onClick={() => setConfirming(token.id)}
                      >
                        Revoke
                      </Button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}
