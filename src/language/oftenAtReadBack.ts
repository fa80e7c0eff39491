import { howOftenOf } from './howOften';
import { normaliseMessage } from './text';

/*
 * How often, said at the read-back of an outcome: "ye but like 1 time a week" (a yes, with how
 * often), "wait u didnt put once a week" (the read-back left it out). Either way it belongs with
 * how everyone will know. Only a message made of the time and such leading words counts: anything
 * else in it ("once a week my dad hits me") is read as usual, so nothing said is ever lost.
 */

/** Words that may stand around the time: a yes, a "but", and the ways of saying it was left out. */
const AROUND = new Set([
  'ye', 'yes', 'yeah', 'yea', 'yep', 'yh', 'ok', 'okay', 'k', 'but', 'like', 'and', 'also', 'its', 'it', 'is', 'should', 'be', 'say', 'says',
  'wait', 'hang', 'on', 'hold', 'oh', 'um', 'erm', 'u', 'you', 'didnt', 'did', 'not', 'forgot', 'forget', 'to', 'put', 'add', 'write', 'wrote', 'in', 'missed',
  'miss', 'left', 'out', 'the', 'bit', 'part', 'pls', 'please', 'plz', 'i', 'said', 'do', 'it', 'that', 'about', 'where', 'wheres', 'gone', 'lol', 'tho', 'though', 'only', 'just',
]);

/** The time to add ("1 time a week") when the message is only that, with a yes or a "you left it out"; undefined otherwise. */
export function oftenSaidAtReadBack(text: string): string | undefined {
  if (text.length > 80) return undefined;
  const often = howOftenOf(text);
  if (!often) return undefined;
  const rest = normaliseMessage(text.replace(often, ' ')).split(' ').filter(Boolean);
  return rest.every((w) => AROUND.has(w)) ? often : undefined;
}

/** "actually", as typed ("acshully", "akshully", "actualy"), "no", "make it", "change it to": how a new time is led in. */
const CHANGE_LEAD = new Set([
  'actually', 'actualy', 'actully', 'acually', 'acshully', 'akshully', 'acshuly', 'akshuly', 'ackshully', 'acc', 'no', 'nah', 'sorry', 'soz',
  'make', 'change', 'changed', 'wait', 'oh', 'ok', 'okay', 'it', 'that', 'to', 'should', 'be', 'only', 'just', 'more', 'like', 'i', 'mean', 'um', 'erm',
]);

/**
 * "acshully 2 times a week" at the read-back of "I will make my tea on my own 3 times a week": how often
 * put right. The time they say and the one it replaces; undefined when the message is more than a time
 * with such words around it, or the outcome says no time, or the same one.
 */
export function oftenChangedAtReadBack(text: string, statement: string): { from: string; to: string } | undefined {
  if (text.length > 80) return undefined;
  const to = howOftenOf(text);
  const from = howOftenOf(statement);
  if (!to || !from || to.toLowerCase() === from.toLowerCase()) return undefined;
  const rest = normaliseMessage(text.replace(to, ' ')).split(' ').filter(Boolean);
  return rest.every((w) => CHANGE_LEAD.has(w) || AROUND.has(w)) ? { from, to } : undefined;
}
