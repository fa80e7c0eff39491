import { quoteHope, quoteHopeIn } from '../src/language/hopeItself';
import { readYesNo } from '../src/language/closedAnswers';
import { yesIfMeant } from '../src/language/ifYouMean';
import { hopeNamedBy, themeOfWords } from '../src/language';
import type { ThemeId } from '../src/domain/vocabulary';
import type { Draft } from '../src/domain/draft';
import { understandYesNo } from './closedReplies';
import { YES_NO } from './commands';
import type { Position } from './journey';
import { outcomeMoved } from './outcomeThread';
import { OutcomeText as T } from './outcomeText';
import type { Question } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { matchChoice } from './understand';

/*
 * The golden thread is the person's to tie: a step that seems to fit another hope better stays with
 * the hope it was asked for, and the bot asks "shall I put it with your hope ...?" first. Only a yes
 * moves it.
 */

/** "its more a health thing really", "a school thing": the part of life the step belongs to, named in a few words. */
const PART_OF_LIFE = /^(?:(?:no|nah|well|hmm+|i think|i'?d say)[\s,.]+)*(?:it'?s|its|that'?s|thats|it is|that is)?\s*(?:more\s+(?:of\s+)?|really\s+)?(?:a|an)\s+([a-z ]{3,30}?)\s+(?:thing|one|issue|side|matter)\b(?:\s+(?:really|i think|to be honest|tbh|mate))*[\s.!]*$/i;
const PART_WORDS: readonly [RegExp, ThemeId][] = [
  [/\b(?:health|medical|doctor|sleep|eating|food|toilet|body|mental health|feelings)\b/i, 'health_and_wellbeing'],
  [/\b(?:school|learning|education|college|work|job|talking|communication|speech)\b/i, 'learning_and_work'],
  [/\b(?:friends?|social|community|out and about|play|playing)\b/i, 'friends_and_community'],
  [/\b(?:home|living|independence|life skills?|self care|looking after himself|looking after herself)\b/i, 'independent_living'],
];

/** The part of life a short reply names ("its more a health thing"), else undefined. */
function partOfLifeNamed(text: string): ThemeId | undefined {
  const named = PART_OF_LIFE.exec(text.trim())?.[1];
  if (!named) return undefined;
  return PART_WORDS.find(([words]) => words.test(named))?.[1] ?? themeOfWords(named) ?? undefined;
}

/** Position data at the next outcome question: the hope the step may fit better, asked about first. */
export const MOVE_TO = 'moveTo';

/** "That may fit your hope ... better. Shall I put it there?", a yes / no. */
export function moveOfferQuestion(draft: Draft | undefined, position: Position, child: boolean, name: string): Question | undefined {
  const other = draft?.aspirations.find((a) => a.id === position.data?.[MOVE_TO]);
  if (!other) return undefined;
  const key = child ? T.moveOfferChild : T.moveOffer;
  return {
    step: position.step,
    ...(position.topic ? { topic: position.topic } : {}),
    words: { key, vars: { name, other: quoteHopeIn(other.text, draft?.youngPerson.readingMode) } },
    choices: YES_NO,
    understand: understandYesNo,
  };
}

/**
 * Yes (or the other hope named) moves the outcome to that hope; no (or this hope named) keeps it where
 * it was asked. A part of life named ("a health thing") moves it to the hope of that part. Anything else keeps it there too, and is read as the answer to the question the
 * offer stood in front of.
 */
export async function answerMoveOffer(session: JourneySession, position: Position, text: string, answerAt: (at: Position, words: string) => Promise<Next>): Promise<Next> {
  const { [MOVE_TO]: hopeId, ...rest } = position.data ?? {};
  const draft = await session.draft();
  const hope = draft?.aspirations.find((a) => a.id === hopeId);
  const here = draft?.aspirations.find((a) => a.id === position.topic);
  const onward: Position = { ...position, data: rest };
  if (!draft || !hope) return { goTo: onward };
  const needsOf = (id: string) => draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text);
  // "If you mean the internship, yes": the yes is for the hope its words name, which may be neither one asked about.
  const meant = yesIfMeant(text);
  const meantHope = meant ? hopeNamedBy(meant, draft.aspirations, needsOf).hope : undefined;
  if (meantHope && meantHope.id === here?.id) return { goTo: onward };
  if (meantHope && meantHope.id !== hope.id && rest.outcomeId) {
    const outcomeId = rest.outcomeId;
    await session.updateDraft('outcome moved to the hope named with a yes', (d) => outcomeMoved(d, outcomeId, meantHope));
    return { say: [{ key: T.movedHope, vars: { hope: quoteHope(meantHope.text) } }], goTo: { ...onward, topic: meantHope.id } };
  }
  // "no its for the job": a no, whatever hope it names; "the PE one": that hope.
  const yesNo = matchChoice(text, YES_NO, session.words) ?? readYesNo(text);
  const named = yesNo ? undefined : hopeNamedBy(text, here ? [hope, here] : [hope], needsOf).hope;
  const answer = yesNo ?? (named ? (named.id === hope.id ? 'yes' : 'no') : undefined);
  if (answer === 'no') return { goTo: onward };
  // "its more a health thing really": the hope of that part of life takes it, the one offered or another.
  const part = answer ? undefined : partOfLifeNamed(text);
  const partHope = part ? (hope.theme === part ? hope : draft.aspirations.find((a) => a.theme === part)) : undefined;
  if (part && partHope?.id === here?.id) return { goTo: onward };
  const target = answer === 'yes' ? hope : partHope;
  if (!target) return answerAt(onward, text);
  const outcomeId = rest.outcomeId;
  if (outcomeId) await session.updateDraft('outcome moved to another hope, with a yes', (d) => outcomeMoved(d, outcomeId, target));
  return { say: [{ key: T.movedHope, vars: { hope: quoteHope(target.text) } }], goTo: { ...onward, topic: target.id } };
}
