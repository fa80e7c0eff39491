import { parseIsoDate } from '../domain/schoolCalendar';
import { analyseStatement } from './analyseStatement';
import type { Concern } from './concern';
import type { StatementKind, ThemeId } from './labels';
import type { SmartFlags } from './smart';
import type { TimeContext, Timeframe } from './timeframe';

/** One output line of `npm run analyse`, exactly the DESIGN.md fields. */
export interface AnalyseOutput {
  id: unknown;
  kind: StatementKind;
  theme: ThemeId | null;
  smart: SmartFlags;
  timeframe: Timeframe | null;
  jargon: string[];
  safeguarding: Concern;
}

export interface AnalyseError {
  id: unknown;
  error: string;
}

/** Longest text accepted on one line; a statement is a sentence or two. */
export const MAX_TEXT_CHARS = 5000;

/** Letters of scripts the analysis reads (Latin); text with none of them cannot be analysed. */
const LATIN_LETTER = /\p{Script=Latin}/u;
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The analysis of one input line of the contract, or an error for that line. Never throws. */
export function analyseLine(line: string, lineNumber: number): AnalyseOutput | AnalyseError {
  if (line.trim() === '') return { id: lineNumber, error: 'empty line' };
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { id: lineNumber, error: 'not JSON' };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { id: lineNumber, error: 'not a JSON object' };
  }
  const record = input as Record<string, unknown>;
  const id = record.id === undefined || record.id === null ? lineNumber : record.id;
  const text = record.text;
  if (typeof text !== 'string') return { id, error: 'missing text' };
  if (text.trim() === '') return { id, error: 'empty text' };
  if (text.length > MAX_TEXT_CHARS) return { id, error: `text longer than ${MAX_TEXT_CHARS} characters` };
  if (!LATIN_LETTER.test(text)) {
    return { id, error: RIGHT_TO_LEFT.test(text) ? 'right-to-left script not supported' : 'no words to analyse' };
  }
  let today = todayUtc();
  if (record.today !== undefined) {
    if (typeof record.today !== 'string' || !parseIsoDate(record.today)) return { id, error: 'today is not a YYYY-MM-DD date' };
    today = record.today;
  }
  const context: TimeContext = { today };
  if (typeof record.dateOfBirth === 'string' && parseIsoDate(record.dateOfBirth)) context.dateOfBirth = record.dateOfBirth;
  if (typeof record.schoolYear === 'number' && Number.isInteger(record.schoolYear) && record.schoolYear >= -2 && record.schoolYear <= 20) {
    context.schoolYear = record.schoolYear;
  }
  try {
    const a = analyseStatement(text, context);
    return {
      id,
      kind: a.kind,
      theme: a.theme,
      smart: a.smart,
      timeframe: a.timeframe,
      jargon: a.jargon.map((j) => j.term),
      // The contract's two fields only (a gentle check for an unclear message is the chat's business).
      safeguarding: { concern: a.safeguarding.concern, category: a.safeguarding.category },
    };
  } catch (error) {
    return { id, error: `analysis failed: ${error instanceof Error ? error.message : 'unknown error'}` };
  }
}
