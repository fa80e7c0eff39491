import { updateOutcome } from '../src/domain/draft';
import { detailsIn, quoteOf } from '../src/language';
import { saysHowToKnow, timeAndBeside } from '../src/language/measureBeside';
import { readWhenAnswer } from '../src/language/whenAnswer';
import { reasonBesideTime } from '../src/language/reasonBesideTime';
import { readsAsBenefit, readsAsMeasure } from '../src/language/benefitNotMeasure';
import { onlyAFeeling } from '../src/language/feelingAnswer';
import { withoutChatterOrEmoji } from '../src/language/chatter';
import { lastChoice } from '../src/language/changeOfMind';
import { withTimePointedBack } from '../src/language/beforeThen';
import { tidyMeasure } from '../src/language/chatter';
import { Stage, Step } from './ids';
import { EARLIER } from './measureKeys';
import { threeQuestions } from './outcomeSkip';
import { coachContextOf } from './outcomeCoach';
import { OutcomeText as T } from './outcomeText';
import { answerWhen } from './outcomeWhen';
import type { Next } from './stageDialog';
import type { OutcomeStepAt } from './outcomeStepAt';

/*
 * The answer to "by when?": a time, and often beside it how everyone will know or why it matters,
 * each kept in its own field. Apart from the outcome dialog, which only routes the answers.
 */

/** "By when?" answered: the time kept (read with anything beside it), then the next question. */
export async function answerWhenStep({ session, position, draft, outcome, data, at, skip, typed }: OutcomeStepAt, whenSaid: string): Promise<Next> {
  // "end of year 7. actually no make it easter year 7, i dont want to wait that long": the last choice, alone.
  // "finishes in july so before then": before July.
  const text = withTimePointedBack(lastChoice(whenSaid) ?? whenSaid);
  // "by christmas, my mum will know cos i wont need her": the measure is said already, and kept.
  const said = outcome.measure ? null : detailsIn(text);
  // "by june. teacher write in his home folder every day": the words beside the date say how we'd know.
  const split = outcome.measure || said?.measure ? null : timeAndBeside(text, coachContextOf(draft, session.today));
  // "if i go every week and the boss says im doing good", with no time in it: the measure, and "by when?" asked again.
  const undated = !said?.measure && !split && !readWhenAnswer(text, coachContextOf(draft, session.today)).timeframe;
  // "id have something to show people and id feel proud", with no time in it: what it would do for them
  // (as at the measure question), kept as that so it is not asked later, and "by when?" asked again.
  // "feel proud" alone too: a feeling is never a date.
  if (undated && (readsAsBenefit(text) || onlyAFeeling(text.replace(/^\s*(?:to\s+)?feel\s+/i, '')))) {
    const kept = withoutChatterOrEmoji(text.trim());
    const doesForMe = outcome.doesForMe ? `${outcome.doesForMe}; ${kept}` : kept;
    await session.updateDraft('what it would do, said at the date', (d) => updateOutcome(d, outcome.id, { doesForMe }));
    return { say: [{ key: T.whyKeptAtWhen, vars: { quote: quoteOf(kept) } }], goTo: position };
  }
  const onlyMeasure = !outcome.measure && !said?.measure && !split && (saysHowToKnow(text) || readsAsMeasure(text)) && !readWhenAnswer(text, coachContextOf(draft, session.today)).timeframe;
  if (onlyMeasure) {
    await session.updateDraft('outcome measure', (d) => updateOutcome(d, outcome.id, { measure: tidyMeasure(text) }));
    return { say: [{ key: T.measureAtWhen, vars: { quote: quoteOf(tidyMeasure(text)) } }], goTo: position };
  }
  const measure = said?.measure ?? (split?.isMeasure ? split.beside : null);
  if (measure) await session.updateDraft('outcome measure', (d) => updateOutcome(d, outcome.id, { measure }));
  const measured = { ...outcome, ...(measure ? { measure } : {}) };
  // "before college so i can get there myself": why it matters, said beside the date, is what it does for them
  // (when not yet said), never part of the time.
  const why = split && !split.isMeasure && split.beside && !outcome.doesForMe ? reasonBesideTime(text) : null;
  if (why) await session.updateDraft('what it would do, said with the date', (d) => updateOutcome(d, outcome.id, { doesForMe: why }));
  // Other words beside the date are remembered, so "same as I said" at the measure means them.
  const earlier: Record<string, string> = split && !split.isMeasure && split.beside && !why ? { [EARLIER]: split.beside } : {};
  const whyKept = (next: Next): Next => (why ? { ...next, say: [{ key: T.whyKeptAtWhen, vars: { quote: quoteOf(why) } }, ...(next.say ?? [])] } : next);
  return whyKept(await answerWhen({
    session, position, draft, ...(typed !== undefined ? { typed } : {}), outcome: { ...measured, ...(why ? { doesForMe: why } : {}) }, text: said?.measure ? said.rest : split?.isMeasure || why ? split!.when : text,
    dated: (o) => (data.own ? at(Step.outcomeConfirm, { own: '1' }) : o.measure ? threeQuestions(o, at) : at(Step.outcomeMeasure, earlier)),
    undated: () => skip({ ...position, stage: Stage.outcomes, data: { ...(data.own ? { own: data.own } : {}), outcomeId: outcome.id } }),
  }));
}
