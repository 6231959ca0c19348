import type { IngestSummary } from './ingest.service';

/** The human-readable account of an ingest: every problem with its place, then the totals. */
export function formatSummary(summary: IngestSummary, checkOnly: boolean): string {
  const lines: string[] = [];
  for (const document of summary.documents) {
    if (document.status !== 'rejected') continue;
    lines.push(`rejected ${document.name}${document.reportId ? ` (${document.reportId})` : ''}:`);
    for (const problem of document.problems) lines.push(`  ${problem.path}: ${problem.message}`);
  }
  const { totals, writes } = summary;
  if (checkOnly) {
    lines.push(
      `checked ${summary.documents.length} documents: ${summary.documents.length - totals.rejected} valid, ${totals.rejected} rejected; nothing written`,
    );
  } else {
    lines.push(
      `created ${totals.created}, updated ${totals.updated}, unchanged ${totals.unchanged}, rejected ${totals.rejected} ` +
        `(nodes +${writes.nodesCreated} -${writes.nodesDeleted}, relationships +${writes.relationshipsCreated} -${writes.relationshipsDeleted})`,
    );
  }
  return lines.join('\n');
}
