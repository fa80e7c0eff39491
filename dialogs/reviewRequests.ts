import { markItemChanged, replaceItemText, setNeedSection, updateOutcome, type Draft, type PlanPart } from '../src/domain/draft';
import { SEN_AREAS, type SenArea } from '../src/domain/vocabulary';
import { SUMMARY_LABEL_KEYS, type SummaryItem } from '../src/domain/draftSummary';
import { outcomesNamed, wordsNamedIn } from '../src/language/dateChange';
import { asksToRemove, quoteOf, readReviewRequest, withNewWords, type ReviewRequest } from '../src/language';
import { readPolarity } from '../src/language/polarity';
import { newWordsWithout } from '../src/language/withoutWord';
import { changedParts } from '../src/language/changedPart';
import { wordsFor, type WhomKeys } from './aboutWhom';
import { understandTakeOut, understandYesNo } from './closedReplies';
import { Step } from './ids';
import type { Position } from './journey';
import { changeableItems, kindOf, matchItems, namesAHope, needItems } from './reviewItems';
import { kindOnlyNamed } from '../src/language/notNewWords';
import { isKind, movableItems, pickableItems } from './reviewPickable';
import { answerField, fieldQuestion, goalAnswerNamed, isFieldPosition } from './reviewOutcomeField';
import { answerHelpMove, helpMoveQuestion, isHelpMovePosition } from './reviewNamedEdit';
import { allHelpQuestion, answerAllHelp, isAllHelpPosition } from './reviewAllHelp';
import { addHelpQuestion, answerAddHelp, isAddHelpPosition } from './reviewAddHelp';
import { askedForHope, confirmHope, confirmNeed, hardAnswer, hardQuestion, isNeedHopePick, needHopeQuestion, outcomeNow } from './reviewAddHope';
import { answerTwice, twiceQuestion } from './reviewGoalFor';
import { answerGoalFor, goalForQuestion } from './reviewGoalWords';
import { answerToHope, startToHope, toHopeQuestion } from './reviewOutcomeHope';
import { answerRemoveMany, listedItems, REMOVE_WORD, removeManyAt, removeManyQuestion } from './reviewRemoveMany';
import { normaliseMessage } from '../src/language/text';
import { picksNone } from '../src/language/letGo';
import { numberTyped } from './reviewListShown';
import { rewordedStatement } from './reviewStatement';
import { notUnderstood, OUTCOME_NOW_CHOICES, REMOVE_CHOICES, RequestData, ReviewText as T } from './reviewText';
import type { Question } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { hopeShapedChange } from './reviewHopeShaped';
import { KIND_HEADING, moveItem, underHope } from './reviewMoveItem';

/*
 * review.change, asked in the person's own words: a new hope ("can I add another dream"), new
 * words for a part ("change the help for reading to a tutor"), or a need moved to another part of
 * the plan ("that's a health thing not school"). Each is read back and agreed before anything
 * changes, and only the person's own words are kept. A new hope can get its outcome at once (the
 * outcome questions, then back to the review) or wait, kept with no outcome yet.
 */

const D = RequestData;

const PART_KEY: Record<PlanPart, string> = { education: T.partEducation, health: T.partHealth, social_care: T.partSocialCare };
const AREA_KEY: Record<SenArea, string> = { communication: T.areaCommunication, learning: T.areaLearning, feelings: T.areaFeelings, senses_body: T.areaSensesBody };
const SEN_AREA_SET: ReadonlySet<string> = new Set(SEN_AREAS);
const isSenArea = (value: string | undefined): value is SenArea => value !== undefined && SEN_AREA_SET.has(value);
/** The part a need moves to in the person's words: the area of Section B when they named one ("learning"), else the section. */
const partWords = (t: JourneySession['t'], part: PlanPart, area: string | undefined): string => t(part === 'education' && isSenArea(area) ? AREA_KEY[area] : PART_KEY[part]);
const ASK_HOPE: WhomKeys = { self: T.addAsk, child: T.addAskChild, yourChild: T.addAskYourChild };
const ASK_HOPE_ABOUT: WhomKeys = { self: T.addAskAbout, child: T.addAskAboutChild, yourChild: T.addAskAboutYourChild };
const PLANS = new Set<string>(['education', 'health', 'social_care']);

const isPlanPart = (value: string | undefined): value is PlanPart => value !== undefined && PLANS.has(value);

