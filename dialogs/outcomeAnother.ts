import type { Aspiration, Draft } from '../src/domain/draft';
import { hopeNamedBy, pointsAtHope, quoteOf, themeOfWords } from '../src/language';
import { readMore } from '../src/language/closedAnswers';
import { saysOutcomesFinished } from '../src/language/outcomesFinished';
import { saysDone, saysNoMoreOutcomes, saysThatsAllOnly } from '../src/language/noMoreOutcomes';
import { saysDoneAdding } from '../src/language/doneAdding';
import { notThisHope } from '../src/language/notThisHope';
import { topicOnly } from '../src/language/topicOnly';
import { answerAfterRemark } from '../src/language/remarkBeforeYes';
import { topicAfterLeadIn } from '../src/language/topicLeadIn';
import { hopePickedByWords } from '../src/language/hopePicked';
import { hopesNamedToDo } from '../src/language/hopesToDo';
import { hopeAskedAbout } from '../src/language/hopeAskedAbout';
import { lastOneSaid } from '../src/language/lastOneSaid';
import { withoutAsking } from '../src/language/withoutAsking';
import { answerBesideWhereItIs } from '../src/language/whereItIs';
import { noteBesideAnswer } from './reviewKeyWorkerNote';
import { Stage, Step } from './ids';
import type { Position } from './journey';
import { isBotWords } from './outcomeCoach';
import { WHEN_SAID, answerOutcomeStep } from './outcomeStepAnswer';
import { stepAfterHopeNamed } from '../src/language/stepBesideHope';
import { asksToDropOutcome } from '../src/language/dropOutcome';
import { hopeSaidDone } from '../src/language/hopeAlreadyDone';
import { saysNextOne, takesOfferedStep } from '../src/language/offeredStepTaken';
import { hardToldAtAnother } from './outcomeHardTold';
import { ANOTHER_CHOICES, OutcomeText as T } from './outcomeText';
import { hopesToWorkOn, nextHope } from './outcomeThread';
import { LEFT, answerHopesLeft } from './outcomeHopesLeft';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { isExactChoice, matchChoice } from './understand';
import { hopesToChooseFrom } from './outcomeWhichAll';
import { NEXT, SAID, WHICH, answerWhich, askWhich, namesOnly, needsOf } from './outcomeWhichHope';
import { noMore, noMoreForThisHope } from './outcomeNoMore';
import { earlierOutcomeChange } from './outcomeEarlierChange';
import { carriedTime } from './secondStepTime';
import { hopesInOrder } from './outcomeHopesOrder';
import { changedThreeAnswers } from './threeAnswersChanged';

/*
 * "Would you like to add another outcome?": yes, no, or yes with the next step or the hope it is
 * for. A hope is named by its words, its needs' words or its part of life ("yes, for toilet", "the
 * singing one"); when more than one could be meant, the bot asks which, and never guesses.
 */

