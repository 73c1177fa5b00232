// How much of a report fits where it goes: GitHub's limits for a job summary and a comment, and
// the levels of detail a rendering steps down through (fewer rows, bars, shorter messages) until
// it fits. Long timelines are summarised level by level; the smallest report is the fallback.

/** GitHub rejects a step summary over 1024 KiB; this leaves room for other steps' lines. */
export const SUMMARY_MAX_BYTES = 1_000_000;
/** GitHub's limit for an issue or PR comment body is 65 536 characters. */
export const COMMENT_MAX_CHARS = 65_536;
export const COMMENT_BUDGET_CHARS = 60_000;

/** How much of each attempt a rendering shows; lowered step by step for long timelines. */
export interface Detail {
  /** Rows of the timeline table per attempt (first two thirds, last third). */
  rows: number;
  /** Bars of the gantt; 0 leaves the chart out. */
  bars: number;
  /** Characters of a message cell. */
  messageMax: number;
  /** Rows of the path match table. */
  pathSteps: number;
  /** Sections for the attempts before the last one, or only their line in the verdict list. */
  earlierAttempts: 'full' | 'brief';
}

export const SUMMARY_LEVELS: Detail[] = [
  { rows: 100, bars: 150, messageMax: 300, pathSteps: 200, earlierAttempts: 'full' },
  { rows: 60, bars: 80, messageMax: 200, pathSteps: 100, earlierAttempts: 'full' },
  { rows: 30, bars: 40, messageMax: 150, pathSteps: 50, earlierAttempts: 'brief' },
  { rows: 10, bars: 0, messageMax: 100, pathSteps: 20, earlierAttempts: 'brief' },
];

export const COMMENT_LEVELS: Detail[] = [
  { rows: 60, bars: 60, messageMax: 200, pathSteps: 40, earlierAttempts: 'brief' },
  { rows: 30, bars: 30, messageMax: 120, pathSteps: 20, earlierAttempts: 'brief' },
  { rows: 10, bars: 0, messageMax: 80, pathSteps: 10, earlierAttempts: 'brief' },
];

/** The first level whose rendering fits; `render` may give up early (undefined) when it cannot. */
export function fit(
  levels: Detail[],
  render: (detail: Detail) => string | undefined,
  fits: (text: string) => boolean,
  fallback: () => string,
): string {
  for (const detail of levels) {
    const text = render(detail);
    if (text !== undefined && fits(text)) return text;
  }
  return fallback();
}
