import type { CoachContext } from './coaching';
import { readDateChange } from './dateChange';
import { onlyATime } from './onlyATime';
import { foldCase } from './text';

/*
 * One new date for several goals: "change all the dates to june 2028", "change the job one and the
 * cook one to june 2028". Only the asking is read here: which goals the words name is the dialog's
 * to find.
 */

export interface DatesChange {
  /** 'all' for every goal, else the words naming each goal ("job", "cook"). */
  about: 'all' | string[];
  to: string;
}

const LEAD = /^(?:(?:no|ok|okay|actually|and|but|so|also|just|please|pls|can we|could we|can you|could you|can u|can i|i want to|i wanna|id like to|lets|we need to|i need to)[\s,.!]+)*/;
const VERB = '(?:change|chnage|move|make|put|push|switch|set|update|shift)';
const ALL = new RegExp(
  `^${VERB}\\s+(?:all\\s+(?:of\\s+)?(?:the|my)\\s+(?:dates|goals|outcomes|deadlines|times)|(?:the|my)\\s+(?:dates|goals|outcomes)\\s+(?:all\\s+)?|them\\s+all|all\\s+of\\s+them|both(?:\\s+of\\s+them)?|every\\s+(?:date|goal|outcome))\\s+(?:to|till|until|for|as|(?=by\\s))\\s*(.+)$`,
);

/** The several goals' date change asked, or null when the message asks a change of one goal or none. */
export function readDatesChange(text: string, context: CoachContext): DatesChange | null {
  if (text.length > 200) return null;
  const said = foldCase(text).replace(/[?!.]+\s*$/, '').replace(/\s+/g, ' ').trim().replace(LEAD, '');
  const all = ALL.exec(said);
  if (all) {
    const to = all[1]!.replace(/\s+(?:please|pls|instead|thanks|thank you)$/, '').trim();
    return onlyATime(to, context) ? { about: 'all', to } : null;
  }
  // "the job one and the cook one": one change whose goal is named twice over.
  const one = readDateChange(text, context);
  const parts = one?.about?.split(/\s+(?:one|goal|outcome)?\s*(?:and|&|\+)\s+(?:the\s+|my\s+)?/).map((p) => p.replace(/^(?:dates?|times?)\s+(?:of|for|on)\s+(?:the\s+|my\s+)?/, '').trim()).filter(Boolean) ?? [];
  return one && parts.length > 1 ? { about: parts, to: one.to } : null;
}