/** The question for a request's position; undefined for review.change's own (pick, new words, remove). */
export function requestQuestion(session: JourneySession, draft: Draft | undefined, position: Position): Question | undefined {
  const data = position.data ?? {};
  const step = Step.reviewChange;
  const item = draft && data.itemId ? changeableItems(draft).find((i) => i.id === data.itemId) : undefined;
  const section = data[D.section];
  const part = isPlanPart(section) ? partWords(session.t, section, data[D.area]) : '';
  const about = data[D.about];
  const newText = data[D.newText];
  if (isFieldPosition(position)) return fieldQuestion(session, draft, position);
  if (isAllHelpPosition(position)) return allHelpQuestion(draft, position);
  if (isHelpMovePosition(position)) return helpMoveQuestion(draft, position);
  if (data[D.addHelp]) return addHelpQuestion(draft, position);
  const goalFor = data[D.goalFor] ? goalForQuestion(draft, position) : undefined;
  if (goalFor) return goalFor;
  const twice = data[D.twice] ? twiceQuestion(draft, position) : undefined;
  if (twice) return twice;
  const many = removeManyQuestion(draft, position);
  if (many) return many;
  switch (data[D.addHope]) {
    case 'ask':
      return { step, words: about ? wordsFor(draft, ASK_HOPE_ABOUT, { about: quoteOf(about) }) : wordsFor(draft, ASK_HOPE) };
    case 'confirm':
      return { step, words: { key: T.addConfirm, vars: { text: quoteOf(data[D.hope] ?? '') } }, choices: REMOVE_CHOICES, understand: understandYesNo };
    case 'outcome':
      return { step, words: { key: T.addOutcomeNow }, choices: OUTCOME_NOW_CHOICES, understand: understandYesNo };
    case 'hard':
      return hardQuestion(draft, position);
    default:
      break;
  }
  if (isNeedHopePick(position)) return needHopeQuestion(position);
  if (data[D.addNeed]) return { step, words: { key: T.addNeedConfirm, vars: { text: quoteOf(data[D.need] ?? '') } }, choices: REMOVE_CHOICES, understand: understandYesNo };
  const removed = data[D.removed];
  if (item && newText && removed) return { step, words: { key: T.removeWords, vars: { words: quoteOf(removed), text: quoteOf(item.text) } }, choices: REMOVE_CHOICES, understand: understandTakeOut };
  // Only what changes is quoted, so two long versions never look the same.
  if (item && newText) return { step, words: { key: T.changeConfirm, vars: changedParts(item.text, newText) }, choices: REMOVE_CHOICES, understand: understandYesNo };
  if (item && part) return { step, words: { key: T.sectionConfirm, vars: { text: quoteOf(item.text), part } }, choices: REMOVE_CHOICES, understand: understandYesNo };
  const moveTo = data[D.moveTo];
  if (isKind(moveTo)) {
    const to = session.t(KIND_HEADING[moveTo]);
    const hope = data[D.hopeId] ? draft?.aspirations.find((a) => a.id === data[D.hopeId]) : undefined;
    if (item && hope) return { step, words: { key: T.moveConfirmUnderHope, vars: { text: quoteOf(item.text), hope: quoteOf(hope.text) } }, choices: REMOVE_CHOICES, understand: understandYesNo };
    if (item) return { step, words: { key: T.moveConfirm, vars: { text: quoteOf(item.text), to } }, choices: REMOVE_CHOICES, understand: understandYesNo };
    return { step, words: { key: T.movePick, vars: { to } } };
  }
  if (part) return { step, words: { key: T.sectionPick, vars: { part } } };
  const toHope = toHopeQuestion(draft, position);
  if (toHope) return toHope;
  // "remove all of them" here means these few parts, never everything they have said.
  const listed = draft ? pickableItems(draft, position) : [];
  // "the football one" fits a hope and its goal: the question names that choice (taking out, that the hope's goals go too).
  const shared = data[D.hopeOrGoal];
  const words = shared ? { key: data.remove === 'yes' ? T.removeHopeOrGoal : T.changeHopeOrGoal, vars: { about: shared } } : { key: T.changeWhich };
  if (data[D.choose]) return { step, words, answersCommand: (command, text) => command === 'deleteData' && listedItems(listed, text).length > 1 };
  return undefined;
}

