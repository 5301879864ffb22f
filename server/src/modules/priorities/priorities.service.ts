import type { Kysely } from "kysely";
import type {
  Alignment,
  AlignmentItem,
  MyRating,
  NewWorkItemInput,
  WorkItem,
  WorkItemPatchInput,
  WorkItemRatingInput,
} from "#contracts/priorities";
import { kendallTauB, kendallW, tauInWords, wInWords } from "#core/movement/alignment";
import {
  type ItemFigures,
  itemFigures,
  rankItems,
  ratingFiguresVerdict,
  ratingsWithheldMessage,
  worthAConversation,
} from "#core/movement/priorities";
import { effectiveThreshold } from "#core/privacy/anonymity";
import { canSeeAnswer, relationFrom } from "#core/privacy/visibility";
import type { AuthContext } from "../../access/auth-context";
import { relations, type TeamStanding } from "../../access/relations";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import type { Database, TeamRole } from "../../db/schema";
import { iso } from "../../lib/clock";
import { conflict, forbidden, notFound } from "../../lib/errors";
import { newId } from "../../lib/tokens";
import { anonymityThresholds } from "../pulses";
import { prioritiesPolicy } from "./priorities.policy";
import { presentItem, presentRating } from "./priorities.presenter";
import {
  prioritiesRepository as repository,
  type TeamRatingRow,
  type WorkItemRow,
} from "./priorities.repository";

/** An empty description is none. */
const descriptionOf = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/** The team, when the viewer is on it (a leader or a member); else 404, admins included. */
async function teamInUse(db: Kysely<Database>, auth: AuthContext, teamId: string): Promise<TeamStanding> {
  const standing = await relations.team(db, auth, teamId);
  if (!standing || !prioritiesPolicy.canUse(standing.role)) throw notFound("Team");
  return standing;
}

/** The item and the viewer's standing on its team, when the viewer is on that team; else 404. */
async function itemInUse(
  db: Kysely<Database>,
  auth: AuthContext,
  itemId: string,
): Promise<{ row: WorkItemRow; role: TeamRole }> {
  const row = await repository.findItem(db, auth.workspaceId, itemId);
  const standing = row ? await relations.team(db, auth, row.team_id) : undefined;
  if (!row || !standing || !prioritiesPolicy.canUse(standing.role) || standing.role === null)
    throw notFound("Work item");
  return { row, role: standing.role };
}

/** Whether the viewer may see one rating: its visibility, over how they stand to its rater on this team. */
function seenBy(auth: AuthContext, role: TeamRole, rating: TeamRatingRow): boolean {
  const relation = relationFrom(rating.user_id === auth.userId, [
    { viewerRole: role, personRole: rating.role },
  ]);
  return canSeeAnswer(rating.visibility, relation);
}

/** Tau-b on value over the items both rated, in the items' order. */
function agreementOn(xs: Map<string, number>, ys: Map<string, number>, itemIds: readonly string[]) {
  const both = itemIds.filter((id) => xs.has(id) && ys.has(id));
  const tau = kendallTauB(
    both.map((id) => xs.get(id) as number),
    both.map((id) => ys.get(id) as number),
  );
  return { tau, words: tauInWords(tau), items: both.length };
}

const valuesOf = (ratings: readonly TeamRatingRow[]) => new Map(ratings.map((r) => [r.item_id, r.value]));

/** The members who rated every active item (with ratings that are not private), and those ratings. */
function completeRaters<M extends { id: string }>(
  members: readonly M[],
  counted: readonly TeamRatingRow[],
  itemIds: readonly string[],
): { complete: M[]; wRatings: TeamRatingRow[] } {
  const complete = members.filter((m) => {
    const rated = new Set(counted.filter((r) => r.user_id === m.id).map((r) => r.item_id));
    return itemIds.length > 0 && itemIds.every((id) => rated.has(id));
  });
  return { complete, wRatings: counted.filter((r) => complete.some((m) => m.id === r.user_id)) };
}

/** Kendall's W on value over the complete raters' orders of the items. */
const concordance = (
  complete: readonly { id: string }[],
  wRatings: readonly TeamRatingRow[],
  itemIds: readonly string[],
) =>
  kendallW(
    complete.map((m) => {
      const values = valuesOf(wRatings.filter((r) => r.user_id === m.id));
      return itemIds.map((id) => values.get(id) as number);
    }),
  );

/** A team's concordance as someone outside it sees it (a coach): no item's words, no rating, no person. */
export interface TeamConcordance {
  items: number;
  raters: number;
  concordance: number | null;
  withheld: string | null;
}

/**
 * For a coach granted a leader's alignment: the team's Kendall's W over the members who rated every
 * active item, withheld as it is from a member who sees none of the ratings (fewer raters than the
 * workspace's score threshold). Whoever calls has decided the viewer may see it.
 */
