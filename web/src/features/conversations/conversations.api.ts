import {
  type AgendaItemInput,
  agendaItemSchema,
  answerRequestSchema,
  type CadenceInput,
  type ConversationPatchInput,
  cadenceSchema,
  conversationListSchema,
  conversationSchema,
  type LearningInput,
  leaderConversationSchema,
  learningSchema,
  type NewConversationInput,
} from "#contracts/conversations";
import { api } from "../../lib/api";

export type {
  AgendaItem,
  AgendaItemInput,
  AnswerRequest,
  Cadence,
  CadenceInput,
  Conversation,
  ConversationList,
  ConversationPatchInput,
  ConversationStatus,
  ConversationSummary,
  LeaderConversation,
  LearningInput,
  ListeningCheck,
  Loop,
  MemberConversation,
  NewConversationInput,
  Rhythm,
} from "#contracts/conversations";

const personPath = (userId: string) => `/people/${encodeURIComponent(userId)}`;
const conversationPath = (conversationId: string) => `/conversations/${encodeURIComponent(conversationId)}`;

export const conversationsApi = {
  /** A person's conversations: for their leader, with that leader; for the person, with each of their leaders. */
  ofPerson: (userId: string) => api.get(`${personPath(userId)}/conversations`, conversationListSchema),
  plan: (userId: string, input: NewConversationInput) =>
    api.post(`${personPath(userId)}/conversations`, leaderConversationSchema, input),
  detail: (conversationId: string) => api.get(conversationPath(conversationId), conversationSchema),
  update: (conversationId: string, input: ConversationPatchInput) =>
    api.patch(conversationPath(conversationId), leaderConversationSchema, input),
  addTalkingPoint: (conversationId: string, text: string) =>
    api.post(`${conversationPath(conversationId)}/talking-points`, agendaItemSchema, { text }),
  recordLearning: (conversationId: string, input: LearningInput) =>
    api.post(`${conversationPath(conversationId)}/learnings`, learningSchema, input),
  askToRecord: (conversationId: string, facetId: string) =>
    api.post(`${conversationPath(conversationId)}/answer-requests`, answerRequestSchema, { facetId }),
  setCadence: (userId: string, input: CadenceInput) =>
    api.put(`${personPath(userId)}/cadence`, cadenceSchema, input),
};

/** The agenda as the plan form sends it. */
export type PlannedItem = AgendaItemInput;
