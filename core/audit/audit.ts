import type { Dimension } from "../facets/facet";
import { STATE_CODES } from "./codes";
import { FiguresAccumulator } from "./figures";
import { DEFAULT_NEXT_CONVERSATIONS, TopCells, toNextConversation } from "./ranking";
import { classifyCell, staleThreshold } from "./states";
import {
  type AuditFacet,
  type AuditOptions,
  type AuditPerson,
  type AuditReport,
  type AuditSettings,
  type AuditTeam,
  type CellObservation,
  type CellState,
  DEFAULT_FRESHNESS_DAYS,
} from "./types";

interface AuditInputBase {
  facets: readonly AuditFacet[];
  /** At most one observation per (person, facet); when there are several, the last one wins. */
  observations: readonly CellObservation[];
  settings: AuditSettings;
}

export interface PersonAuditInput extends AuditInputBase {
  person: AuditPerson;
}

export interface TeamAuditInput extends AuditInputBase {
  members: readonly AuditPerson[];
}

export interface LeaderAuditInput extends AuditInputBase {
  teams: readonly AuditTeam[];
}

/** The audit of one person: every active facet of that person. */
export function personAudit(input: PersonAuditInput, options: AuditOptions = {}): AuditReport {
  return runAudit(input, [input.person], options);
}

/** The audit of a team: every member × every active facet. */
export function teamAudit(input: TeamAuditInput, options: AuditOptions = {}): AuditReport {
  return runAudit(input, uniquePeople([input.members]), options);
}

/**
 * The audit of a leader across all their teams. A person on several teams is one person: their cells
 * count once, and the latest of their recorded conversations is the one that ranks.
 */
export function leaderAudit(input: LeaderAuditInput, options: AuditOptions = {}): AuditReport {
  return runAudit(input, uniquePeople(input.teams.map((team) => team.members)), options);
}

interface Column {
  id: string;
  weight: number;
  figures: FiguresAccumulator;
}

/**
 * One pass over people × active facets (retired facets and observations outside the scope are
 * ignored; a cell without observation is `unknown`). Each cell is classified once, added to its
 * dimension's figures (the overall figures are their exact sum) and offered to a bounded top-k of
 * next conversations: O(cells · log limit) time, and no allocation per cell beyond the `states`
 * entries (blind spots, stale and sealed cells only, when `includeStates` is false).
 */
function runAudit(input: AuditInputBase, people: readonly AuditPerson[], options: AuditOptions): AuditReport {
  const { settings } = input;
  const now = settings.now.getTime();
  const staleBefore = staleThreshold(settings);
  const includeStates = options.includeStates ?? true;
  const byDimension: Record<Dimension, FiguresAccumulator> = {
    workstyle: new FiguresAccumulator(),
    values: new FiguresAccumulator(),
    followership: new FiguresAccumulator(),
  };
  const columns = activeColumns(input.facets, byDimension);
  const width = columns.length;
  const observations = input.observations;
  const grid = observationGrid(observations, people, columns);
  const top = new TopCells(options.limit ?? DEFAULT_NEXT_CONVERSATIONS);
  const states: CellState[] = [];
  const blindSpots: CellState[] = [];
  const stale: CellState[] = [];
  const sealed: CellState[] = [];
  const stateRows: string[] = [];

  // Stryker disable next-line EqualityOperator: one step past the end finds no person and is skipped below
  for (let p = 0; p < people.length; p += 1) {
    const person = people[p];
    if (person === undefined) continue;
    const personId = person.personId;
    const last = person.lastConversationAt?.getTime();
    const sinceConversation =
      last === undefined || Number.isNaN(last) ? Number.POSITIVE_INFINITY : now - last;
    let row = "";
    // Stryker disable next-line EqualityOperator: one step past the end finds no column and is skipped below
    for (let f = 0; f < width; f += 1) {
      const column = columns[f];
      if (column === undefined) continue;
      const slot = grid[p * width + f] ?? 0;
      // Stryker disable next-line ConditionalExpression: slot 0 would read observations[-1], which is undefined too
      const observation = slot === 0 ? undefined : observations[slot - 1];
      const state = observation === undefined ? "unknown" : classifyCell(observation, staleBefore);
      column.figures.add(observation, state);
      row += STATE_CODES[state];
      // Stryker disable next-line ConditionalExpression: the test only spares building an entry that nothing would keep
      if (includeStates || state === "blind_spot" || state === "stale" || state === "sealed") {
        const entry: CellState = { personId, facetId: column.id, state };
        if (includeStates) states.push(entry);
        if (state === "blind_spot") blindSpots.push(entry);
        else if (state === "stale") stale.push(entry);
        else if (state === "sealed") sealed.push(entry);
      }
      top.offer(state, observation, column.weight, sinceConversation, personId, column.id);
    }
    stateRows.push(row);
  }

  const freshnessDays = settings.freshnessDays ?? DEFAULT_FRESHNESS_DAYS;
  return {
    figures: FiguresAccumulator.combine(Object.values(byDimension)).figures(people.length),
    states,
    stateRows,
    blindSpots,
    stale,
    sealed,
    byDimension: {
      workstyle: byDimension.workstyle.figures(people.length),
      values: byDimension.values.figures(people.length),
      followership: byDimension.followership.figures(people.length),
    },
    nextConversations: top.ranked().map((cell) => toNextConversation(cell, now, freshnessDays)),
  };
}

