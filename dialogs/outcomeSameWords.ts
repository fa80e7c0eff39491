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

/** True when the words typed are the step already kept or read back. */
export function sameAsKept(text: string, outcome: Outcome, readBack: string): boolean {
  const said = key(text);
  if (!said) return false;
  // "Say it as Tia: I will ..." kept by mistake: the sentence typed without the lead is a change, never the same.
  if (labelledField(outcome.statement)?.field === 'step' || labelledField(readBack)?.field === 'step') return false;
  // The sentence as shown is what they compare with: the step kept, typed back with its time where they
  // put it ("... without freezing up by summer" when "By summer, I will ..." is shown), is new words.
  if (key(outcome.statement) === said && key(readBack).includes(said)) return true;
  // Their first words count as the same only when they add nothing to the statement shown: "... and eat
  // lunch in a quiet room" typed when the statement shown has no quiet room is a real change.
  const shown = new Set(`${key(outcome.statement)} ${key(readBack)}`.split(' '));
  if (outcome.inTheirWords && key(outcome.inTheirWords) === said && said.split(' ').every((word) => shown.has(word))) return true;
  return said.split(' ').length >= 3 && key(readBack).endsWith(said);
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
