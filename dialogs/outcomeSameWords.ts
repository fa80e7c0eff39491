import type { Outcome } from '../src/domain/draft';
import { tidyTextSpeak } from '../src/language';
import { normaliseMessage } from '../src/language/text';
import { labelledField } from '../src/language/outcomeField';
import { readPolarity } from '../src/language/polarity';
import { topicOnly } from '../src/language/topicOnly';
import type { Position } from './journey';
import { askWhichPart } from './outcomeConfirmPart';
import type { Next } from './stageDialog';

/*
 * Asked to type the outcome their way, a person may type the words they first said ("do a bike
 * course at collidge"), or name only a thing ("bike course"). The same words are said to be the
 * same, kindly, with a choice to keep it or change one part; a thing with no doing in it is asked
 * for as "I will ...". Neither is ever read as "nothing changed".
 */

export const SAME_WORDS = 'outcome:feedback.sameWords';

/** Position note at outcome.confirm: the person was told their words are the same as the sentence. */
const SAID_SAME = 'saidSame';

/** The same words typed again after being told they are the same: they mean the sentence is right. */
export function sameSaidAgain(position: Position, outcome: Outcome, readBack: string, text: string): boolean {
  return Boolean(position.data?.[SAID_SAME]) && sameAsKept(text, outcome, readBack);
}

const key = (said: string): string =>
  normaliseMessage(tidyTextSpeak(said)).replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/^(?:i|we|they|[a-z]+)\s+will\s+/, '').replace(/\s+/g, ' ').trim();

/** The read-back without the time that leads it ("By July 2027, I will ..." is "I will ..."). */
const withoutLeadTime = (readBack: string): string => readBack.replace(/^(?:by|in|before|within|until|at|around|during|this|next|from)\b[^,]{2,80},\s*/i, '');

/** The same words, whatever their order: each word of one is in the other. */
function sameWords(a: string, b: string): boolean {
  const one = new Set(a.split(' '));
  const other = new Set(b.split(' '));
  return one.size === other.size && [...one].every((w) => other.has(w));
}

/**
 * True when the words typed are the step already kept or read back: their words, tidied, are the
 * words shown, neither more nor fewer. Part of the sentence, or the same start with more after it, is
 * new words, so the bot never says "That's the same" of words that differ.
 */
export function sameAsKept(text: string, outcome: Outcome, readBack: string): boolean {
  const said = key(text);
  if (!said) return false;
  // "Say it as Tia: I will ..." kept by mistake: the sentence typed without the lead is a change, never the same.
  if (labelledField(outcome.statement)?.field === 'step' || labelledField(readBack)?.field === 'step') return false;
  // The sentence as shown is what they compare with: the step kept, typed back with its time where they
  // put it ("... without freezing up by summer" when "By summer, I will ..." is shown), is new words.
  const shown = key(withoutLeadTime(readBack));
  if (said === shown || said === key(readBack)) return true;
  if (key(outcome.statement) === said && key(readBack).includes(said)) return true;
  // Their first words ("do a bike course at collidge") are the same only when they have just the words shown:
  // "... and eat lunch in a quiet room" typed when the statement shown has no quiet room is a real change.
  return Boolean(outcome.inTheirWords && key(outcome.inTheirWords) === said && sameWords(said, shown));
}

/** What to do with typed words asked for as a rewording, when they are the same or no step; undefined otherwise. */
export function rewordedSameOrThing(position: Position, outcome: Outcome, readBack: string, text: string, sayIt: (extra: Record<string, string>) => Next, asked: boolean): Next | undefined {
  if (sameAsKept(text, outcome, readBack)) {
    // Said to be the same once: the same words typed again are agreed where this is called, never told a third time.
    const which = askWhichPart(position, outcome).goTo!;
    return { say: [{ key: SAME_WORDS }], goTo: { ...which, data: { ...which.data, [SAID_SAME]: '1' } } };
  }
  // At the read-back itself, only the same words are read here; anything else is read as a reply to it.
  if (!asked) return undefined;
  // "ok yes. I give up" is a yes, never a thing named.
  if (topicOnly(text) && !readPolarity(text).answer) return sayIt({ sayIt: '1' });
  return undefined;
}
