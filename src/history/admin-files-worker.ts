import 'reflect-metadata';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { AdminImportWriter, type InitialLoadFiles } from './admin-import-files';
import { prepareMeasure } from './prepare-history';
import { findState, type StateRecord } from '../reference/state-reference';
import type { HistoryRowInput } from './history-row.input';
import { rowLabel, type CheckedRow, type StatedLink } from './table-check';

/**
 * Rows the check passed, as it left them: the row, its states by ISO code and its import hash. The
 * worker prepares them without checking them again.
 */
export interface GoodRows {
  first: number;
  rows: Array<{ row: HistoryRowInput; actor: string; targets: string[]; hash: string }>;
}

/** The part of checked rows the worker needs, small to copy between threads. */
export function goodRows(first: number, checked: CheckedRow[]): GoodRows {
  return {
    first,
    rows: checked.map(({ row, actor, targets, hash }) => ({
      row,
      actor: actor.iso2,
      targets: targets.map((target) => target.iso2),
      hash: hash!,
    })),
  };
}

const knownState = (iso2: string, at: string): StateRecord => {
  const state = findState(iso2);
  if (!state) throw new Error(`${at}: no state has the ISO code "${iso2}"`);
  return state;
};

type Message = { rows: GoodRows } | { links: StatedLink[] } | { close: true };
type Reply = { done: true } | { files: InitialLoadFiles } | { error: string };

/** Prepares checked rows and writes them to the import files: the work the files need beyond the check, run beside it. */
class MeasureFileSink {
  private readonly writer: AdminImportWriter;

  constructor(folder: string) {
    this.writer = new AdminImportWriter(folder);
  }

  handle(message: Message): Reply {
    if ('rows' in message) {
      const { first, rows } = message.rows;
      this.writer.measures(
        rows.map(({ row, actor, targets, hash }, offset) => {
          const at = rowLabel(first + offset);
          return prepareMeasure({
            row,
            at,
            actor: knownState(actor, at),
            targets: targets.map((target) => knownState(target, at)),
            hash,
          });
        }),
      );
      return { done: true };
    }
    if ('links' in message) {
      this.writer.statedLinks(message.links);
      return { done: true };
    }
    this.writer.close();
    return { files: this.writer.files() };
  }
}

/** Chunks handed to the worker and not yet written: bounds what waits in memory. */
const IN_FLIGHT = 4;

/**
 * The import files written by a worker thread, so that checking the rows and preparing and
 * writing them take the two cores; in-thread when the code runs from TypeScript sources (tests).
 */
export class AdminFilesWriter {
  private readonly worker: Worker | null;
  private readonly sink: MeasureFileSink | null;
  private readonly waiting: Array<{ resolve: (reply: Reply) => void; reject: (error: Error) => void }> = [];
  private readonly sent: Array<Promise<Reply>> = [];
  private failure: Error | null = null;

  constructor(folder: string) {
    if (__filename.endsWith('.ts')) {
      this.worker = null;
      this.sink = new MeasureFileSink(folder);
      return;
    }
    this.sink = null;
    this.worker = new Worker(__filename, { workerData: { folder } });
    this.worker.on('message', (reply: Reply) => {
      const next = this.waiting.shift();
      if ('error' in reply) next?.reject(new Error(reply.error));
      else next?.resolve(reply);
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const next of this.waiting.splice(0)) next.reject(error);
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => {
      if (this.waiting.length > 0) fail(new Error(`the import files worker stopped (exit code ${code})`));
    });
  }

  /** Queues checked rows; resolves once few enough are waiting. */
  async measures(rows: GoodRows): Promise<void> {
    await this.send({ rows });
  }

  async statedLinks(links: Iterable<StatedLink>): Promise<void> {
    let batch: StatedLink[] = [];
    for (const link of links) {
      batch.push(link);
      if (batch.length === 10_000) {
        await this.send({ links: batch });
        batch = [];
      }
    }
    if (batch.length > 0) await this.send({ links: batch });
  }

  /** Waits for every file to be written and closed: what the import reads. */
  async close(): Promise<InitialLoadFiles> {
    const reply = await this.request({ close: true });
    await Promise.all(this.sent.splice(0));
    await this.worker?.terminate();
    if (!('files' in reply)) throw new Error('the import files worker gave no files');
    return reply.files;
  }

  /** Stops the worker, the files as they are (a rejected table). */
  async abandon(): Promise<void> {
    for (const pending of this.sent.splice(0)) await pending.catch(() => undefined);
    await this.worker?.terminate();
  }

  private async send(message: Message): Promise<void> {
    const reply = this.request(message);
    reply.catch(() => undefined);
    this.sent.push(reply);
    while (this.sent.length > IN_FLIGHT) await this.sent.shift();
  }

  private request(message: Message): Promise<Reply> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.sink) {
      try {
        return Promise.resolve(this.sink.handle(message));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker!.postMessage(message);
    });
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const sink = new MeasureFileSink((workerData as { folder: string }).folder);
  port.on('message', (message: Message) => {
    try {
      port.postMessage(sink.handle(message));
    } catch (error) {
      port.postMessage({ error: (error as Error).message });
    }
  });
}
