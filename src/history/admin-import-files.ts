import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { AdminImportFiles } from '../local-neo4j/local-neo4j';
import { STATES } from '../reference/state-reference';
import { RetaliationBasis } from '../domain/vocabulary';
import type { PreparedMeasure } from './prepare-history';
import type { StatedLink } from './table-check';

/** Control characters are refused in a table's text, so this one never occurs inside a value. */
export const ARRAY_DELIMITER = '\u001F';
const ARRAY_DELIMITER_OPTION = 'U+001F';

type Column = { name: string; type?: 'boolean' | 'double' | 'date' | 'string[]' };

/**
 * The event properties `create-measures.cypher` writes, typed as the online path stores them:
 * numbers travel from JavaScript as floats, date bounds as Neo4j dates.
 */
const EVENT_COLUMNS: Column[] = [
  { name: 'type' },
  { name: 'title' },
  { name: 'description' },
  { name: 'secret', type: 'boolean' },
  { name: 'count', type: 'double' },
  { name: 'cameoCode' },
  { name: 'goldstein', type: 'double' },
  { name: 'cameoDefaulted', type: 'boolean' },
  { name: 'goldsteinDefaulted', type: 'boolean' },
  { name: 'ploverCategory' },
  { name: 'ploverMode' },
  { name: 'date' },
  { name: 'dateEarliest', type: 'date' },
  { name: 'dateLatest', type: 'date' },
  { name: 'datePrecision' },
  { name: 'dateApproximate', type: 'boolean' },
  { name: 'dateUncertain', type: 'boolean' },
  { name: 'importHash' },
];

const EVENT_COLUMN_NAMES = EVENT_COLUMNS.map(({ name }) => name);

/** The properties `upsert-states.cypher` writes. */
const STATE_COLUMNS: Column[] = [
  { name: 'iso2' },
  { name: 'iso3' },
  { name: 'isoNumeric' },
  { name: 'name' },
  { name: 'wikidataId' },
  { name: 'aliases', type: 'string[]' },
];

/** Sources a table names by URL, as `create-measures.cypher` creates them. */
const SOURCE_COLUMNS: Column[] = [{ name: 'kind' }, { name: 'url' }, { name: 'reliability' }];

const header = (first: string[], columns: Column[]) =>
  [...first, ...columns.map(({ name, type }) => (type ? `${name}:${type}` : name))].join(',');

