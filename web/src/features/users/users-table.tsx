import { useState } from "react";
import type { MadeResetLink } from "#contracts/auth";
import { Button } from "../../components/button";
import { Confirm } from "../../components/confirm";
import { ErrorMessage, StatusMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { formatDate } from "../../lib/format";
import { useMakeResetLink } from "../password-reset/password-reset.hooks";
import { ResetLinkResult } from "../password-reset/reset-link-result";
import type { WorkspaceUser } from "./users.api";
import { useDeletePerson, useSetActive } from "./users.hooks";

/**
 * Everyone in the workspace, with the admin's account actions: make a password reset link to
 * hand over, deactivate or reactivate, delete (after a question that says what goes).
 */
export function PeopleTable({ users, myId }: { users: WorkspaceUser[]; myId: string }) {
  const setActive = useSetActive();
  const makeLink = useMakeResetLink();
  const [status, setStatus] = useState<string | null>(null);
  const [made, setMade] = useState<{ name: string; link: MadeResetLink } | null>(null);
  const remove = useDeletePerson();
  const [deleting, setDeleting] = useState<WorkspaceUser | null>(null);
  const busyId = setActive.isPending ? setActive.variables?.userId : undefined;
  const linkBusyId = makeLink.isPending ? makeLink.variables : undefined;

  const makeResetLink = (user: WorkspaceUser) => {
    setStatus(null);
    setMade(null);
    makeLink.mutate(user.id, { onSuccess: (link) => setMade({ name: user.name, link }) });
  };

  const toggle = (user: WorkspaceUser) => {
    setStatus(null);
    setMade(null);
    const active = !user.active;
    setActive.mutate(
      { userId: user.id, active },
      {
        onSuccess: () =>
          setStatus(
            active
              ? `${user.name} can sign in again.`
              : `${user.name} is deactivated and has been signed out everywhere.`,
          ),
      },
    );
  };

  const askToDelete = (user: WorkspaceUser) => {
    setStatus(null);
    setMade(null);
    remove.reset();
    setDeleting(user);
  };

  const confirmDelete = (user: WorkspaceUser) =>
    remove.mutate(user.id, {
      onSuccess: () => {
        setDeleting(null);
        setStatus(`${user.name}'s account is deleted.`);
      },
    });

  return (
    <>
      {deleting ? (
        <Confirm
          confirmLabel={
            <span>
              Delete <span dir="auto">{deleting.name}</span>
            </span>
          }
          pendingLabel="Deleting…"
          pending={remove.isPending}
          error={remove.isError ? errorMessage(remove.error) : null}
          onConfirm={() => confirmDelete(deleting)}
          onKeep={() => setDeleting(null)}
        >
          Delete <span dir="auto">{deleting.name}</span>'s account? Their answers and history, their
          self-assessments, stances, ratings, talking points, tokens and coaching go, and so does what their
          leaders wrote about them. Commitments and shared conversation notes are kept, showing them as "A
          former member". A team's only leader is refused until someone else leads the team or they are taken
          off it. This cannot be undone.
        </Confirm>
      ) : null}
      <ErrorMessage>{setActive.isError ? errorMessage(setActive.error) : null}</ErrorMessage>
      <ErrorMessage>{makeLink.isError ? errorMessage(makeLink.error) : null}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>
      {made ? <ResetLinkResult key={made.link.url} name={made.name} link={made.link} /> : null}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Everyone in this workspace</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Status</th>
              <th scope="col" className="table__optional">
                Joined
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row">
                  <span dir="auto">{user.name}</span>
                  {user.isAdmin ? <span className="badge badge--quiet">Admin</span> : null}
                </th>
                <td>{user.email}</td>
                <td>
                  <span className={user.active ? "pill pill--active" : "pill pill--inactive"}>
                    {user.active ? "Active" : "Deactivated"}
                  </span>
                </td>
                <td className="table__optional">{formatDate(user.createdAt)}</td>
                <td className="table__action">
                  {user.id === myId ? (
                    <span className="fine-print">You</span>
                  ) : (
                    <div className="table__buttons">
                      {user.active ? (
                        <Button
                          variant="secondary"
                          pending={linkBusyId === user.id}
                          pendingLabel="Making…"
                          onClick={() => makeResetLink(user)}
                        >
                          Make reset link
                          <span className="visually-hidden"> for {user.name}</span>
                        </Button>
                      ) : null}
                      <Button
                        variant={user.active ? "danger" : "secondary"}
                        pending={busyId === user.id}
                        pendingLabel="Saving…"
                        onClick={() => toggle(user)}
                      >
                        {user.active ? "Deactivate" : "Reactivate"}
                        <span className="visually-hidden"> {user.name}</span>
                      </Button>
                      <Button variant="danger" onClick={() => askToDelete(user)}>
                        Delete
                        <span className="visually-hidden"> {user.name}</span>
                      </Button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
