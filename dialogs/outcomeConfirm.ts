import { updateOutcome, type Draft, type Outcome } from '../src/domain/draft';
import { findTimeframe, detailsIn, isGoodSentence, isSupportOnly, isTargetDate, isVague, outcomeSentence, quoteOf, withoutChatter } from '../src/language';
import { readConfirm } from '../src/language/closedAnswers';
import { Step } from './ids';
import type { Position } from './journey';
import { afterOutcome } from './outcomeAfter';
import { coachContextOf, isBotWords, withProvision } from './outcomeCoach';
import { childVoice, proposedStatement, yesNoAsConfirm } from './outcomeQuestion';
import { CONFIRM_CHOICES, OutcomeText as T } from './outcomeText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { matchChoice } from './understand';

/*
 * The answer to the read-back of an outcome: yes keeps the sentence; new words are read for a
 * timeframe and a measure and made into one sentence in their words, read back again for a yes.
 */

export async function answerOutcomeConfirm(session: JourneySession, position: Position, draft: Draft, outcome: Outcome, text: string): Promise<Next> {
  const data = position.data ?? {};
  const topic = position.topic;
  const here = (extra: Record<string, string>): Next => ({ goTo: { step: Step.outcomeConfirm, ...(topic ? { topic } : {}), data: { outcomeId: outcome.id, ...extra } } });
  const asking = data.rewording || data.sayIt;
  // While rewording, a bare yes still means the read-back is right; anything longer is their wording.
  const read = asking ? undefined : readConfirm(text);
  const choice = asking
    ? yesNoAsConfirm(text)
    : (matchChoice(text, CONFIRM_CHOICES, session.words) ?? (read?.answer === 'change' && read.content ? undefined : read?.answer) ?? yesNoAsConfirm(text));
  // "change it to: ..." and "no, by July I will ...": the new words are theirs, without the asking.
  if (read?.answer === 'change' && read.content) text = read.content;
  text = withoutChatter(text);
  const readBack = proposedStatement(draft, outcome, data.written === '1' && !asking);
  if (choice === 'yes' && isGoodSentence(readBack)) {
    await session.updateDraft('outcome confirmed', (d) => updateOutcome(d, outcome.id, { statement: readBack, confirmed: true }));
    return afterOutcome(session, topic, [{ key: T.confirmed }]);
  }
  // Already asked for their own words: a bare yes or no again is a miss, so the question is not asked a third time.
  if (choice === 'change' || choice === 'yes') return { ...here({ rewording: '1' }), ...(asking ? { miss: true } : {}) };
  if (isBotWords(text, session.words)) return { goTo: position };
  // A measure said with the new wording is kept in its own field, never in the sentence.
  const said = detailsIn(text);
  if (said.measure && !outcome.measure) await session.updateDraft('outcome measure', (d) => updateOutcome(d, outcome.id, { measure: said.measure ?? '' }));
  text = said.measure ? said.rest : text;
  if (isSupportOnly(text)) {
    await session.updateDraft('provision offered as wording', (d) => withProvision(d, outcome.id, [text.trim()]));
    return { say: [{ key: T.provisionKept, vars: { help: quoteOf(text) } }], ...here({ rewording: '1' }) };
  }
  if (isVague(text) && !data.sayIt) return here({ sayIt: '1' });
  // Their own wording: read for a timeframe, then made into one sentence in their words.
  const context = coachContextOf(draft, session.today);
  const found = findTimeframe(text, context);
  const timeframe = found && !isTargetDate(found.date, context) ? found : outcome.timeframe;
  const statement = isGoodSentence(text) && found ? text.trim().replace(/([^.!?])$/, '$1.') : outcomeSentence({ step: text, timeframe, ...childVoice(draft) });
  await session.updateDraft('outcome in own words', (d) => updateOutcome(d, outcome.id, { statement: text.trim(), ...(timeframe ? { timeframe } : {}), confirmed: false }));
  if (!timeframe) return { goTo: { step: Step.outcomeWhen, ...(topic ? { topic } : {}), data: { outcomeId: outcome.id, own: '1' } } };
  if (!isGoodSentence(statement)) return here({ sayIt: '1' });
  // Every rewrite is read back for a yes: the sentence is built from their words, and may have dropped some.
  await session.updateDraft('outcome in own words', (d) => updateOutcome(d, outcome.id, { statement, confirmed: false }));
  return here({ written: '1' });
}
