import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type CreateTokenInput, tokensApi } from "./tokens.api";

export const tokenQueryKeys = { mine: ["tokens", "mine"], all: ["tokens", "all"] } as const;

export const useMyTokens = () => useQuery({ queryKey: tokenQueryKeys.mine, queryFn: tokensApi.mine });
export const useAllTokens = (enabled: boolean) =>
  useQuery({ queryKey: tokenQueryKeys.all, queryFn: tokensApi.all, enabled });

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTokenInput) => tokensApi.create(input),
    onSuccess: () => client.invalidateQueries({ queryKey: ["tokens"] }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => tokensApi.revoke(id),
    onSuccess: () => client.invalidateQueries({ queryKey: ["tokens"] }),
  });
}
