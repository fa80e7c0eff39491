import { goalForHopeOffer } from './reviewGoalWords';
import { quoteHope } from '../src/language/hopeItself';
import { MAX_OUTCOMES } from '../src/domain/checks';
import { addAspiration, addNeed, addNeedHelp, type Draft } from '../src/domain/draft';
import { hopePointedAt, isBarrier, needSection, quoteOf, readChatTalk, onlySaysUnsure, talksAboutThePlan, readReviewRequest, splitNeeds, themeOfWords, placeOfDays } from '../src/language';
import { wordsFor, type WhomKeys } from './aboutWhom';
import { NeedsText } from './needsText';
import { needOnce } from './keptOnce';
import type { Choice, Question } from './say';
import { isExactChoice } from './understand';
import { coachContextOf } from './outcomeCoach';
import { readsAsAStep } from '../src/language/readsAsAStep';
import { readNamedEdits } from '../src/language/namedEdit';
import { hardThingSaid, hopeOfNeedToAdd, needToAdd } from '../src/language/needToAdd';
import { summaryItems, SUMMARY_LABEL_KEYS, type SummaryItem } from '../src/domain/draftSummary';
import { picksNone } from '../src/language/letGo';
import { matchItems } from './reviewItems';
import { aboutAHopeThere } from './reviewGoalFor';
import { readPolarity } from '../src/language/polarity';
import { hopeMeantBesideNo, refusesBesideNo, remarkAtReadBack } from '../src/language/remarkAtReadBack';
import { understandYesNo } from './closedReplies';
import { Stage, Step } from './ids';
import type { Journey, Position } from './journey';
import { isBotWords } from './outcomeCoach';
import { notUnderstood, RequestData as D, ReviewText as T } from './reviewText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/** The needs stage's own question, for the new hope. */
const HARD: WhomKeys = { self: NeedsText.barrierQuestion, child: NeedsText.barrierQuestionChild, yourChild: NeedsText.barrierQuestionYourChild };
const HARD_CHOICES: readonly Choice[] = [{ value: 'none', labelKey: NeedsText.barrierNothing }];

/*
 * A new hope at the review: asked for in the person's words, read back, kept after a yes; then its
 * outcome now (the outcome questions, then back to the review) or later (kept with no outcome yet).
 */

/** An outcome made for a hope added at the review: the plan was read back already, so no "most plans have three". */
export const cameFromReview = (journey: Journey): boolean => journey.history.some((p) => p.stage === Stage.review);

export async function askedForHope(session: JourneySession, position: Position, text: string): Promise<Next> {
  const said = text.trim();
  const { answer, rest } = readPolarity(said);
  // "no", "never mind": nothing added.
  if ((answer === 'no' && !rest) || /^(?:never\s*mind|nevermind|forget it|nothing|cancel|no thanks)$/i.test(said)) return { say: [{ key: T.addNothing }], goTo: { step: Step.reviewSummary } };
  if (!said || (answer !== null && !rest) || onlySaysUnsure(said) || isBotWords(said, session.words)) return notUnderstood(position);
  // "a goal for the walk buster one": a hope already there.
  const about = aboutAHopeThere(await session.draft(), said);
  if (about) return about;
  // "add a hope: to swim" said again here is the hope itself.
  const request = readReviewRequest(said);
  // "how do i add a hope", "can i add one": they are adding one now, so they are told to just type it.
  if ((request?.kind === 'addHope' && !request.hope) || readChatTalk(said)?.topics.includes('howToAdd')) return { say: [{ key: T.addJustType }], goTo: position };
  const hope = request?.kind === 'addHope' && request.hope ? request.hope : said;
  return { goTo: { step: Step.reviewChange, data: { [D.addHope]: 'confirm', [D.hope]: hope } } };
}

/**
 * Words typed at the read-back or at the end that are neither a choice nor a request ("she also
 * loves swimming", "the stairs are hard for him") are not lost: they are offered a place in the
 * plan, as what makes things hard when they say so, else as a hope, and kept after a yes.
 */