export async function answerAnother(session: JourneySession, position: Position, text: string): Promise<Next> {
  const draft = await session.draft();
  if (!draft) return {};
  const data = position.data ?? {};
  // "change what would it do for Tobi to: ...", just after the outcome was saved: that outcome's answer changes, asked again.
  const justSaved = draft.outcomes.at(-1);
  const answersChanged = justSaved ? await changedThreeAnswers(session, justSaved.id, text) : undefined;
  if (answersChanged) return { say: answersChanged, goTo: { step: position.step, ...(position.topic ? { topic: position.topic } : {}), data } };
  // "can I go back and change the first outcome ...", "you never let me fix the how everyone will know part": that outcome, never a new one.
  const earlier = earlierOutcomeChange(draft, position, text);
  if (earlier) return earlier;
  // "bus then sleep then done": the hopes in the order said, each asked about in turn, then the end.
  const ordered = await hopesInOrder(session, position, draft, text);
  if (ordered) return ordered;
  // "the gcse one then im done": the one named is asked about, and it is the last.
  const last = lastOneSaid(text);
  if (last && !saysDone(last) && !saysOutcomesFinished(last) && !saysNoMoreOutcomes(last)) {
    await session.updateJourney((j) => ({ ...j, lastOutcome: true }));
    return answerAnother(session, position, last);
  }
  // "nah im done. physio thing is in the help bit": only the "done" is read; "yes. driving is on my list too" is a yes about driving.
  const moreSaid = readMore(text);
  if (moreSaid?.listed) return answerAnother(session, position, `yes, ${moreSaid.content}`);
  const beside = answerBesideWhereItIs(text);
  if (beside && (saysDone(beside) || saysOutcomesFinished(beside) || saysNoMoreOutcomes(beside))) return answerAnother(session, position, beside);
  // "cancel this one", "forget this one": no new outcome; the outcomes go on to their end, as a no does.
  const drop = asksToDropOutcome(text);
  if (drop && !drop.rest && !drop.different) return noMore(session, position, draft);
  // "we already did the talking one": a remark that the hope has its outcome, never a yes for it; "another?" is asked again.
  const doneWords = hopeSaidDone(text);
  const doneHope = doneWords ? hopeNamedBy(doneWords, draft.aspirations, needsOf(draft)).hope : undefined;
  if (doneHope && draft.outcomes.some((o) => o.aspirationId === doneHope.id)) {
    const { [WHICH]: _which, [NEXT]: _next, [SAID]: _said, ...rest } = data;
    return { say: [{ key: T.hopeHasOutcome, vars: { hope: quoteOf(doneHope.text) } }], goTo: { ...position, data: rest } };
  }
  if (data[WHICH]) return answerWhich(session, position, draft, text);
  // "Make one, or finish anyway?": words that are neither are read as at "another outcome?".
  const left = data[LEFT]
    ? answerHopesLeft(session, draft, text, () => noMore(session, position, draft), (hopes) => askWhich(position, draft, hopes, { [NEXT]: '1' }))
    : undefined;
  if (left) return left;
  // "no thats all for that one", "nothing else for football": that hope is done, the next hope's goals come next.
  const hopeDone = noMoreForThisHope(session, position, draft, text);
  if (hopeDone) return hopeDone;
  // "finish", "no. I don't want any more outcomes. finish": said in their own words, the outcomes are done.
  if (!isExactChoice(text, ANOTHER_CHOICES, session.words) && saysOutcomesFinished(text)) return noMore(session, position, draft, true, saysThatsAllOnly(text));
  // "no thats enough for uni", "nah im good for that", "enough now": a no, never a new outcome about "enough".
  if (!isExactChoice(text, ANOTHER_CHOICES, session.words) && saysNoMoreOutcomes(text)) return noMore(session, position, draft, saysDone(text), saysThatsAllOnly(text));
  // "no thats all. but i want it written down somewhere that school keep saying hes fine": a note for the key worker, and the no.
  const noted = await noteBesideAnswer(session, text);
  if (noted) {
    const next = noted.rest ? await answerAnother(session, position, noted.rest) : { goTo: position };
    return { ...next, say: [noted.said, ...(next.say ?? [])] };
  }
  // "fire alarm. me not hear ... scared": a new hard thing is kept, and a goal for it asked, never a plain yes.
  const hard = await hardToldAtAnother(session, position, draft, text);
  if (hard) return hard;
  // "no thats all, got to go to work soon": done, and why they are going is no new outcome.
  if (!isExactChoice(text, ANOTHER_CHOICES, session.words) && saysDoneAdding(text)) return noMore(session, position, draft, true);
  // "yeah the placement one", "yes do that one": the second thing to do offered is the next outcome, as it was said.
  const offered = session.journey.nextStep;
  // "next one", after "It can be the next one": the thing offered; with nothing offered, a yes to one more.
  if (!offered && saysNextOne(text)) return answerAnother(session, position, 'yes');
  if (offered && (saysNextOne(text) || takesOfferedStep(text, offered.text, draft.aspirations.find((a) => a.id === offered.topic)?.text))) {
    await session.updateJourney((j) => ({ ...j, nextStep: undefined }));
    const next = await toOfferedStep(session, draft, offered);
    if (next) return next;
  }
  // "wait u didnt change the job bit. whatever. ye one more the bus one": the remark before the yes is never content.
  const answerSaid = answerAfterRemark(text);
  if (answerSaid) return answerAnother(session, position, answerSaid);
  // "No, road is finish. I say toilet": no more for that hope, and the one named is next.
  const notThis = notThisHope(text);
  const meant = notThis?.named ? hopeNamedBy(notThis.named, draft.aspirations, needsOf(draft)).hope : undefined;
  if (meant && notThis) {
    const at: Position = { stage: Stage.outcomes, step: Step.outcomeStep, topic: meant.id, data: {} };
    return notThis.step ? answerOutcomeStep(session, at, notThis.step) : { goTo: at };
  }
  // "no thats enough for the flat one": a no to another for that hope, never a yes for it.
  if (notThis?.doneWith && !notThis.named) return noMore(session, position, draft);
  // "what about the lunchtimes one?", "can we do the lunch one now?": that hope is next.
  const askedAbout = hopeAskedAbout(text, draft.aspirations);
  if (askedAbout) return { goTo: { step: Step.outcomeStep, topic: askedAbout.id, data: {} } };
  // "I should like to do the friends one and the toileting one": the first hope named is next (the others are offered after it).
  const firstToDo = hopesNamedToDo(text).map((named) => hopeNamedBy(named, draft.aspirations, needsOf(draft)).hope)[0];
  if (firstToDo) return { goTo: { step: Step.outcomeStep, topic: firstToDo.id, data: {} } };
  // "one more about being less tired": what it is about, never the step; "one for the flat hope" names a hope, asked in its words.
  const leadTopic = topicAfterLeadIn(text);
  const namedHope = leadTopic ? hopePickedByWords(leadTopic, draft.aspirations) : undefined;
  const toIt = namedHope ? { goTo: { step: Step.outcomeStep, topic: namedHope.id, data: {} } } : leadTopic ? toTopic(draft, leadTopic) : undefined;
  if (toIt) return toIt;
  // A tapped button (in either reading mode) is only a choice, never the next step.
  const tapped = isExactChoice(text, ANOTHER_CHOICES, session.words) ? matchChoice(text, ANOTHER_CHOICES, session.words) : undefined;
  // "yes, and one about friends" and "no. but what about swimming" carry the next step (read once, above).
  const more = tapped ? undefined : moreSaid;
  const chosen = tapped ?? (more ? undefined : matchChoice(text, ANOTHER_CHOICES, session.words));
  // "ugh fine but can it be about the bus thing": the asking is taken off, so only the hope named is read.
  // "one more flat": "one more" only says yes; the rest is what it is about.
  const rest = (chosen ? '' : more ? withoutAsking(more.content ?? '') : withoutAsking(text)).replace(/^(?:(?:one|1)\s+)?more\s+(?=\S)/i, '');
  const content = rest && !isBotWords(rest, session.words) ? rest : '';
  // Words that are neither yes nor no are the next step itself ("one about friends").
  // "money", "cooking": one word that names a hope (or one of its hard things) is a yes for that hope.
  const oneWord = !chosen && !more && content && !content.includes(' ') ? content : '';
  const namesAHope = oneWord ? (hopePickedByWords(oneWord, draft.aspirations) ?? hopeNamedBy(topicOnly(oneWord) ?? oneWord, draft.aspirations, needsOf(draft)).hope) : undefined;
  const answer = chosen ?? more?.answer ?? (content.split(/\s+/).length >= 2 || namesAHope ? 'yes' : undefined);
  // The second thing to do said beside the last step: a plain yes makes it the next outcome; any answer uses up the offer.
  const second = answer ? session.journey.nextStep : undefined;
  if (second) await session.updateJourney((j) => ({ ...j, nextStep: undefined }));
  if (answer === 'yes' && second && !content) {
    const next = await toOfferedStep(session, draft, second);
    if (next) return next;
  }
  if (answer === 'yes') {
    // "yes the cafe one. help in the canteen?": the hope, then its step; the step is the answer, never asked for again.
    const split = content ? stepAfterHopeNamed(content) : undefined;
    const splitHope = split ? (hopePickedByWords(split.hope, draft.aspirations) ?? hopeNamedBy(split.hope, draft.aspirations, needsOf(draft)).hope) : undefined;
    if (split && splitHope) return answerOutcomeStep(session, { stage: Stage.outcomes, step: Step.outcomeStep, topic: splitHope.id, data: {} }, split.step);
    // "one more flat", "yeh footbal wiv priya": a hope picked by a few of its own words; its step question is asked.
    const picked = content ? hopePickedByWords(content, draft.aspirations) : undefined;
    if (picked) return { goTo: { step: Step.outcomeStep, topic: picked.id, data: {} } };
    // "ye the bus one", "yes, for toilet" names the hope, not the step: the step question is asked for that hope.
    // Any of their hopes can be named, also one with no need written down yet.
    if (content && pointsAtHope(content)) return toHopeNamed(draft, content, draft.aspirations, position);
    // "yes, toilet please", "ye cookin": what the next outcome is about, in a word or two. The step is asked
    // about it for the hope those words (or their part of life) name; unclear, the bot asks which hope.
    const topic = content ? topicOnly(content) : null;
    const toNamed = topic ? toTopic(draft, topic) : undefined;
    if (toNamed) return toNamed;
    if (content && (topic || namesOnly(content))) return toHopeNamed(draft, content, draft.aspirations, position);
    // With several hopes left, the person chooses which comes next: the bot never picks one for them.
    const theme = content ? themeOfWords(content) : null;
    const themed = theme ? hopesToWorkOn(draft).filter((h) => h.theme === theme) : [];
    const left = themed.length > 0 ? themed : hopesToChooseFrom(draft);
    if (left.length > 1) return askWhich(position, draft, left, content ? { [SAID]: content } : { [NEXT]: '1' });
    // One hope left, with nothing hard said about it: not pressed while other hopes have needs (a step said with the yes is read for it).
    const hope = (left[0] && (content || hopesToWorkOn(draft).includes(left[0])) ? left[0] : undefined) ?? nextHope(draft, theme);
    if (!hope) return {};
    const at: Position = { stage: Stage.outcomes, step: Step.outcomeStep, topic: hope.id, data: {} };
    return content ? answerOutcomeStep(session, at, content) : { goTo: at };
  }
  // "nah thats all im done": said in their own words, it is respected at once, never pushed again.
  if (answer === 'no') return noMore(session, position, draft, !tapped && saysDone(text), !tapped && saysThatsAllOnly(text));
  return { say: [{ key: T.notUnderstood }], goTo: position, miss: true };
}