/** Where a request goes next: straight to its read-back when the part is clear, else a pick. */
export function startRequest(draft: Draft, request: ReviewRequest, current?: SummaryItem): Next {
  if (request.kind === 'addHope') {
    if (request.hope) return { goTo: { step: Step.reviewChange, data: { [D.addHope]: 'confirm', [D.hope]: request.hope } } };
    return { goTo: { step: Step.reviewChange, data: { [D.addHope]: 'ask', ...(request.about ? { [D.about]: request.about } : {}) } } };
  }
  if (request.kind === 'section') {
    const needs = needItems(draft);
    const named = request.target ? matchItems(draft, needs, request.target) : current?.labelKey === SUMMARY_LABEL_KEYS.need ? [current] : needs.length === 1 ? needs : [];
    const area: Record<string, string> = request.area ? { [D.area]: request.area } : {};
    if (named.length === 1) return { goTo: { step: Step.reviewChange, data: { itemId: named[0]!.id, [D.section]: request.part, ...area } } };
    return { goTo: { step: Step.reviewChange, data: { [D.section]: request.part, ...area, ...(named.length > 1 ? { [D.choose]: named.map((n) => n.id).join(' ') } : {}) } } };
  }
  if (request.kind === 'toHope') return startToHope(draft, request.target, request.hope, current, request.away !== undefined);
  if (request.kind === 'moveTo') {
    const under = request.to === 'need' && request.target ? underHope(draft, request.target) : undefined;
    if (under) return under;
    const movable = movableItems(draft, request.to);
    const named = request.target ? matchItems(draft, movable, request.target) : current && movable.some((i) => i.id === current.id) ? [current] : [];
    if (named.length === 1) return { goTo: { step: Step.reviewChange, data: { itemId: named[0]!.id, [D.moveTo]: request.to } } };
    return { goTo: { step: Step.reviewChange, data: { [D.moveTo]: request.to, ...(named.length > 1 ? { [D.choose]: named.map((n) => n.id).join(' ') } : {}) } } };
  }
  // "I want to fix the one about talking": "the one" is an outcome, found by its words or its hope's words.
  const outcome = oneOutcomeNamed(draft, request.splits);
  // "change the bus one" with a hope and a goal both about the bus: which one, never a guess.
  const hopesToo = outcome ? hopesNamedToo(draft, outcome, request.splits) : [];
  if (outcome && hopesToo.length > 0) {
    return { goTo: { step: Step.reviewChange, data: { [D.choose]: [...hopesToo.map((a) => a.id), outcome.id].join(' '), [D.hopeOrGoal]: looseName(request.splits) } } };
  }
  if (outcome) return { goTo: { step: Step.reviewChange, data: { itemId: outcome.id } } };
  const items = changeableItems(draft);
  // "change the tattoo one to tattoo artist": new words in a hope's shape (no "will") are for the one hope named.
  const toHope = hopeShapedChange(draft, request.splits);
  if (toHope) return toHope;
  // "change my dream to I want to be a vet": the first reading whose part is clear; else the one that fits fewest parts.
  // "change the job hope to ...": that hope, never a goal that the whole sentence's words fit.
  const hopeSplit = request.splits.find((split) => split.to && namesAHope(split.target));
  const readings = (hopeSplit ? [hopeSplit] : request.splits).map((split) => ({ split, named: split.target ? matchItems(draft, items, split.target) : current ? [current] : [] }));
  const clear = readings.find((r) => r.named.length === 1);
  if (clear) {
    const item = clear.named[0]!;
    const newText = clear.split.to ? withNewWords(item.text, clear.split.target, clear.split.to) : '';
    return { goTo: { step: Step.reviewChange, data: newText ? { itemId: item.id, [D.newText]: newText } : { itemId: item.id } } };
  }
  const answer = goalAnswerNamed(draft, request.splits);
  if (answer) return answer;
  const fewest = readings.filter((r) => r.named.length > 1).sort((a, b) => a.named.length - b.named.length)[0];
  if (fewest) return { goTo: { step: Step.reviewChange, data: { [D.choose]: fewest.named.map((n) => n.id).join(' '), ...(fewest.split.to ? { [D.newText]: fewest.split.to } : {}) } } };
  return { goTo: { step: Step.reviewChange, data: {} } };
}

