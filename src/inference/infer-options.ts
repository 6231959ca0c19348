import { InvalidInputError } from '../domain/errors';
import type { Problem } from '../domain/problems';
import { isCalendarDate } from '../domain/validators';
import type { GraphInferenceOptions } from './inference.service';

/** The options of `npm run infer`, as written on the command line. */
export interface InferCliOptions {
  from?: string;
  to?: string;
  windowDays?: string;
  minScore?: string;
}

/** The run the options ask for, or every problem with them. */
export function inferenceOptions(options: InferCliOptions): GraphInferenceOptions {
  const problems: Problem[] = [];
  for (const name of ['from', 'to'] as const) {
    const value = options[name];
    if (value !== undefined && !isCalendarDate(value))
      problems.push({ path: `--${name}`, message: `"${value}" is not a day written YYYY-MM-DD` });
  }
  if (problems.length === 0 && options.from && options.to && options.from > options.to)
    problems.push({ path: '--to', message: `${options.to} comes before --from ${options.from}` });
  const windowDays = options.windowDays === undefined ? undefined : Number(options.windowDays);
  if (windowDays !== undefined && !(Number.isInteger(windowDays) && windowDays >= 1 && windowDays <= 3650))
    problems.push({
      path: '--window-days',
      message: `"${options.windowDays}" is not a whole number from 1 to 3650`,
    });
  const minScore = options.minScore === undefined ? undefined : Number(options.minScore);
  if (minScore !== undefined && !(Number.isFinite(minScore) && minScore >= 0 && minScore <= 1))
    problems.push({ path: '--min-score', message: `"${options.minScore}" is not a number from 0 to 1` });
  if (problems.length > 0) throw new InvalidInputError(problems);
  return { from: options.from, to: options.to, windowDays, minScore };
}
