/**
 * Who submits a report. A report, once stored, is its submitter's: another account may not restate
 * it (and so remove what it stated), unless it may replace others' reports (an admin, or the local
 * operator who runs the command line and the loaders with the database's own credentials).
 */
export interface Submitter {
  subject: string;
  mayReplaceOthers: boolean;
}

/** The command line, the seeds and the shipped history. Reports stored before submitters were recorded are its too. */
export const LOCAL_OPERATOR: Submitter = { subject: 'local', mayReplaceOthers: true };
