import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type CreateTokenInput, tokensApi } from "./tokens.api";
import { tokenKeys } from "./tokens.keys";

export const useMyTokens = () => useQuery({ queryKey: tokenKeys.mine, queryFn: tokensApi.mine });
export const useAllTokens = (enabled: boolean) =>
  useQuery({ queryKey: tokenKeys.workspace, queryFn: tokensApi.all, enabled });

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTokenInput) => tokensApi.create(input),
    onSuccess: () => client.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => tokensApi.revoke(id),
    onSuccess: () => client.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}
