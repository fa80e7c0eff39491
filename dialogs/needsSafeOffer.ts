import { saysHardThing } from '../src/language/hardThing';
import { quoteNeed } from '../src/language';
import { recogniseYesNo } from '../src/language/yesNo';
import { wordsFor, type WhomKeys } from './aboutWhom';
import { Step } from './ids';
import type { Position } from './journey';
import type { Choice, Question } from './say';
import type { JourneySession } from './session';
import { NeedsText } from './needsText';

/*
 * A hard thing said beside a worry at "do you feel safe?" ("not always, i get really anxious on the
 * bus"): the worry gets the safeguarding answer and its flag; the hard thing is noted and, at the
 * first plain "what makes it hard?" (of any hope), offered once in their words. Only a yes keeps it.
 */

const QUESTION: WhomKeys = { self: 'needs:safeOffer.question', child: 'needs:safeOffer.questionChild', yourChild: 'needs:safeOffer.questionYourChild' };
const CHOICES: readonly Choice[] = [
  { value: 'yes', labelKey: NeedsText.yes },
  { value: 'no', labelKey: NeedsText.no },
];

/** "not always, ", "no. ", "sometimes ": the answer to the safety question before the hard thing. */
const SAFE_ANSWER = /^\s*(?:(?:not\s+always|not\s+really|no|nope|nah|sometimes|kind\s+of|kinda|yes\s+mostly|mostly|yeah\s+mostly)\b[\s,.!-]*)+/i;

/** At the safety question, a hard thing beside the worry is noted to offer later. */
export async function noteHardAtSafety(session: JourneySession, text: string): Promise<void> {
  if (session.journey.position?.step !== Step.aboutMeSafe) return;
  const hard = text.replace(SAFE_ANSWER, '').trim().replace(/[.!]+$/, '');
  if (!hard || hard.length > 300 || !saysHardThing(hard)) return;
  await session.updateJourney((j) => ({ ...j, hardToOffer: [...(j.hardToOffer ?? []), hard].slice(-5) }));
}

/** The hard thing to offer at the first plain "what makes it hard?" (any hope's), if one is still noted. */
function toOffer(session: JourneySession, position: Position): string | undefined {
  if (position.step !== Step.needsBarrier || Object.keys(position.data ?? {}).length > 0) return undefined;
  return session.journey.hardToOffer?.[0];
}

/** "You said "i get really anxious on the bus". Is that something that makes things hard?" */
export async function safeOfferQuestion(session: JourneySession, position: Position): Promise<Question | undefined> {
  const hard = toOffer(session, position);
  if (!hard) return undefined;
  return { step: Step.needsBarrier, topic: position.topic ?? '', words: wordsFor(await session.draft(), QUESTION, { hard: quoteNeed(hard) }), choices: CHOICES };
}

/**
 * The answer to the offer: yes keeps the words as a hard thing, no keeps nothing; either way it is
 * not offered again. Other words answer "what makes it hard?" and are read as such.
 */
export async function answerSafeOffer(session: JourneySession, position: Position, text: string): Promise<{ said: 'yes' | 'no' | 'other'; hard: string } | undefined> {
  const hard = toOffer(session, position);
  if (!hard) return undefined;
  await session.updateJourney((j) => ({ ...j, hardToOffer: (j.hardToOffer ?? []).slice(1) }));
  // Asked again this turn (a "no", words not understood), the question is the plain one: never the offer again.
  session.noteChanged();
  const said = recogniseYesNo(text);
  return { said: said === 'yes' || said === 'no' ? said : 'other', hard };
}