/** Active facets in input order; a repeated facet id keeps its first definition. */
function activeColumns(
  facets: readonly AuditFacet[],
  byDimension: Record<Dimension, FiguresAccumulator>,
): Column[] {
  const seen = new Set<string>();
  const columns: Column[] = [];
  for (const facet of facets) {
    if (facet.retired === true || seen.has(facet.id)) continue;
    seen.add(facet.id);
    columns.push({
      id: facet.id,
      weight: Number.isFinite(facet.weight) ? facet.weight : 0,
      figures: byDimension[facet.dimension],
    });
  }
  return columns;
}

/**
 * Observations laid out person-major: entry person × facets + facet holds 1 + the index of the cell's
 * observation, 0 when there is none. A typed array stays a flat block of memory at any size (a plain
 * array this large would fall back to a slow dictionary); the last observation for a cell wins.
 */
function observationGrid(
  observations: readonly CellObservation[],
  people: readonly AuditPerson[],
  columns: readonly Column[],
): Int32Array {
  const personIndex = new Map(people.map((person, index) => [person.personId, index]));
  const facetIndex = new Map(columns.map((column, index) => [column.id, index]));
  const grid = new Int32Array(people.length * columns.length);
  // Observations usually arrive grouped by person and in facet order. Comparing with the last person
  // and the next facet avoids hashing every freshly read id string for the map lookups.
  let lastPersonId: string | undefined;
  let p: number | undefined;
  let nextFacet = 0;
  // Stryker disable next-line EqualityOperator: one step past the end finds no observation and is skipped below
  for (let index = 0; index < observations.length; index += 1) {
    const observation = observations[index];
    if (observation === undefined) continue;
    // Stryker disable next-line ConditionalExpression: a shortcut; looking the person up every time finds the same index
    if (observation.personId !== lastPersonId) {
      lastPersonId = observation.personId;
      p = personIndex.get(lastPersonId);
    }
    const facetId = observation.facetId;
    // Stryker disable next-line ConditionalExpression: a shortcut; the map finds the same index for every facet id
    const f = columns[nextFacet]?.id === facetId ? nextFacet : facetIndex.get(facetId);
    if (f === undefined) continue;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: only a guess, checked against the id above before use
    nextFacet = f + 1 === columns.length ? 0 : f + 1;
    if (p !== undefined) grid[p * columns.length + f] = index + 1;
  }
  return grid;
}

/** People in first-seen order, once each, with the latest conversation recorded for them anywhere. */
function uniquePeople(groups: readonly (readonly AuditPerson[])[]): AuditPerson[] {
  const byId = new Map<string, AuditPerson>();
  for (const group of groups) {
    for (const person of group) {
      const known = byId.get(person.personId);
      if (known === undefined) byId.set(person.personId, person);
      else if (isLater(person.lastConversationAt, known.lastConversationAt)) {
        byId.set(person.personId, { ...known, lastConversationAt: person.lastConversationAt });
      }
    }
  }
  return [...byId.values()];
}

function isLater(candidate: Date | undefined, current: Date | undefined): boolean {
  if (candidate === undefined || Number.isNaN(candidate.getTime())) return false;
  // Stryker disable next-line EqualityOperator: taking an equal date instead keeps the same time, all the audit reads of it
  return current === undefined || Number.isNaN(current.getTime()) || candidate > current;
}
