import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useDebouncedValue } from "../../lib/use-debounced-value";
import {
  type BankQuery,
  type BulkItemsInput,
  type FromStarterInput,
  type ImportInput,
  type ItemChanges,
  type NewListInput,
  type QuestionDraft,
  type QuestionItem,
  type QuestionList,
  questionsApi,
} from "./questions.api";
import { questionKeys } from "./questions.keys";

/** How long typing must pause before the linter is asked (PRODUCT.md: live, but not on every key). */
export const LINT_DELAY_MS = 400;

export const useQuestionLists = () => useQuery({ queryKey: questionKeys.lists, queryFn: questionsApi.lists });

export const useQuestionList = (listId: string) =>
  useQuery({ queryKey: questionKeys.list(listId), queryFn: () => questionsApi.list(listId) });

export const useBank = (query: BankQuery) =>
  useQuery({
    queryKey: questionKeys.bank(query),
    queryFn: () => questionsApi.bank(query),
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });

/**
 * The linter's verdict on what is being typed, asked of the server once typing pauses. `checking`
 * is true while the shown result is for older text, so the screen can say it is catching up.
 */
export function useLiveLint(text: string) {
  const current = text.trim();
  const settled = useDebouncedValue(current, LINT_DELAY_MS);
  const query = useQuery({
    queryKey: questionKeys.lint(settled),
    queryFn: () => questionsApi.lint(settled),
    enabled: settled !== "",
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  });
  if (current === "") return { result: null, checking: false, failed: false };
  return {
    result: query.data ?? null,
    checking: settled !== current || query.isFetching,
    failed: query.isError,
  };
}

function useInvalidateLists() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: questionKeys.lists });
}

export function useCreateList() {
  const invalidate = useInvalidateLists();
  return useMutation({
    mutationFn: (input: NewListInput) => questionsApi.create(input),
    onSuccess: invalidate,
  });
}

export function useCreateFromStarter() {
  const invalidate = useInvalidateLists();
  return useMutation({
    mutationFn: (input: FromStarterInput) => questionsApi.fromStarter(input),
    onSuccess: invalidate,
  });
}

export function useImportList() {
  const invalidate = useInvalidateLists();
  return useMutation({
    mutationFn: (input: ImportInput) => questionsApi.importList(input),
    onSuccess: invalidate,
  });
}

export function useRenameList(listId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => questionsApi.rename(listId, name),
    onSuccess: async (list) => {
      client.setQueryData(questionKeys.list(listId), list);
      await client.invalidateQueries({ queryKey: questionKeys.lists, exact: true });
    },
  });
}

export function useDeleteList(listId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => questionsApi.remove(listId),
    // The deleted list's own query is left to expire: removing it while its screen is still shown
    // would refetch it and flash "not available" before the app moves on.
    onSuccess: () => client.invalidateQueries({ queryKey: questionKeys.lists, exact: true }),
  });
}

/** Every change to a list's questions ends by refreshing the list and the summary counts. */
function useItemMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ queryKey: questionKeys.lists }),
  });
}

export const useAddItem = (listId: string) =>
  useItemMutation((draft: QuestionDraft) => questionsApi.addItem(listId, draft));

export const useUpdateItem = (listId: string) =>
  useItemMutation((input: { itemId: string; changes: ItemChanges }) =>
    questionsApi.updateItem(listId, input.itemId, input.changes),
  );

export const useRemoveItem = (listId: string) =>
  useItemMutation((itemId: string) => questionsApi.removeItem(listId, itemId));

export const useAddFromBank = (listId: string) =>
  useItemMutation((questionIds: string[]) => questionsApi.addFromBank(listId, questionIds));

/** Several questions at once; a move changes the other list too, so every list is refreshed. */
export const useBulkItems = (listId: string) =>
  useItemMutation((input: BulkItemsInput) => questionsApi.bulk(listId, input));

/**
 * Reordering shows the new order at once (a dropped question stays where it was dropped), then
 * takes the server's; a failure brings the list back as the server has it.
 */
export function useReorderItems(listId: string) {
  const client = useQueryClient();
  const key = questionKeys.list(listId);
  return useMutation({
    mutationFn: (itemIds: string[]) => questionsApi.reorder(listId, itemIds),
    onMutate: async (itemIds: string[]) => {
      await client.cancelQueries({ queryKey: key, exact: true });
      client.setQueryData<QuestionList>(key, (list) => {
        if (!list) return list;
        const byId = new Map(list.items.map((item) => [item.id, item]));
        const items = itemIds.flatMap((id, position) => {
          const item = byId.get(id);
          return item ? [{ ...item, position }] : [];
        });
        return { ...list, items };
      });
    },
    onSuccess: ({ items }: { items: QuestionItem[] }) => {
      client.setQueryData<QuestionList>(key, (list) => (list ? { ...list, items } : list));
    },
    onError: () => client.invalidateQueries({ queryKey: key, exact: true }),
  });
}
