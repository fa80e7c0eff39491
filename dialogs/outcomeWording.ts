import type { Timeframe } from '../src/domain/draft';

/*
 * Tidies a person's own step into one outcome statement. It only changes tense and voice, puts
 * their timeframe first and keeps their measure: it never adds an idea of its own.
 */

export interface StatementParts {
  /** The step in the person's words. */
  step: string;
  timeframe: Timeframe | null;
  /** How everyone will know, in the person's words. */
  measure?: string;
  /** Set when a parent or carer answers: outcomes then name the child (or stay in the child's voice). */
  childName?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/^[\s,;:-]+|[\s,;:.!?-]+$/g, '');
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter unless it starts a name, "I" or "I'm". */
function lowerFirst(text: string): string {
  if (/^I\b/.test(text)) return text;
  if (/^[A-Z][a-z]+\s+will\b/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function tidyWords(text: string): string {
  return text
    .replace(/\bi\b/g, 'I')
    .replace(/\bi'(m|ll|d|ve)\b/gi, (_m, rest: string) => `I'${rest.toLowerCase()}`)
    .replace(/\b(?:year|yr)\s*(\d{1,2})\b/gi, 'Year $1');
}

/** "in 6 months" ages badly on paper, so relative phrases become the month they end in. */
function timeframeLead(timeframe: Timeframe): string {
  const phrase = tidyWords(clean(timeframe.phrase));
  if (/^(?:in|within|after)\b/i.test(phrase) || /^(?:\d+|a|an|one|two|three|six)\s+(?:weeks?|months?|years?)$/i.test(phrase)) {
    const [year, month] = timeframe.date.split('-').map(Number);
    return `By ${MONTHS[(month ?? 1) - 1]} ${year}`;
  }
  if (/^(?:the\s+)?end of\b/i.test(phrase)) return `By ${phrase.replace(/^(?:the\s+)?end/i, 'the end')}`;
  if (/^(?:by|before|until|till|when|once|at|during|for|this|next|over)\b/i.test(phrase)) return upperFirst(phrase);
  return `By ${phrase}`;
}

function withoutPhrase(text: string, phrase: string): string {
  const found = new RegExp(`\\s*,?\\s*${escapeForRegExp(phrase.trim())}\\s*,?\\s*`, 'i');
  return clean(text.replace(found, ' '));
}

const SELF_FUTURE: readonly [RegExp, string][] = [
  [/^I\s+(?:really\s+)?(?:want|wanna|would like|'d like|would love|'d love|hope|wish|plan|am going|'m going|am gonna|'m gonna|need)\s+to\s+/i, 'I will '],
  [/^I\s+(?:really\s+)?(?:wanna|gonna)\s+/i, 'I will '],
  [/^I'll\s+/i, 'I will '],
  [/^I\s+will\s+/i, 'I will '],
  [/^I\s+(?:can|could|should|might|may)\s+/i, 'I will be able to '],
  [/^(?:to\s+)?be(?:ing)?\s+able\s+to\s+/i, 'I will be able to '],
  [/^to\s+/i, 'I will '],
];

function inOwnVoice(step: string): string {
  for (const [pattern, replacement] of SELF_FUTURE) {
    if (pattern.test(step)) return step.replace(pattern, replacement);
  }
  if (/^(?:I|I'm|my)\b/i.test(step)) return step;
  return `I will ${lowerFirst(step)}`;
}

function naming(step: string, name: string): string | undefined {
  const who = `(?:she|he|they|${escapeForRegExp(name)})`;
  const patterns: readonly RegExp[] = [
    new RegExp(`^${who}\\s+(?:will|'ll|is going to|'s going to|are going to|can)\\s+`, 'i'),
    new RegExp(`^${who}\\s+(?:wants?|would like|'d like|needs?|hopes?)\\s+to\\s+`, 'i'),
    new RegExp(`^(?:I|we)\\s+(?:really\\s+)?(?:want|would like|'d like|hope|would love|'d love)\\s+(?:for\\s+)?(?:her|him|them|${escapeForRegExp(name)})\\s+to\\s+`, 'i'),
    new RegExp(`^(?:for\\s+)?(?:her|him|them)\\s+to\\s+`, 'i'),
  ];
  for (const pattern of patterns) {
    if (pattern.test(step)) return step.replace(pattern, `${name} will `);
  }
  return undefined;
}

function inChildVoice(step: string, name: string | undefined): string {
  if (/^I\b/.test(step)) return inOwnVoice(step);
  if (!name) return inOwnVoice(step);
  const named = naming(step, name);
  if (named) return named;
  if (/^to\s+/i.test(step)) return step.replace(/^to\s+/i, `${name} will `);
  if (/^(?:she|he|they|my (?:son|daughter|child))\b/i.test(step)) return step;
  return `${name} will ${lowerFirst(step)}`;
}

export function tidyStatement(parts: StatementParts): string {
  let body = tidyWords(clean(parts.step));
  if (parts.timeframe) body = withoutPhrase(body, tidyWords(clean(parts.timeframe.phrase)));
  body = parts.childName !== undefined ? inChildVoice(body, parts.childName || undefined) : inOwnVoice(body);
  const measure = parts.measure ? tidyWords(clean(parts.measure)) : '';
  const withMeasure = measure && !body.toLowerCase().includes(measure.toLowerCase()) ? `${body} (${lowerFirst(measure)})` : body;
  const sentence = parts.timeframe ? `${timeframeLead(parts.timeframe)}, ${lowerFirst(withMeasure)}` : upperFirst(withMeasure);
  return `${sentence}.`;
}

/** Whether a statement the person typed already carries this timeframe (so nothing is added twice). */
export function mentionsTimeframe(statement: string, timeframe: Timeframe): boolean {
  return statement.toLowerCase().includes(clean(timeframe.phrase).toLowerCase());
}
