import { withPlaceCapitals } from '../src/language/ukPlaces';
import { withoutPromptWords } from '../src/language/promptWordsCopied';
import { withoutChoiceEcho } from '../src/language/targetChoice';
import { hopeSaidAgain } from '../src/language/hopeSaidAgain';
import { stepIsTheHope } from '../src/language/stepIsTheHope';
import { hopeItself } from '../src/language/hopeItself';
import { ownWordsOf } from '../src/language/aboutTheChat';
import { isVagueHelp } from '../src/language/support';
import { namesSameSupport } from '../src/language/sameSupport';
import { addAspiration, setYoungPerson, startOutcome, updateOutcome, type OutcomeStep } from '../src/domain/draft';
import { childNameLeading } from '../src/language/outcomeSentence';
import { speaksForThem } from './aboutWhom';
import { carersOwnWorry, worryThenWish } from '../src/language/carerOwnYears';
import { noteCarerWorries } from './carerWorryAtHopes';
import { twoOutcomesAsked } from './outcomeTwoAsked';
import { pfaAreaOf } from '../src/domain/pfaArea';
import {
  asksToDropOutcome,
  bestHope,
  coachStep,
  hopeNamedBy,
  detailsIn,
  hopePointedAt,
  keySentence,
  needSection,
  pointsAtHope,
  quoteNeed,
  quoteOf,
  sameHope,
  saysAFeeling,
  themeOfWords,
  withoutChatter,
  withoutPreamble,
  placeOfDays,
} from '../src/language';
import { notThisHope } from '../src/language/notThisHope';
import { hopeSaidDone } from '../src/language/hopeAlreadyDone';
import { hopeAskedFor } from '../src/language/hopePicked';
import { refusesForThisHope } from '../src/language/refusedForHope';
import { outcomeAboutOthers } from '../src/language/othersBehaviour';
import { withoutHelpLead } from '../src/language/answerLead';
import { withoutExasperatedLead } from '../src/language/exasperatedLead';
import { onlyATime } from '../src/language/onlyATime';
import { saysOnlyWhoHelps } from '../src/language/someoneHelps';
import { labelledField } from '../src/language/outcomeField';
import { isNotAWording } from '../src/language/notAWording';
import { withoutFeelingsBeside } from '../src/language/feelingBeside';
import { readWhenAnswer } from '../src/language/whenAnswer';
import { twoSentenceSteps, twoJoinedSteps, twoTimedSteps } from '../src/language/twoTimedSteps';
import { Step } from './ids';
import { NeedsText } from './needsText';
import { sameNeed } from '../src/language/sameNeed';
import type { Position } from './journey';
import { afterOutcome, onToNextHope } from './outcomeAfter';
import { needOnce } from './keptOnce';
import { bareAnswerAtStep } from './outcomeBareAnswer';
import { refusedAtStep } from './outcomeStepRefused';
import { coachContextOf, isBotWords, listOf, withProvision, withSteps } from './outcomeCoach';
import { OutcomeText as T } from './outcomeText';
import { hopesFirstSaid } from './outcomeHopesOrder';
import { unsureOfStep } from '../src/language/stepUnsure';
import { longDate } from '../src/domain/dates';
import { hopesToWorkOn, needIdsFor, nextHope } from './outcomeThread';
import { MOVE_TO } from './outcomeMoveOffer';
import type { Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * The answer to "what is one step towards this hope?": tested before it becomes an outcome. Support
 * is kept as provision, what makes it hard as a need, a vague feeling or a far-off dream gets one
 * question that makes it concrete, and a short target is kept as a step on the way.
 */

type At = Omit<Position, 'stage'>;

/** Position data at the step: a time said on its own, waiting for the step it belongs to. */
export const WHEN_SAID = 'whenSaid';

/** Coaching questions asked at the step before the bot leaves a hope for the key worker. */
const MAX_COACHING = 2;

/** A short answer ending in a question mark ("get my flat back?"): offered as the step, unsure of it. */
const UNSURE_SHORT = /^(?:\S+\s+){0,7}\S+\s*\?+$/;

export async function answerOutcomeStep(session: JourneySession, position: Position, typed: string): Promise<Next> {
  // "no!! the step is: Leo will explain ...": the words after the label are the step.
  const labelled = labelledField(typed);
  // "pass my theory test. i hate forms": a feeling beside the step is no part of it.
  // "Step to something bigger yeah. proper job", after the choice: the button's words said back are no part of it.
  // "By July 2027, I will one thing. Lily will manage ...": the prompt's own words copied in are no part of it.
  // "finally. have a quiet place ...": the sigh before the step is no part of it.
  const text = withoutPromptWords(withoutFeelingsBeside(withoutChoiceEcho(withoutExasperatedLead(labelled?.field === 'step' ? labelled.words : typed))));
  const draft = await session.draft();
  const current = draft?.aspirations.find((a) => a.id === position.topic) ?? (draft ? nextHope(draft) : undefined);
  if (!draft || !current) return {};
  const data = position.data ?? {};
  // "dont want to answer that": that's OK, and the choice to leave this hope for now; never "another outcome?".
  const refused = refusedAtStep(position, current.id, text);
  if (refused) return refused;
  // "no i dont want one for that", "skip this dream": no outcome for this hope; skipped as "skip" is, nothing kept.
  if (refusesForThisHope(text)) return onToNextHope(session, current.id);
  // "im worried they'll take his 1:1 away", from a parent: the family's own worry, noted for the key worker as at the
  // hopes, never a step; the step is asked again. "I worry ..., I just want him to ..." says a step after the worry.
  if (speaksForThem(draft) && carersOwnWorry(text) && !worryThenWish(text)) return { say: await noteCarerWorries(session, [text]), goTo: position };
  // "talking and toilet are more urgent for us": those hopes first, in that order, never a step.
  const first = await hopesFirstSaid(session, draft, text);
  if (first) return first;
  // "i want one about his talking and one about the toilet": which of the two to start with, never a step.
  const twoAsked = twoOutcomesAsked(text, draft, position);
  if (twoAsked) return twoAsked;
  // A bare "yes" or "no that's all" says no step: a kind line saying what is wanted, not silence.
  const bare = await bareAnswerAtStep(session, draft, position, current.id, text);
  if (bare) return bare;
  if (isBotWords(text, session.words)) return { goTo: { step: Step.outcomeStep, topic: current.id, data } };
  // "wait do what? i havent said what the step is yet": a question or complaint is no step; asked again.
  if (isNotAWording(text, { byWordsOnly: true })) return { goTo: { step: Step.outcomeStep, topic: current.id, data }, miss: true };
  // "I don't know, happy is hard to make a step for?? maybe...": unsure, never the step; asked again with an example.
  if (unsureOfStep(text)) return { say: [{ key: T.unsureOfStep }], goTo: { step: Step.outcomeStep, topic: current.id, data: { ...data, coach: 'vague', quote: quoteOf(current.text) } } };
  // "I don't want this outcome" before it is built: nothing is stored, and the bot goes on.
  const drop = asksToDropOutcome(text);
  if (drop && !drop.rest) return drop.different ? { say: [{ key: T.dropped }], goTo: { step: Step.outcomeStep, topic: current.id, data: { coach: 'same' } } } : afterOutcome(session, current.id, [{ key: T.dropped }]);
  // "we already did the talking one": a remark that a hope is done, never a step; nothing is kept.
  // Said of this hope, it is left without an outcome and the next is asked; of another, this hope's question is asked again.
  const doneWords = hopeSaidDone(text);
  const doneHope = doneWords ? hopeNamedBy(doneWords, draft.aspirations, (id) => draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text)).hope : undefined;
  if (doneHope?.id === current.id) return onToNextHope(session, current.id);
  if (doneHope) return { say: [{ key: T.hopeAlreadyDone, vars: { hope: quoteOf(current.text) } }], goTo: { step: Step.outcomeStep, topic: current.id, data } };
  // "No, road is finish. I say toilet. He must go toilet alone at school": which hope, never a step.
  const notThis = notThisHope(text);
  if (notThis) {
    const others = draft.aspirations.filter((a) => a.id !== current.id);
    const meant = notThis.named ? hopeNamedBy(notThis.named, others, (id) => draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text)).hope : undefined;
    if (meant) return notThis.step ? answerOutcomeStep(session, { ...position, topic: meant.id, data: {} }, notThis.step) : { goTo: { step: Step.outcomeStep, topic: meant.id, data: {} } };
    if (notThis.done) {
      const left = hopesToWorkOn(draft).filter((h) => h.id !== current.id);
      return left.length === 1 ? { goTo: { step: Step.outcomeStep, topic: left[0]!.id, data: {} } } : afterOutcome(session, current.id);
    }
  }
  // "I will like one for the friend hope": an outcome asked for a hope named, never the step itself.
  const forHope = hopeAskedFor(text, draft.aspirations);
  if (forHope) return { goTo: { step: Step.outcomeStep, topic: forHope.id, data: forHope.id === current.id ? data : {} } };
  // "i just said. garage job": the hope already said, pointed at again; that hope's step is asked for.
  const saidAgain = hopeSaidAgain(text, draft.aspirations, { bare: true });
  if (saidAgain) {
    if (saidAgain.id !== current.id) return { goTo: { step: Step.outcomeStep, topic: saidAgain.id, data: {} } };
    return { say: [{ key: T.hopeSaidAgain, vars: { hope: quoteOf(saidAgain.text) } }], goTo: { step: Step.outcomeStep, topic: current.id, data } };
  }
  // "can we do the driving one" asks to work on another hope: its step question is asked instead.
  const named = pointsAtHope(text) ? hopePointedAt(text, draft.aspirations, (id) => draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text)) : undefined;
  if (named && named.id !== current.id) return { goTo: { step: Step.outcomeStep, topic: named.id, data: {} } };
  // "what about the bus one? can we do that" about this very hope asks for it; it is no step, so the question is asked again.
  if (named && named.id === current.id) return { goTo: { step: Step.outcomeStep, topic: current.id, data } };
  const context = coachContextOf(draft, session.today);
  // "after christmas next year" says when, not what: kept for the step, which is asked for again.
  const time = onlyATime(withoutChatter(text), context);
  if (time) return { say: [{ key: T.timeForStep, vars: { when: quoteOf(time.phrase) } }], goTo: { step: Step.outcomeStep, topic: current.id, data: { ...data, [WHEN_SAID]: time.phrase } } };
  // "get the bus on my own by september and get a saturday job by summer": two outcomes, each with its own time.
  // The first is built now; the second is kept and offered as the next outcome, never glued into one statement.
  // "go to the park on saturdays. and learn to swim": two sentences, each a thing to do, are two outcomes too.
  // "get to lessons on time and get better grades in maths": two things joined by "and", about different things, too.
  const two = data[WHEN_SAID] ? null : (twoTimedSteps(withoutChatter(text), context) ?? twoSentenceSteps(withoutChatter(text), context) ?? twoJoinedSteps(withoutChatter(text), context));
  if (two) {
    await session.updateJourney((j) => ({ ...j, nextStep: { topic: current.id, text: two.second } }));
    const first = await answerOutcomeStep(session, position, two.first);
    return { ...first, say: [{ key: T.twoSteps, vars: { first: quoteOf(two.first), second: quoteOf(two.second) } }, ...(first.say ?? [])] };
  }
  // The step that follows a time said on its own is read with that time, as if said together.
  const said = data[WHEN_SAID] && !readWhenAnswer(text, context).timeframe ? `${text.trim().replace(/[.!]+$/, '')} ${data[WHEN_SAID]}` : text;
  // How everyone will know, and what it makes possible, when said with the step, are kept and not asked again.
  // "um", "the vet one.", "can you do that in year 7" are talk, not the step (nor its timeframe).
  const details = detailsIn(withoutChatter(said));
  // "my mum helps": who helps is support, kept as provision, and what they will do is asked for.
  const stepCoached = coachStep(details.rest, context);
  const coached = stepCoached.action === 'accept' && saysOnlyWhoHelps(details.rest) ? { ...stepCoached, action: 'provision' as const, support: details.rest.trim() } : stepCoached;
  const tries = Number(data.tries ?? '0');
  const again = (coach: string, extra: Record<string, string> = {}): At => ({
    step: Step.outcomeStep,
    topic: current.id,
    data: { ...data, coach, tries: String(tries + 1), quote: quoteOf(text), ...extra },
  });
  const pendingHelp = listOf<string>(data, 'pending');
  const pendingSteps = listOf<OutcomeStep>(data, 'steps');
  // After the coaching questions, their own last words (a step, however big or vague) are kept as they said them.
  const leave = async (kept?: string): Promise<Next> => {
    const words = kept?.trim();
    if (!words || words.split(/\s+/).length < 3) return afterOutcome(session, current.id, [{ key: T.leaveForNow }]);
    await session.updateDraft('step kept as said', (d) => {
      const started = startOutcome(d, { statement: withPlaceCapitals(words), aspirationId: current.id, needIds: needIdsFor(d, current.id, words), theme: current.theme ?? themeOfWords(words) });
      return withSteps(withProvision(started.draft, started.outcome.id, pendingHelp), started.outcome.id, pendingSteps);
    });
    return afterOutcome(session, current.id, [{ key: T.leaveKept, vars: { quote: quoteOf(words) } }]);
  };
  // "the other kids stop laughing at him": it matters, but it is what others do; kept for the adults, and the child's own step asked for.
  if (outcomeAboutOthers(text) && tries < MAX_COACHING) {
    await session.updateDraft('what others do, kept for the adults', (d) => needOnce(d, text.trim(), [current.id], needSection(text, placeOfDays(d))).draft);
    return { say: [{ key: T.othersPart, vars: { quote: quoteOf(text) } }], goTo: again('need') };
  }
  switch (coached.action) {
    case 'provision': {
      // Support is what helps, never the outcome: kept until the outcome exists, then what it would help them do.
      if (tries >= MAX_COACHING + 1) return leave();
      // "my goal is to get a TA" said again: kept once, and "what would that help you do?" is asked once;
      // after that, the step is asked for in their own voice, never the same question again.
      const help = withoutHelpLead(text);
      const known = pendingHelp.some((h) => sameHope(withoutHelpLead(h), help));
      // Only the same help again ("a TA in lessons" after "get a TA") moves on to "I will ..."; other help is asked about too.
      const asked = (data.coach === 'provision' || data.coach === 'sayIt') && pendingHelp.some((h) => namesSameSupport(h, help));
      return {
        say: known ? [] : [{ key: T.provisionKept, vars: { help: quoteOf(help) } }],
        goTo: again(asked ? 'sayIt' : 'provision', { pending: JSON.stringify(known ? pendingHelp : [...pendingHelp, help]) }),
      };
    }
    case 'barrier': {
      // What makes it hard is a need of this hope, never an outcome: kept, and a step asked for.
      if (tries >= MAX_COACHING) return leave();
      // The same hard thing said again in other words ("i find reading hard" after "reading is hard"): kept once, and said so.
      const known = draft.needs.find((n) => n.aspirationIds.includes(current.id) && sameNeed(n.text, text));
      if (known) return { say: [{ key: NeedsText.alreadyKept, vars: { needs: `"${quoteNeed(known.text)}"` } }], goTo: again('need') };
      await session.updateDraft('need given as a step', (d) => needOnce(d, text.trim(), [current.id], needSection(text, placeOfDays(d))).draft);
      return { say: [{ key: T.needKept, vars: { quote: quoteOf(text) } }], goTo: again('need') };
    }
    case 'vague':
      if (tries >= MAX_COACHING) return leave(coached.step);
      // "be happy" answers what it would do for them; "play" or "whatever" does not.
      return {
        say: tries === 0 ? [{ key: T.vague }] : [],
        goTo: again(tries === 0 ? 'vague' : 'sayIt', data.feeling || !saysAFeeling(text) ? {} : { feeling: text.trim() }),
      };
    case 'aspiration': {
      // "get my flat back?": a short answer asked unsurely at the step is the step, never a new hope.
      if (UNSURE_SHORT.test(text.trim())) break;
      if (tries >= MAX_COACHING) return leave(coached.step);
      // A dream given at the step is kept with the hopes (once), and a first step towards it asked for.
      const known = draft.aspirations.some((a) => sameHope(a.text, coached.step));
      if (!known) await session.updateDraft('hope given as a step', (d) => addAspiration(d, coached.step, themeOfWords(coached.step) ?? current.theme).draft);
      return { say: [{ key: T.tooBig }], goTo: again(tries === 0 ? 'tooBig' : 'sayIt') };
    }
    case 'target': {
      if (tries >= MAX_COACHING) return leave(coached.support ? coached.step : keySentence(text));
      const step: OutcomeStep = { text: coached.support ? coached.step : keySentence(text), timeframe: coached.timeframe };
      return { say: [{ key: T.target, vars: { quote: quoteOf(text) } }], goTo: again('target', { steps: JSON.stringify([...pendingSteps, step]) }) };
    }
    default:
      break;
  }
  const same = draft.outcomes.find((o) => sameHope(o.statement, coached.step));
  if (same) {
    if (tries >= MAX_COACHING) return leave();
    return { say: [{ key: T.sameAsBefore, vars: { quote: quoteOf(same.statement) } }], goTo: again('same') };
  }
  // The golden thread in meaning: a step that fits another hope better goes there; otherwise ask how it helps.
  const needsOf = (id: string) => draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text);
  // Every hope is a possible home, one with nothing hard said too ("live on my own" for a cooking step).
  const fit = bestHope(coached.step, current, draft.aspirations, needsOf);
  const hope = fit.hope;
  // "... so i can learn how to fix cars": the person has said how it helps, so it is not asked.
  // Kept with the hope asked when another seemed to fit better, it is asked how it helps with its hope.
  const link = (!fit.linked || hope.id !== current.id) && !details.purpose;
  // "be a DJ" for the hope "be a DJ": the hope again, never asked how it helps itself; a step on the way is asked for.
  if (link && hope.id === current.id && stepIsTheHope(coached.step, current.text, coached.timeframe?.phrase)) {
    if (tries >= MAX_COACHING) return leave(coached.step);
    return { say: [{ key: T.hopeAsStep, vars: { hope: quoteOf(hopeItself(current.text)) } }], goTo: again('tooBig') };
  }
  // It stays with the hope it was asked for; a better fit is offered first, and only a yes moves it.
  const say: Words[] = [];
  const offer: Record<string, string> = hope.id === current.id ? {} : { [MOVE_TO]: hope.id };
  // Their own words, without a lead-in ("ok here goes.") that says nothing about the step.
  // Never what they said about the chat or to the room: "like i said before", "no offence mum", "lol".
  const wholeAnswer = ownWordsOf(withoutPreamble(text.trim()));
  let outcomeId = '';
  await session.updateDraft('outcome step', (d) => {
    const theme = current.theme ?? themeOfWords(coached.step);
    // "Ellie-May will learn to swim" from a parent who gave no name: the name typed is the child's, for the plan's sentences.
    const named = speaksForThem(d) && !d.youngPerson.name ? childNameLeading(coached.step) : undefined;
    const base = named ? setYoungPerson(d, { name: named }) : d;
    // Started where it was asked, with the needs of that hope it answers.
    // "the bus to croydon" is kept as "the bus to Croydon": a town keeps its capital letter.
    const started = startOutcome(base, { statement: withPlaceCapitals(coached.step), aspirationId: current.id, needIds: needIdsFor(d, current.id, coached.step), theme });
    outcomeId = started.outcome.id;
    const pfaArea = pfaAreaOf(d.youngPerson, theme, coached.step);
    let next = updateOutcome(started.draft, outcomeId, {
      ...(coached.timeframe ? { timeframe: coached.timeframe } : {}),
      ...(data.feeling || details.reason ? { doesForMe: data.feeling ?? details.reason ?? '' } : {}),
      ...(details.measure ? { measure: details.measure } : {}),
      ...(details.purpose ? { makesPossible: details.purpose } : {}),
      ...(pfaArea ? { pfaArea } : {}),
      ...(wholeAnswer !== coached.step ? { inTheirWords: wholeAnswer } : {}),
    });
    // "with a bit of help" names no help anyone could give: it stays in their words (inTheirWords), never a line of provision.
    const support = coached.support && !isVagueHelp(coached.support) ? [coached.support] : [];
    next = withProvision(next, outcomeId, [...pendingHelp, ...support]);
    return withSteps(next, outcomeId, pendingSteps);
  });
  // Help taken out of their sentence is named, so they know where that part went and need not say it again.
  const keptHelp = coached.support && !isVagueHelp(coached.support) && !pendingHelp.some((h) => sameHope(withoutHelpLead(h), coached.support ?? '')) ? coached.support : null;
  if (keptHelp) say.push({ key: T.provisionKept, vars: { help: quoteOf(keptHelp) } });
  const goTo = (step: At['step']): At => ({ step, topic: current.id, data: { outcomeId, ...(link ? { link: '1' } : {}), ...offer } });
  if (!coached.timeframe) return { say, goTo: goTo(Step.outcomeWhen) };
  // "by the end of Year 6" in the step: that date is taken, never asked again, and said back so it can be put right.
  say.push({ key: T.dateFromStep, vars: { phrase: quoteOf(coached.timeframe.phrase), date: longDate(coached.timeframe.date).split(' ').slice(1).join(' ') } });
  if (!details.measure) return { say, goTo: goTo(Step.outcomeMeasure) };
  const feeling = data.feeling ?? details.reason;
  return { say, goTo: goTo(feeling ? (details.purpose && !link ? Step.outcomeProvides : Step.outcomeMakesPossible) : Step.outcomeDoesForMe) };
}
