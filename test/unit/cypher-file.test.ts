import { cypherFile, splitStatements } from '../../src/db/cypher-file';

describe('splitStatements', () => {
  it('splits on semicolons that end a line and drops comment lines', () => {
    const text = [
      '// constraints',
      'CREATE CONSTRAINT a IF NOT EXISTS',
      'FOR (n:A) REQUIRE n.id IS UNIQUE;',
      '',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name);',
    ].join('\n');
    expect(splitStatements(text)).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS\nFOR (n:A) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name)',
    ]);
  });

  it('keeps a semicolon inside a line', () => {
    expect(splitStatements("RETURN 'a;b' AS x")).toEqual(["RETURN 'a;b' AS x"]);
  });
});

describe('cypherFile', () => {
  it('reads a query from cypher/ whatever the working directory', () => {
    const cwd = process.cwd();
    process.chdir('/');
    try {
      expect(cypherFile('system/database-info.cypher').text).toContain('dbms.components()');
    } finally {
      process.chdir(cwd);
    }
  });

  it('fails loudly for a missing file', () => {
    expect(() => cypherFile('nowhere/missing.cypher')).toThrow(/ENOENT/);
  });
});
