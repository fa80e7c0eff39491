import { withPaid, yesButPaid } from '../src/language/yesButPaid';
import { saysTimeIsSooner } from '../src/language/soonerSaid';
import { quoteHope } from '../src/language/hopeItself';
import { updateOutcome, type Draft, type Outcome } from '../src/domain/draft';
import { asksForANewDate, dateOnlyChange } from '../src/language/dateOnly';
import { dateThenWords } from '../src/language/dateThenWords';
import { hopeMovedAway, isGoodSentence, quoteOf } from '../src/language';
import { withWordsAdded, wordsToAdd } from '../src/language/wordsToAdd';
import { readBackAddition, withAdditionJoined } from '../src/language/readBackJoin';
import { withWordsRemoved, wordsToRemove } from '../src/language/wordsToRemove';
import { putBackAtConfirm } from './putBackAtConfirm';
import { monthPutRight } from '../src/language/monthPutRight';
import { wordsSwappedAtReadBack } from './outcomeSwap';
import { Step } from './ids';
import { newDateAtReadBack, wordsWithoutTime } from './outcomeConfirmPart';
import type { Position } from './journey';
import { afterOutcome } from './outcomeAfter';
import { coachContextOf, isBotWords } from './outcomeCoach';
import { movedAway, movedToHope } from './outcomeMovedHope';
import { childVoice, proposedStatement } from './outcomeQuestion';
import { inChildsName, pronounSaid, saysTheChildDoesIt, speaksAsI } from '../src/language/childDoesIt';
import { OutcomeText as T } from './outcomeText';
import type { Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { agreedWords } from './outcomeAgreed';
import { sentenceTakenOutAtReadBack } from './outcomeSentenceOut';

/*
 * Changes asked for at the read-back of an outcome, other than new words for the whole sentence:
 * said in the child's name, a new date, another hope, words swapped, added, joined or taken out.
 * Each is made and the sentence read back again (or kept, when a yes came first).
 */

/** "yes. but ...", "ok good but ...": the read-back agreed before the rest is said. */
const YES_FIRST = /^\s*(?:yes|yeah|yep|yea|ok|okay|good|fine|correct|right|perfect|great)\b(?![\s,.!]*(?:but\s+)?(?:no|not right|change the words|the words)\b)/i;

/** The change asked for at the read-back, made; undefined when the reply asks for none of these. */
export async function editAskedAtReadBack(session: JourneySession, position: Position, draft: Draft, outcome: Outcome, text: string, here: (extra: Record<string, string>) => Next): Promise<Next | undefined> {
  const data = position.data ?? {};
  const topic = position.topic;
  // "take the cousin bit out i dont want that in it": that sentence goes, from their words kept beside it too.
  const out = await sentenceTakenOutAtReadBack(session, outcome, text, here);
  if (out) return out;
  // "I'm not doing it, HE is" to "I will ..." read back to a carer: put in the child's name at once, and read back.
  const named = inTheChildsName(draft, proposedStatement(draft, outcome, data.written === '1'), text);
  if (named) {
    await session.updateDraft('outcome put in the child\'s name', (d) => updateOutcome(d, outcome.id, { statement: named.sentence, confirmed: false }));
    return { say: [{ key: T.childNamed, vars: { name: named.name } }], ...here({ written: '1' }) };
  }
  // "words ok but date - summer 2027. not year 5": only the date changes, the words stay.
  // "change the date to christmas" in December: a short step, said kindly, never "by when?" again.
  const calendar = coachContextOf(draft, session.today);
  // "change the date to easter 2027, and can it say ...": the date changes; the words only when new ones follow plainly.
  const both = dateThenWords(text, calendar);
  const datedFirst = both ? await newDateAtReadBack(session, position, draft, outcome, both.when) : undefined;
  if (datedFirst && both?.words) {
    const words = both.words;
    await session.updateDraft('outcome in own words', (d) => updateOutcome(d, outcome.id, { statement: words, inTheirWords: words, confirmed: false }));
  }
  if (datedFirst) return datedFirst;
  const dated = await newDateAtReadBack(session, position, draft, outcome, dateOnlyChange(text, calendar) ?? monthPutRight(text, calendar));
  if (dated) return dated;
  // "I want only change the date, rest is same": the words stay, and "by when?" is asked; never new words.
  // "ye kinda but the job is sooner than sept i said asap": the time is too late, so it is asked for again.
  if (asksForANewDate(text, coachContextOf(draft, session.today)) || saysTimeIsSooner(text)) {
    await session.updateDraft('outcome date to change at the read-back', (d) => updateOutcome(d, outcome.id, { statement: wordsWithoutTime(outcome), confirmed: false }));
    return { say: [{ key: T.dateToChange }], goTo: { step: Step.outcomeWhen, ...(topic ? { topic } : {}), data: { outcomeId: outcome.id, own: '1' } } };
  }
  // "it's for my other hope about living near my nan", "yes. but it is not for the train driver hope, can
  // you move it?": the outcome moves to that hope; read back again, or saved when a yes came first.
  // "not for the football hope" never moves it to the football hope.
  const away = hopeMovedAway(text) !== undefined ? await movedAway(session, draft, outcome, text) : await movedToHope(session, draft, outcome, text);
  if (away) {
    const said: Words = { key: T.movedHope, vars: { hope: quoteHope(away.text) } };
    const moved = { ...outcome, aspirationId: away.id };
    const readBack = proposedStatement(draft, moved, data.written === '1');
    if (!YES_FIRST.test(text) || !isGoodSentence(readBack)) return { say: [said], goTo: { step: Step.outcomeConfirm, topic: away.id, data: { ...data, outcomeId: outcome.id } } };
    await session.updateDraft('outcome confirmed', (d) => updateOutcome(d, outcome.id, agreedWords(moved, readBack, proposedStatement(draft, moved, data.written === '1', false), true)));
    return afterOutcome(session, away.id, [said, { key: T.confirmed }]);
  }
  // "actully make it 2 days a week not 1", "chnage cafe to coffee shop": those words of the sentence change; read back again.
  const swapped = await wordsSwappedAtReadBack(session, draft, outcome, text, data, here);
  if (swapped) return swapped;
  // "Almost right. But please add: with words or with his picture cards": the sentence read back
  // grows by those words and is read back again; the asking is never kept.
  const toAdd = wordsToAdd(text);
  if (toAdd && !isBotWords(toAdd, session.words)) {
    const grown = withWordsAdded(proposedStatement(draft, outcome, data.written === '1'), toAdd);
    await session.updateDraft('words added at the read-back', (d) => updateOutcome(d, outcome.id, { statement: grown, confirmed: false }));
    return here({ written: '1' });
  }
  // "and say hi to people in my form too": one more thing they will do joins the sentence, which is read back again.
  const more = data.rewording || data.sayIt ? undefined : readBackAddition(text, coachContextOf(draft, session.today));
  if (more) {
    const joined = withAdditionJoined(proposedStatement(draft, outcome, data.written === '1'), more);
    await session.updateDraft('words joined at the read-back', (d) => updateOutcome(d, outcome.id, { statement: joined, confirmed: false }));
    return here({ written: '1' });
  }
  // "yeh but paid" to a job read back: a yes, with "paid" put in beside the job.
  const paid = yesButPaid(text) ? withPaid(proposedStatement(draft, outcome, data.written === '1')) : null;
  if (paid) {
    await session.updateDraft('outcome confirmed with paid work', (d) => updateOutcome(d, outcome.id, agreedWords(outcome, paid, paid, false)));
    return afterOutcome(session, topic, [{ key: T.paidAdded, vars: { statement: paid } }, { key: T.confirmed }]);
  }
  // "ok yeah. but wheres the theory test bit gone": no yes; the words put back from their own, or asked for.
  const putBack = data.rewording || data.sayIt ? undefined : await putBackAtConfirm(session, draft, outcome, text, data.written === '1', here);
  if (putBack) return putBack;
  // "yes but take out the its about halfway bit": those words leave the sentence, which is read back again.
  const toRemove = wordsToRemove(text);
  const shorter = toRemove ? withWordsRemoved(proposedStatement(draft, outcome, data.written === '1'), toRemove) : undefined;
  if (toRemove && shorter) {
    await session.updateDraft('words taken out at the read-back', (d) => updateOutcome(d, outcome.id, { statement: shorter, confirmed: false }));
    return { say: [{ key: T.wordsRemoved, vars: { words: quoteOf(toRemove) } }], ...here({ written: '1' }) };
  }
  // "take out back in lol" when the sentence has no "back in": said so, and nothing changes (never the new wording, never the whole outcome).
  if (toRemove && !shorter && !outcomeHas(outcome, toRemove)) return { say: [{ key: T.wordsNotFound, vars: { words: quoteOf(toRemove) } }], ...here({ ...data }) };
  return undefined;
}

/** The read-back in the child's name, when a carer says the child (not they) will do what "I will ..." says. */
function inTheChildsName(draft: Draft, readBack: string, text: string): { sentence: string; name: string } | undefined {
  const name = childVoice(draft).childName;
  if (!name || !speaksAsI(readBack) || !saysTheChildDoesIt(text, name)) return undefined;
  return { sentence: inChildsName(readBack, name, draft.youngPerson.pronoun ?? pronounSaid(text) ?? 'they'), name };
}

/** The words are in some part of the outcome (apostrophes and case aside). */
function outcomeHas(outcome: Outcome, words: string): boolean {
  const plain = (t: string | null | undefined) => (t ?? '').toLowerCase().replace(/[’'`]/g, '');
  return [outcome.statement, outcome.measure, outcome.doesForMe, outcome.makesPossible, ...outcome.provision.map((p) => p.text)].some((t) => plain(t).includes(plain(words)));
}
