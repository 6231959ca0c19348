import type { InferenceOptions, InferenceService } from '../inference/inference.service';
import type { HistoryImportService, HistorySummary } from './history-import.service';
import type { HistoryTable } from './history-table';

/** What the inference after an import did. */
export interface ImportInferenceSummary {
  /** The measures created or changed, and those already in the graph that may answer one of them. */
  answersExamined: number;
  /** New proposals stored. */
  proposed: number;
  seconds: number;
}

export interface ImportThenInferSummary extends HistorySummary {
  /** Absent when the inference was not asked for. */
  inference?: ImportInferenceSummary;
}

export interface ImportThenInferOptions extends InferenceOptions {
  /** Null: import only. */
  inference: InferenceService | null;
  onProgress?: (done: number, total: number) => void;
  onInferenceProgress?: (answersRead: number) => void;
}

/**
 * Imports a table, then proposes links for exactly the measures it created or changed (as answers,
 * and as acts of the stored measures that may answer them). A rejected table, or one whose rows are
 * all stored already, examines nothing.
 */
export async function importThenInfer(
  importer: HistoryImportService,
  table: HistoryTable | Record<string, unknown>[],
  options: ImportThenInferOptions,
): Promise<ImportThenInferSummary> {
  const written: string[] = [];
  const summary = await importer.import(table, options.onProgress, (ids) => written.push(...ids));
  if (!options.inference) return summary;
  const started = Date.now();
  const { answersExamined, proposals } = await options.inference.inferWritten(
    written,
    { windowDays: options.windowDays, minScore: options.minScore, onProgress: options.onInferenceProgress },
    null,
  );
  return {
    ...summary,
    inference: { answersExamined, proposed: proposals.length, seconds: (Date.now() - started) / 1000 },
  };
}
