import { whoHelpsIn } from '../src/language/whoHelps';
import { quoteHope } from '../src/language/hopeItself';
import { meansBoth } from '../src/language/bothMeant';
import { ideasOffered } from './providesExplained';
import { updateOutcome } from '../src/domain/draft';
import { quoteOf, saysWhatIsHard } from '../src/language';
import { withoutEmoji } from '../src/language/chatter';
import { measureSaidInstead } from '../src/language/benefitNotMeasure';
import { tellsOfAWait } from '../src/language/provisionFragments';
import { saysOnlyPermission } from '../src/language/permissionOnly';
import { bringsNotHelp } from '../src/language/bringsNotHelp';
import { waitNoted } from './reviewKeyWorkerNote';
import { Step } from './ids';
import { HEDGES_AFTER } from '../src/language/hedges';
import { helpIn, helpSaidBefore, offersHelp } from './outcomeAnswerReaders';
import { isBotWords, withProvision } from './outcomeCoach';
import { needKept, supportKept, withNeedOf } from './outcomeKeptInPlace';
import { helpWithThing } from '../src/language/helpTopicOnly';
import { linkNamesAnother, movedToHope } from './outcomeMovedHope';
import { onlySaysWhichHope, saysWhichHopeItIsFor } from '../src/language/linkAnswer';
import { keepDoesForMe } from './outcomeDoesForMe';
import { OutcomeText as T } from './outcomeText';
import type { Next } from './stageDialog';
import type { OutcomeStepAt } from './outcomeStepAt';

/*
 * The answers to the three questions: what would it do for you, what would it make possible, what
 * would it provide. Each is kept in its own field; help, a measure or a hard thing said at the wrong
 * one is kept where it belongs. Apart from the outcome dialog, which only routes the answers.
 */

/** Position data at "what would it do?": a measure said there was kept once, so the next answer is the answer. */
const MEASURE_ADDED = 'measureAdded';

/** "What would it do for you?" */
export async function answerDoesForMe({ session, position, outcome, data, own, kept, doesForMeBefore, at }: OutcomeStepAt): Promise<Next> {
  // "my timesheet shows i went every day", "i would have done it. the job coach would know": how everyone will know, kept with the measure; asked again once.
  const seen = own && !data[MEASURE_ADDED] ? measureSaidInstead(kept) : null;
  if (seen) {
    const measure = !outcome.measure ? seen : outcome.measure.toLowerCase().includes(seen.toLowerCase()) ? outcome.measure : `${outcome.measure}; ${seen}`;
    await session.updateDraft('outcome measure, said at what it would do', (d) => updateOutcome(d, outcome.id, { measure }));
    return { say: [{ key: T.measureAtWhen, vars: { quote: quoteOf(seen) } }], goTo: { ...position, data: { ...data, [MEASURE_ADDED]: '1' } } };
  }
  if (own && offersHelp(own)) return supportKept(session, outcome, own, position, at(outcome.makesPossible && !data.link ? Step.outcomeProvides : Step.outcomeMakesPossible));
  // "same as the bus one really": the earlier outcome's answer is kept, and said so.
  const before = own ? doesForMeBefore : undefined;
  if (before) {
    await session.updateDraft('what it would do for me, as before', (d) => updateOutcome(d, outcome.id, { doesForMe: before }));
    const next = outcome.makesPossible && !data.link ? at(Step.outcomeProvides) : at(Step.outcomeMakesPossible);
    return { ...next, say: [{ key: T.doesForMeSameAsBefore, vars: { quote: quoteOf(before) } }, ...(next.say ?? [])] };
  }
  // "so i can see my mates" said with the step already answers what it makes possible.
  const onward = (): Next => (outcome.makesPossible && !data.link ? at(Step.outcomeProvides) : at(Step.outcomeMakesPossible));
  // "proud": their word kept as typed, shown as "I would feel proud"; a bare "good" is asked about once.
  return own ? keepDoesForMe(session, outcome, kept, position, onward) : onward();
}

/** "What would it make possible?" */
export async function answerMakesPossible({ session, position, draft, outcome, data, text, own, kept, at }: OutcomeStepAt): Promise<Next> {
  // Asked how it helps with a guessed hope, "it's for my other hope about ..." moves it there.
  const named = data.link ? await movedToHope(session, draft, outcome, text) : undefined;
  if (named) return { say: [{ key: T.movedHope, vars: { hope: quoteHope(named.text) } }], goTo: { step: Step.outcomeMakesPossible, topic: named.id, data: { outcomeId: outcome.id } } };
  // "it helps me live on my own" moves it to that hope and says what it makes possible; "it doesnt, its for ..." only moves it.
  // "save for the holiday with my mates" says what it makes possible for another hope: kept as that, and it stays here.
  const moved = data.link && saysWhichHopeItIsFor(text) ? await linkNamesAnother(session, draft, outcome, text) : undefined;
  if (moved) {
    const said = [{ key: T.movedHope, vars: { hope: quoteHope(moved.text) } }];
    if (onlySaysWhichHope(text) || !kept) return { say: said, goTo: { step: Step.outcomeMakesPossible, topic: moved.id, data: { outcomeId: outcome.id } } };
    await session.updateDraft('what it would make possible', (d) => updateOutcome(d, outcome.id, { makesPossible: kept }));
    return { say: said, goTo: { step: Step.outcomeProvides, topic: moved.id, data: { outcomeId: outcome.id } } };
  }
  // "my nan helps me": who helps is help for the plan, kept as that, and what it makes possible asked again.
  if (own && (offersHelp(own) || whoHelpsIn(own))) return supportKept(session, outcome, own, position, at(Step.outcomeProvides));
  // "talking to other kids maybe": how sure they are, said after it, is not what it makes possible ("Maybe I can ..." before it is their sentence).
  if (own) await session.updateDraft('what it would make possible', (d) => updateOutcome(d, outcome.id, { makesPossible: withoutTrailingHedges(kept) }));
  // Help already given at this question is not asked for again.
  return at(data.helpKept ? Step.outcomeConfirm : Step.outcomeProvides);
}