export function wordsToKeep(session: JourneySession, draft: Draft | undefined, text: string): Next | undefined {
  const said = text.trim();
  const { answer, rest } = readPolarity(said);
  if (!draft || said.split(/\s+/).length < 2 || /\?\s*$/.test(said) || (answer !== null && rest.split(/\s+/).length < 2)) return undefined;
  // A question, a correction or a request about the plan ("will mrs patel see what i said", "also
  // remove X", "no!! not add", "can drawing go in the what matters bit") is never offered as a hope.
  if (/\?/.test(said) || talksAboutThePlan(said, { atReadBack: true }) || remarkAtReadBack(said)) return undefined;
  if (onlySaysUnsure(said) || isBotWords(said, session.words)) return undefined;
  // "3 no wen", "delete 3": an item's number, or too few words to be a hope, is never offered as one.
  if (/^\D{0,20}\b\d{1,2}\b/.test(said) && readNamedEdits(said).some((e) => e.number !== undefined)) return undefined;
  if (said.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length < 3) return undefined;
  // Words that point at a part of the plan ("the chef one says ...") ask for a change, not a new hope.
  if (readNamedEdits(said).some((e) => e.action !== 'point' || e.one || e.says)) return undefined;
  if (isBarrier(said)) return { goTo: { step: Step.reviewChange, data: { [D.addNeed]: 'confirm', [D.need]: said } } };
  // "have 500 quid saved for a car" beside the hope "have my own car" with no goal yet: asked whether it is that hope's goal first.
  return goalForHopeOffer(draft, said) ?? { goTo: { step: Step.reviewChange, data: { [D.addHope]: 'confirm', [D.hope]: said, [D.offered]: 'yes' } } };
}

/** "add that he cant sleep", "another hard thing is noise": a new need, read back in their words before it is kept. */
export function needAskedFor(text: string): Next | undefined {
  const need = needToAdd(text);
  const hope = hopeOfNeedToAdd(text);
  const helps = hardThingSaid(text)?.helps;
  return need ? { goTo: { step: Step.reviewChange, data: { [D.addNeed]: 'confirm', [D.need]: need, ...(hope ? { [D.needHope]: hope } : {}), ...(helps ? { [D.needHelps]: helps } : {}) } } } : undefined;
}

/** The one hope a new hard thing goes under: the one named ("for the games shop hope"), or the only one; undefined when it must be asked. */
function hopeOfNeed(draft: Draft, named: string | undefined): string | undefined {
  const found = named ? matchItems(draft, hopeItems(draft), named) : [];
  if (found.length === 1) return found[0]!.id;
  return draft.aspirations.length === 1 ? draft.aspirations[0]!.id : undefined;
}

const hopeItems = (draft: Draft): SummaryItem[] => summaryItems(draft).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.aspiration);

/** The position note while the hope of a new hard thing is picked. */
const PICK_HOPE = 'hope';

/** Whether the open question asks which hope a new hard thing goes under. */
export const isNeedHopePick = (position: Position): boolean => position.data?.[D.addNeed] === PICK_HOPE;

/** The hopes offered as buttons while a new hard thing's hope is picked; undefined at other questions. */
export const needHopeButtons = (draft: Draft, position: Position): SummaryItem[] | undefined => (isNeedHopePick(position) ? hopeItems(draft) : undefined);

/** "Which hope is it hard for?", with the hopes as buttons. */
export const needHopeQuestion = (position: Position): Question => ({ step: Step.reviewChange, words: { key: T.addNeedPickHope, vars: { text: quoteOf(position.data?.[D.need] ?? '') } } });

/** Keeps a new hard thing once, under one hope: never copied under every hope of the plan. */
async function keepNeed(session: JourneySession, need: string, hopeId: string | undefined, helps?: string): Promise<Next> {
  await session.updateDraft('need added in review', (d) => {
    const added = addNeed(d, need, hopeId ? [hopeId] : [], needSection(need, placeOfDays(d)));
    // "cubes help", said with the hard thing, is kept as what helps with it.
    return helps ? addNeedHelp(added.draft, added.need.id, helps) : added.draft;
  });
  return { say: [{ key: T.addNeedAdded }], goTo: { step: Step.reviewSummary } };
}

