import type { WorkspaceFigures } from "#contracts/workspace-figures";
import { staleThreshold } from "#core/audit/states";
import { effectiveThreshold } from "#core/privacy/anonymity";
import type { AuthContext } from "../../access/auth-context";
import type { AppContext } from "../../context";
import { prepareForLargeAggregation } from "../../db/dialect";
import { forbidden } from "../../lib/errors";
import { anonymityThresholds } from "../pulses";
import { DEFINITIONS, distributionOf, pooled, pooledAndPerLeader } from "./workspace-figures.figures";
import { CountedWhileServing } from "./workspace-figures.kept";
import { workspaceFiguresPolicy } from "./workspace-figures.policy";
import {
  type DirectoryCounts,
  type LeaderSums,
  workspaceFiguresRepository as repository,
} from "./workspace-figures.repository";

/** What the figures are made from: the directory's counts and each leader's sums. */
interface Sums {
  counts: DirectoryCounts;
  leaders: LeaderSums[];
}

/**
 * How long a counting serves as current while the data version holds: the freshness window moves
 * with the clock.
 */
const COUNTED_CURRENT_MS = 60_000;

/**
 * The workspace's assumption-audit figures for its admins: summed per leader in SQL (never a row
 * per cell in this process), then pooled and spread across leaders here. The threshold is the
 * workspace's score threshold (`/settings/anonymity`), never below core/privacy's floor, the one
 * other figures over people use. One read-only transaction (repeatable read on PostgreSQL), so the
 * counts and the sums agree. On a large workspace that statement takes seconds (bench/README.md),
 * so the last counting is served at once and, once the workspace's data or catalogue version has
 * moved since it (read with the session), a new one runs beside it for the next reader
 * (`CountedWhileServing`); the answer says when its counting began. The threshold is read and the
 * guard applied afresh on every request.
 */
export function workspaceFiguresService(ctx: AppContext) {
  const counted = new CountedWhileServing<Sums>(ctx.clock, COUNTED_CURRENT_MS);

  const sumsOf = (workspaceId: string): Promise<Sums> =>
    ctx.db
      .transaction()
      .setIsolationLevel("repeatable read")
      .execute(async (trx) => {
        await prepareForLargeAggregation(trx, ctx.dialect);
        const { freshnessDays, ...counts } = await repository.directory(trx, workspaceId);
        const staleBefore = new Date(staleThreshold({ now: ctx.clock.now(), freshnessDays })).toISOString();
        return { counts, leaders: await repository.leaderSums(trx, workspaceId, staleBefore) };
      });

  return {
    async figures(auth: AuthContext): Promise<WorkspaceFigures> {
      if (!workspaceFiguresPolicy.canRead(auth)) {
        throw forbidden("Only admins can see the workspace's figures.");
      }
      const stamp = `${auth.dataVersion}:${auth.catalogueVersion}`;
      const [last, { scoreThreshold }] = await Promise.all([
        counted.get(auth.workspaceId, stamp, () => sumsOf(auth.workspaceId)),
        // Read afresh: a raised threshold holds from the next request, whatever is kept.
        anonymityThresholds(ctx.db, auth.workspaceId),
      ]);
      const { counts, leaders: sums } = last.value;
      const threshold = effectiveThreshold(scoreThreshold);
      const { leaders, total, coverage, accuracy, calibration } = pooledAndPerLeader(sums, counts.facets);
      const behind = { leaders, people: counts.peopleLed };
      const share = (numerator: number, definition: string) =>
        pooled(numerator, total.cells, behind, threshold, definition);
      return {
        countedAt: last.countedAt.toISOString(),
        threshold,
        counts,
        coverage: share(total.known, DEFINITIONS.coverage),
        beliefShare: share(total.beliefs, DEFINITIONS.beliefShare),
        confirmedShare: share(total.confirmed, DEFINITIONS.confirmedShare),
        distributions: {
          coverage: distributionOf(coverage, threshold, {
            definition: DEFINITIONS.coverageDistribution,
            better: "higher",
          }),
          markedAccuracy: distributionOf(accuracy, threshold, {
            definition: DEFINITIONS.markedAccuracy,
            better: "higher",
          }),
          markedCalibration: distributionOf(calibration, threshold, {
            definition: DEFINITIONS.markedCalibration,
            better: "lower",
          }),
        },
      };
    },
  };
}