/** The offered thing to do as the next outcome's step, with the time carried from the first half (kept through any question about it). */
async function toOfferedStep(session: JourneySession, draft: Draft, offered: NonNullable<JourneySession['journey']['nextStep']>): Promise<Next | undefined> {
  const hope = draft.aspirations.find((a) => a.id === offered.topic) ?? nextHope(draft);
  if (!hope) return undefined;
  const when = carriedTime(draft, session.today, offered);
  return answerOutcomeStep(session, { stage: Stage.outcomes, step: Step.outcomeStep, topic: hope.id, data: when ? { [WHEN_SAID]: when } : {} }, offered.text);
}

/** The step question about the topic, for the hope it names (or its part of life); undefined when no one hope is meant. */
function toTopic(draft: Draft, topic: string): Next | undefined {
  const named = hopeNamedBy(topic, draft.aspirations, needsOf(draft));
  const theme = themeOfWords(topic);
  const byTheme = named.hope || named.candidates.length > 1 || !theme ? undefined : hopesToWorkOn(draft).filter((h) => h.theme === theme);
  const hope = named.hope ?? (byTheme?.length === 1 ? byTheme[0] : undefined);
  if (!hope) return undefined;
  // "the holiday" only names the hope "go on holiday with my mates": its own question is asked, not one about a new topic.
  if (onlyNamesHope(topic, hope.text)) return { goTo: { step: Step.outcomeStep, topic: hope.id, data: {} } };
  return { goTo: { step: Step.outcomeStep, topic: hope.id, data: { coach: 'about', quote: quoteOf(topic) } } };
}

