import type { Draft, Need } from '../src/domain/draft';
import { fitsTheAge } from './hopeIdeasByAge';
import { quoteHopeIn, quoteNeed } from '../src/language';
import { aboutWhom, isAboutAChild, wordsFor, type WhomKeys } from './aboutWhom';
import { understandMore } from './closedReplies';
import { hopesInDepth } from './hopesInDepth';
import { Step, type StepId } from './ids';
import type { Position } from './journey';
import { LINK, linkQuestion } from './needsLinkOffer';
import { NeedsNotSure, NeedsNotSureChild, NeedsText } from './needsText';
import { alreadyQuestion } from './needsWishedHelp';
import { readingTroubleIsAnAnswer, simpleWordsAreAnAnswer, type Choice, type Question, type Words } from './say';
import type { JourneySession } from './session';
import { remarkQuestionWords } from './needsRemarks';
import { putRightQuestionWords } from './needsHardPutRight';

// What the needs stage asks, and the notes its position carries between questions; the answers are read in needsDialog.ts.

const FIRST: WhomKeys = { self: NeedsText.firstQuestion, child: NeedsText.firstQuestionChild, yourChild: NeedsText.firstQuestionYourChild };
const BARRIER: WhomKeys = { self: NeedsText.barrierQuestion, child: NeedsText.barrierQuestionChild, yourChild: NeedsText.barrierQuestionYourChild };
const ANOTHER: WhomKeys = { self: NeedsText.barrierAnother, child: NeedsText.barrierAnotherChild, yourChild: NeedsText.barrierAnotherYourChild };
const KEPT: WhomKeys = { self: NeedsText.barrierKept, child: NeedsText.barrierKeptChild, yourChild: NeedsText.barrierKeptYourChild };
const HELPS: WhomKeys = { self: NeedsText.helpsQuestion, child: NeedsText.helpsQuestionChild, yourChild: NeedsText.helpsQuestionYourChild };
const HELPS_THESE: WhomKeys = { self: 'needs:helps.questionThese', child: 'needs:helps.questionTheseChild', yourChild: 'needs:helps.questionTheseYourChild' };
/** Position note: what helps is asked for a kept hard thing and the new one together, naming both. */
export const THESE = 'these';
const MORE: WhomKeys = { self: NeedsText.moreQuestion, child: NeedsText.moreQuestionChild, yourChild: NeedsText.moreQuestionYourChild };

const NOT_SURE_CHOICE: Choice = { value: 'notSure', labelKey: NeedsText.notSureChoice };
const BARRIER_CHOICES: readonly Choice[] = [{ value: 'none', labelKey: NeedsText.barrierNothing }, NOT_SURE_CHOICE];
const KEPT_CHOICES: readonly Choice[] = [{ value: 'none', labelKey: NeedsText.barrierKeptNothing }, NOT_SURE_CHOICE];
const HELPS_CHOICES: readonly Choice[] = [{ value: 'none', labelKey: NeedsText.helpsNothing }, NOT_SURE_CHOICE];
const YES_NO: readonly Choice[] = [
  { value: 'yes', labelKey: NeedsText.yes },
  { value: 'no', labelKey: NeedsText.no },
];

/** Position note for "What else makes it hard?" after a yes. */
export const YES = 'yes';
/** Position note: a bare "no" is checked ("So nothing makes this hard?") before the stage moves on. */
export const CHECK = 'check';
/** Position data: the person ended the list of hard things ("no nothing else"), so "anything else?" is not asked. */
export const LIST_ENDED = 'ended';
export const listEnded = (position: Position): boolean => position.data?.[LIST_ENDED] === YES;
export const CHECK_CHOICES: readonly Choice[] = [
  { value: 'nothing', labelKey: NeedsText.barrierCheckNothing },
  { value: 'something', labelKey: NeedsText.barrierCheckSomething },
];

