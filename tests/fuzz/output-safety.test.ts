/**
 * Hostile values in an export must not drive a spreadsheet or a terminal, nor break a Markdown
 * table: formula cells are neutralized in CSV, pipes and newlines escaped in Markdown, control and
 * ANSI sequences stripped from the table output.
 */
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { writeFiles } from '../ingest/helpers.js';

const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  '+SUM(1;2)',
  '-2+3',
  '@cmd',
  '\t=1+1',
  'pipe | in name',
  'line\nbreak',
  '\u001b[31mRED\u001b[0m Corp',
  '\u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007',
  'bell\u0007 and \u0008backspace',
];

function csvOf(vendors: readonly string[]): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return ['Date,Vendor,Description,Amount', ...vendors.map((v, i) => `2026-01-${String((i % 28) + 1).padStart(2, '0')},${q(v)},${q(v)},${i + 1}.00`)].join('\n') + '\n';
}

async function check(vendors: readonly string[]): Promise<void> {
  const f = writeFiles({ 'x.csv': csvOf(vendors) });
  const csv = await runCli(['categorize', '-q', '--format', 'csv', 'x.csv'], f.dir);
  expect(csv.code).toBe(0);
  const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(vendors.length);
  for (const r of rows) for (const cell of [r.vendor!, r.description!]) if (!/^-?\d+(\.\d+)?$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

  const md = await runCli(['categorize', '-q', '--format', 'markdown', 'x.csv'], f.dir);
  expect(md.code).toBe(0);
  const tableLines = md.stdout.split('\n').filter((l) => l.startsWith('|'));
  const pipes = (l: string) => l.replace(/\\\|/g, '').split('|').length;
  const width = pipes(tableLines[0]!);
  for (const l of tableLines) expect(pipes(l)).toBe(width);

  const table = await runCli(['categorize', '-q', '--format', 'table', 'x.csv'], f.dir);
  expect(table.code).toBe(0);
  // eslint-disable-next-line no-control-regex
  expect(table.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
}

describe('output safety', () => {
  it('known hostile vendor names', async () => {
    await check(HOSTILE);
  });
  it('generated vendor names', async () => {
    const name = fc.stringMatching(/^[=+\-@|\n\r\t\u001b\u0007a-z[\];0-9 ]{1,20}$/).filter((s) => s.trim() !== '');
    await fc.assert(fc.asyncProperty(fc.array(name, { minLength: 1, maxLength: 8 }), check), { numRuns: Number(process.env.FUZZ_RUNS ?? 25), seed: Number(process.env.FUZZ_SEED ?? 99) });
  }, 15_000);
});
