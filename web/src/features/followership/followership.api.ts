import {
  type FollowershipAssessmentInput,
  type FollowershipEstimateInput,
  followershipAssessmentSchema,
  followershipEstimateSchema,
  followershipInstrumentSchema,
  followershipMapSchema,
  myFollowershipSchema,
} from "#contracts/followership";
import { api } from "../../lib/api";

export type {
  FollowershipAssessment,
  FollowershipAssessmentInput,
  FollowershipEstimate,
  FollowershipEstimateInput,
  FollowershipInstrument,
  FollowershipMap,
} from "#contracts/followership";

const estimatePath = (userId: string) => `/people/${encodeURIComponent(userId)}/followership-estimate`;

export const followershipApi = {
  instrument: () => api.get("/instruments/followership", followershipInstrumentSchema),
  mine: () => api.get("/me/assessments/followership", myFollowershipSchema),
  take: (input: FollowershipAssessmentInput) =>
    api.post("/me/assessments/followership", followershipAssessmentSchema, input),
  estimate: (userId: string) => api.get(estimatePath(userId), followershipEstimateSchema),
  recordEstimate: (userId: string, input: FollowershipEstimateInput) =>
    api.put(estimatePath(userId), followershipEstimateSchema, input),
  teamMap: (teamId: string) =>
    api.get(`/teams/${encodeURIComponent(teamId)}/followership-map`, followershipMapSchema),
};
