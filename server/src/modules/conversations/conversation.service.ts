import type { Kysely } from "kysely";
import type {
  Cadence,
  Conversation,
  ConversationList,
  ConversationPatchInput,
  LeaderConversation,
  NewConversationInput,
  Rhythm,
} from "#contracts/conversations";
import type { AuthContext } from "../../access/auth-context";
import { relations } from "../../access/relations";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import type { Database } from "../../db/schema";
import { iso } from "../../lib/clock";
import { conflict, forbidden, notFound } from "../../lib/errors";
import { newId } from "../../lib/tokens";
import { currentAnswers } from "../answers";
import { resolveAgenda } from "./agenda";
import { type ConversationViewer, conversationPolicy } from "./conversation.policy";
import {
  type ConversationParts,
  presentConversation,
  presentLeaderConversation,
  presentRequest,
  presentSummary,
} from "./conversation.presenter";
import {
  answerRequestRepository,
  type ConversationRow,
  cadenceRepository,
  conversationRepository,
  itemRepository,
} from "./conversation.repository";
import { applyPatch } from "./conversation-patch";

/**
 * What a conversation's view is made of: the row read afresh (after a write, inside its
 * transaction) beside its agenda and requests, or `current` when nothing was written since it
 * was read.
 */
export async function partsOf(
  db: Kysely<Database>,
  ref: Pick<ConversationRow, "id" | "workspace_id" | "person_id">,
  current?: ConversationRow,
): Promise<ConversationParts> {
  const [fresh, items, requests, answers] = await Promise.all([
    current ?? conversationRepository.find(db, ref.workspace_id, ref.id),
    itemRepository.listFor(db, [ref.id]),
    answerRequestRepository.ofConversation(db, ref.id),
    currentAnswers(db, ref.person_id),
  ]);
  if (!fresh) throw notFound("Conversation");
  return { row: fresh, items, requests: requests.map((r) => presentRequest(r, answers)) };
}

