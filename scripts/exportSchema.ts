import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DRAFT_JSON_SCHEMA_PATH, draftJsonSchemaText } from '../src/domain/draftJsonSchema';

// Regenerates docs/outcomes-draft-1.schema.json after a change to src/domain/draft.ts.
const target = resolve(__dirname, '..', DRAFT_JSON_SCHEMA_PATH);
writeFileSync(target, draftJsonSchemaText());
process.stdout.write(`wrote ${DRAFT_JSON_SCHEMA_PATH}\n`);