/** The words of "the one about talking", "the bus one" with no new words; '' for any other request. */
function looseName(splits: readonly { target: string; to: string }[]): string {
  const loose = splits.length === 1 && !splits[0]!.to ? /^(?:the\s+one\s+(?:about|with|for|on)\s+(.{2,40})|the\s+(.{2,40}?)\s+one)$/.exec(splits[0]!.target) : null;
  return loose ? (loose[1] ?? loose[2])! : '';
}

/**
 * The hopes whose own words hold every word of "the bus one" when the goal's own sentence does too:
 * both fit. A goal found only through its hope's words ("the one about talking") is the goal.
 */
function hopesNamedToo(draft: Draft, outcome: Draft['outcomes'][number], splits: readonly { target: string; to: string }[]): Draft['aspirations'] {
  const about = looseName(splits);
  if (!about || !wordsNamedIn(outcome.statement, about)) return [];
  return draft.aspirations.filter((a) => wordsNamedIn(a.text, about));
}

/** "the one about talking", "the bus one" with no new words: the one outcome they name, else undefined. */
function oneOutcomeNamed(draft: Draft, splits: readonly { target: string; to: string }[]): Draft['outcomes'][number] | undefined {
  const about = looseName(splits);
  const found = about ? outcomesNamed(draft.outcomes, about, (o) => draft.aspirations.find((a) => a.id === o.aspirationId)?.text ?? '') : [];
  return found.length === 1 ? found[0] : undefined;
}

/** A request read in a message at the review, and where it leads; undefined when the message is none. */
export function requestIn(draft: Draft | undefined, text: string, current?: SummaryItem): Next | undefined {
  const request = draft ? readReviewRequest(text) : null;
  return request && draft ? startRequest(draft, request, current) : undefined;
}


/** A request's data once its part is picked: the list to pick from is done with. */
function withoutChoose(data: Record<string, string>): Record<string, string> {
  const { [D.choose]: _choose, [D.hopeOrGoal]: _hopeOrGoal, ...rest } = data;
  return rest;
}

