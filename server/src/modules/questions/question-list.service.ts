import type { Kysely } from "kysely";
import { type BulkAction, dimensionOf, MAX_LIST_ITEMS, type TransferFormat } from "#contracts/questions";
import {
  BANK_QUESTIONS,
  type BankFilter,
  type BankQuestion,
  filterBank,
  matchesFilter,
} from "#core/questions/bank";
import { type StarterSetKey, starterSetByKey } from "#core/questions/starter-sets";
import type { AuthContext } from "../../access/auth-context";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import type { Database, QuestionListItemTable, QuestionListTable } from "../../db/schema";
import { iso } from "../../lib/clock";
import { badRequest, conflict, forbidden, notFound } from "../../lib/errors";
import { newId } from "../../lib/tokens";
import { importFindings, readImportFile, writeExportFile } from "./question-list.files";
import { questionListPolicy } from "./question-list.policy";
import { questionListRepository as repository } from "./question-list.repository";
import type { TransferQuestion } from "./question-list.transfer";

export interface ItemFilter extends BankFilter {
  includeRetired?: boolean;
}

export interface NewItem {
  text: string;
  facet?: string | null | undefined;
  topic?: string | null | undefined;
  depth: QuestionListItemTable["depth"];
}

export type ItemChanges = Partial<NewItem> & { retired?: boolean | undefined };

/** Pure: the items that meet every criterion given, in list order. Lists are small (≤ 1000 items). */
export function filterItems(
  items: readonly QuestionListItemTable[],
  filter: ItemFilter,
): QuestionListItemTable[] {
  const matches = matchesFilter(filter);
  return items.filter(
    (item) =>
      (filter.includeRetired === true || item.retired === 0) &&
      matches({ ...item, dimension: dimensionOf(item.facet) }),
  );
}

const BANK_BY_ID = new Map(BANK_QUESTIONS.map((question) => [question.id, question]));

const listFull = () =>
  conflict(
    "list_full",
    `A list holds at most ${MAX_LIST_ITEMS} questions; retire or delete some, or start a new list.`,
  );

