// The trend stage's public face: metrics of a timeline, the history read back, the comparison and
// its table, for the report, the config and the `compare` command.
export {
  compareRuns,
  DEFAULT_MIN_HISTORY,
  DEFAULT_THRESHOLD,
  formatThreshold,
  parseThreshold,
  type Comparison,
  type MetricComparison,
} from './compare.ts';
export {
  documentsOfCheck,
  readTimelineDocuments,
  parseTimelineDocument,
  TimelineDocumentError,
} from './document.ts';
export { runMetrics } from './metrics.ts';
export {
  renderComparisonText,
  comparisonHeadline,
  compactRows,
  environmentNotes,
  flaggedLeftOut,
  formatChange,
  formatFlag,
  formatSpread,
  formatValue,
} from './comparison-table.ts';
export type { Threshold } from './threshold.ts';
export { readZip } from './zip.ts';
