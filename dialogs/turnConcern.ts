import { concernByRules, describesChildsOwnWays, describesHarmByOthers, detectConcern, isPlanTalk, recogniseCommand, tellsOfUnkindChildren, type Concern } from '../src/language';
import { speaksForThem } from './aboutWhom';
import { onlyTalksAboutTheChat } from './chatTalkReply';
import type { DialogContext } from './dialogKit';
import type { GentleCheckOptions } from './gentleCheckDialog';
import { isSafeguardingStep, Step } from './ids';
import { readSafeButHard } from '../src/language/safeButHard';
import { SafeAnswer, safeAnswerOf } from './aboutMeSafe';
import { takesTheirWords } from './offerBack';
import { openQuestion } from './openQuestion';
import { sameWorryAtCheck, toldAgain } from './safeguardingRepeat';
import { sessionOf } from './session';

/** What a message asks of safeguarding before anything else reads it. */
export type TurnConcern = { disclose: string } | { check: GentleCheckOptions } | undefined;

/**
 * Reads the message for a possible disclosure, before commands or the open question see it: the
 * full answer and a flag (`disclose`), "Are you OK?" first (`check`), or nothing. `quiet` is true
 * while someone who said they are OK is not asked after worries again.
 */
export async function concernOfTurn(inner: DialogContext, text: string, tapped: boolean, quiet: boolean): Promise<TurnConcern> {
  const session = sessionOf(inner.context);
  // While the safeguarding answer or a gentle check is open, only a rule-backed disclosure starts
  // another: a follow-up like "please dont tell anyone" is about the same worry.
  const inSafeguarding = isSafeguardingStep(session.journey.position?.step);
  const detected = tapped || (inSafeguarding && !concernByRules(text)) ? undefined : detectConcern(text);
  // Told again after it was passed on: a short reminder at most, and the message answers the open question.
  // Said again at the safety check just after it was flagged: the check's to read, never a second flag.
  const again = inSafeguarding ? sameWorryAtCheck(session.journey.position, detected, text) : await toldAgain(inner.context, session, detected, text);
  if (again || tapped) return undefined;
  const concern = detected;
  const parent = speaksForThem(await session.draft());
  // A disclosure the rules back, or one the classifier is sure of: the full answer and a flag at once.
  if (concern?.concern && concern.sure) return { disclose: concern.category ?? 'unspecified' };
  // So is a parent telling of other children being unkind to their child ("other children say she smells",
  // "the other kids won't sit with him because of his clothes"), however faintly the classifier reads it.
  // The classifier's kind, when it reads one ("people from the estate... they hit him" is more than bullying).
  if (!inSafeguarding && parent && tellsOfUnkindChildren(text)) return { disclose: (concern?.concern && concern.category) || 'bullying' };
  if (inSafeguarding || !isWorrying(concern, text, parent)) return undefined;
  // At "do you feel safe?", the question's own reader answers what it can read, not "Are you OK?" on the classifier's
  // word: a yes beside rudeness or noise with no word of harm or fear ("mostly yes. the bus drivers are rude sometimes"),
  // or a "not always" ("yeah mostly, but one pushed my chair hard"), which gets the safeguarding answer and a flag at once.
  if (
    session.journey.position?.step === Step.aboutMeSafe &&
    !concern?.sure &&
    (readSafeButHard(text, parent) !== undefined || safeAnswerOf(text, session.words) === SafeAnswer.notAlways)
  )
    return undefined;
  // Someone who said they were OK a moment ago is not asked after every worry; a message the classifier
  // reads as a concern ("I have bruises on my arms") or harm by others told plainly is asked after all the same.
  const clear = Boolean(concern?.concern && !concern.faint) || describesHarmByOthers(text);
  if (quiet && !clear) return undefined;
  if (session.journey.pendingConfirm || recogniseCommand(text) !== null) return undefined;
  return { check: { message: text, category: concern?.category ?? concern?.likely ?? 'other', keep: takesTheirWords(await openQuestion(inner)) } };
}

/**
 * Possible, or unclear but worrying. A faint possibility (plan answers often read so) interrupts
 * nothing unless it plainly tells of harm by others ("older boys keep taking my money"). Talk about
 * the chat or the plan ("who sees this plan?", "Zofia will wear pants at school") is never checked
 * on the classifier's word alone, nor a parent's answer about the child's own fears, senses or
 * behaviour ("he bites when overwhelmed"), which is a need.
 */
function isWorrying(concern: Concern | undefined, text: string, parent: boolean): boolean {
  const possible = (concern?.concern && (!concern.faint || describesHarmByOthers(text))) || concern?.unclear;
  return Boolean(possible) && !isPlanTalk(text) && !onlyTalksAboutTheChat(text) && !(describesChildsOwnWays(text) && parent);
}
