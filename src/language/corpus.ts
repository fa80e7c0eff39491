import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConcernCategory } from './concern';
import type { StatementKind, ThemeId } from './labels';

/** The labelled corpus in data/language/ (see its README): used by training and evaluation, never at run time. */

export interface LabelledStatement {
  id: string;
  text: string;
  voice: 'young_person' | 'parent_carer' | 'professional';
  today: string;
  schoolYear?: number;
  dateOfBirth?: string;
  kind: StatementKind;
  theme: ThemeId | null;
  smart: { specific: boolean; measurable: boolean; timeBound: boolean; personCentred: boolean };
  /** YYYY-MM of the timeframe's end date; null when there is none or it cannot be resolved. */
  timeframeMonth: string | null;
}

export interface LabelledMessage {
  id: string;
  text: string;
  concern: boolean;
  category: ConcernCategory | null;
}

export type Split = 'train' | 'heldout';

export const CORPUS_DIR = join(__dirname, '..', '..', 'data', 'language');

function readJsonLines<T>(file: string): T[] {
  return readFileSync(join(CORPUS_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function readStatements(split: Split): LabelledStatement[] {
  return readJsonLines<LabelledStatement>(`statements.${split}.jsonl`);
}

export function readMessages(split: Split): LabelledMessage[] {
  return readJsonLines<LabelledMessage>(`concerns.${split}.jsonl`);
}
