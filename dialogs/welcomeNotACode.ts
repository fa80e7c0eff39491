import { clearlyNotACode } from '../src/language/inviteAnswer';
import { readsAsHope, soundsLikeAStrength } from '../src/language/aboutMeMisplaced';
import { saysWhatTheyLike } from '../src/language/likesSaid';
import { addAboutMe } from '../src/domain/draft';
import { wordsFor } from './aboutWhom';
import { keepHopeSaidEarly } from './aboutMeMisplaced';
import type { JourneySession } from './session';
import { Stage, Step } from './ids';
import type { Next } from './stageDialog';

/*
 * At "Has your key worker given you a code?", a sentence that is clearly no code ("my mates and my
 * nan") means there is none: said kindly, and the chat moves on instead of "Sorry, I didn't catch
 * that". When the sentence answers the next question ("im good at fixing bikes and i make people
 * laugh"), it is offered there to keep, and a hope is kept for the hopes questions, so nothing typed is lost.
 * Likes mixed with other things ("i like drawing and my cat biscuit. im good at lego") are kept with
 * what is important, and they hear so in one line.
 */

export const NotACodeText = { carryOn: 'welcome:invite.notACode' } as const;
const IMPORTANT_KEPT = { self: 'aboutMe:misplaced.importantKept', child: 'aboutMe:misplaced.importantKeptChild', yourChild: 'aboutMe:misplaced.importantKeptYourChild' } as const;

/** Position notes at "What do people like about you?": words to offer, and where they were typed. */
export const OFFERED = { words: 'pending', from: 'offeredFrom' } as const;
export const FROM_INVITE = 'invite';

/** The move on from the code question, or undefined when the answer may still be a code. */
export async function notACodeAt(session: JourneySession, text: string): Promise<Next | undefined> {
  if (!clearlyNotACode(text)) return undefined;
  const say = [{ key: NotACodeText.carryOn }];
  // "i want to be a mechanic and have my own car": a hope, kept for the hopes questions, and they hear so.
  if (readsAsHope(text)) return { say: [...say, await keepHopeSaidEarly(session, text)] };
  if (!soundsLikeAStrength(text)) {
    if (!saysWhatTheyLike(text)) return { say };
    const draft = await session.updateDraft('about me: important (said at the code question)', (d) => addAboutMe(d, 'important', text.trim()));
    return { say: [...say, wordsFor(draft, IMPORTANT_KEPT)] };
  }
  return { say, openAt: { stage: Stage.aboutMe, step: Step.aboutMeStrengths, data: { [OFFERED.words]: text.trim(), [OFFERED.from]: FROM_INVITE } } };
}