export function questionListService(ctx: AppContext) {
  const now = () => iso(ctx.clock.now());
  const inTransaction = <T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> =>
    ctx.db.transaction().execute(work);
  /**
   * A transaction that writes the viewer's lists: their workspace's data version moves with it, and
   * their question-list version, by which audits keep the leader's questions.
   */
  const writing = <T>(auth: AuthContext, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> =>
    writeContent(ctx.db, auth.workspaceId, work, { questionsOf: auth.userId });

  /** The viewer's own list; anyone else's (another leader's, another workspace's) is a 404. */
  async function ownList(
    db: Kysely<Database>,
    auth: AuthContext,
    listId: string,
  ): Promise<QuestionListTable> {
    const list = await repository.findOwned(db, auth.workspaceId, auth.userId, listId);
    if (!list || !questionListPolicy.canUse(auth, list)) throw notFound("Question list");
    return list;
  }

  async function ownItem(db: Kysely<Database>, auth: AuthContext, listId: string, itemId: string) {
    const list = await ownList(db, auth, listId);
    const item = await repository.findItem(db, list.id, itemId);
    if (!item) throw notFound("Question");
    return { list, item };
  }

  function newList(auth: AuthContext, name: string): QuestionListTable {
    const at = now();
    return {
      id: newId(),
      workspace_id: auth.workspaceId,
      owner_id: auth.userId,
      name,
      created_at: at,
      updated_at: at,
    };
  }

  function itemRow(
    listId: string,
    position: number,
    question: TransferQuestion,
    bankQuestionId: string | null,
  ): QuestionListItemTable {
    const at = now();
    return {
      id: newId(),
      list_id: listId,
      text: question.text,
      facet: question.facet,
      topic: question.topic,
      depth: question.depth,
      position,
      retired: question.retired ? 1 : 0,
      bank_question_id: bankQuestionId,
      created_at: at,
      updated_at: at,
    };
  }

  const touch = (db: Kysely<Database>, listId: string) =>
    repository.updateList(db, listId, { updated_at: now() });

  function requireKeeper(auth: AuthContext): void {
    if (!questionListPolicy.canKeepLists(auth)) throw forbidden("You cannot keep question lists.");
  }

  return {
    list(auth: AuthContext) {
      return inTransaction((trx) => repository.listOwned(trx, auth.workspaceId, auth.userId));
    },

    /** A new list: empty, the whole bank (`true`) or the part of the bank that meets the filter. */
    async create(auth: AuthContext, input: { name: string; fromBank?: true | BankFilter | undefined }) {
      requireKeeper(auth);
      return writing(auth, async (trx) => {
        const list = newList(auth, input.name);
        await repository.insertList(trx, list);
        const copied =
          input.fromBank === undefined
            ? []
            : filterBank(BANK_QUESTIONS, input.fromBank === true ? {} : input.fromBank);
        const items = copied.map((q, position) => itemRow(list.id, position, { ...q, retired: false }, q.id));
        await repository.insertItems(trx, items);
        return { list, items };
      });
    },

    /** A new list holding a starter set's questions in the set's order, named after the set unless named. */
    async createFromStarter(auth: AuthContext, input: { set: StarterSetKey; name?: string | undefined }) {
      requireKeeper(auth);
      const set = starterSetByKey(input.set);
      if (!set) throw badRequest("set", "There is no such starter set.", "is not a starter set");
      const questions = set.questionIds.flatMap((id) => BANK_BY_ID.get(id) ?? []);
      return writing(auth, async (trx) => {
        const list = newList(auth, input.name ?? set.title);
        await repository.insertList(trx, list);
        const items = questions.map((q, position) =>
          itemRow(list.id, position, { ...q, retired: false }, q.id),
        );
        await repository.insertItems(trx, items);
        return { list, items };
      });
    },

    detail(auth: AuthContext, listId: string) {
      return inTransaction(async (trx) => {
        const list = await ownList(trx, auth, listId);
        return { list, items: await repository.items(trx, list.id) };
      });
    },

    rename(auth: AuthContext, listId: string, name: string) {
      return writing(auth, async (trx) => {
        const list = await ownList(trx, auth, listId);
        const renamed = { ...list, name, updated_at: now() };
        await repository.updateList(trx, list.id, { name, updated_at: renamed.updated_at });
        return { list: renamed, items: await repository.items(trx, list.id) };
      });
    },

    remove(auth: AuthContext, listId: string) {
      return writing(auth, async (trx) => {
        const list = await ownList(trx, auth, listId);
        await repository.deleteList(trx, list.id);
      });
    },

    items(auth: AuthContext, listId: string, filter: ItemFilter) {
      return inTransaction(async (trx) => {
        const list = await ownList(trx, auth, listId);
        return filterItems(await repository.items(trx, list.id), filter);
      });
    },

    addItem(auth: AuthContext, listId: string, input: NewItem) {
      return writing(auth, async (trx) => {
        const list = await ownList(trx, auth, listId);
        const { count, nextPosition } = await repository.countItems(trx, list.id);
        if (count >= MAX_LIST_ITEMS) throw listFull();
        const item = itemRow(
          list.id,
          nextPosition,
          {
            text: input.text,
            facet: input.facet ?? null,
            topic: input.topic ?? null,
            depth: input.depth,
            retired: false,
          },
          null,
        );
        await repository.insertItems(trx, [item]);
        await touch(trx, list.id);
        return item;
      });
    },

    /**
     * Adds bank questions at the end of the list, in the order given. A question the list already
     * holds (copied from the bank before, retired or not) is left out and named in `alreadyInList`.
     * An id the bank does not have is a 400 naming it (`questionIds.2`); nothing is added then.
     */
    addFromBank(auth: AuthContext, listId: string, questionIds: readonly string[]) {
      const questions: BankQuestion[] = questionIds.map((id, index) => {
        const question = BANK_BY_ID.get(id);
        if (!question)
          throw badRequest(
            `questionIds.${index}`,
            `There is no question ${id} in the bank.`,
            "is not in the bank",
          );
        return question;
      });
      return writing(auth, async (trx) => {
        const list = await ownList(trx, auth, listId);
        const current = await repository.items(trx, list.id);
        const held = new Set(
          current.flatMap((item) => (item.bank_question_id ? [item.bank_question_id] : [])),
        );
        const fresh = questions.filter((question) => !held.has(question.id));
        if (current.length + fresh.length > MAX_LIST_ITEMS) throw listFull();
        const { nextPosition } = await repository.countItems(trx, list.id);
        const added = fresh.map((question, offset) =>
          itemRow(list.id, nextPosition + offset, { ...question, retired: false }, question.id),
        );
        await repository.insertItems(trx, added);
        if (added.length > 0) await touch(trx, list.id);
        return { added, alreadyInList: questions.filter((q) => held.has(q.id)).map((q) => q.id) };
      });
    },

    /**
     * Retires, restores or moves several items at once, in one transaction. Every id must be an item of
     * this list (else a 400 naming it, and nothing changes); a move goes to the end of another of the
     * viewer's lists, in this list's order, and keeps each item as it is (retired or not).
     */
    bulk(
      auth: AuthContext,
      listId: string,
      input: { itemIds: readonly string[]; action: BulkAction; toListId?: string | undefined },
    ) {
      return writing(auth, async (trx) => {
        const list = await ownList(trx, auth, listId);
        const current = await repository.items(trx, list.id);
        const known = new Set(current.map((item) => item.id));
        const stranger = input.itemIds.findIndex((id) => !known.has(id));
        if (stranger >= 0)
          throw badRequest(
            `itemIds.${stranger}`,
            "That question is not in this list.",
            "is not in this list",
          );
        let changed: number;
        if (input.action === "move") {
          if (input.toListId === list.id)
            throw badRequest(
              "toListId",
              "Choose another list: the questions are in this one.",
              "is this list",
            );
          const target = await ownList(trx, auth, input.toListId ?? "");
          const { count, nextPosition } = await repository.countItems(trx, target.id);
          if (count + input.itemIds.length > MAX_LIST_ITEMS) throw listFull();
          const chosen = new Set(input.itemIds);
          const moving = current.filter((item) => chosen.has(item.id)).map((item) => item.id);
          await repository.moveItems(trx, moving, target.id, nextPosition);
          const rest = current.filter((item) => !chosen.has(item.id));
          await repository.setPositions(
            trx,
            list.id,
            rest,
            rest.map((item) => item.id),
          );
          await touch(trx, target.id);
          changed = moving.length;
        } else {
          changed = await repository.setRetired(
            trx,
            list.id,
            input.itemIds,
            input.action === "retire" ? 1 : 0,
            now(),
          );
        }
        if (changed > 0) await touch(trx, list.id);
        return { changed, items: await repository.items(trx, list.id) };
      });
    },

    /** Edits, retires or restores one item. Giving a facet clears the topic and the other way round. */
    updateItem(auth: AuthContext, listId: string, itemId: string, changes: ItemChanges) {
      return writing(auth, async (trx) => {
        const { list, item } = await ownItem(trx, auth, listId, itemId);
        let { facet, topic } = item;
        if (changes.facet !== undefined) {
          facet = changes.facet;
          if (facet !== null && changes.topic === undefined) topic = null;
        }
        if (changes.topic !== undefined) {
          topic = changes.topic;
          if (topic !== null && changes.facet === undefined) facet = null;
        }
        if (facet !== null && topic !== null)
          throw badRequest("topic", "A question has a facet or a topic, not both.");
        const updated: QuestionListItemTable = {
          ...item,
          text: changes.text ?? item.text,
          facet,
          topic,
          depth: changes.depth ?? item.depth,
          retired: changes.retired === undefined ? item.retired : changes.retired ? 1 : 0,
          updated_at: now(),
        };
        const { id: _id, list_id: _list, created_at: _created, ...columns } = updated;
        await repository.updateItem(trx, item.id, columns);
        await touch(trx, list.id);
        return updated;
      });
    },

    /** Deletes one item; the items after it move up, so positions stay 0…n-1. */
    removeItem(auth: AuthContext, listId: string, itemId: string) {
      return writing(auth, async (trx) => {
        const { list, item } = await ownItem(trx, auth, listId, itemId);
        await repository.deleteItem(trx, item.id);
        const rest = await repository.items(trx, list.id);
        await repository.setPositions(
          trx,
          list.id,
          rest,
          rest.map((i) => i.id),
        );
        await touch(trx, list.id);
      });
    },

    /** Puts the items in the given order; the ids must be exactly the list's items, retired ones included. */
    reorder(auth: AuthContext, listId: string, itemIds: readonly string[]) {
      return writing(auth, async (trx) => {
        const list = await ownList(trx, auth, listId);
        const current = await repository.items(trx, list.id);
        const known = new Set(current.map((item) => item.id));
        const given = new Set(itemIds);
        if (given.size !== itemIds.length) throw badRequest("itemIds", "Each item may appear only once.");
        if (itemIds.length !== current.length || itemIds.some((id) => !known.has(id))) {
          throw badRequest(
            "itemIds",
            `Send every item of the list exactly once (${current.length} ids, retired ones included).`,
          );
        }
        await repository.setPositions(trx, list.id, current, itemIds);
        await touch(trx, list.id);
        return repository.items(trx, list.id);
      });
    },

    exportList(auth: AuthContext, listId: string, format: TransferFormat) {
      return inTransaction(async (trx) => {
        const list = await ownList(trx, auth, listId);
        return writeExportFile(list.name, await repository.items(trx, list.id), format);
      });
    },

    /**
     * A new list from a file. Every row is checked before anything is written: the first bad row refuses
     * the whole file. Lint findings are reported per row but never block the import.
     */
    async importList(auth: AuthContext, input: { name: string; format: TransferFormat; content: string }) {
      requireKeeper(auth);
      const questions = readImportFile(input.format, input.content);
      return writing(auth, async (trx) => {
        const list = newList(auth, input.name);
        await repository.insertList(trx, list);
        const items = questions.map((q, position) => itemRow(list.id, position, q, null));
        await repository.insertItems(trx, items);
        const findings = importFindings(questions);
        return { list, items, findings };
      });
    },
  };
}
