import { asksToSeeWords } from '../src/language/asksToSeeWords';
import { asksToTidyWords } from '../src/language/tidyAsked';
import { setYoungPerson, updateOutcome, type Draft, type Outcome } from '../src/domain/draft';
import { saysMeasureNotStep } from '../src/language/measureLead';
import { ReadingMode } from '../src/domain/readingMode';
import { staysWithTheChild } from '../src/language/outcomeSentence';
import { findTimeframe, detailsIn, isGoodSentence, isSupportOnly, isVague, namesHelp, outcomeSentence, provisionItems, quoteOf, withoutChatter, type WordingRequest } from '../src/language';
import { readConfirm } from '../src/language/closedAnswers';
import { keepsTheWording } from '../src/language/keepWording';
import { isTiredYes, wordingGivenWithNo } from '../src/language/confirmWording';
import { asksToChangeOnly } from '../src/language/requestShaped';
import { yesThenComplaint } from '../src/language/complaintAfterYes';
import { isNotAWording } from '../src/language/notAWording';
import { labelledField } from '../src/language/outcomeField';
import { topicAfterLeadIn } from '../src/language/topicLeadIn';
import { Step } from './ids';
import { answerFieldAtConfirm, answerMeasureAsked, BEFORE, EDITING_MEASURE, measureSet, readBack, THEIR_WORDS } from './outcomeConfirmField';
import { answerWhichPart, askWhichPart, newDateAtReadBack, newWordsForMeasure, openPart, timeFits, WHICH_PART } from './outcomeConfirmPart';
import { readBackReply, talkAtReadBack } from '../src/language/readBackReply';
import type { Position } from './journey';
import { afterOutcome } from './outcomeAfter';
import { splitAtReadBack } from './outcomeSplit';
import { oftenAddedAtReadBack, outcomeHas } from './outcomeOftenAdded';
import { rewordedSameOrThing, sameSaidAgain } from './outcomeSameWords';
import { coachContextOf, isBotWords, withProvision } from './outcomeCoach';
import { childVoice, proposedStatement, readBackShown, sayItOpen, yesNoAsConfirm } from './outcomeQuestion';
import { saysDidAlready } from '../src/language/didAlready';
import { saysWhoWillDoWhat } from '../src/language/willSaid';
import { CONFIRM_CHOICES, OutcomeText as T } from './outcomeText';
import { CommandText } from './commands';
import type { Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { isExactChoice, matchChoice } from './understand';
import type { Words as ContentWords } from '../src/i18n';
import { agreedWords } from './outcomeAgreed';
import { editAskedAtReadBack } from './outcomeReadBackEdits';
import { otherOutcomeDateAtReadBack } from './outcomeOtherDate';
import { answerKeptComplaint } from './outcomeKeptComplaint';
import { monthPutRightWithYes } from '../src/language/monthPutRight';
import { yesWithStillThere } from './outcomeStillThere';
import { changedThreeAnswers } from './threeAnswersChanged';
import { helpAskedAnswer } from './helpAskedAnswer';
import { questionAfterYes } from '../src/language/yesThenQuestion';

/*
 * The answer to the read-back of an outcome: yes keeps the sentence; new words are read for a
 * timeframe and a measure and made into one sentence in their words, read back again for a yes.
 */

export async function answerOutcomeConfirm(session: JourneySession, position: Position, draft: Draft, outcome: Outcome, text: string): Promise<Next> {
  const data = position.data ?? {};
  // "Stop. You saved the wrong thing.", "I did not ask to change anything.": sorry, never the outcome's words.
  const complaint = await answerKeptComplaint(session, position, outcome, text);
  if (complaint) return complaint;
  // "yes thats right. but you didnt answer, where do i put the hoist?": the yes is taken, and a question about help answered.
  const asked = data[EDITING_MEASURE] ? undefined : questionAfterYes(text);
  const helpAnswer = asked ? helpAskedAnswer(asked) : undefined;
  if (helpAnswer) {
    const agreed = await answerWording(session, position, draft, outcome, 'yes');
    return { ...agreed, say: [helpAnswer, ...(agreed.say ?? [])] };
  }
  // "change what would it make possible to: ...": only that answer changes, and the outcome is read back.
  const answersChanged = data[EDITING_MEASURE] ? undefined : await changedThreeAnswers(session, outcome.id, text);
  if (answersChanged) return readBack(position, outcome, {}, answersChanged);
  // "i did??" to "Start with 'I will'" or "type it your way": the words they gave are read back, never asked for again.
  if (saysDidAlready(text) && (data.rewording || sayItOpen(draft, outcome, data))) {
    const topic = position.topic ? { topic: position.topic } : {};
    return { goTo: { step: Step.outcomeConfirm, ...topic, data: { outcomeId: outcome.id, ...shownBefore(data), ...(data.rewording ? {} : { [THEIR_WORDS]: '1' }) } } };
  }
  // "sounds a bit rubbish written down. can you tidy it up": sorry, and their words asked as one thing they will do; the remark is never kept.
  if (!data[EDITING_MEASURE] && asksToTidyWords(text)) {
    const topic = position.topic ? { topic: position.topic } : {};
    return { say: [{ key: T.wordsReadWrong }], goTo: { step: Step.outcomeConfirm, ...topic, data: { outcomeId: outcome.id, sayIt: '1', ...shownBefore(data) } } };
  }
  // "yes. the speech therapy is still in there somewhere tho isnt it?": kept, and the question answered.
  const stillThere = data[EDITING_MEASURE] || data[WHICH_PART] ? undefined : await yesWithStillThere(draft, outcome, text, () => answerWording(session, position, draft, outcome, 'yes'));
  if (stillThere) return stillThere;
  // "What should how everyone will know say?": the answer is the measure, never the sentence.
  if (data[EDITING_MEASURE]) return answerMeasureAsked({ session, position, draft, outcome, text });
  // "can the adult bit be separate?": the outcome is cut in two, the help kept as its provision, and read back.
  // "ye but like 1 time a week", "wait u didnt put once a week": how often goes with the measure, read back.
  const split = (await splitAtReadBack(session, position, outcome, text)) ?? (await oftenAddedAtReadBack({ session, position, draft, outcome, text }));
  if (split) return split;
  // "Which part shall we change?": that part is opened; new words are read as any wording is.
  // "I will know because I clock in", typed after "change the words": how anyone would know is the measure, never the sentence.
  if ((data.rewording || data[WHICH_PART]) && !data.sayIt && outcome.measure && saysMeasureNotStep(text, coachContextOf(draft, session.today))) return measureSet({ session, position, draft, outcome, text }, text);
  if (data[WHICH_PART]) return answerWhichPart(session, position, draft, outcome, text, (at, words) => answerWording(session, at, draft, outcome, words ?? text));
  // "can i change the how everyone will know bit?", "why does it say X, take that out": the part named is changed.
  const field = await answerFieldAtConfirm({ session, position, draft, outcome, text });
  if (field) return field;
  // "It should say Jo will write down how long he sits ..." where the measure read back is in those words: the measure.
  const read = readConfirm(text);
  // Asked to say it as one thing they will do ("Start with 'I will ...'"): the answer is the sentence, never the measure.
  const forMeasure = data.sayIt ? undefined : newWordsForMeasure((read?.answer === 'change' ? read.content : undefined) ?? wordingGivenWithNo(text), outcome);
  if (forMeasure) return measureSet({ session, position, draft, outcome, text }, forMeasure);
  // "College year ends in July not September but whatever, yes, that's right.": the month put right, and a yes to the rest.
  const monthFixed = data.rewording || data.sayIt ? undefined : await monthThenYes(session, position, draft, outcome, text);
  if (monthFixed) return monthFixed;
  // "wait june?? … can it be october half term in year 7 like the other one": the date only, never new words.
  const likeOther = await otherOutcomeDateAtReadBack(session, position, draft, outcome, text);
  if (likeOther) return likeOther;
  // A reply of several sentences: the talk in it is never the outcome's words.
  const reply = readBackReply(text, draft.youngPerson.name);
  // "It's still missed out Jo writing it down but ok, I'll go with that. Yes": a yes, and said it can change later.
  if (reply?.kind === 'yes') {
    const agreed = await answerWording(session, position, draft, outcome, 'yes');
    return reply.request && agreed.goTo?.step !== Step.outcomeConfirm ? { ...agreed, say: [{ key: T.keptAsItIs }, ...(agreed.say ?? []).filter((w) => w.key !== T.confirmed)] } : agreed;
  }
  // "The first part should be 'Alfie will sit ...'. I only wanted to change the how everyone will know bit.":
  // their sentence alone is the wording; then the other part named is opened.
  if (reply?.kind === 'wording') {
    const worded = await answerWording(session, position, draft, outcome, reply.words);
    const other = reply.parts.find((p) => p !== 'step');
    if (!other || worded.goTo?.step !== Step.outcomeConfirm || worded.goTo.data?.sayIt || worded.goTo.data?.rewording) return worded;
    const updated = (await session.draft())?.outcomes.find((o) => o.id === outcome.id);
    return updated ? openPart(session, { ...position, data: worded.goTo.data ?? {} }, draft, updated, other) : worded;
  }
  // "Better thanks. But it says September then July in brackets? Can the date just say September 2027": that part.
  if (reply?.kind === 'part') return openPart(session, position, draft, outcome, reply.part, reply.words, text);
  return answerWording(session, position, draft, outcome, text, reply?.kind === 'talk');
}

/** The month put right and then agreed: the new date kept, and the outcome confirmed with it. */
async function monthThenYes(session: JourneySession, position: Position, draft: Draft, outcome: Outcome, text: string): Promise<Next | undefined> {
  const dated = await newDateAtReadBack(session, position, draft, outcome, monthPutRightWithYes(text, coachContextOf(draft, session.today)));
  if (dated?.goTo?.step !== Step.outcomeConfirm) return dated;
  const now = await session.draft();
  const changed = now?.outcomes.find((o) => o.id === outcome.id);
  if (!now || !changed) return dated;
  const agreed = await answerWording(session, { ...position, data: dated.goTo.data }, now, changed, 'yes');
  return { ...agreed, say: [...(dated.say ?? []), ...(agreed.say ?? [])] };
}

/** The reply read as a yes, a request about the sentence or date, or new words for the sentence. */
async function answerWording(session: JourneySession, position: Position, draft: Draft, outcome: Outcome, text: string, onlyTalk = false): Promise<Next> {
  const data = position.data ?? {};
  const topic = position.topic;
  const here = (extra: Record<string, string>): Next => ({ goTo: { step: Step.outcomeConfirm, ...(topic ? { topic } : {}), data: { outcomeId: outcome.id, ...extra } } });
  // "the step is: Leo will ...": the words after the label are the wording.
  const labelled = labelledField(text);
  if (labelled?.field === 'step') text = labelled.words;
  // A change asked for (the child's name, the date, another hope, words swapped, added or taken out): made, and read back.
  const edited = await editAskedAtReadBack(session, position, draft, outcome, text, here);
  if (edited) return edited;
  // "Say it as one thing you will do" was asked, by its note or because the read-back was not shown.
  const sayItAsked = sayItOpen(draft, outcome, data);
  const asking = data.rewording || sayItAsked;
  // "i want to change it": the change is opened (which part, or what it should say), never words for the sentence.
  if (asksToChangeOnly(text)) return asking ? here({ ...data }) : outcome.measure ? askWhichPart(position, outcome) : here({ rewording: '1', ...shownBefore(data) });
  // "show me please what you write": the words kept so far are shown, and the question stays open.
  if (asking && asksToSeeWords(text) && outcome.statement) return { say: [{ key: T.confirmShownSoFar, vars: { statement: outcome.statement } }], goTo: { step: Step.outcomeConfirm, ...(topic ? { topic } : {}), data } };
  // "she will go to college on the bus by herself" typed a second time after "That's the same": agreed, never asked again.
  const agreedBack = proposedStatement(draft, outcome, data.written === '1');
  if (sameSaidAgain(position, outcome, agreedBack, text) && agreeable(draft, agreedBack, data)) {
    await session.updateDraft('outcome confirmed', (d) => updateOutcome(d, outcome.id, agreedWords(outcome, agreedBack, proposedStatement(draft, outcome, data.written === '1', false), true)));
    return afterOutcome(session, topic, [{ key: T.confirmed }]);
  }
  // "do a bike course at collidge" typed again, or "bike course": said to be the same, or asked for as "I will ...".
  // Never "That is the same as now" of words the bot did not read back.
  const same = !sayItAsked && !yesNoAsConfirm(text) && !keepsTheWording(text) ? rewordedSameOrThing(position, outcome, proposedStatement(draft, outcome, data.written === '1'), text, here, Boolean(asking)) : undefined;
  if (same) return same;
  // "ok yes. I give up": a yes, tired of the question; it is kept, and met kindly.
  const tired = isTiredYes(text);
  // "yeah but it says both by, thats weird": the words read badly; said sorry for, and new words asked.
  const readBadly = !asking && yesThenComplaint(text);
  // While rewording, a bare yes still means the read-back is right; anything longer is their wording.
  const read = asking || tired ? undefined : readConfirm(text);
  // "No it sound strange. I want: Zofia will say 50 words": the new words given with the no are used at once.
  // After "type it the way you'd like it", "no it should say I will cook pasta" leads in to the wording the same way.
  const askedRead = asking && !tired ? readConfirm(text) : undefined;
  const given = read?.answer === 'change' && !read.content ? wordingGivenWithNo(text) : asking && !tired ? ((askedRead?.answer === 'change' ? askedRead.content : undefined) ?? wordingGivenWithNo(text)) : undefined;
  // "its fine actually, yes" after "type it the way you'd like it", and "keep it" at the read-back, keep the sentence read back.
  const choice = tired
    ? 'yes'
    : asking
      ? given ? undefined : keepsTheWording(text) ? 'yes' : yesNoAsConfirm(text)
      : given ? undefined : keepsTheWording(text) ? 'yes' : (buttonMeant(text, read, session.words) ?? (read?.answer === 'change' && read.content ? undefined : read?.answer) ?? yesNoAsConfirm(text));
  // "change it to: ..." and "no, by July I will ...": the new words are theirs, without the asking.
  if (read?.answer === 'change' && read.content) text = read.content;
  if (given) text = given;
  text = withoutChatter(text);
  // While rewording, the sentence last read back (a written one too) is what a bare yes keeps.
  const written = data.written === '1';
  const readBack = proposedStatement(draft, outcome, written);
  if (choice === 'yes' && agreeable(draft, readBack, data)) {
    // "yes but use my words": the sentence without the tidying, when it still reads as one.
    const untidied = proposedStatement(draft, outcome, written, false);
    const own = read?.answer === 'yes' && read.wording === 'ownWords' && isGoodSentence(untidied);
    const say = [...(await honourWording(session, read?.answer === 'yes' ? read.wording : undefined)), ...(own ? [{ key: T.ownWordsKept }] : []), { key: tired ? T.confirmedKindly : T.confirmed }];
    await session.updateDraft('outcome confirmed', (d) => updateOutcome(d, outcome.id, agreedWords(outcome, own ? untidied : readBack, untidied, !own)));
    return afterOutcome(session, topic, say);
  }
  // "that doesn't sound right", "no that's wrong": a complaint, not the button; which part is asked (or the part named opened).
  const complaint = choice === 'change' && !asking && !given && !(read?.answer === 'change' && read.content) ? talkAtReadBack(text, draft.youngPerson.name) : undefined;
  if (complaint) return complaint.parts.length ? openPart(session, position, draft, outcome, complaint.parts.includes('measure') ? 'measure' : complaint.parts[0]!) : askWhichPart(position, outcome);
  // Already asked for their own words: a bare yes or no again is a miss, so the question is not asked a third time.
  // The sentence read back stays the one a later "its fine, yes" keeps.
  // "Change the words" when the read-back shows how everyone will know too: which part is asked, so the words go where meant.
  // A bare "no" still asks for new words for the sentence, as it always has.
  if (choice === 'change' && !asking && outcome.measure && isExactChoice(text, CONFIRM_CHOICES, session.words) && /\bwords\b/i.test(text)) return askWhichPart(position, outcome);
  // "yes" to "Say it as one thing you will do": the words they gave are read back as they are, for a yes.
  if (choice === 'yes' && sayItAsked) return here({ [THEIR_WORDS]: '1' });
  if (choice === 'change' || choice === 'yes') return { ...(readBadly ? { say: [{ key: T.wordsReadWrong }] } : {}), ...here({ rewording: '1', ...shownBefore(data) }), ...(asking ? { miss: true } : {}) };
  if (isBotWords(text, session.words)) return { goTo: position };
  // "can we do one on the bus": about a next outcome, never this one's words.
  if (topicAfterLeadIn(text)) return { say: [{ key: T.notWording }], ...here({ rewording: '1', ...shownBefore(data) }) };
  // "why does it say that?", "thats not what i meant", "the brackets are confusing": asking or complaining is
  // no wording; nothing is changed, and the part named is opened, or which part is asked.
  const talk = onlyTalk || isNotAWording(text) ? { parts: talkAtReadBack(text, draft.youngPerson.name)?.parts ?? [] } : talkAtReadBack(text, draft.youngPerson.name);
  if (talk) {
    const part = talk.parts.includes('measure') ? 'measure' : talk.parts[0];
    return part ? openPart(session, position, draft, outcome, part) : { say: [{ key: T.notWording }], ...askWhichPart(position, outcome) };
  }
  // A measure said with the new wording is kept in its own field, never in the sentence.
  const said = detailsIn(text);
  if (said.measure && !outcome.measure) await session.updateDraft('outcome measure', (d) => updateOutcome(d, outcome.id, { measure: said.measure ?? '' }));
  text = said.measure ? said.rest : text;
  if (isSupportOnly(text)) {
    // "extra time and a TA" is two pieces of help, each kept once.
    const items = provisionItems(text);
    const pieces = items.length > 1 && items.every(namesHelp) ? items : [text.trim()];
    await session.updateDraft('provision offered as wording', (d) => withProvision(d, outcome.id, pieces));
    return { say: [{ key: T.provisionKept, vars: { help: quoteOf(text) } }], ...here({ rewording: '1' }) };
  }
  if (isVague(text) && !sayItAsked) return here({ sayIt: '1' });
  // Their own wording: read for a timeframe, then made into one sentence in their words.
  const context = coachContextOf(draft, session.today);
  const found = findTimeframe(text, context);
  const timeframe = found && timeFits(found, outcome, context) ? found : outcome.timeframe;
  // "by the end of year 9 Ruby will read ...": a time that leads their sentence is tidied as every read-back is ("By the end of Year 9, Ruby will ...").
  // A time already set off by a comma or brackets ("In 6 months (by June 2027), Olek will ...") is kept as typed.
  const leads = found && text.trim().toLowerCase().startsWith(found.phrase.toLowerCase()) && !/^\s*[,(]/.test(text.trim().slice(found.phrase.length));
  const led = leads && found ? outcomeSentence({ step: text, timeframe: found, ...childVoice(draft) }) : undefined;
  const statement = isGoodSentence(text) && found ? (led && isGoodSentence(led) ? led : text.trim().replace(/([^.!?])$/, '$1.')) : outcomeSentence({ step: text, timeframe, ...childVoice(draft) });
  // Their new words replace the old ones in the draft's "in their words" too: the old answer is no longer what they said.
  await session.updateDraft('outcome in own words', (d) => updateOutcome(d, outcome.id, { statement: text.trim(), inTheirWords: text.trim(), ...(timeframe ? { timeframe } : {}), confirmed: false }));
  if (!timeframe) return { goTo: { step: Step.outcomeWhen, ...(topic ? { topic } : {}), data: { outcomeId: outcome.id, own: '1' } } };
  // "i will rite lego storys": who and what are said, a misspelt verb too. Asked once already: their words are kept, never a loop.
  const childName = childVoice(draft).childName;
  const wellSaid = (isGoodSentence(statement) || saysWhoWillDoWhat(text, childName)) && staysWithTheChild(statement, childName);
  // The sentence before stays remembered here too: "no thats the how you know bit" puts it back.
  if (!wellSaid && !sayItAsked) return here({ sayIt: '1', ...(isGoodSentence(readBack) ? { [BEFORE]: readBack } : {}) });
  // Every rewrite is read back for a yes: the sentence is built from their words, and may have dropped some.
  await session.updateDraft('outcome in own words', (d) => updateOutcome(d, outcome.id, { statement, confirmed: false }));
  // The sentence before this rewording is remembered: "that was meant to go in the measure" puts it back.
  return here({ written: '1', ...(wellSaid ? {} : { [THEIR_WORDS]: '1' }), ...(isGoodSentence(readBack) ? { [BEFORE]: readBack } : {}) });
}

/**
 * Whether a yes keeps the sentence read back: one that says who will do what, or their own words
 * the bot read back after asking once. What was shown with "Is that right?" is never refused.
 */
function agreeable(draft: Draft, readBack: string, data: Record<string, string>): boolean {
  return isGoodSentence(readBack) || readBackShown(draft, readBack, data);
}

/** The notes that say which sentence was read back last, kept while new words are asked for. */
function shownBefore(data: Record<string, string>): Record<string, string> {
  return { ...(data.written === '1' ? { written: '1' } : {}), ...(data[THEIR_WORDS] === '1' ? { [THEIR_WORDS]: '1' } : {}) };
}

/**
 * The button a typed reply means. "That does not sound right" shares words with "Yes, that's right"
 * but turns it down: only the button's exact words count against a reply that reads as a change.
 */
function buttonMeant(text: string, read: ReturnType<typeof readConfirm>, words: ContentWords): string | undefined {
  const button = matchChoice(text, CONFIRM_CHOICES, words);
  return button === 'yes' && read?.answer === 'change' && !isExactChoice(text, CONFIRM_CHOICES, words) ? undefined : button;
}


/** "yes. and put normal words back on": the reading mode asked for, with a word that it changed. */
async function honourWording(session: JourneySession, wording: WordingRequest | undefined): Promise<Words[]> {
  if (wording !== 'standard' && wording !== 'easyRead') return [];
  const mode = wording === 'easyRead' ? ReadingMode.easyRead : ReadingMode.standard;
  if (session.journey.mode === mode) return [];
  await session.updateJourney((j) => ({ ...j, mode }));
  await session.updateDraft('reading mode', (d) => setYoungPerson(d, { readingMode: mode }));
  return [{ key: mode === ReadingMode.easyRead ? CommandText.modeEasyRead : CommandText.modeStandard }];
}
