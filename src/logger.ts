import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON logs; the server writes them to stdout, command-line tools to stderr so their output stays clean. */
export function createLogger(level: string, stream: 'stdout' | 'stderr' = 'stdout'): Logger {
  return pino({ name: 'riposte', level }, pino.destination(stream === 'stdout' ? 1 : 2));
}