export function conversationService(ctx: AppContext) {
  /** The person and how the viewer stands to them; 404 for a person not in the viewer's workspace. */
  async function standingTo(auth: AuthContext, personId: string) {
    const standing = await relations.person(ctx.db, auth, personId);
    if (!standing) throw notFound("Person");
    return standing;
  }

  /** The conversation and the viewer's standing on it; 404 for anyone who has none. */
  async function viewed(
    auth: AuthContext,
    conversationId: string,
  ): Promise<{ row: ConversationRow; viewer: ConversationViewer }> {
    const row = await conversationRepository.find(ctx.db, auth.workspaceId, conversationId);
    if (!row) throw notFound("Conversation");
    const standing = await relations.person(ctx.db, auth, row.person_id);
    const viewer = conversationPolicy.viewerOf(auth, row, standing?.relation ?? "none");
    if (!viewer) throw notFound("Conversation");
    return { row, viewer };
  }

  async function logged(auth: AuthContext, conversationId: string) {
    const found = await viewed(auth, conversationId);
    if (!conversationPolicy.canLog(found.viewer))
      throw forbidden("Only the leader who holds the conversation logs it.");
    return found.row;
  }

  async function cadenceOf(db: Kysely<Database>, leaderId: string, personId: string): Promise<Cadence> {
    const row = await cadenceRepository.find(db, leaderId, personId);
    return { personId, rhythm: row?.rhythm ?? "none", updatedAt: row?.updated_at ?? null };
  }

  return {
    viewed,
    logged,

    /**
     * A person's conversations, newest first: to their leader, those the leader had with them and
     * the leader's cadence; to the person, those with every leader. Anyone else: 404.
     */
    async list(auth: AuthContext, personId: string): Promise<ConversationList> {
      const { person, relation } = await standingTo(auth, personId);
      const viewer = conversationPolicy.listViewer(relation);
      if (!viewer) throw notFound("Person");
      const leaderId = viewer === "leader" ? auth.userId : undefined;
      const [rows, cadence] = await Promise.all([
        conversationRepository.listFor(ctx.db, auth.workspaceId, personId, leaderId),
        viewer === "leader" ? cadenceOf(ctx.db, auth.userId, personId) : null,
      ]);
      return {
        viewer,
        person: { id: person.id, name: person.name },
        cadence,
        conversations: rows.map(presentSummary),
      };
    },

    async get(auth: AuthContext, conversationId: string): Promise<Conversation> {
      const { row, viewer } = await viewed(auth, conversationId);
      return presentConversation(viewer, await partsOf(ctx.db, row, row));
    },

    /**
     * Plans a conversation with a person the viewer leads. The agenda is taken as given; after it
     * come the unfinished items (not covered) of the last conversation held with the person, each
     * marking the item it carries over.
     */
    async plan(
      auth: AuthContext,
      personId: string,
      input: NewConversationInput,
    ): Promise<LeaderConversation> {
      const { relation } = await standingTo(auth, personId);
      if (!conversationPolicy.canPlanWith(relation)) throw notFound("Person");
      const agenda = await resolveAgenda(ctx.db, auth.workspaceId, input.agenda ?? []);
      const now = iso(ctx.clock.now());
      const id = newId();
      return writeContent(ctx.db, auth.workspaceId, async (trx) => {
        await conversationRepository.insert(trx, {
          id,
          workspace_id: auth.workspaceId,
          leader_id: auth.userId,
          person_id: personId,
          scheduled_at: new Date(input.scheduledAt).toISOString(),
          duration_minutes: input.durationMinutes ?? 30,
          created_at: now,
          updated_at: now,
        });
        const last = await conversationRepository.lastHeld(trx, auth.userId, personId);
        const unfinished = last
          ? (await itemRepository.listFor(trx, [last.id])).filter((item) => item.covered === 0)
          : [];
        await itemRepository.insert(trx, [
          ...agenda.map((item, position) => ({
            id: newId(),
            conversation_id: id,
            position,
            author: "leader" as const,
            kind: item.kind,
            text: item.text,
            facet_id: item.facetId,
            question_id: item.questionId,
            carried_from: null,
            created_at: now,
          })),
          ...unfinished.map((item, index) => ({
            id: newId(),
            conversation_id: id,
            position: agenda.length + index,
            author: item.author,
            kind: item.kind,
            text: item.text,
            facet_id: item.facet_id,
            question_id: item.question_id,
            carried_from: item.id,
            created_at: now,
          })),
        ]);
        return presentLeaderConversation(
          await partsOf(trx, { id, workspace_id: auth.workspaceId, person_id: personId }),
        );
      });
    },

    /** The leader logs the conversation (see conversation-patch.ts); nothing is stored on a 400. */
    async update(
      auth: AuthContext,
      conversationId: string,
      input: ConversationPatchInput,
    ): Promise<LeaderConversation> {
      const row = await logged(auth, conversationId);
      const agenda = input.agenda && (await resolveAgenda(ctx.db, auth.workspaceId, input.agenda));
      return writeContent(ctx.db, auth.workspaceId, async (trx) => {
        await applyPatch(trx, row, { ...input, agenda }, iso(ctx.clock.now()));
        return presentLeaderConversation(await partsOf(trx, row));
      });
    },

    /** The person adds a talking point to a planned conversation, after every item there. */
    async addTalkingPoint(auth: AuthContext, conversationId: string, text: string) {
      const { row, viewer } = await viewed(auth, conversationId);
      if (!conversationPolicy.canAddTalkingPoint(viewer))
        throw forbidden("Talking points are the person's; add yours to the agenda instead.");
      if (row.status !== "planned")
        throw conflict("conversation_not_planned", "Talking points go on a conversation still to come.");
      const now = iso(ctx.clock.now());
      return writeContent(ctx.db, auth.workspaceId, async (trx) => {
        const items = await itemRepository.listFor(trx, [row.id]);
        const item = {
          id: newId(),
          conversation_id: row.id,
          position: Math.max(-1, ...items.map((i) => i.position)) + 1,
          author: "member" as const,
          kind: "topic" as const,
          text,
          facet_id: null,
          question_id: null,
          carried_from: null,
          created_at: now,
          covered: 0 as const,
        };
        await itemRepository.insert(trx, [item]);
        await conversationRepository.update(trx, row.id, { updated_at: now });
        return item;
      });
    },

    /** The leader's target rhythm of conversations with a person they lead. */
    async setCadence(auth: AuthContext, personId: string, rhythm: Rhythm): Promise<Cadence> {
      const { relation } = await standingTo(auth, personId);
      if (!conversationPolicy.canPlanWith(relation)) throw notFound("Person");
      const now = iso(ctx.clock.now());
      return writeContent(ctx.db, auth.workspaceId, async (trx) => {
        await cadenceRepository.set(trx, {
          leader_id: auth.userId,
          person_id: personId,
          rhythm,
          updated_at: now,
        });
        return cadenceOf(trx, auth.userId, personId);
      });
    },
  };
}