/** A field is quoted only when it must be: an empty unquoted field is no value, "" an empty string. */
const NEEDS_QUOTES = /^$|[",\r\n]|^\s|\s$/;

/** Appends lines to a file through a buffer: a million rows are written without holding them all. */
class CsvFile {
  private readonly fd: number;
  // Whole lines, joined at each write: a string grown by appending pieces costs more to write out.
  private buffer: string[] = [];
  private size = 0;
  /** Whether a value holds a line break, which the import reads only with --multiline-fields. */
  multiline = false;
  /** Lines below the header. */
  rows = 0;

  constructor(
    readonly file: string,
    headerLine: string,
  ) {
    this.fd = openSync(file, 'w');
    this.line([headerLine]);
  }

  row(values: unknown[]): void {
    this.rows += 1;
    this.line(values.map((value) => this.field(value)));
  }

  private field(value: unknown): string {
    if (value === null || value === undefined) return '';
    if (Array.isArray(value)) return this.field(value.join(ARRAY_DELIMITER));
    if (typeof value !== 'string') return String(value);
    if (!NEEDS_QUOTES.test(value)) return value;
    if (!this.multiline && /[\r\n]/.test(value)) this.multiline = true;
    return `"${value.replaceAll('"', '""')}"`;
  }

  private line(fields: string[]): void {
    const text = `${fields.join(',')}\n`;
    this.buffer.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }

  private flush(): void {
    writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** A file with the labels of every node in it, or the type of every relationship, as the import reads it. */
const typed = (kind: string, file: CsvFile) => `${kind}=${file.file}`;

const STATE_LABELS = 'Node:Actor:State';
const EVENT_LABELS = 'Node:Event';
const SOURCE_LABELS = 'Node:Source';

/** The files of a table's measures, the reference states and the relationships between them. */
export interface InitialLoadFiles extends AdminImportFiles {
  /** The measures alone with their actors and targets: what a bare import of the same rows reads. */
  bare: { nodes: string[]; relationships: string[] };
  /** Nodes and relationships in the files, and in the bare files alone. */
  counts: { nodes: number; relationships: number; bareNodes: number; bareRelationships: number };
}

/**
 * Writes a validated table, as it is read, as the CSV files `neo4j-admin database import full`
 * reads: the same nodes, labels, properties and relationships as the online import of the table
 * into an empty graph. Measures come a batch at a time, then the stated links.
 */
export class AdminImportWriter {
  private readonly states: CsvFile;
  private readonly events: CsvFile;
  private readonly sources: CsvFile;
  private readonly initiatedBy: CsvFile;
  private readonly targeted: CsvFile;
  private readonly reportedBy: CsvFile;
  private readonly links: CsvFile;
  private readonly dyads: CsvFile;
  private readonly inDyad: CsvFile;
  private readonly seenSources = new Set<string>();
  private readonly seenDyads = new Set<string>();

  constructor(folder: string) {
    const file = (name: string, line: string) => new CsvFile(path.join(folder, name), line);
    const relationship = [':START_ID', ':END_ID'];
    this.states = file('states.csv', header(['id:ID'], STATE_COLUMNS));
    this.events = file('events.csv', header(['id:ID'], EVENT_COLUMNS));
    this.sources = file('sources.csv', header(['id:ID'], SOURCE_COLUMNS));
    this.initiatedBy = file('initiated-by.csv', header(relationship, []));
    this.targeted = file('targeted.csv', header(relationship, []));
    this.reportedBy = file('reported-by.csv', header(relationship, []));
    this.links = file('retaliated-against.csv', header(relationship, [{ name: 'id' }, { name: 'basis' }]));
    // The dyads refresh-dyads.cypher derives online: a table's actors and targets are states.
    this.dyads = file('dyads.csv', header(['key:ID'], [{ name: 'actor' }, { name: 'target' }]));
    this.inDyad = file(
      'in-dyad.csv',
      header(relationship, [
        { name: 'key' },
        { name: 'day', type: 'date' },
        { name: 'byAffiliation', type: 'boolean' },
      ]),
    );
    for (const state of STATES) {
      const record = state as unknown as Record<string, unknown>;
      this.states.row([state.id, ...STATE_COLUMNS.map(({ name }) => record[name])]);
    }
  }

  measures(batch: PreparedMeasure[]): void {
    for (const event of batch) {
      const values: unknown[] = [event.id];
      for (const name of EVENT_COLUMN_NAMES) values.push(event.props[name]);
      this.events.row(values);
      for (const actor of event.actors) this.initiatedBy.row([event.id, actor]);
      for (const target of event.targets) this.targeted.row([event.id, target]);
      this.dyadsOf(event);
      if (event.sourceId === null) continue;
      if (!this.seenSources.has(event.sourceId)) {
        this.seenSources.add(event.sourceId);
        this.sources.row([event.sourceId, 'ARTICLE', event.sourceUrl, 'F']);
      }
      this.reportedBy.row([event.id, event.sourceId]);
    }
  }

  private dyadsOf(event: PreparedMeasure): void {
    const day = (event.props['dateEarliest'] ?? event.props['dateLatest'])?.toString();
    for (const actor of new Set(event.actors))
      for (const target of new Set(event.targets)) {
        const key = `${actor}>${target}`;
        if (!this.seenDyads.has(key)) {
          this.seenDyads.add(key);
          this.dyads.row([key, actor, target]);
        }
        this.inDyad.row([event.id, key, key, day, false]);
      }
  }

  statedLinks(links: Iterable<StatedLink>): void {
    for (const link of links) this.links.row([link.from, link.to, link.id, RetaliationBasis.STATED]);
  }

  private get all(): CsvFile[] {
    return [
      this.states,
      this.events,
      this.sources,
      this.initiatedBy,
      this.targeted,
      this.reportedBy,
      this.links,
      this.dyads,
      this.inDyad,
    ];
  }

  close(): void {
    for (const csv of this.all) csv.close();
  }

  /** What the import reads, once the files are closed. */
  files(): InitialLoadFiles {
    const states = typed(STATE_LABELS, this.states);
    const events = typed(EVENT_LABELS, this.events);
    const initiatedBy = typed('INITIATED_BY', this.initiatedBy);
    const targeted = typed('TARGETED', this.targeted);
    return {
      nodes: [states, events, typed(SOURCE_LABELS, this.sources), typed('Dyad', this.dyads)],
      relationships: [
        initiatedBy,
        targeted,
        typed('REPORTED_BY', this.reportedBy),
        typed('RETALIATED_AGAINST', this.links),
        typed('IN_DYAD', this.inDyad),
      ],
      arrayDelimiter: ARRAY_DELIMITER_OPTION,
      multilineFields: this.all.some((csv) => csv.multiline),
      bare: { nodes: [states, events], relationships: [initiatedBy, targeted] },
      counts: {
        nodes: this.states.rows + this.events.rows + this.sources.rows + this.dyads.rows,
        relationships:
          this.initiatedBy.rows +
          this.targeted.rows +
          this.reportedBy.rows +
          this.links.rows +
          this.inDyad.rows,
        bareNodes: this.states.rows + this.events.rows,
        bareRelationships: this.initiatedBy.rows + this.targeted.rows,
      },
    };
  }
}
