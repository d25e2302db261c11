import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/config/schema.js';

describe('JSON Schema of techspend.yaml', () => {
  it('is generated from the zod schema and committed for editors (update with vitest -u)', async () => {
    const schema = configJsonSchema() as { properties: Record<string, unknown>; additionalProperties?: unknown };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['currency', 'fiscalYearStart', 'rates', 'categories', 'allocations', 'rules', 'uncategorized', 'sources']));
    expect(schema.additionalProperties).toBe(false);
    await expect(JSON.stringify(schema, null, 2) + '\n').toMatchFileSnapshot(resolve(import.meta.dirname, '../../schema/techspend.schema.json'));
  });
});