export async function teamConcordance(
  db: Kysely<Database>,
  workspaceId: string,
  teamId: string,
): Promise<TeamConcordance> {
  const [items, ratings, people, thresholds] = await Promise.all([
    repository.itemsOfTeam(db, teamId).then((rows) => rows.filter((r) => r.archived_at === null)),
    repository.teamRatings(db, teamId),
    repository.teamPeople(db, teamId),
    anonymityThresholds(db, workspaceId),
  ]);
  const itemIds = items.map((i) => i.id);
  const counted = ratings.filter((r) => r.visibility !== "private");
  const { complete, wRatings } = completeRaters(
    people.filter((p) => p.role === "member"),
    counted,
    itemIds,
  );
  const verdict = ratingFiguresVerdict(
    { raters: complete.length, seenOthers: 0, viewerRated: false },
    thresholds.scoreThreshold,
  );
  return {
    items: itemIds.length,
    raters: complete.length,
    concordance: verdict.shown ? concordance(complete, wRatings, itemIds) : null,
    withheld: verdict.shown ? null : ratingsWithheldMessage(verdict.reason, thresholds.scoreThreshold),
  };
}

export function prioritiesService(ctx: AppContext) {
  const { db } = ctx;
  return {
    /** The team's items with the viewer's own rating of each. */
    async list(auth: AuthContext, teamId: string): Promise<WorkItem[]> {
      const { role } = await teamInUse(db, auth, teamId);
      const rows = await repository.itemsOfTeam(db, teamId);
      const mine = await repository.ratingsBy(
        db,
        auth.userId,
        rows.map((r) => r.id),
      );
      return rows.map((row) =>
        presentItem(row, mine.get(row.id), prioritiesPolicy.canEdit(auth, role, row.created_by)),
      );
    },

    /** Anyone on the team adds an item. */
    async add(auth: AuthContext, teamId: string, input: NewWorkItemInput): Promise<WorkItem> {
      return writeContent(db, auth.workspaceId, async (trx) => {
        const { role } = await teamInUse(trx, auth, teamId);
        const row = {
          id: newId(),
          workspace_id: auth.workspaceId,
          team_id: teamId,
          title: input.title,
          description: descriptionOf(input.description),
          created_by: auth.userId,
          created_at: iso(ctx.clock.now()),
          archived_at: null,
        };
        await repository.insertItem(trx, row);
        const created = await repository.findItem(trx, auth.workspaceId, row.id);
        if (!created) throw notFound("Work item");
        return presentItem(created, undefined, prioritiesPolicy.canEdit(auth, role, auth.userId));
      });
    },

    /** Its creator or a leader of the team changes the title or description, or archives or restores it. */
    async update(auth: AuthContext, itemId: string, input: WorkItemPatchInput): Promise<WorkItem> {
      return writeContent(db, auth.workspaceId, async (trx) => {
        const { row, role } = await itemInUse(trx, auth, itemId);
        if (!prioritiesPolicy.canEdit(auth, role, row.created_by))
          throw forbidden("Only the item's creator and the team's leaders change it.");
        const archivedAt =
          input.archived === undefined
            ? undefined
            : input.archived
              ? (row.archived_at ?? iso(ctx.clock.now()))
              : null;
        await repository.updateItem(trx, itemId, {
          ...(input.title !== undefined && { title: input.title }),
          ...(input.description !== undefined && { description: descriptionOf(input.description) }),
          ...(archivedAt !== undefined && { archived_at: archivedAt }),
        });
        const [updated, mine] = await Promise.all([
          repository.findItem(trx, auth.workspaceId, itemId),
          repository.ratingsBy(trx, auth.userId, [itemId]),
        ]);
        if (!updated) throw notFound("Work item");
        return presentItem(updated, mine.get(itemId), true);
      });
    },

    /** Anyone on the item's team rates it (again, rewriting their rating); not an archived one. */
    async rate(auth: AuthContext, itemId: string, input: WorkItemRatingInput): Promise<MyRating> {
      return writeContent(db, auth.workspaceId, async (trx) => {
        const { row } = await itemInUse(trx, auth, itemId);
        if (row.archived_at !== null)
          throw conflict("item_archived", "This item is archived: restore it to rate it.");
        const rating = {
          item_id: itemId,
          user_id: auth.userId,
          value: input.value,
          effort: input.effort,
          visibility: input.visibility ?? "leader",
          rated_at: iso(ctx.clock.now()),
        };
        await repository.upsertRating(trx, rating);
        return presentRating(rating);
      });
    },

    /** Withdraws the viewer's rating of an item; 404 when they have none. */
    async withdraw(auth: AuthContext, itemId: string): Promise<void> {
      await writeContent(db, auth.workspaceId, async (trx) => {
        await itemInUse(trx, auth, itemId);
        if (!(await repository.deleteRating(trx, itemId, auth.userId))) throw notFound("Rating");
      });
    },

    /**
     * The team's alignment, as the viewer may see it: each active item's figures over every rating
     * that is not private (withheld from a member below the threshold), the ranking and the items
     * worth a conversation over the figures the viewer sees, each member's tau against a leader
     * (for that leader) or the member's own, and the team's W over the members who rated every
     * active item.
     */
    async alignment(auth: AuthContext, teamId: string): Promise<Alignment> {
      const { team, role } = await teamInUse(db, auth, teamId);
      if (role === null) throw notFound("Team");
      const [items, ratings, people, thresholds] = await Promise.all([
        repository.itemsOfTeam(db, teamId).then((rows) => rows.filter((r) => r.archived_at === null)),
        repository.teamRatings(db, teamId),
        repository.teamPeople(db, teamId),
        anonymityThresholds(db, auth.workspaceId),
      ]);
      const threshold = effectiveThreshold(thresholds.scoreThreshold);
      const leaderView = prioritiesPolicy.seesEveryFigure(role);
      const itemIds = items.map((i) => i.id);
      const seen = (r: TeamRatingRow) => seenBy(auth, role, r);
      const counted = ratings.filter((r) => r.visibility !== "private");
      const verdictOn = (behind: readonly TeamRatingRow[]) =>
        leaderView
          ? ({ shown: true } as const)
          : ratingFiguresVerdict(
              {
                raters: behind.length,
                seenOthers: behind.filter((r) => r.user_id !== auth.userId && seen(r)).length,
                viewerRated: behind.some((r) => r.user_id === auth.userId),
              },
              threshold,
            );

      // The leader whose ratings are "the leader's": the viewer, when they lead the team; for a
      // member, the team's leader with the most ratings the member may see (then by name).
      const leaders = people.filter((p) => p.role === "leader");
      const ratingsOf = (userId: string) => ratings.filter((r) => r.user_id === userId);
      const theLeader = leaderView
        ? people.find((p) => p.id === auth.userId)
        : [...leaders].sort(
            (a, b) => ratingsOf(b.id).filter(seen).length - ratingsOf(a.id).filter(seen).length,
          )[0];
      const leaderRatings = theLeader ? ratingsOf(theLeader.id).filter(seen) : [];

      const shownFigures = new Map<string, ItemFigures | null>();
      const alignmentItems: AlignmentItem[] = items.map((item) => {
        const behind = counted.filter((r) => r.item_id === item.id);
        const verdict = verdictOn(behind);
        const figures = verdict.shown ? itemFigures(behind) : null;
        shownFigures.set(item.id, figures);
        const leader = leaderRatings.find((r) => r.item_id === item.id);
        return {
          id: item.id,
          title: item.title,
          raters: behind.length,
          meanValue: figures?.meanValue ?? null,
          meanEffort: figures?.meanEffort ?? null,
          quadrant: figures?.quadrant ?? null,
          valueForEffort: figures?.valueForEffort ?? null,
          spread: figures?.spread ?? null,
          withheld: verdict.shown ? null : ratingsWithheldMessage(verdict.reason, threshold),
          leader: leader ? { value: leader.value, effort: leader.effort } : null,
          ratings: ratings
            .filter((r) => r.item_id === item.id && seen(r))
            .map((r) => ({ person: { id: r.user_id, name: r.name }, value: r.value, effort: r.effort })),
        };
      });
      const withFigures = items.map((i) => ({
        id: i.id,
        title: i.title,
        figures: shownFigures.get(i.id) ?? null,
      }));

      // W over the members who rated every active item (ratings that are not private), on value.
      const members = people.filter((p) => p.role === "member");
      const { complete, wRatings } = completeRaters(members, counted, itemIds);
      const wVerdict = leaderView
        ? ({ shown: true } as const)
        : ratingFiguresVerdict(
            {
              raters: complete.length,
              seenOthers: complete.filter(
                (m) => m.id !== auth.userId && wRatings.filter((r) => r.user_id === m.id).every(seen),
              ).length,
              viewerRated: complete.some((m) => m.id === auth.userId),
            },
            threshold,
          );
      const w = wVerdict.shown ? concordance(complete, wRatings, itemIds) : null;

      return {
        teamId: team.id,
        viewer: leaderView ? "leader" : "member",
        threshold,
        items: alignmentItems,
        ranked: rankItems(withFigures),
        worthAConversation: worthAConversation(withFigures),
        ...(leaderView
          ? {
              members: members.flatMap((m) => {
                const theirs = ratingsOf(m.id).filter(seen);
                if (theirs.length === 0) return [];
                return [
                  {
                    person: { id: m.id, name: m.name },
                    ...agreementOn(valuesOf(theirs), valuesOf(leaderRatings), itemIds),
                  },
                ];
              }),
            }
          : {
              me: {
                leader: theLeader ? { id: theLeader.id, name: theLeader.name } : null,
                ...agreementOn(valuesOf(ratingsOf(auth.userId)), valuesOf(leaderRatings), itemIds),
              },
            }),
        team: wVerdict.shown
          ? { w, words: wInWords(w), raters: complete.length }
          : {
              withheld: {
                reason: wVerdict.reason,
                message: ratingsWithheldMessage(wVerdict.reason, threshold),
              },
            },
      };
    },
  };
}
