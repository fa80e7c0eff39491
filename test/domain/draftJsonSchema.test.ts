import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFT_JSON_SCHEMA_PATH, draftJsonSchema, draftJsonSchemaText } from '../../src/domain/draftJsonSchema';
import { THEMES } from '../../src/domain/vocabulary';

describe('docs/outcomes-draft-1.schema.json', () => {
  it('is what the zod schema generates (run `npx tsx scripts/exportSchema.ts` after changing the draft)', () => {
    const committed = readFileSync(resolve(__dirname, '../..', DRAFT_JSON_SCHEMA_PATH), 'utf8');
    expect(committed).toBe(draftJsonSchemaText());
  });

  it('tells other tools the fixed values clients rely on', () => {
    const schema = draftJsonSchema() as {
      properties: { schema: { const: string }; aspirations: { items: { properties: { theme: unknown } } } };
      required: string[];
    };
    expect(schema.properties.schema.const).toBe('outcomes-draft/1');
    expect(JSON.stringify(schema.properties.aspirations.items.properties.theme)).toContain(JSON.stringify([...THEMES]));
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'status', 'youngPerson', 'outcomes', 'flags']));
  });
});
