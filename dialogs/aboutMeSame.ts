import { addAboutMe, type AboutMeSection } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { answerAfterPointer, readSameAsBefore } from '../src/language/sameAsBefore';
import { Step, type StepId } from './ids';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "same as i said lol" where what is important is asked, just after what people like about them:
 * the answer before is meant, and kept here too. The word "same" is never kept as an answer.
 */

export const AboutMeSameText = {
  kept: 'aboutMe:same.kept',
  nothingBefore: 'aboutMe:same.nothingBefore',
} as const;

/** Each question's answer before it, which "same" points back to. */
const BEFORE: Partial<Record<StepId, { from: AboutMeSection; to: AboutMeSection }>> = {
  [Step.aboutMeImportant]: { from: 'strengths', to: 'important' },
  [Step.aboutMeSupport]: { from: 'important', to: 'support' },
};

/** Laughter, and the words for the question itself, name nothing: "same as the last question haha". */
const NAMES_NOTHING = /^(?:lol|lool|haha+|hehe+|lmao|xd|tbh|question|questions|answer|answers|one|thing)$/;

/** The answer kept from the question before, and any words said besides it; undefined when "same" is not meant so. */
export async function sameAsAnswerBefore(session: JourneySession, position: Position, text: string, then: (say: Next['say']) => Promise<Next>): Promise<Next | undefined> {
  const link = BEFORE[position.step];
  // "same really, his nanna too": the pointer in a sentence of its own, and an answer after it.
  const led = link ? answerAfterPointer(text) : null;
  const same = led ? { named: [], rest: led.replace(/^(?:(?:and|also|plus|too)\s+)+/i, ''), besides: true } : link ? readSameAsBefore(text) : null;
  if (!link || !same) return undefined;
  const named = same.named.filter((word) => !NAMES_NOTHING.test(word));
  // "same as before and my nan": the words besides are an answer of their own, kept as well.
  if (named.length > 0 && !same.besides) return undefined;
  const before = (await session.draft())?.aboutMe[link.from] ?? [];
  if (before.length === 0 && !same.besides) return { say: [{ key: AboutMeSameText.nothingBefore }], goTo: position, miss: true };
  const kept = [...before, ...(same.besides ? [same.rest] : [])];
  await session.updateDraft(`about me: ${link.to}`, (draft) => kept.reduce((d, answer) => addAboutMe(d, link.to, answer), draft));
  return then([{ key: AboutMeSameText.kept, vars: { quote: quoteOf(kept.join(', ')) } }]);
}
