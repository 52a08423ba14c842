/** CSV writing worked by hand: RFC 4180 quoting, the formula-injection guard, numbers, the metadata block. */
import { describe, expect, it } from 'vitest';
import { csvCell, csvText, METADATA_LINES, toCsv } from './csv.ts';

describe('csv cells', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvText('plain')).toBe('plain');
    expect(csvText('a,b')).toBe('"a,b"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText('two\nlines')).toBe('"two\nlines"');
    expect(csvText('cr\rlf')).toBe('"cr\rlf"');
    expect(csvText('')).toBe('');
    expect(csvText(' spaced ')).toBe(' spaced ');
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    expect(csvText('=1+1')).toBe("'=1+1");
    expect(csvText('+41 22')).toBe("'+41 22");
    expect(csvText('-3')).toBe("'-3");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('\tx')).toBe("'\tx");
    expect(csvText('\rx')).toBe('"\'\rx"');
    expect(csvText('=HYPERLINK("http://evil","click")')).toBe('"\'=HYPERLINK(""http://evil"",""click"")"');
    expect(csvText('a=b')).toBe('a=b');
    expect(csvText("'quoted")).toBe("'quoted");
  });

  it('writes numbers at full precision and never guards them', () => {
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(-0)).toBe('0');
    expect(csvCell(1e21)).toBe('1e+21');
    expect(csvCell(5e-324)).toBe('5e-324');
    expect(csvCell(123456789.12345679)).toBe('123456789.12345679');
    expect(Number(csvCell(Math.PI))).toBe(Math.PI);
    expect(csvCell(Infinity)).toBe('Infinity');
    expect(csvCell(-Infinity)).toBe("'-Infinity");
    expect(csvCell(NaN)).toBe('NaN');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

describe('toCsv', () => {
  it('writes the metadata block, an empty line, then the table, with CRLF line ends', () => {
    const text = toCsv(
      { headers: ['unit', 'name, full', 'lead time'], rows: [[0, '=cmd', 20], [1, null, -1.5]] },
      {
        title: 'Units',
        scenarioName: 'Penny "game", B=5',
        model: 'flow-line',
        scenarioVersion: 1,
        seed: 'penny',
        replications: 1,
        replication: 0,
        timeUnit: 'second',
        engineVersion: '1.0.0',
        rng: 'seedrandom.alea',
      },
    );
    expect(text).toBe(
      [
        'Genba export,Units',
        'Scenario,"Penny ""game"", B=5"',
        'Model,flow-line',
        'Scenario format,1',
        'Seed,"""penny"""',
        'Replications,1',
        'Replication,0',
        'Time unit,second',
        'Engine version,1.0.0',
        'RNG,seedrandom.alea',
        'Note,',
        '',
        'unit,"name, full",lead time',
        "0,'=cmd,20",
        '1,,-1.5',
        '',
      ].join('\r\n'),
    );
    expect(text.split('\r\n')[METADATA_LINES]).toBe('unit,"name, full",lead time');
  });

  it('keeps a numeric seed apart from the same digits as text, and guards a hostile name', () => {
    const meta = { title: 'T', engineVersion: '1.0.0', rng: 'r' };
    expect(toCsv({ headers: ['a'], rows: [] }, { ...meta, seed: 42 }).split('\r\n')[4]).toBe('Seed,42');
    expect(toCsv({ headers: ['a'], rows: [] }, { ...meta, seed: '42' }).split('\r\n')[4]).toBe('Seed,"""42"""');
    expect(toCsv({ headers: ['a'], rows: [] }, { ...meta, scenarioName: '=2+5' }).split('\r\n')[1]).toBe("Scenario,'=2+5");
  });

  it('writes a bare table when no metadata is given', () => {
    expect(toCsv({ headers: ['x', 'y'], rows: [[1, 2]] })).toBe('x,y\r\n1,2\r\n');
  });
});
