import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { auditKeys } from "../audit/audit.keys";
import { homeKeys } from "../home/home.keys";
import { knowledgeKeys } from "../knowledge/knowledge.keys";
import { practiceKeys } from "../practice/practice.keys";
import {
  type CadenceInput,
  type Conversation,
  type ConversationPatchInput,
  conversationsApi,
  type LearningInput,
  type NewConversationInput,
} from "./conversations.api";
import { conversationKeys } from "./conversations.keys";

export const usePersonConversations = (userId: string, enabled = true) =>
  useQuery({
    queryKey: conversationKeys.ofPerson(userId),
    queryFn: () => conversationsApi.ofPerson(userId),
    enabled,
  });

export const useConversation = (conversationId: string) =>
  useQuery({
    queryKey: conversationKeys.detail(conversationId),
    queryFn: () => conversationsApi.detail(conversationId),
  });

/**
 * After a write: the conversation as the server answered it; its person's list, the home, the practice
 * figures (counted from held conversations) and the audits (which read the last one held) read again.
 */
function useConversationSaved() {
  const client = useQueryClient();
  return async (conversation: Conversation) => {
    client.setQueryData(conversationKeys.detail(conversation.id), conversation);
    await Promise.all([
      client.invalidateQueries({ queryKey: conversationKeys.ofPerson(conversation.person.id) }),
      client.invalidateQueries({ queryKey: homeKeys.mine }),
      client.invalidateQueries({ queryKey: practiceKeys.all }),
      client.invalidateQueries({ queryKey: auditKeys.all }),
    ]);
  };
}

export function usePlanConversation(userId: string) {
  const saved = useConversationSaved();
  return useMutation({
    mutationFn: (input: NewConversationInput) => conversationsApi.plan(userId, input),
    onSuccess: saved,
  });
}

export function useUpdateConversation(conversationId: string) {
  const saved = useConversationSaved();
  return useMutation({
    mutationFn: (input: ConversationPatchInput) => conversationsApi.update(conversationId, input),
    onSuccess: saved,
  });
}

export function useAddTalkingPoint(conversationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => conversationsApi.addTalkingPoint(conversationId, text),
    onSuccess: () => client.invalidateQueries({ queryKey: conversationKeys.detail(conversationId) }),
  });
}

/** A learning is a belief with the source `asked`: the person page and every audit change with it. */
export function useRecordLearning(conversationId: string, personId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: LearningInput) => conversationsApi.recordLearning(conversationId, input),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: knowledgeKeys.person(personId) }),
        client.invalidateQueries({ queryKey: auditKeys.all }),
        client.invalidateQueries({ queryKey: homeKeys.mine }),
      ]),
  });
}

export function useAskToRecord(conversationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (facetId: string) => conversationsApi.askToRecord(conversationId, facetId),
    onSuccess: () => client.invalidateQueries({ queryKey: conversationKeys.detail(conversationId) }),
  });
}

export function useSetCadence(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CadenceInput) => conversationsApi.setCadence(userId, input),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: conversationKeys.ofPerson(userId) }),
        client.invalidateQueries({ queryKey: homeKeys.mine }),
      ]),
  });
}