/** The answer at a request's position. */
export async function answerRequest(session: JourneySession, draft: Draft, position: Position, text: string): Promise<Next> {
  const data = position.data ?? {};
  if (isFieldPosition(position)) return answerField(session, draft, position, text);
  if (isAllHelpPosition(position)) return answerAllHelp(session, draft, position, text);
  if (isHelpMovePosition(position)) return answerHelpMove(session, draft, position, text);
  if (isAddHelpPosition(position)) return answerAddHelp(session, draft, position, text);
  if (data[D.goalFor]) return answerGoalFor(draft, position, text);
  if (data[D.twice]) return answerTwice(session, position, text);
  if (data[D.many]) return answerRemoveMany(session, draft, position, text);
  switch (data[D.addHope]) {
    case 'ask':
      return askedForHope(session, position, text);
    case 'confirm':
      return confirmHope(session, draft, position, text);
    case 'outcome':
      return outcomeNow(draft, position, text);
    case 'hard':
      return hardAnswer(session, draft, position, text);
    default:
      break;
  }
  if (data[D.addNeed]) return confirmNeed(session, position, text);
  const items = pickableItems(draft, position);
  const item = data.itemId ? changeableItems(draft).find((i) => i.id === data.itemId) : undefined;
  if (!item) {
    // "Neither", "none of them, go back": none of the parts listed is meant; nothing changes and the read-back goes on.
    if (picksNone(text)) return { say: [{ key: T.leftAsItWas }], goTo: { step: Step.reviewSummary } };
    // Picking the part a request is about: by its number, its words, or a new request.
    // "remove both of them", "1 and 3" while taking out: exactly the parts listed, together.
    const removal = asksToRemove(text);
    const together = removal !== null || data.remove === 'yes' || REMOVE_WORD.test(normaliseMessage(text)) ? listedItems(items, removal ?? text) : [];
    if (together.length > 1) return removeManyAt(together);
    // "take out number 2" where a few parts are listed: the second of those, read back before it goes.
    const numberOut = removal !== null ? numberTyped(removal) : undefined;
    const out = numberOut === undefined ? undefined : items[numberOut - 1];
    if (out) return { goTo: { step: Step.reviewChange, data: { itemId: out.id, remove: 'yes' } } };
    // "no the hope", "the HOPE not that omg" between a hope and its goal: the one of that kind listed.
    const kindSaid = kindOnlyNamed(text);
    const ofKind = kindSaid ? items.filter((i) => kindOf(i) === kindSaid) : [];
    // The pick that was left open among parts named together: all of them read back for one yes.
    const also = data[D.also] ? changeableItems(draft).filter((i) => data[D.also]!.split(' ').includes(i.id)) : [];
    if (ofKind.length === 1 && also.length > 0) return removeManyAt([...also, ofKind[0]!]);
    if (ofKind.length === 1) return { goTo: { step: Step.reviewChange, data: { ...withoutChoose(data), itemId: ofKind[0]!.id } } };
    // A tapped button or a number is a pick; other words may be a new request, else name the part.
    const tapped = /^\s*\d{1,2}\b/.test(text) ? matchItems(draft, items, text) : [];
    const again = tapped.length === 1 ? undefined : requestIn(draft, text);
    if (again) return again;
    const picked = tapped.length === 1 ? tapped : matchItems(draft, items, text);
    if (picked.length !== 1) return notUnderstood(position);
    if (also.length > 0) return removeManyAt([...also, picked[0]!]);
    return { goTo: { step: Step.reviewChange, data: { ...withoutChoose(data), itemId: picked[0]!.id } } };
  }
  // "take that word out" asked "Take these words out of ...?" is a yes, never a request to take the whole part out.
  const answer = data[D.removed] ? understandTakeOut(text) : understandYesNo(text);
  const newText = data[D.newText];
  const part = data[D.section];
  if (newText) {
    // "yes but without the word just": that word out, and the new words read back again.
    const without = answer === 'yes' ? newWordsWithout(newText, text) : undefined;
    if (without) return { goTo: { step: Step.reviewChange, data: { ...data, [D.newText]: without } } };
    if (answer === 'yes') return without === null ? notUnderstood(position) : changeWords(session, item, newText);
    // "no": their own words, asked for the part; "no, it should say ..." is read back again.
    const rest = readPolarity(text).rest.trim();
    const again = answer === 'no' && rest ? requestIn(draft, rest, item) : undefined;
    if (again) return again;
    if (answer === 'no') return { goTo: { step: Step.reviewChange, data: { itemId: item.id } } };
    return notUnderstood(position);
  }
  if (isPlanPart(part)) {
    if (answer === 'no') return { say: [{ key: T.removeKept }], goTo: { step: Step.reviewSummary } };
    if (answer !== 'yes') return notUnderstood(position);
    const area = data[D.area];
    await session.updateDraft('need moved in review', (d) => markItemChanged(setNeedSection(d, item.id, part, isSenArea(area) ? area : undefined), item.id, session.today));
    return { say: [{ key: T.sectionMoved, vars: { text: quoteOf(item.text), part: partWords(session.t, part, area) } }], goTo: { step: Step.reviewSummary } };
  }
  const moveTo = data[D.moveTo];
  if (isKind(moveTo)) {
    if (answer === 'no') return { say: [{ key: T.removeKept }], goTo: { step: Step.reviewSummary } };
    if (answer !== 'yes') return notUnderstood(position);
    return moveItem(session, draft, item, moveTo, data[D.hopeId]);
  }
  if (data[D.toHope]) return answerToHope(session, draft, position, item.id, text);
  return { goTo: { step: Step.reviewChange, data: { itemId: item.id } } };
}

/** The person's new words for a part, agreed: kept, and an outcome reworded by them counts as agreed. */
export async function changeWords(session: JourneySession, item: SummaryItem, text: string): Promise<Next> {
  await session.updateDraft('changed in review', (d) => {
    if (item.labelKey !== SUMMARY_LABEL_KEYS.outcome) return markItemChanged(replaceItemText(d, item.id, text), item.id, session.today);
    // The sentence, its date and the words it was first typed in change together.
    const { statement, timeframe } = rewordedStatement(d, item.id, text, session.today);
    return markItemChanged(updateOutcome(d, item.id, { statement, ...(timeframe ? { timeframe } : {}), inTheirWords: undefined, confirmed: true }), item.id, session.today);
  });
  // "I changed your hope 'work in a kitchen'": which part changed, and what it says now.
  return { say: [{ key: T.changedNamed, vars: { before: quoteOf(item.text), text: quoteOf(text) } }], goTo: { step: Step.reviewSummary } };
}
