import type { World } from "../world";
import { only, type Row, signedIn } from "./row";

const DUE = "2099-12-31";

/** A new commitment between the leader and the member of team A, recorded by the leader. */
async function newCommitment(w: World): Promise<string> {
  const response = await w.clients.leader.post("/api/v1/commitments", {
    personId: w.ids.memberId,
    owner: "leader",
    text: "Send the notes from the planning meeting",
    dueOn: DUE,
  });
  if (response.statusCode !== 201) throw new Error(`commitment → ${response.statusCode} ${response.body}`);
  return (response.json() as { id: string }).id;
}

/**
 * Commitments: between a leader and a person they lead, recorded by either, seen and changed by
 * those two alone (404 to anyone else: an admin, a teammate, another team's leader, a stranger).
 * Everyone signed in lists their own, which may be empty.
 */
export const COMMITMENT_ROWS: Row[] = [
  { route: "GET /commitments", method: "GET", url: () => "/api/v1/commitments", expect: signedIn(200) },
  {
    route: "GET /commitments",
    method: "GET",
    url: (w) => `/api/v1/commitments?personId=${w.ids.memberId}&status=open`,
    expect: signedIn(200),
  },
  // The leader records one with the member they lead; for anyone else the member is no one they lead.
  {
    route: "POST /commitments",
    method: "POST",
    url: () => "/api/v1/commitments",
    body: (w) => ({ personId: w.ids.memberId, owner: "leader", text: "Book the training", dueOn: DUE }),
    expect: { ...only(404, { leader: 201 }), anonymous: 401 },
  },
  // A person records one with their leader: the member and the teammate are both led by the leader.
  {
    route: "POST /commitments",
    method: "POST",
    url: () => "/api/v1/commitments",
    body: (w) => ({ leaderId: w.ids.leaderId, owner: "member", text: "Draft the proposal", dueOn: DUE }),
    expect: { ...only(404, { member: 201, teammate: 201 }), anonymous: 401 },
  },
  {
    route: "PATCH /commitments/:commitmentId",
    method: "PATCH",
    url: (_w, commitmentId) => `/api/v1/commitments/${commitmentId}`,
    body: () => ({ status: "done" }),
    target: newCommitment,
    expect: { ...only(404, { leader: 200, member: 200 }), anonymous: 401 },
  },
];
