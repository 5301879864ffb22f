import { performance } from "node:perf_hooks";
import { teamAudit } from "#core/audit";
import { largeOrganisation } from "#core/audit/testing";
import { BANK_QUESTIONS } from "#core/questions/bank";
import { lintQuestions } from "#core/questions/linter";

export interface CpuResult {
  name: string;
  /** Median milliseconds per run. */
  median: number;
  runs: number;
  /** Work units per second, when the figure has a natural unit. */
  throughput?: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function time(runs: number, work: () => unknown): number {
  work(); // warm up: the first run pays for JIT compilation
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * The pure engines, each beside a baseline that touches the same data without the engine's work:
 * the audit against one pass summing confidences over the same 250,000 cells, the linter against
 * lower-casing and splitting the same questions.
 */
export function cpuBenchmarks(): CpuResult[] {
  const organisation = largeOrganisation(10_000, 25);
  const cells = organisation.observations.length;
  const runs = 9;
  let sink = 0;
  const baseline = time(runs, () => {
    for (const obs of organisation.observations) sink += obs.belief?.confidence ?? 0;
  });
  const withoutStates = time(runs, () => teamAudit(organisation, { includeStates: false }));
  const withStates = time(runs, () => teamAudit(organisation));

  const texts = BANK_QUESTIONS.map((q) => q.text);
  const repeat = 20;
  const batch = Array.from({ length: repeat }, () => texts).flat();
  const splitBaseline = time(runs, () => {
    for (const text of batch) sink += text.toLowerCase().split(/\s+/).length;
  });
  const lint = time(runs, () => lintQuestions(batch));
  if (sink < 0) console.log(sink);
  const perSecond = (count: number, ms: number) =>
    `${Math.round((count / ms) * 1000).toLocaleString("en")} /s`;
  return [
    { name: `baseline: one pass over ${cells.toLocaleString("en")} cells`, median: baseline, runs },
    {
      name: "audit engine, 10,000 people × 25 facets (figures, blind spots, next conversations)",
      median: withoutStates,
      runs,
      throughput: `${perSecond(cells, withoutStates)} cells`,
    },
    {
      name: "audit engine, same, with every cell's state (heatmap)",
      median: withStates,
      runs,
      throughput: `${perSecond(cells, withStates)} cells`,
    },
    {
      name: `baseline: lower-case and split the bank × ${repeat} (${batch.length} questions)`,
      median: splitBaseline,
      runs,
    },
    {
      name: `question linter, the bank × ${repeat} (${batch.length} questions)`,
      median: lint,
      runs,
      throughput: `${perSecond(batch.length, lint)} questions`,
    },
  ];
}
