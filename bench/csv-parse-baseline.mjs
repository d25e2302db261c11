// The yardstick: csv-parse's bare streaming parse of a file into arrays, doing nothing else.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
let rows = 0;
const parser = parse({ relax_column_count: true });
parser.on('readable', () => { while (parser.read() !== null) rows++; });
parser.on('end', () => process.stdout.write(`${rows}\n`));
createReadStream(process.argv[2], { highWaterMark: 1 << 20 }).pipe(parser);
