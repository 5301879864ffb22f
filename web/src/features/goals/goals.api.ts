import { okSchema } from "#contracts/common";
import {
  adoptionSchema,
  goalListSchema,
  goalQuestionSchema,
  goalSchema,
  myStanceSchema,
  type NewGoalInput,
  perceivedStanceSchema,
  type StanceInput,
  stanceLookSchema,
  type ThanksInput,
  thanksSchema,
  type UpdateGoalInput,
} from "#contracts/goals";
import type { Stance } from "#core/movement/stances";
import { api } from "../../lib/api";

export type {
  Adoption,
  Goal,
  GoalSummary,
  NewGoalInput,
  StanceInput,
  ThanksInput,
  UpdateGoalInput,
} from "#contracts/goals";
export type { Stance } from "#core/movement/stances";

const goalPath = (goalId: string) => `/goals/${encodeURIComponent(goalId)}`;
const personPath = (goalId: string, userId: string) =>
  `${goalPath(goalId)}/people/${encodeURIComponent(userId)}`;

export const goalsApi = {
  ofTeam: (teamId: string) => api.get(`/teams/${encodeURIComponent(teamId)}/goals`, goalListSchema),
  create: (teamId: string, input: NewGoalInput) =>
    api.post(`/teams/${encodeURIComponent(teamId)}/goals`, goalSchema, input),
  detail: (goalId: string) => api.get(goalPath(goalId), goalSchema),
  update: (goalId: string, input: UpdateGoalInput) => api.patch(goalPath(goalId), goalSchema, input),
  setStance: (goalId: string, input: StanceInput) =>
    api.put(`${goalPath(goalId)}/stance`, myStanceSchema, input),
  withdrawStance: (goalId: string) => api.delete(`${goalPath(goalId)}/stance`, okSchema),
  setConsent: (goalId: string, named: boolean) =>
    api.put(`${goalPath(goalId)}/consent`, myStanceSchema, { named }),
  perceive: (goalId: string, userId: string, stance: Stance) =>
    api.put(`${personPath(goalId, userId)}/perceived-stance`, perceivedStanceSchema, { stance }),
  look: (goalId: string, userId: string) =>
    api.post(`${personPath(goalId, userId)}/stance-look`, stanceLookSchema),
  thank: (goalId: string, input: ThanksInput) => api.post(`${goalPath(goalId)}/thanks`, thanksSchema, input),
  ask: (goalId: string, text: string) =>
    api.post(`${goalPath(goalId)}/questions`, goalQuestionSchema, { text }),
  answer: (goalId: string, questionId: string, text: string) =>
    api.put(`${goalPath(goalId)}/questions/${encodeURIComponent(questionId)}/answer`, goalQuestionSchema, {
      text,
    }),
  adoption: (goalId: string) => api.get(`${goalPath(goalId)}/adoption`, adoptionSchema),
};
