import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { auditKeys } from "../audit/audit.keys";
import { homeKeys } from "../home/home.keys";
import {
  goalsApi,
  type NewGoalInput,
  type Stance,
  type StanceInput,
  type ThanksInput,
  type UpdateGoalInput,
} from "./goals.api";
import { goalKeys } from "./goals.keys";

/** The team's goals; asked only by the team's people (`enabled`), who may see them. */
export const useTeamGoals = (teamId: string, enabled = true) =>
  useQuery({ queryKey: goalKeys.ofTeam(teamId), queryFn: () => goalsApi.ofTeam(teamId), enabled });

export const useGoal = (goalId: string) =>
  useQuery({ queryKey: goalKeys.detail(goalId), queryFn: () => goalsApi.detail(goalId) });

export const useAdoption = (goalId: string) =>
  useQuery({ queryKey: goalKeys.adoption(goalId), queryFn: () => goalsApi.adoption(goalId) });

/**
 * After any change to a goal: every goal query (the goal, its curve, the team's list), the home
 * (goals to place, followers to thank) and the audits (a stance gap is a blind spot).
 */
function useRefreshGoals() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: goalKeys.all }),
      client.invalidateQueries({ queryKey: homeKeys.mine }),
      client.invalidateQueries({ queryKey: auditKeys.all }),
    ]).then(() => undefined);
}

export function useCreateGoal(teamId: string) {
  const refresh = useRefreshGoals();
  return useMutation({
    mutationFn: (input: NewGoalInput) => goalsApi.create(teamId, input),
    onSuccess: refresh,
  });
}

export function useUpdateGoal(goalId: string) {
  const refresh = useRefreshGoals();
  return useMutation({
    mutationFn: (input: UpdateGoalInput) => goalsApi.update(goalId, input),
    onSuccess: refresh,
  });
}

export function useSetStance(goalId: string) {
  const refresh = useRefreshGoals();
  return useMutation({
    mutationFn: (input: StanceInput) => goalsApi.setStance(goalId, input),
    onSuccess: refresh,
  });
}

export function useWithdrawStance(goalId: string) {
  const refresh = useRefreshGoals();
  return useMutation({ mutationFn: () => goalsApi.withdrawStance(goalId), onSuccess: refresh });
}

export function useSetConsent(goalId: string) {
  const refresh = useRefreshGoals();
  return useMutation({
    mutationFn: (named: boolean) => goalsApi.setConsent(goalId, named),
    onSuccess: refresh,
  });
}

export function usePerceiveStance(goalId: string) {
  const refresh = useRefreshGoals();
  return useMutation({
    mutationFn: ({ userId, stance }: { userId: string; stance: Stance }) =>
      goalsApi.perceive(goalId, userId, stance),
    onSuccess: refresh,
  });
}

export function useLookAtStance(goalId: string) {
  const refresh = useRefreshGoals();
  return useMutation({ mutationFn: (userId: string) => goalsApi.look(goalId, userId), onSuccess: refresh });
}

export function useThank(goalId: string) {
  const refresh = useRefreshGoals();
  return useMutation({
    mutationFn: (input: ThanksInput) => goalsApi.thank(goalId, input),
    onSuccess: refresh,
  });
}

export function useAskAboutGoal(goalId: string) {
  const refresh = useRefreshGoals();
  return useMutation({ mutationFn: (text: string) => goalsApi.ask(goalId, text), onSuccess: refresh });
}

export function useAnswerGoalQuestion(goalId: string) {
  const refresh = useRefreshGoals();
  return useMutation({
    mutationFn: ({ questionId, text }: { questionId: string; text: string }) =>
      goalsApi.answer(goalId, questionId, text),
    onSuccess: refresh,
  });
}
