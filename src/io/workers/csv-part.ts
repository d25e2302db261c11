/** A part's categorized rows, written to a file of their own and later copied into the output in file order. */
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_AT = 1 << 16;

export class CsvPartWriter {
  private readonly fd: number;
  private pending = '';

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= FLUSH_AT) {
      writeSync(this.fd, this.pending);
      this.pending = '';
    }
  }

  close(): void {
    if (this.pending.length > 0) writeSync(this.fd, this.pending);
    this.pending = '';
    closeSync(this.fd);
  }
}
