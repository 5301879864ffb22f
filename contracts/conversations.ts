import { z } from "zod";
import { RHYTHMS } from "#core/conversations/cadence";
import { LISTENING_CHECK_KEYS } from "#core/conversations/listening";
import { facetIdParam, keyedObject, requiredText, uuidParam } from "./common";
import { facetValueSchema } from "./facets";
import { beliefBody, beliefSchema } from "./knowledge";

/**
 * Conversations: a leader's 1:1s with a person they lead. The leader plans one with an agenda,
 * the person adds talking points, and both read the shared notes; the private notes, the
 * vulnerability loop and the listening self-check are the leader's alone. A response to the
 * person (`viewer: "member"`) has none of those fields, not even empty.
 */

export const CONVERSATION_STATUSES = ["planned", "held", "cancelled"] as const;
export const conversationStatusSchema = z.enum(CONVERSATION_STATUSES);
export type ConversationStatus = z.infer<typeof conversationStatusSchema>;

export const rhythmSchema = z.enum(RHYTHMS);
export type Rhythm = z.infer<typeof rhythmSchema>;

export const AGENDA_ITEM_KINDS = ["question", "topic"] as const;
export const agendaItemKindSchema = z.enum(AGENDA_ITEM_KINDS);

export const AGENDA_TEXT_MAX = 500;
export const NOTES_MAX = 20_000;
export const AGENDA_MAX_ITEMS = 50;
export const DURATION_MAX_MINUTES = 480;

export const personConversationsParams = z.object({ userId: uuidParam });
export const conversationParams = z.object({ conversationId: uuidParam });

const someone = z.object({ id: z.string(), name: z.string() });
/** An instant with its offset (`2026-03-02T15:00:00+01:00` or `…Z`); stored and answered in UTC. */
const instantSchema = z.iso.datetime({ offset: true, message: "must be a date and time with its offset" });

