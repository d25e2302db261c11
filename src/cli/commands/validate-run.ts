/** `techspend validate`, the action: loaded only when the command runs (options and help in validate.ts). */
import { scanInputs } from '../../io/scan.js';
import { RuleCoverage } from '../../analysis/rule-coverage.js';
import { buildValidateReport } from '../../report/build-validate.js';
import { EXIT } from '../../diagnostic.js';
import { finish, type Io, prepare } from '../context.js';
import type { CommonOptions } from '../options.js';
import type { FileSummary } from '../../analysis/reconciliation.js';

export async function runValidate(inputs: string[], opts: CommonOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const ctx = await prepare(inputs, opts, io, { needsInputs: false, command: 'validate', checks: false });
  const coverage = new RuleCoverage(ctx.config);
  const files: FileSummary[] = [];
  const scanned = await scanInputs(
    ctx.paths,
    ctx.config,
    {
      file: (s) => files.push(s),
      line: (l, booked, c) => coverage.see(l, booked, c, true),
      excluded: (l, booked, c) => coverage.see(l, booked, c, false),
    },
    ctx.scan,
  );
  const rec = scanned.reconciliation;
  const report = buildValidateReport(ctx.config, rec, coverage, ctx.currencyNote);
  // validate lists its problems in the report itself; keep stderr for the one-line verdict
  const code = await finish({ ...ctx, opts: { ...ctx.opts, quiet: true } }, report, undefined);
  if (rec.rowsRejected > 0 || rec.filesNotRead.length > 0) {
    if (rec.filesNotRead.length > 0) io.stderr.write(`techspend: ${rec.filesNotRead.length} files not read\n`);
    if (rec.rowsRejected > 0) io.stderr.write(`techspend: ${rec.rowsRejected} problem rows found\n`);
    setExit(EXIT.data);
  } else setExit(code);
}
