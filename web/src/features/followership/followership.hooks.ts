import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { isApiError } from "../../lib/api";
import { answerKeys } from "../answers/answers.keys";
import { auditKeys } from "../audit/audit.keys";
import { homeKeys } from "../home/home.keys";
import { knowledgeKeys } from "../knowledge/knowledge.keys";
import {
  type FollowershipAssessmentInput,
  type FollowershipEstimateInput,
  followershipApi,
} from "./followership.api";
import { followershipKeys } from "./followership.keys";

export const useFollowershipInstrument = () =>
  useQuery({
    queryKey: followershipKeys.instrument,
    queryFn: followershipApi.instrument,
    staleTime: 60 * 60_000,
  });

export const useMyFollowership = () =>
  useQuery({ queryKey: followershipKeys.mine, queryFn: followershipApi.mine });

/** A result also fills my followership-style answer, so my answers and my home move with it. */
export function useTakeAssessment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: FollowershipAssessmentInput) => followershipApi.take(input),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: followershipKeys.all }),
        client.invalidateQueries({ queryKey: answerKeys.mine }),
        client.invalidateQueries({ queryKey: homeKeys.mine }),
      ]);
    },
  });
}

/** The leader's estimate of one person, or null before there is one (the server's 404). */
export const useEstimate = (userId: string) =>
  useQuery({
    queryKey: followershipKeys.estimate(userId),
    queryFn: async () => {
      try {
        return await followershipApi.estimate(userId);
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });

/** An estimate is also the leader's belief on followership style: the person page and audits move. */
export function useRecordEstimate(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: FollowershipEstimateInput) => followershipApi.recordEstimate(userId, input),
    onSuccess: async (estimate) => {
      client.setQueryData(followershipKeys.estimate(userId), estimate);
      await Promise.all([
        client.invalidateQueries({ queryKey: followershipKeys.all }),
        client.invalidateQueries({ queryKey: knowledgeKeys.person(userId) }),
        client.invalidateQueries({ queryKey: auditKeys.all }),
        client.invalidateQueries({ queryKey: homeKeys.mine }),
      ]);
    },
  });
}

export const useTeamFollowershipMap = (teamId: string) =>
  useQuery({ queryKey: followershipKeys.teamMap(teamId), queryFn: () => followershipApi.teamMap(teamId) });
