/**
 * explain's line scan, read once per input set and replayed to every later explain in the same
 * test file. The explain tests open hundreds of figures of the same demo in-process; each run
 * read and categorized the demo's 540 KB again, most of those files' time. With this, every run
 * still goes through the whole command (options, config, the cell's sink, the report, the
 * renderer); only the reading of the same files with the same config and options is shared.
 *
 * Use (in the test file; vi.mock is hoisted there):
 *   vi.mock('../../src/io/engine/lines.js', async (load) => sharingScanLines(await load()));
 *
 * The first scan of an input set is the real one, recorded as the calls it makes on the sink;
 * a later explain with the same paths, config (the same file, with the same --basis and
 * --currency) and scan options gets those calls, in order,
 * and the same reconciliation. The sink's own methods decide what is recorded: a sink with
 * other methods is a different key (the scan may do more for it).
 */
import type { ScanSink } from '../../src/io/scan.js';
import type * as Lines from '../../src/io/engine/lines.js';

type ScanLines = typeof Lines.scanLines;
type Call = [method: keyof ScanSink, args: unknown[]];

const METHODS = ['line', 'excluded', 'file', 'unreadRecord'] as const;

/** Off: every scan reads (a test compares a replayed explain with one that read its files). */
export const sharing = { on: true };

export function sharingScanLines(real: typeof Lines): typeof Lines {
  const recorded = new Map<string, { calls: Call[]; result: Awaited<ReturnType<ScanLines>> }>();
  const scanLines: ScanLines = async (paths, config, sink, scan, engine, note) => {
    const methods = METHODS.filter((m) => typeof sink[m] === 'function');
    const key = JSON.stringify({
      paths,
      methods,
      engine,
      // one config file per input set in these tests: what options change on it (--basis,
      // --currency) and its size stand for it (serializing all of it cost as much as a run)
      config: [config.basis, config.currency, config.inputCurrency, config.fiscalYearStart, config.categories.length, config.rules.length, config.sources.length],
      scan: Object.fromEntries(Object.entries(scan).filter(([, v]) => typeof v !== 'function')),
    });
    if (!sharing.on) return real.scanLines(paths, config, sink, scan, engine, note);
    let hit = recorded.get(key);
    if (hit === undefined) {
      const calls: Call[] = [];
      const recorder: ScanSink = { line: (...args) => calls.push(['line', args]) };
      for (const m of methods) (recorder as unknown as Record<string, (...a: unknown[]) => void>)[m] = (...args: unknown[]) => void calls.push([m, args]);
      const result = await real.scanLines(paths, config, recorder, scan, engine, note);
      hit = { calls, result };
      recorded.set(key, hit);
    }
    for (const [method, args] of hit.calls) (sink[method] as (...a: unknown[]) => void)(...args);
    return hit.result;
  };
  return { ...real, scanLines };
}
