import type { TurnContext } from 'botbuilder';
import { speaksForThem } from '../src/domain/aboutWhom';
import { isAdult } from '../src/domain/lifeStage';
import { answerBesideDisclosure, asksAQuestion, asksForSecrecy, flagCategoryOf, followUpQuestion, type Concern } from '../src/language';
import { normaliseMessage } from '../src/language/text';
import { declinesTheNumbers } from '../src/language/numbersDeclined';
import { namesTheSameMatter, peopleNamed } from '../src/language/sameMatter';
import { tellsOfNewPressure, withoutNotTheWorry } from '../src/language/worryChoiceTalk';
import { SafeguardingText } from './safeguardingText';
import { answerQueriedWords } from './answerQueried';
import { hopesHurtLessens } from '../src/language/hurtLessHoped';
import { isSafeguardingStep } from './ids';
import type { Position } from './journey';
import { sayAll } from './say';
import type { JourneySession } from './session';
import { keepToldAgain } from './safeguardingSaidAfter';
import { tellsNoMoreHarm } from '../src/language/plainAnswerAfterNote';
import { moreOfTheSameHelp } from './safeguardingMore';
import { planWordsOf } from './worryWordsInPlan';
import { answerBeforeANote } from './tellingAsked';
import { followUpAnswered, reminderOf, worriesAnswered, type Listener } from './safeguardingWorries';
import { GROOMING_ANSWER, GroomingText, groomingNoted } from './groomingAnswered';
import { asksAboutGrooming } from '../src/language/groomingAsked';
import { HarmAnswerText, harmAnswerWords } from './harmAnswered';

/*
 * Around a concern already passed on: told again ("older boys at the bus stop take my money, i
 * want someone to help with that" typed into the plan at the review), it gets a short reminder,
 * not a second full answer and "are you safe?"; the message goes on to the question it answers
 * and is added to the concern the safeguarding lead reads. Questions about getting help ("should
 * i tell mr patel") are answered wherever they come.
 */

// A weapon or a threat ("he said he will stab me") is worse news than the worry noted, never a mere repeat.
const DANGER_NOW =
  /\b(?:scared|afraid|frightened|terrified|not\s+safe|unsafe|danger|help\s+me|right\s+now|tonight|cant\s+go\s+home|dont\s+want\s+to\s+go\s+home|kill|die|hurt\s+myself|cut\s+myself|end\s+it|stab\w*|knife|knifes|knives|blade|gun|weapon|(?:will|gonna|going\s+to|gna)\s+(?:hurt|hit|beat|kill|stab|get)\s+me)\b/;

async function listenerOf(session: JourneySession): Promise<{ who: Listener; flags: string[] }> {
  const draft = await session.draft();
  const service = session.services.safeguarding;
  const lead = service ? await service.hasLead().catch(() => false) : false;
  return { who: { lead, parent: Boolean(draft && speaksForThem(draft.youngPerson)), ...planWordsOf(draft, session.t) }, flags: draft?.flags.map((f) => f.category) ?? [] };
}

/**
 * Whether this message tells again of a concern already flagged on this draft (same kind of
 * harm): then a sure disclosure gets a short reminder, a possible one nothing, and the message is
 * the answer to the open question.
 */
