/**
 * The savings lines of one part of the input (a split file's part, or a whole file), scanned on
 * some thread: written to a temporary file in chunks as they come, so that no thread holds a
 * part's lines; the main thread reads the parts back chunk by chunk, in file order, into its
 * collector (which spills them in turn: io/spill.ts). A chunk is a collector's columns with their
 * own names (v8 serialization, length first).
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { RecordCollector, type RecordColumns } from '../../analysis/savings/record.js';
import type { ExpenseLine } from '../../ingest/line.js';
import type { Decimal } from '../../money/decimal.js';
import type { Categorization } from '../../rules/engine.js';

/** Lines per chunk. */
const CHUNK = 65_536;

export class PartRecords {
  private staging = new RecordCollector();
  private readonly fd: number;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w');
  }

  add(line: ExpenseLine, booked: Decimal, c: Categorization): void {
    this.staging.add(line, booked, c);
    if (this.staging.size >= CHUNK) this.write();
  }

  private write(): void {
    const body = serialize(this.staging.columns());
    const head = Buffer.allocUnsafe(4);
    head.writeUInt32LE(body.length);
    writeSync(this.fd, head);
    writeSync(this.fd, body);
    this.staging = new RecordCollector();
  }

  /** Write what is left and close the file; returns its path. */
  close(): string {
    if (this.staging.size > 0 || this.staging.wins.size > 0 || this.staging.spread.size > 0) this.write();
    closeSync(this.fd);
    return this.file;
  }
}

/** A part's chunks, in order, read one at a time. */
export function* readPartRecords(file: string): Generator<RecordColumns> {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.allocUnsafe(4);
    for (let at = 0; readSync(fd, head, 0, 4, at) === 4; ) {
      const body = Buffer.allocUnsafe(head.readUInt32LE(0));
      let got = 0;
      while (got < body.length) {
        const n = readSync(fd, body, got, body.length - got, at + 4 + got);
        if (n <= 0) throw new Error(`savings lines of a part: ${file} ends inside a chunk`);
        got += n;
      }
      at += 4 + body.length;
      yield deserialize(body) as RecordColumns;
    }
  } finally {
    closeSync(fd);
  }
}