/** One item of the agenda: the leader's questions and topics, and the person's talking points. */
export const agendaItemSchema = z.object({
  id: z.string(),
  author: z.enum(["leader", "member"]),
  kind: agendaItemKindSchema,
  text: z.string(),
  facetId: z.string().nullable(),
  /** The bank question or list item it came from, when it came from one. */
  questionId: z.string().nullable(),
  /** A question asked, or a topic talked through. */
  covered: z.boolean(),
  /** The unfinished item of the last held conversation this one carries over. */
  carriedFrom: z.string().nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** The vulnerability loop: what the leader shared first, when the person answered in kind, when the leader noticed. */
export const loopSchema = z.object({
  signal: z.string().nullable(),
  signalAt: z.string().nullable(),
  respondedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type Loop = z.infer<typeof loopSchema>;

/** The listening self-check: yes, no or unanswered per item of the checklist, and the talk share. */
export const listeningCheckSchema = z.object({
  items: keyedObject(LISTENING_CHECK_KEYS, z.boolean().nullable()),
  /** The leader's estimate of their share of the talk time, in percent. */
  talkShare: z.number().int().nullable(),
  checkedAt: z.string().nullable(),
});
export type ListeningCheck = z.infer<typeof listeningCheckSchema>;

/** A request that the person record their own answer on a facet; open until they answer it after it was made. */
export const answerRequestSchema = z.object({
  id: z.string(),
  facetId: z.string(),
  facetKey: z.string(),
  facetTitle: z.string(),
  conversationId: z.string().nullable(),
  requestedAt: z.string(),
  open: z.boolean(),
});
export type AnswerRequest = z.infer<typeof answerRequestSchema>;

/** A conversation as listed: the same for the leader and the person. */
export const conversationSummarySchema = z.object({
  id: z.string(),
  leader: someone,
  person: someone,
  scheduledAt: z.string(),
  durationMinutes: z.number().int(),
  status: conversationStatusSchema,
  heldAt: z.string().nullable(),
});
export type ConversationSummary = z.infer<typeof conversationSummarySchema>;

const sharedParts = {
  ...conversationSummarySchema.shape,
  agenda: z.array(agendaItemSchema),
  sharedNotes: z.string(),
  /** The answers the leader asked the person to record in this conversation. */
  answerRequests: z.array(answerRequestSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
};

/** The person's view: no private notes, no loop, no self-check. */
export const memberConversationSchema = z.object({ viewer: z.literal("member"), ...sharedParts });
export type MemberConversation = z.infer<typeof memberConversationSchema>;

/** The leader's view: everything. */
export const leaderConversationSchema = z.object({
  viewer: z.literal("leader"),
  ...sharedParts,
  privateNotes: z.string(),
  loop: loopSchema,
  listeningCheck: listeningCheckSchema,
});
export type LeaderConversation = z.infer<typeof leaderConversationSchema>;

export const conversationSchema = z.discriminatedUnion("viewer", [
  leaderConversationSchema,
  memberConversationSchema,
]);
export type Conversation = z.infer<typeof conversationSchema>;

export const cadenceSchema = z.object({
  personId: z.string(),
  rhythm: rhythmSchema,
  updatedAt: z.string().nullable(),
});
export type Cadence = z.infer<typeof cadenceSchema>;

/**
 * A person's conversations, newest first: for their leader, those the leader had with them and the
 * leader's cadence for them; for the person, those with each of their leaders (`cadence` null).
 */
export const conversationListSchema = z.object({
  viewer: z.enum(["leader", "member"]),
  person: someone,
  cadence: cadenceSchema.nullable(),
  conversations: z.array(conversationSummarySchema),
});
export type ConversationList = z.infer<typeof conversationListSchema>;

const agendaText = requiredText(AGENDA_TEXT_MAX);

/** An item of the leader's agenda as sent: a question or a topic, maybe about a facet, maybe from a question. */
export const agendaItemBody = z.object({
  kind: agendaItemKindSchema,
  text: agendaText,
  facetId: facetIdParam.nullish(),
  questionId: z.string().min(1).max(100).nullish(),
});
export type AgendaItemInput = z.input<typeof agendaItemBody>;

/**
 * Planning a conversation. The web prefills `agenda` from the person's next-conversation
 * suggestions (`GET /people/:userId/audit`); the server takes it as given and adds, after it, the
 * unfinished items of the last held conversation with the person (marked `carriedFrom`).
 */
const durationSchema = z
  .number()
  .int("must be a whole number")
  .min(5, `must be 5 to ${DURATION_MAX_MINUTES} minutes`)
  .max(DURATION_MAX_MINUTES, `must be 5 to ${DURATION_MAX_MINUTES} minutes`);

export const newConversationBody = z.object({
  scheduledAt: instantSchema,
  durationMinutes: durationSchema.default(30),
  agenda: z.array(agendaItemBody).max(AGENDA_MAX_ITEMS).default([]),
});
export type NewConversationInput = z.input<typeof newConversationBody>;

const notes = z.string().max(NOTES_MAX, `must be at most ${NOTES_MAX} characters`);

export const loopBody = z.object({
  signal: z.string().trim().min(1, "is required").max(AGENDA_TEXT_MAX).nullable().optional(),
  signalAt: instantSchema.nullable().optional(),
  respondedAt: instantSchema.nullable().optional(),
  closedAt: instantSchema.nullable().optional(),
});
export type LoopInput = z.input<typeof loopBody>;

export const listeningCheckBody = z.object({
  items: keyedObject(LISTENING_CHECK_KEYS, z.boolean().nullable().optional()).optional(),
  talkShare: z
    .number()
    .int("must be a whole number")
    .min(0, "must be 0 to 100")
    .max(100, "must be 0 to 100")
    .nullable()
    .optional(),
});
export type ListeningCheckInput = z.input<typeof listeningCheckBody>;

/**
 * The leader logs the conversation. Every field is optional; `agenda` replaces the leader's items
 * (an item naming the `id` of one of them keeps it, one without is new, a leader's item left out
 * is removed; the person's talking points stay), and `covered` is the full set of items asked or
 * talked through, the person's included.
 */
export const conversationPatchBody = z.object({
  scheduledAt: instantSchema.optional(),
  durationMinutes: durationSchema.optional(),
  status: z.enum(["held", "cancelled"]).optional(),
  sharedNotes: notes.optional(),
  privateNotes: notes.optional(),
  agenda: z
    .array(agendaItemBody.extend({ id: uuidParam.optional() }))
    .max(AGENDA_MAX_ITEMS)
    .optional(),
  covered: z
    .array(uuidParam)
    .max(AGENDA_MAX_ITEMS * 2)
    .optional(),
  loop: loopBody.optional(),
  listeningCheck: listeningCheckBody.optional(),
});
export type ConversationPatchInput = z.input<typeof conversationPatchBody>;

/** The person adds a talking point of their own. */
export const talkingPointBody = z.object({ text: agendaText });
export type TalkingPointInput = z.input<typeof talkingPointBody>;

/** What the leader learned, recorded as their belief with the source `asked`. */
export const learningBody = z.object({
  facetId: facetIdParam,
  value: facetValueSchema,
  confidence: beliefBody.shape.confidence,
});
export type LearningInput = z.input<typeof learningBody>;

export const learningSchema = z.object({ facetId: z.string(), belief: beliefSchema });
export type Learning = z.infer<typeof learningSchema>;

/** Ask the person to record their own answer on a facet. */
export const answerRequestBody = z.object({ facetId: facetIdParam });
export type AnswerRequestInput = z.input<typeof answerRequestBody>;

export const cadenceBody = z.object({ rhythm: rhythmSchema });
export type CadenceInput = z.input<typeof cadenceBody>;
