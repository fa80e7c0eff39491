import { updateOutcome, type Draft, type Outcome } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { readsAsBenefit } from '../src/language/benefitNotMeasure';
import { withoutChatterOrEmoji } from '../src/language/chatter';
import { isVagueMeasure } from '../src/language/vagueMeasure';
import { onlyAFeeling } from '../src/language/feelingAnswer';
import { aboutWhom, speaksForThem } from './aboutWhom';
import { byWords, exampleKeyFor, fitsTheAge, MeasureExampleText } from './outcomeExamples';
import { isEarlyYears } from './outcomeTimeframes';
import type { Position } from './journey';
import { MEASURE_COACHED } from './measureKeys';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "hed be part of a team and make friends" at "how would you know?": what the outcome would do for
 * them, kept as that (so "what would it do for him?" is not asked again), and how anyone would
 * know is asked again once, with an example that fits the hope.
 */

/** Position note: a benefit was kept here once; a second answer is the measure, whatever it says. */
const BENEFIT_KEPT = 'benefitKept';
/** Position note: a feeling was heard here once and the measure asked again. */
const FEELING_ASKED = 'feelingAsked';
const KEPT: Record<'self' | 'child', string> = { self: 'outcome:measure.benefitKept', child: 'outcome:measure.benefitKeptChild' };

/** "goes to training every week" for a football step: the outcome's words first, then its hope's. */
function measureExample(session: JourneySession, draft: Draft, outcome: Outcome, hopeId: string | undefined): string {
  const kind = fitsTheAge(byWords(outcome.statement) ?? exampleKeyFor(draft, hopeId), isEarlyYears(draft));
  return session.t(MeasureExampleText[kind], { name: aboutWhom(draft).name });
}

/** The examples the measure question may have shown: the one that fits the hope, and the general ones. */
export function examplesAtMeasure(session: JourneySession, draft: Draft, outcome: Outcome, hopeId: string | undefined): string[] {
  const name = aboutWhom(draft).name;
  return [measureExample(session, draft, outcome, hopeId), session.t('outcome:notSure.measure', { name }), session.t('outcome:notSure.measureChild', { name })];
}

export async function benefitAtMeasure(session: JourneySession, position: Position, draft: Draft, outcome: Outcome, own: string): Promise<Next | undefined> {
  // A vague feeling ("she'll be happy") has its own kind question about what people would see.
  if (position.data?.[BENEFIT_KEPT] || !readsAsBenefit(own) || isVagueMeasure(own)) return undefined;
  const said = withoutChatterOrEmoji(own.trim());
  const doesForMe = outcome.doesForMe ? `${outcome.doesForMe}; ${said}` : said;
  await session.updateDraft('what it would do, said at the measure', (d) => updateOutcome(d, outcome.id, { doesForMe }));
  const key = speaksForThem(draft) ? KEPT.child : KEPT.self;
  const vars = { quote: quoteOf(said), name: aboutWhom(draft).name, example: measureExample(session, draft, outcome, outcome.aspirationId ?? position.topic) };
  return { say: [{ key, vars }], goTo: { step: position.step, ...(position.topic ? { topic: position.topic } : {}), data: { ...position.data, [BENEFIT_KEPT]: '1' } } };
}

/**
 * "proud init" at "how would you know?", even after a benefit was kept: a feeling is never how anyone
 * would know. It is kept as what it would do for them when that is still empty, never as the measure,
 * and the kind "what would people see?" question asks again, once.
 */
export async function feelingAtMeasure(session: JourneySession, position: Position, outcome: Outcome, own: string): Promise<Next | undefined> {
  const feeling = onlyAFeeling(own);
  // Asked again once only: a feeling said again goes on as any vague answer does, so no one is asked round and round.
  if (!feeling || position.data?.[FEELING_ASKED]) return undefined;
  if (!outcome.doesForMe?.trim()) await session.updateDraft('a feeling, said at the measure', (d) => updateOutcome(d, outcome.id, { doesForMe: feeling }));
  return { goTo: { ...position, data: { ...position.data, [MEASURE_COACHED]: '1', [FEELING_ASKED]: '1', quote: quoteOf(feeling) } } };
}