/** "What would it provide?": the help, kept as provision. */
export async function answerProvides({ session, position, draft, outcome, data, own, kept, at }: OutcomeStepAt): Promise<Next> {
  // "i freeze up when ppl ask me stuff": something hard, kept as a need of this outcome, and the help asked for again.
  // "i find maths hard 😣😣": emoji never stop the reading, and are not kept in the plan.
  const plain = own ? withoutEmoji(own) : '';
  // "or both", "yeah both": both ideas just offered are kept as help; with none offered, it is asked again.
  if (plain && meansBoth(plain)) {
    const offered = ideasOffered(data, session.t);
    if (offered.length === 0) return { say: [{ key: T.notUnderstood }], goTo: position, miss: true };
    await session.updateDraft('what it would provide', (d) => withProvision(d, outcome.id, offered));
    return at(Step.outcomeConfirm);
  }
  if (plain && saysWhatIsHard(plain)) return needKept(session, outcome, plain, position);
  // "we've been on the waiting list for a year": no help given; a note for the key worker, and the help asked for again.
  if (plain && tellsOfAWait(plain)) return waitNoted(session, position, plain);
  // "mum to let me": a parent's yes is no service's help, never kept as provision; what support would help is asked, once.
  if (plain && saysOnlyPermission(plain)) return data.permission ? at(Step.outcomeConfirm) : { say: [{ key: T.permissionNotHelp }], goTo: { ...position, data: { ...data, permission: '1' } } };
  // "no nappies at school so she can go to the same school", "she'd be happier", "less crisps": what it would bring, never help.
  // Kept as what it makes possible only where nothing is kept there yet; the help is asked for once more.
  if (plain && bringsNotHelp(plain)) {
    if (!data.notHelp || !outcome.makesPossible?.includes(kept)) await session.updateDraft('what it would make possible', (d) => updateOutcome(d, outcome.id, { makesPossible: outcome.makesPossible ? `${outcome.makesPossible}; ${kept}` : kept }));
    if (data.notHelp) return at(Step.outcomeConfirm);
    return { say: [outcome.makesPossible ? { key: T.broughtNotHelp } : { key: T.notHelpKept, vars: { quote: quoteOf(own) } }], goTo: { ...position, data: { ...data, notHelp: '1' } } };
  }
  // "the 1:1 again", "same as before": the help said before is kept, never the words that point at it.
  const before = plain ? helpSaidBefore(plain, draft, outcome.id) : null;
  if (before?.length === 0) return { say: [{ key: T.notUnderstood }], goTo: position, miss: true };
  const pieces = before ?? (plain ? helpIn(plain).filter((item) => !isBotWords(item, session.words)) : []);
  // "sumone show me the till. money is hard": the hard thing is a need of the hope, never help.
  const hard = before ? [] : pieces.filter((item) => saysWhatIsHard(item));
  // "the bus" alone: help with the bus.
  const help = pieces.filter((item) => !hard.includes(item)).map((item) => (before ? item : helpWithThing(item) ?? item));
  if (help.length > 0) {
    await session.updateDraft('what it would provide', (d) => hard.reduce((kept, item) => withNeedOf(kept, outcome, item), withProvision(d, outcome.id, help)));
    const next = at(Step.outcomeConfirm);
    return hard.length ? { ...next, say: [...hard.map((item) => ({ key: T.needKept, vars: { quote: quoteOf(item) } })), ...(next.say ?? [])] } : next;
  }
  // "a love of books", "i could get an apprenticeship": what it brings, kept as that; the help is asked for once.
  if (own) await session.updateDraft('what it would make possible', (d) => updateOutcome(d, outcome.id, { makesPossible: outcome.makesPossible ? `${outcome.makesPossible}; ${kept}` : kept }));
  if (own && !data.notHelp) return { say: [{ key: T.notHelpKept, vars: { quote: quoteOf(own) } }], goTo: { ...position, data: { ...data, notHelp: '1' } } };
  return at(Step.outcomeConfirm);
}

/** The words without hedges said after them ("talking to other kids maybe"); as typed when nothing else is left. */
function withoutTrailingHedges(text: string): string {
  const said = text.trim().replace(HEDGES_AFTER, '').trim();
  return /\p{L}{2,}/u.test(said) ? said : text.trim();
}
