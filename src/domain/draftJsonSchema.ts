import { z } from 'zod';
import { draftSchema } from './draft';

export const DRAFT_JSON_SCHEMA_ID = 'urn:outcomes-bot:schema:outcomes-draft-1';
/** Where the committed copy lives, relative to the project root. */
export const DRAFT_JSON_SCHEMA_PATH = 'docs/outcomes-draft-1.schema.json';

/** The JSON Schema of outcomes-draft/1, generated from the zod schema so the two cannot drift apart. */
export function draftJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(draftSchema, { target: 'draft-2020-12' });
  const { $schema, ...rest } = generated;
  return { $schema, $id: DRAFT_JSON_SCHEMA_ID, ...rest };
}

/** The exact text of the committed file: two-space JSON with a final newline. */
export function draftJsonSchemaText(): string {
  return `${JSON.stringify(draftJsonSchema(), null, 2)}\n`;
}
