import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tableOfRows, type HistoryTable } from '../../src/history/history-table';
import { preparedMeasures, prepareHistory } from '../../src/history/prepare-history';
import { historyFileTable, readHistoryFile } from '../../src/history/read-history-file';
import { TableChangedError, TableCheck } from '../../src/history/table-check';

const HEADER = 'id,date,actor,target,measure,count,responds_to,source_url,notes';

async function rowsOf(table: HistoryTable): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for await (const chunk of table.chunks()) rows.push(...chunk);
  return rows;
}

async function verdictOf(table: HistoryTable) {
  const check = new TableCheck();
  for await (const chunk of table.chunks()) for (const value of chunk) check.row(value);
  return check.finish();
}

describe('a history table read as a stream', () => {
  let folder: string;
  const file = (name: string, text: string) => {
    const at = path.join(folder, name);
    writeFileSync(at, text);
    return at;
  };

  beforeAll(() => (folder = mkdtempSync(path.join(os.tmpdir(), 'riposte-table-'))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('gives the rows the whole-file reader gives: blank lines skipped, quoted commas, quotes and line breaks kept', async () => {
    const text =
      `\uFEFF${HEADER}\n\n` +
      'a,2020-01-01,FR,"RU;DE",expulsion,2,,"https://news.example/a?x=1,2","He said ""go"", then\nleft"\n' +
      '\n   \n' +
      'b,2020-02-01,RU,FR,summons,,a,,\n\n';
    const at = file('quoted.csv', text);
    const streamed = await rowsOf(historyFileTable(at));
    expect(streamed).toEqual(readHistoryFile(at));
    expect(streamed).toHaveLength(2);
    expect(streamed[0]).toMatchObject({
      source_url: 'https://news.example/a?x=1,2',
      notes: 'He said "go", then\nleft',
    });
  });

  it('comes in chunks, so that a large file is never held whole', async () => {
    const lines = Array.from({ length: 2_500 }, (_, i) => `m-${i},2020-01-01,FR,RU,expulsion,,,,`);
    const chunks: number[] = [];
    for await (const chunk of historyFileTable(file('large.csv', [HEADER, ...lines].join('\n'))).chunks())
      chunks.push(chunk.length);
    expect(chunks).toEqual([1_000, 1_000, 500]);
  });

  it('finds a bad row at the end of a large file, as the check of the whole table does', async () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => `m-${i},2020-01-01,FR,RU,expulsion,,,,`);
    const at = file(
      'bad-end.csv',
      [HEADER, ...lines, 'm-last,2020-01-01,FR,Narnia,expulsion,,m-0,,'].join('\n'),
    );
    const verdict = await verdictOf(historyFileTable(at));
    expect(verdict.rows).toBe(5_001);
    expect(verdict.problems).toEqual(prepareHistory(readHistoryFile(at)).problems);
    expect(verdict.problems).toEqual([
      { path: 'row 5001.target', message: '"Narnia" is not an ISO 3166-1 code or English state name' },
    ]);
  });

  it('refuses unknown columns and broken CSV with the file as the path', async () => {
    const unknown = file('unknown.csv', `${HEADER},colour\na,2020-01-01,FR,RU,expulsion,,,,,red\n`);
    await expect(rowsOf(historyFileTable(unknown))).rejects.toMatchObject({
      problems: [
        { path: unknown, message: expect.stringMatching(/^unknown column\(s\) colour; expected id,/) },
      ],
    });
    const broken = file('broken.csv', `${HEADER}\na,2020-01-01,FR,RU,expulsion,,,,"open\n`);
    await expect(rowsOf(historyFileTable(broken))).rejects.toMatchObject({
      problems: [{ path: broken, message: expect.stringMatching(/^not valid CSV: /) }],
    });
  });

  it('stops writing at a row that is not the one checked', async () => {
    const row = (id: string, actor: string) => ({
      id,
      date: '2020-01-01',
      actor,
      target: 'RU',
      measure: 'expulsion',
    });
    const checked = await verdictOf(tableOfRows([row('a', 'FR'), row('b', 'FR')]));
    expect(checked.problems).toEqual([]);
    const changed = tableOfRows([row('a', 'FR'), row('b', 'DE')]);
    const written: string[] = [];
    const write = async () => {
      for await (const batch of preparedMeasures(changed, checked, 1))
        written.push(...batch.map((m) => m.id));
    };
    await expect(write()).rejects.toThrow(TableChangedError);
    await expect(write()).rejects.toThrow(/row 2 is not the row that was checked/);
    expect(written).toEqual(['event:a', 'event:a']);
  });
});
