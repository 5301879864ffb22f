import { Link } from "react-router";
import type { Audit } from "./audit.api";
import { CellList } from "./blind-spots";
import { DimensionBreakdown } from "./dimension-breakdown";
import { FigureCards } from "./figure-cards";
import { Heatmap } from "./heatmap";
import { HEATMAP_PAGE_SIZE } from "./heatmap-pages";
import { NextConversations } from "./next-conversations";
import { StanceGapCells, StanceGapConversations } from "./stance-gaps";
import { StateLegend } from "./state-legend";
import { WaitingAnswers } from "./waiting-answers";

/**
 * The assumption audit of a team or of a leader's teams: the figures, the heatmap with its
 * legend, the answers waiting for a guess and the next conversations worth having, the blind
 * spots, and the figures per dimension.
 */
export function AuditDashboard({ audit }: { audit: Audit }) {
  if (audit.people.length === 0) {
    return (
      <p className="notice notice--plain">
        No members to audit yet. Once people join as members, what you know of each of them shows here.
      </p>
    );
  }
  return (
    <>
      <section className="print-page" aria-labelledby="figures-heading">
        <h2 id="figures-heading">The figures</h2>
        <p className="lede">
          <Link to="/learn/assumptions-and-calibration">How these figures are worked out</Link>, with the
          terms behind them.
        </p>
        <FigureCards figures={audit.figures} idPrefix="figure" />
      </section>

      <section className="print-page" aria-labelledby="heatmap-heading">
        <h2 id="heatmap-heading">What you know of each person</h2>
        <p id="heatmap-help" className="lede">
          One row per person, one column per aspect worth knowing about them (the explainer calls these
          facets). A cell's colour and sign say what you know there, and the key above the grid names each.
          Tab into the grid, move with the arrow keys, and press Enter to open that person at that aspect.
          {audit.people.length > HEATMAP_PAGE_SIZE
            ? ` The grid shows ${HEATMAP_PAGE_SIZE} people at a time: Previous and Next above it move through the rest.`
            : null}
        </p>
        <Heatmap audit={audit} labelledBy="heatmap-heading" describedBy="heatmap-help" />
        <h3 id="legend-heading" className="section-subheading">
          Legend
        </h3>
        <StateLegend figures={audit.figures} captionId="legend-caption" />
      </section>

      <section className="print-page" aria-labelledby="next-heading">
        <h2 id="next-heading">Next conversations</h2>
        <p className="lede">
          Where a conversation would teach you most: blind spots first, then confident assumptions, then the
          rest, and the aspects that matter most before the others. Answers waiting for your guess come first:
          they need no conversation.
        </p>
        <WaitingAnswers audit={audit} />
        <NextConversations items={audit.nextConversations} />
        {audit.stanceGaps.length > 0 ? (
          <>
            <h3 className="section-subheading" id="stance-gaps-heading">
              Where they stand on a goal
            </h3>
            <StanceGapConversations gaps={audit.stanceGaps} />
          </>
        ) : null}
      </section>

      <div className="grid print-page">
        <section className="panel" aria-labelledby="blind-spots-heading">
          <h2 id="blind-spots-heading">
            Blind spots <span className="count">({audit.blindSpots.length + audit.stanceGaps.length})</span>
          </h2>
          <p className="fine-print">Where what you believed is contradicted by what they said.</p>
          {audit.blindSpots.length > 0 || audit.stanceGaps.length === 0 ? (
            <CellList
              audit={audit}
              cells={audit.blindSpots}
              label="Blind spots"
              empty="No blind spots: nothing you believed has been contradicted."
            />
          ) : null}
          <StanceGapCells gaps={audit.stanceGaps} />
        </section>
        <section className="panel" aria-labelledby="stale-heading">
          <h2 id="stale-heading">
            Stale <span className="count">({audit.stale.length})</span>
          </h2>
          <p className="fine-print">Checked long enough ago that it may have changed.</p>
          <CellList audit={audit} cells={audit.stale} label="Stale aspects" empty="Nothing has gone stale." />
        </section>
      </div>

      <section className="print-page" aria-labelledby="breakdown-heading">
        <h2 id="breakdown-heading">By dimension</h2>
        <DimensionBreakdown audit={audit} captionId="breakdown-caption" />
      </section>
    </>
  );
}
