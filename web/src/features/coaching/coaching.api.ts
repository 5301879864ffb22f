import {
  type AcceptCoachInvitationInput,
  acceptedCoachInvitationSchema,
  assignmentSchema,
  type CoachNoteInput,
  coachedLeaderDetailSchema,
  coachInvitationPreviewSchema,
  coachListSchema,
  coachNoteSchema,
  coachSchema,
  createdCoachSchema,
  type InviteCoachInput,
  type NewAssignmentInput,
  type UpdateAssignmentInput,
  type UpdateCoachInput,
} from "#contracts/coaching";
import { okSchema } from "#contracts/common";
import { api } from "../../lib/api";

export type {
  AcceptCoachInvitationInput,
  Assignment,
  AssignmentMeasure,
  Coach,
  CoachedLeader,
  CoachedLeaderDetail,
  CoachGrant,
  CoachInvitationPreview,
  CoachNote,
  CoachNoteInput,
  CreatedCoach,
  InviteCoachInput,
  MyCoaching,
  NewAssignmentInput,
} from "#contracts/coaching";

const coachPath = (coachId: string) => `/me/coaches/${encodeURIComponent(coachId)}`;
const invitationPath = (token: string) => `/coach-invitations/${encodeURIComponent(token)}`;
const leaderPath = (leaderId: string) => `/coaching/leaders/${encodeURIComponent(leaderId)}`;

export const coachingApi = {
  // The leader's side: their coaches, and what the coaches wrote and set them.
  coaches: () => api.get("/me/coaches", coachListSchema),
  invite: (input: InviteCoachInput) => api.post("/me/coaches", createdCoachSchema, input),
  updateGrants: (coachId: string, input: UpdateCoachInput) =>
    api.patch(coachPath(coachId), coachSchema, input),
  end: (coachId: string) => api.delete(coachPath(coachId), okSchema),
  markAssignment: (assignmentId: string, input: UpdateAssignmentInput) =>
    api.patch(`/me/coaching/assignments/${encodeURIComponent(assignmentId)}`, assignmentSchema, input),

  // The invitation link.
  preview: (token: string) => api.get(invitationPath(token), coachInvitationPreviewSchema),
  accept: (token: string, input: AcceptCoachInvitationInput) =>
    api.post(`${invitationPath(token)}/accept`, acceptedCoachInvitationSchema, input),

  // The coach's side.
  leader: (leaderId: string) => api.get(leaderPath(leaderId), coachedLeaderDetailSchema),
  writeNote: (leaderId: string, input: CoachNoteInput) =>
    api.post(`${leaderPath(leaderId)}/notes`, coachNoteSchema, input),
  setAssignment: (leaderId: string, input: NewAssignmentInput) =>
    api.post(`${leaderPath(leaderId)}/assignments`, assignmentSchema, input),
};