export async function toldAgain(context: TurnContext, session: JourneySession, concern: Concern | undefined, text: string): Promise<boolean> {
  const category = concern?.category ?? concern?.likely;
  if (!concern || !category || !(concern.concern || concern.unclear)) return false;
  // Danger now ("he did it again and im scared to go home") is never a mere repeat.
  if (DANGER_NOW.test(normaliseMessage(text))) return false;
  const { who, flags } = await listenerOf(session);
  const same = flagCategoryOf(category, text, isAdult((await session.draft())?.youngPerson));
  // "Other" is too broad to be the same concern ("not always" safe, then running away).
  const sameKind = same !== 'other' && flags.includes(same) ? same : undefined;
  // A worry the reader is not sure of that names the things a flagged one named ("the photos thing" after
  // "pictures of me in a group chat") is that worry, whatever kind the reader files it under.
  const sameThings = concern.sure ? undefined : session.journey.flaggedMatters?.find((m) => flags.includes(m.category) && namesTheSameMatter(text, m.words))?.category;
  const flagged = sameKind ?? sameThings;
  // "ill sleep in my bed" at the measure, read as maybe the worry: with no word of harm, of fear or of the person noted,
  // it is the answer, whole, and nothing is said (plainAnswerAfterNote.ts); the note is already with the adults. Of
  // another kind, only at the plan's later questions (a goal, a measure, the review), where answers are about the goal.
  const laterQuestion = /^(?:outcome|review)\./.test(session.journey.position?.step ?? '');
  if (!concern.sure && (flagged || (laterQuestion && flags.length > 0)) && tellsNoMoreHarm(text, session.journey.flaggedMatters ?? [])) {
    context.turnState.set(TOLD_AGAIN, true);
    context.turnState.set(TOLD_AGAIN_APART, text);
    return true;
  }
  if (!flagged) return false;
  // "nan is not the worry. my dad is. he hits me with a belt" after a note about an uncle: someone new doing harm is a new worry.
  if (concern.sure && namesSomeoneNew(session, flagged, text)) return false;
  await keepToldAgain(session, flagged, text);
  // "hed not hurt himself as much", a parent's benefit of an outcome, of the self-injury already noted: kept as the
  // benefit, with no reminder of the help lines (hurtLessHoped.ts).
  const benefit = who.parent && flagged === 'self_harm_or_suicide' && hopesHurtLessens(text);
  // "the game person messaged again asking for a pic. what do i say to him" after a grooming note: the plain answer, and that the question is noted.
  const groomingAsked = !who.parent && asksAboutGrooming(text) && (await groomingNoted(session)) !== undefined;
  // "Is it OK that my stepbrother shoves me into the wall?" after a note about him: no, it is not OK, and the question is noted.
  const harmAnswer = groomingAsked ? [] : harmAnswerWords(text, flagged, who.parent);
  if (groomingAsked) {
    await sayAll(context, session.t, [...GROOMING_ANSWER, { key: GroomingText.questionNoted }]);
  } else if (harmAnswer.length > 0) {
    await sayAll(context, session.t, [...harmAnswer, { key: HarmAnswerText.questionNoted }]);
  } else if (concern.sure && tellsOfNewPressure(text)) {
    // New pressure ("he sed if i dont get him stuff he wont be my mate no more"): a kind word and that it is noted, every time.
    await sayAll(context, session.t, [{ key: SafeguardingText.worryTalkNewPressure }]);
  } else if (concern.sure && !benefit && !session.journey.remindedAbout?.includes(flagged)) {
    // The short reminder is said once for a worry: after that, the message is only the answer it is.
    await sayAll(context, session.t, [reminderOf(who)]);
    await session.updateJourney((j) => ({ ...j, remindedAbout: [...(j.remindedAbout ?? []), flagged].slice(-10) }));
  } else if (!benefit && !answerBesideDisclosure(text)) {
    // "he gives the money back sometimes", the whole message: more of the worry, added to its note; thanked, never silence.
    // "why is everyone telling me to call childline… he gives the money back sometimes": the question first, literally.
    await sayAll(context, session.t, [...(who.parent ? [] : answerQueriedWords(text)), { key: SafeguardingText.toldMoreAdded }]);
  }
  context.turnState.set(TOLD_AGAIN, true);
  // The benefit is the answer, whole; otherwise only the words beside the harm may answer the question.
  if (concern.concern) context.turnState.set(TOLD_AGAIN_APART, benefit ? text : (answerBesideDisclosure(text) ?? ''));
  return true;
}