/** Words offered as what makes things hard: after a yes, kept under the hope named or the only one, else the hope is asked. */
export async function confirmNeed(session: JourneySession, position: Position, text: string): Promise<Next> {
  const need = position.data?.[D.need] ?? '';
  if (isNeedHopePick(position)) return pickNeedHope(session, position, need, text);
  const answer = understandYesNo(text);
  if (answer === 'no') return { say: [{ key: T.addNothing }], goTo: { step: Step.reviewSummary } };
  if (answer !== 'yes' || !need) return notUnderstood(position);
  const draft = await session.draft();
  const hopeId = draft ? hopeOfNeed(draft, position.data?.[D.needHope]) : undefined;
  const helps = position.data?.[D.needHelps];
  if (draft && !hopeId && draft.aspirations.length > 1) return { goTo: { step: Step.reviewChange, data: { [D.addNeed]: PICK_HOPE, [D.need]: need, ...(helps ? { [D.needHelps]: helps } : {}) } } };
  return keepNeed(session, need, hopeId, helps);
}

/** The hope picked by its number or its words; "never mind", "none of them": nothing added. */
async function pickNeedHope(session: JourneySession, position: Position, need: string, text: string): Promise<Next> {
  const said = text.trim();
  if (picksNone(said) || understandYesNo(said) === 'no' || /^(?:never\s*mind|nevermind|forget it|cancel|leave it)\b/i.test(said)) return { say: [{ key: T.addNothing }], goTo: { step: Step.reviewSummary } };
  const draft = await session.draft();
  if (!draft || !need) return { goTo: { step: Step.reviewSummary } };
  const picked = matchItems(draft, hopeItems(draft), said);
  const hope = picked.length === 1 ? draft.aspirations.find((a) => a.id === picked[0]!.id) : hopePointedAt(said, draft.aspirations, (id) => draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text));
  return hope ? keepNeed(session, need, hope.id, position.data?.[D.needHelps]) : notUnderstood(position);
}

/** New words that rework the hope offered: they share a word of three letters or more with it, or start with the same two words ("be a cook", "be a chef"). */
function reworks(rest: string, hope: string): boolean {
  const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const offered = new Set(wordsOf(hope).filter((w) => w.length >= 3));
  return wordsOf(rest).some((w) => offered.has(w)) || (wordsOf(rest).length > 2 && wordsOf(rest).slice(0, 2).join(' ') === wordsOf(hope).slice(0, 2).join(' '));
}

export async function confirmHope(session: JourneySession, draft: Draft, position: Position, text: string): Promise<Next> {
  const answer = understandYesNo(text);
  const hope = position.data?.[D.hope] ?? '';
  // "no. a goal for the walk buster one", "walk buster is on there twice": about a hope already there, nothing added.
  const about = aboutAHopeThere(draft, answer === 'no' ? readPolarity(text).rest : text);
  if (about && answer !== 'yes') return about;
  if (answer === 'no') {
    const rest = readPolarity(text).rest.trim();
    // "no i dont want college i want an apprenticeship", "no i meant like working with animals": the hope they meant, read back.
    const meant = isBotWords(rest, session.words) ? null : hopeMeantBesideNo(rest);
    if (meant) return { goTo: { step: Step.reviewChange, data: { [D.addHope]: 'confirm', [D.hope]: meant } } };
    // "no, I want to swim at the big pool": the words they meant, read back again. Offered from their
    // words at the read-back, only words that rework it are ("no, more friends at school").
    const offered = Boolean(position.data?.[D.offered]);
    const newWords = rest.split(/\s+/).length >= 2 && !isBotWords(rest, session.words) && !refusesBesideNo(rest) && (!offered || reworks(rest, hope));
    if (newWords) return { goTo: { step: Step.reviewChange, data: { [D.addHope]: 'confirm', [D.hope]: rest } } };
    // "no", "no i dont want that", "nah thats not a hope": nothing added, and no new hope asked for.
    return { say: [{ key: T.addNothing }], goTo: { step: Step.reviewSummary } };
  }
  if (answer !== 'yes' || !hope) return notUnderstood(position);
  let hopeId = '';
  await session.updateDraft('hope added in review', (d) => {
    const added = addAspiration(d, hope, themeOfWords(hope));
    hopeId = added.aspiration.id;
    return added.draft;
  });
  // A plan has at most six outcomes: the hope is kept, with none yet.
  if (draft.outcomes.length >= MAX_OUTCOMES) return { say: [{ key: T.addKeptNoOutcome }], goTo: { step: Step.reviewSummary } };
  return { say: [{ key: T.addAdded }], goTo: { step: Step.reviewChange, data: { [D.addHope]: 'outcome', [D.hopeId]: hopeId } } };
}

