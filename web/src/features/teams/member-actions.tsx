import { useState } from "react";
import { useNavigate } from "react-router";
import { Button } from "../../components/button";
import { Confirm } from "../../components/confirm";
import { errorMessage } from "../../lib/api";
import type { TeamRole } from "../session/session.api";
import type { Person } from "./teams.api";
import { useChangeRole, useRemovePerson } from "./teams.hooks";

/** What the team page knows that managing its people needs. */
export interface Management {
  teamId: string;
  teamName: string;
  myId: string;
  isAdmin: boolean;
  /** How many leaders the team lists now. */
  leaderCount: number;
}

interface Props {
  person: Person;
  role: TeamRole;
  manage: Management;
  /** After a change that takes the person out of this list: what to say. */
  onDone: (message: string) => void;
}

/**
 * Change a person's role on the team, or take them off it, each after a question that says what
 * follows. The team's last leader is not offered either, but to an admin (the server refuses too).
 */
export function MemberActions({ person, role, manage, onDone }: Props) {
  const changeRole = useChangeRole(manage.teamId);
  const remove = useRemovePerson(manage.teamId);
  const navigate = useNavigate();
  const [asking, setAsking] = useState<"role" | "remove" | null>(null);
  const self = person.id === manage.myId;
  const lastLeader = role === "leader" && manage.leaderCount === 1;
  const newRole: TeamRole = role === "leader" ? "member" : "leader";

  if (lastLeader && !manage.isAdmin) {
    return (
      <p className="fine-print person__note">
        {self ? "You are" : `${person.name} is`} the only leader: make someone else a leader first to step
        down.
      </p>
    );
  }

  // The row leaves this list when the change is made (the team is fetched again), and this
  // component with it: mutateAsync still settles then, where mutate's callbacks would not run.
  const confirmRole = async () => {
    try {
      await changeRole.mutateAsync({ userId: person.id, role: newRole });
    } catch {
      return; // the question stays open and shows the error
    }
    setAsking(null);
    onDone(`${self ? "You are" : `${person.name} is`} now a ${newRole} of ${manage.teamName}.`);
  };
  const confirmRemoval = async () => {
    // Someone who leaves and is no admin no longer sees the team: its page goes with them.
    const leaving = self && !manage.isAdmin;
    try {
      await remove.mutateAsync({ userId: person.id, leaving });
    } catch {
      return;
    }
    setAsking(null);
    if (leaving) {
      await navigate("/teams", { state: { left: manage.teamName } });
      remove.forget();
      return;
    }
    onDone(`${person.name} is no longer on ${manage.teamName}.`);
  };

  const leftLeaderless = lastLeader
    ? " The team will then have no leader until you make someone its leader."
    : "";
  if (asking === "role") {
    return (
      <Confirm
        confirmLabel={newRole === "leader" ? "Make leader" : "Make member"}
        pendingLabel="Changing…"
        pending={changeRole.isPending}
        error={changeRole.isError ? errorMessage(changeRole.error) : null}
        onConfirm={() => void confirmRole()}
        onKeep={() => setAsking(null)}
      >
        {newRole === "leader"
          ? `Make ${person.name} a leader of ${manage.teamName}? They will see what its members share with their leaders, and can invite people, change roles, and rename or delete the team.`
          : `Make ${self ? "yourself" : person.name} a member of ${manage.teamName}? ${self ? "You" : "They"} will no longer lead it nor see its members' answers through it; what ${self ? "you" : "they"} wrote about its people is kept, out of sight while ${self ? "you do" : "they do"} not lead them.${leftLeaderless}`}
      </Confirm>
    );
  }
  if (asking === "remove") {
    return (
      <Confirm
        confirmLabel={self ? "Leave team" : "Remove from team"}
        pendingLabel="Removing…"
        pending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : null}
        onConfirm={() => void confirmRemoval()}
        onKeep={() => setAsking(null)}
      >
        {role === "leader"
          ? `Take ${self ? "yourself" : person.name} off ${manage.teamName}? ${self ? "You" : "They"} will no longer see the team nor lead its members; what ${self ? "you" : "they"} wrote about its people is kept, out of sight while ${self ? "you do" : "they do"} not lead them.${leftLeaderless}`
          : `Take ${person.name} off ${manage.teamName}? They will no longer see the team, and its leaders will no longer see their answers (unless they lead them on another team). Their answers stay theirs; what the leaders wrote about them is kept, out of sight, and comes back if they rejoin.`}
      </Confirm>
    );
  }
  return (
    <div className="person__actions">
      <Button
        variant="secondary"
        aria-label={`Make ${person.name} a ${newRole}`}
        onClick={() => {
          changeRole.reset();
          setAsking("role");
        }}
      >
        {newRole === "leader" ? "Make leader" : "Make member"}
      </Button>
      <Button
        variant="quiet"
        aria-label={self ? "Leave the team" : `Remove ${person.name} from the team`}
        onClick={() => {
          remove.reset();
          setAsking("remove");
        }}
      >
        {self ? "Leave" : "Remove"}
      </Button>
    </div>
  );
}