/** Whether a sure harm names someone no note of its kind named (people said not to be the worry set aside). */
function namesSomeoneNew(session: JourneySession, category: string, text: string): boolean {
  const matters = session.journey.flaggedMatters?.filter((m) => m.category === category) ?? [];
  const known = new Set(matters.flatMap((m) => m.people));
  const named = peopleNamed(withoutNotTheWorry(text)).filter((p) => p !== 'other');
  return known.size > 0 && named.length > 0 && named.every((p) => !known.has(p));
}

const TOLD_AGAIN = Symbol('a concern already passed on was told again this turn');
const TOLD_AGAIN_APART = Symbol('what was said beside a disclosure told again this turn');

/**
 * After a disclosure told again this turn: the words beside the harm, which alone may answer the
 * open question ('' when there are none); undefined when no disclosure was told again.
 */
export const answerApartFromRepeat = (context: TurnContext): string | undefined => context.turnState.get(TOLD_AGAIN_APART) as string | undefined;

/** Whether this turn's message told again of a concern already passed on (so "not always" safe in it is no new one). */
export const wasToldAgain = (context: TurnContext): boolean => context.turnState.get(TOLD_AGAIN) === true;

/**
 * After a concern was flagged, a question about getting help asked at a plan question ("do i have
 * to ring them", "should i tell mr patel about the bus stop boys") gets its true answer, and "i know
 * the numbers" is heard and remembered (they are not said again); the
 * plan question stays open; it is never kept as an answer. Before any flag, nothing is said.
 */
export async function answeredFollowUp(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  // "is someone going to call my mum?": asked, not "i dont show my feelings" said as an answer.
  const secrecy = asksAQuestion(text) && asksForSecrecy(text);
  // "what happens next?" at a plan question asks about the plan: only just after the safeguarding answer is it about that.
  const asked = followUpQuestion(text);
  // "i know the numbers": heard, remembered, and never kept as an answer.
  const declined = declinesTheNumbers(text);
  if (text.length > 200 || !((asked && asked !== 'whatNow') || secrecy || declined)) return false;
  // "help with the application n interview. i cant do phone calls" at a plan question: help and a need, not about the help lines.
  // Only a question ("do i have to ring them") is about them here; just after the safeguarding answer its own step reads the rest.
  if (asked === 'phones' && !secrecy && !asksAQuestion(text)) return false;
  const { who, flags } = await listenerOf(session);
  // Before any note, "ur not gonna tell anyone are u?" and "who is the safe adult" get the welcome's honest answer (tellingAsked.ts).
  if (flags.length === 0) {
    const before = answerBeforeANote(text, who, asked);
    if (before) await sayAll(context, session.t, [before]);
    return before !== undefined;
  }
  // Secrecy, asked beside "what happens next?", comes first among the worries answered.
  if (declined) await session.updateJourney((j) => ({ ...j, numbersDeclined: true }));
  const words = (asked === 'whatNow' ? undefined : followUpAnswered(text, who)) ?? worriesAnswered(text, who)[0];
  if (!words) return false;
  await sayAll(context, session.t, [words]);
  return true;
}

/**
 * At "Are you safe right now?" after a flag, the same kind of worry said again ("im safe now, they
 * just call me names sometimes") is about that flag: the check reads the message, and no second flag
 * or second answer follows. A worry of another kind is a new disclosure. Not at the gentle check,
 * where nothing was flagged yet.
 */
export function sameWorryAtCheck(position: Position | undefined, concern: Concern | undefined, text: string, adult = false): boolean {
  const data = position?.data;
  const category = concern?.category ?? concern?.likely;
  if (!concern?.concern || !category || !data?.category || data.gentle === '1' || !isSafeguardingStep(position?.step)) return false;
  const said = flagCategoryOf(category, text, adult);
  // At "are you safe?" or "carry on, or stop?", harm that gets the same help ("i dont want to go home" after
  // "he takes my money") is more of the same worry: its own flag, a kind word, and the same question (safeguardingMore.ts).
  return said === data.category || ((data.asking === 'check' || data.asking === 'carryOn') && moreOfTheSameHelp(data.category, said));
}
