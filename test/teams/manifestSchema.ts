import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The official Teams manifest schemas, shipped as JSON files in this npm package. */
export const SCHEMA_PACKAGE = '@microsoft/app-manifest';

/**
 * A validator for the official schema of `manifestVersion`, read from the installed package (no
 * network, no copy kept here). The schemas are draft-04, so the package's own `ajv-draft-04` runs them.
 */
export function teamsManifestValidator(manifestVersion: string): ValidateFunction {
  const here = createRequire(__filename);
  let packageJson: string;
  try {
    packageJson = here.resolve(`${SCHEMA_PACKAGE}/package.json`);
  } catch {
    throw new Error(`${SCHEMA_PACKAGE} is not installed; it is a devDependency that provides the Teams manifest schemas`);
  }
  const schemaFile = path.join(path.dirname(packageJson), 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
  const Draft04 = (createRequire(packageJson)('ajv-draft-04') as { default: new (options: object) => Ajv }).default;
  const ajv = new Draft04({ allErrors: true, strict: false });
  addFormats(ajv as Parameters<typeof addFormats>[0]);
  return ajv.compile(schema);
}