const wordsOf = (text: string): string[] => text.toLowerCase().replace(/[^\p{L}\p{N}\s']+/gu, ' ').split(/\s+/).filter((w) => w !== '');
const POINTING = /^(?:the|a|an|my|our|his|her|their|that|this|one|hope|dream|goal|bit|thing|stuff)$/;

/** True when every word of the topic, but pointing words, is a word of the hope. */
function onlyNamesHope(topic: string, hope: string): boolean {
  const own = new Set(wordsOf(hope));
  const words = wordsOf(topic).filter((w) => !POINTING.test(w));
  return words.length > 0 && words.every((w) => own.has(w));
}


/** The step question of the hope named; "which one?" when the words fit more than one as well. */
function toHopeNamed(draft: Draft, words: string, hopes: readonly Aspiration[], position?: Position): Next {
  const named = hopeNamedBy(words, hopes, needsOf(draft));
  if (named.hope) return { goTo: { step: Step.outcomeStep, topic: named.hope.id, data: {} } };
  // "the other one": any hope but the one just worked on.
  const other = /\b(?:other|next|different|another|new)\b/i.test(words) && position?.topic ? (h: Aspiration) => h.id !== position.topic : () => true;
  const candidates = (named.candidates.length > 1 ? named.candidates : hopesToWorkOn(draft)).filter(other);
  if (candidates.length === 1) return { goTo: { step: Step.outcomeStep, topic: candidates[0]!.id, data: {} } };
  const topic = position?.topic ?? draft.outcomes.at(-1)?.aspirationId;
  return { goTo: { step: Step.outcomeAnother, ...(topic ? { topic } : {}), data: { [WHICH]: candidates.map((h) => h.id).join(',') } } };
}

