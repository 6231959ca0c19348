import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { controlCharacterProblems } from '../domain/control-characters';
import { checkReport } from './check-report';
import { flattenValidationErrors, type Problem } from '../domain/problems';
import { ReportInput } from './report.input';

export type StructureCheck =
  | { ok: true; report: ReportInput; external: Map<string, string[]>; problems: Problem[] }
  | { ok: false; problems: Problem[] };

/** Everything that can be checked without the database. Cross-reference problems come with the report. */
export async function checkReportDocument(content: unknown): Promise<StructureCheck> {
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    return { ok: false, problems: [{ path: '(document)', message: 'a report must be a JSON object' }] };
  }
  const controls = controlCharacterProblems(content);
  if (controls.length > 0) return { ok: false, problems: controls };
  const report = plainToInstance(ReportInput, content);
  const errors = await validate(report, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
  });
  if (errors.length > 0) return { ok: false, problems: flattenValidationErrors(errors) };
  return { ok: true, report, ...checkReport(report) };
}