/** Hard things kept for this hope at the hopes questions ("i get nervous with customers"), before "what makes it hard?" is asked. */
export function keptHardOf(draft: Draft | undefined, hopeId: string | undefined, position: Position): readonly Need[] {
  if (!hopeId || position.data?.another === YES || position.data?.[CHECK] || position.data?.[LINK]) return [];
  return draft?.needs.filter((n) => n.aspirationIds.includes(hopeId)) ?? [];
}

/** The question at this point of the needs stage: what makes the hope hard, anything else, what helps. */
export async function needsQuestion(session: JourneySession, position: Position): Promise<Question> {
  const draft = await session.draft();
  const hopes = hopesInDepth(draft);
  const topic = position.topic ?? hopes[0]?.id ?? '';
  // Waiting for the one they said was missed, or for new words: asked in those words, with no buttons.
  const remark = remarkQuestionWords(draft, position);
  if (remark) return { step: position.step, topic, words: remark };
  switch (position.step) {
    case Step.needsHelps: {
      // "its not the noise its more the smells", when the noise was not the hard thing kept: checked first.
      const putRight = putRightQuestionWords(draft, position);
      if (putRight) return { step: Step.needsHelps, topic, words: putRight, choices: YES_NO };
      return { step: Step.needsHelps, topic, words: alreadyQuestion(draft, position) ?? helpsForThese(draft, position) ?? wordsFor(draft, HELPS), choices: HELPS_CHOICES, answersCommand: simpleWordsAreAnAnswer };
    }
    case Step.needsMore:
      return { step: Step.needsMore, topic, words: wordsFor(draft, MORE), choices: YES_NO, understand: understandMore };
    case Step.needsBarrier:
    default: {
      if (position.data?.[LINK]) return linkQuestion(draft, position);
      if (position.data?.[CHECK]) return { step: Step.needsBarrier, topic, words: { key: NeedsText.barrierCheck }, choices: CHECK_CHOICES };
      // The hope is quoted inside a sentence, so its own full stop would double up.
      const hope = quoteHopeIn(draft?.aspirations.find((a) => a.id === topic)?.text ?? '', session.mode);
      // Asked again (not understood, "not sure"), the question comes without the stage's opening words.
      const again = session.journey.askedAs?.startsWith(`${Step.needsBarrier}|${topic}|`) ?? false;
      // Hard things already kept for this hope are read back, and only more is asked for.
      const kept = keptHardOf(draft, topic, position);
      if (kept.length > 0) {
        const hard = kept.map((n) => `"${quoteHopeIn(n.text, session.mode)}"`).join(' and ');
        return { step: Step.needsBarrier, topic, words: wordsFor(draft, KEPT, { hope, hard }), choices: KEPT_CHOICES, answersCommand: readingTroubleIsAnAnswer };
      }
      const keys = position.data?.another === YES ? ANOTHER : hopes[0]?.id === topic && !again ? FIRST : BARRIER;
      return { step: Step.needsBarrier, topic, words: wordsFor(draft, keys, { hope }), choices: BARRIER_CHOICES, answersCommand: readingTroubleIsAnAnswer };
    }
  }
}

/** Examples for "not sure", fitted to whom the plan is about and their age. */
export async function needsExamples(session: JourneySession, step: StepId): Promise<Words> {
  const draft = await session.draft();
  const map = isAboutAChild(draft) ? NeedsNotSureChild : NeedsNotSure;
  return fitsTheAge({ key: map[step] ?? NeedsText.notSureBarrier, vars: { name: aboutWhom(draft).name } }, draft);
}

/** "What already helps you with these: ...?", when a kept hard thing and a new one are asked about together. */
function helpsForThese(draft: Draft | undefined, position: Position): Words | undefined {
  if (!position.data?.[THESE]) return undefined;
  const ids = (position.data.need ?? '').split(' ');
  const needs = (draft?.needs ?? []).filter((n) => ids.includes(n.id));
  return needs.length > 1 ? wordsFor(draft, HELPS_THESE, { needs: needs.map((n) => `"${quoteNeed(n.text)}"`).join(', ') }) : undefined;
}
