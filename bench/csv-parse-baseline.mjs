// The yardstick: csv-parse's bare streaming parse of a file into arrays, doing nothing else.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

let rows = 0;
const parser = createReadStream(process.argv[2], { highWaterMark: 1 << 20 }).pipe(parse({ relax_column_count: true }));
for await (const _ of parser) rows++;
process.stdout.write(`${rows}\n`);