/** "make a goal now", "do it now", "lets do one": a goal now; "not now", "later" is no. */
const GOAL_NOW = /\b(?:now|(?:make|do|set|write|have)\s+(?:a|the|one|my|that)?\s*(?:goal|outcome|one|it))\b/i;
const NOT_NOW = /\b(?:not\s+(?:now|yet|today)|later|another\s+time|next\s+time)\b/i;

export function outcomeNow(draft: Draft, position: Position, text: string): Next {
  const answer = understandYesNo(text) ?? (NOT_NOW.test(text) ? 'no' : GOAL_NOW.test(text) ? 'yes' : undefined);
  const hopeId = position.data?.[D.hopeId] ?? '';
  const hope = draft.aspirations.find((a) => a.id === hopeId);
  if (answer === 'no' || !hope) return { say: [{ key: T.addKeptNoOutcome }], goTo: { step: Step.reviewSummary } };
  if (answer !== 'yes') return notUnderstood(position);
  // What makes it hard first, so the outcome is linked to a need as well as to its hope; said so, as a goal was asked for.
  return { say: [{ key: T.addHardFirst }], goTo: { step: Step.reviewChange, data: { [D.addHope]: 'hard', [D.hopeId]: hope.id } } };
}

/** "What makes this hard now?" for the new hope, asked as the needs stage asks it. */
export function hardQuestion(draft: Draft | undefined, position: Position): Question {
  const hope = draft?.aspirations.find((a) => a.id === position.data?.[D.hopeId]);
  return { step: Step.reviewChange, words: wordsFor(draft, HARD, { hope: quoteHope(hope?.text ?? '') }), choices: HARD_CHOICES };
}

/** What makes the new hope hard is kept as its need (or nothing is, for "nothing"); then its outcome questions. */
export async function hardAnswer(session: JourneySession, draft: Draft, position: Position, text: string): Promise<Next> {
  const hope = draft.aspirations.find((a) => a.id === position.data?.[D.hopeId]);
  if (!hope) return { goTo: { step: Step.reviewSummary } };
  const said = text.trim();
  const nothing = isExactChoice(said, HARD_CHOICES, session.words) || understandYesNo(said) === 'no' || onlySaysUnsure(said) || /^(?:nothing|none|not sure|skip)\b/i.test(said);
  if (!said || isBotWords(said, session.words)) return notUnderstood(position);
  const openStep = { stage: Stage.outcomes, step: Step.outcomeStep, topic: hope.id, data: {} };
  // "walk him to the park on my own every day" is a step to do, not a hard thing: it is the goal's first answer.
  if (!nothing && readsAsAStep(said, coachContextOf(draft, session.today))) return { say: [{ key: T.addStepHeard }], openAt: openStep, answer: said };
  if (!nothing) {
    await session.updateDraft('need for a hope added in review', (d) =>
      splitNeeds(said, isBarrier).reduce((next, part) => needOnce(next, part, [hope.id], needSection(part, placeOfDays(d))).draft, d),
    );
  }
  // The outcome questions for this hope; when they end, the review opens again.
  return { openAt: openStep };
}
