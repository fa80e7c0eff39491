import { expect } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import { hasGoldenThread } from '../../src/domain/checks';
import type { Draft } from '../../src/domain/draft';
import { botWordsIn, tallyOutcomes } from '../support/signable';
import { Transcript } from '../support/transcript';
import { isGoodSentence } from '../../src/language';
import { spellTimeWords } from '../../src/language/whenAnswer';

/** What a person answers at each question, in order; the defaults answer what a persona leaves out. */
export type Answers = Partial<Record<StepId, string[]>>;

export const DEFAULT_ANSWERS: Record<StepId, string> = {
  [Step.welcomeReadingMode]: 'Standard words',
  [Step.welcomeConsent]: "Yes, that's OK",
  [Step.welcomeWho]: 'Me, about myself',
  [Step.welcomeName]: 'Sam',
  [Step.welcomeAge]: '15',
  [Step.welcomeInvite]: 'No code',
  [Step.welcomeResumeCode]: 'skip',
  [Step.aboutMeStrengths]: 'I am kind and I make people laugh',
  [Step.aboutMeImportant]: 'My family and my cat',
  [Step.aboutMeSupport]: 'Give me time to answer',
  [Step.aboutMeSafe]: 'yeah i do',
  [Step.hopesDream]: 'I want to work with animals',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: 'no',
  [Step.needsBarrier]: 'Busy places make me worried',
  [Step.needsHelps]: 'My mum comes with me',
  [Step.needsMore]: 'no',
  [Step.outcomeStep]: 'I will go to the shop on my own',
  [Step.outcomeDoesForMe]: 'I would feel proud and grown up',
  [Step.outcomeMakesPossible]: 'I could do more things on my own',
  [Step.outcomeProvides]: 'Someone to practise with me at school',
  [Step.outcomeWhen]: '1',
  [Step.outcomeMeasure]: 'I will do it every week',
  [Step.outcomeConfirm]: 'yes',
  [Step.outcomeAnother]: 'yes',
  [Step.reviewSummary]: 'Looks good',
  [Step.reviewChange]: '1',
  [Step.reviewProposal]: 'yes, use them',
  [Step.reviewShare]: 'Not yet',
  [Step.reviewDone]: 'Finish',
  [Step.safeguardingCheck]: "Yes, I'm safe",
  [Step.safeguardingContact]: 'No thanks',
};

/** Outcome steps for personas that leave them out, each different. */
export const DEFAULT_OUTCOME_STEPS = [
  'I will go to the shop on my own',
  'I will cook a simple meal for my family once a week',
  'I will go to a club after school every week',
  'I will get the bus to town on my own',
  'I will ask a teacher for help when I am stuck',
  'I will walk to school with a friend three times a week',
];

export interface JourneyRun {
  chat: Transcript;
  draft: Draft;
  steps: string[];
}

/**
 * Plays a whole journey by step id until the draft is done. Fails if the same question is asked
 * again and again (a person would be stuck there too).
 */
export async function playJourney(options: { today: string; answers: Answers; maxTurns?: number; onStep?: (chat: Transcript, step: string, turn: number) => Promise<boolean> }): Promise<JourneyRun> {
  const chat = await Transcript.start({ today: options.today });
  const queues = new Map(Object.entries(options.answers).map(([step, list]) => [step, [...(list ?? [])]]));
  const steps: string[] = [];
  let repeats = 0;
  let defaultSteps = 0;
  for (let turn = 0; turn < (options.maxTurns ?? 150); turn++) {
    const question = chat.lastQuestion;
    const step = question?.step;
    expect(step, `no question after ${steps.slice(-5).join(' > ')}`).toBeDefined();
    if (step === Step.reviewDone) break;
    const key = `${step}|${question?.topic ?? ''}`;
    repeats = steps.at(-1) === key ? repeats + 1 : 0;
    expect(repeats, `stuck at ${key} after ${steps.slice(-6).join(' > ')}`).toBeLessThan(4);
    steps.push(key);
    if (options.onStep && (await options.onStep(chat, step!, turn))) continue;
    // "Which hope shall we work on next?" (no buttons, unlike "another outcome?"): a person picks the first listed.
    if (step === Step.outcomeAnother && (question?.choices.length ?? 0) === 0) {
      await chat.say('1');
      continue;
    }
    const queued = queues.get(step!)?.shift();
    // A person offers a different step each time; the same one again would be coached as a repeat.
    const fallback = step === Step.outcomeStep ? DEFAULT_OUTCOME_STEPS[defaultSteps++ % DEFAULT_OUTCOME_STEPS.length]! : DEFAULT_ANSWERS[step as StepId];
    await chat.say(queued ?? fallback);
  }
  expect(chat.step).toBe(Step.reviewDone);
  const draft = await chat.draft();
  expect(draft).toBeDefined();
  // Everyone passes through "Do you feel safe?", except a parent or carer chatting about a young child.
  const youngChild = draft!.youngPerson.who === 'parent_carer' && !((draft!.youngPerson.schoolYear ?? -1) >= 7 || (draft!.youngPerson.age ?? -1) >= 11);
  expect(steps.some((key) => key.startsWith(`${Step.aboutMeSafe}|`))).toBe(!youngChild);
  expect(draft!.status).toBe(draft!.keyWorker?.shared ? 'submitted' : 'ready_for_review');
  // Nothing the bot showed (any button of the journey) is stored as the person's words.
  // (The items offered at review.change are the person's own words, shown back to pick from.)
  const stepOf = (a: (typeof chat.all)[number]) => (a.channelData as { outcomes?: { step?: string } } | undefined)?.outcomes?.step;
  const shown = chat.all.filter((a) => stepOf(a) !== Step.reviewChange).flatMap((a) => a.suggestedActions?.actions.map((action) => String(action.title ?? action.value)) ?? []);
  expect(botWordsIn(draft!, [...new Set(shown)])).toEqual([]);
  tallyOutcomes(draft!, options.today);
  return { chat, draft: draft!, steps };
}

/** What every finished journey must give: a plan a key worker can build on. */
export function expectAGoodDraft(draft: Draft): void {
  expect(draft.outcomes.length).toBeGreaterThanOrEqual(3);
  expect(draft.outcomes.length).toBeLessThanOrEqual(6);
  expect(hasGoldenThread(draft)).toBe(true);
  const aspirationIds = new Set(draft.aspirations.map((a) => a.id));
  const needIds = new Set(draft.needs.map((n) => n.id));
  for (const outcome of draft.outcomes) {
    expect(aspirationIds.has(outcome.aspirationId ?? '')).toBe(true);
    expect(outcome.needIds.length).toBeGreaterThan(0);
    expect(outcome.needIds.every((id) => needIds.has(id))).toBe(true);
    expect(outcome.timeframe?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(outcome.confirmed).toBe(true);
    // Support is kept as provision, never as the outcome itself.
    expect(outcome.statement).not.toMatch(/\b(TA|teaching assistant|1:1|therapy|support worker|more help)\b/i);
    // A sentence they would say, the measure a field of its own, a date in their words.
    expect(isGoodSentence(outcome.statement), outcome.statement).toBe(true);
    // Only the lead may hold brackets: its date ("By Christmas (December 2026), ...") or their words beside it ("By June 2027 (in 6 months), ...").
    expect(outcome.statement.replace(/^[^,(]*\((?:by )?(?:[A-Z][a-z]+ )?\d{4}\),\s*|^By [A-Z][a-z]+ \d{4} \([^(),]+\),\s*/, '')).not.toMatch(/[()]/);
    expect(outcome.measure, outcome.statement).toBeTruthy();
    expect(outcome.timeframe?.phrase, outcome.statement).toBeTruthy();
    // Their own time words, with only the spelling of the time words put right ("next sumer").
    expect(outcome.statement.toLowerCase(), 'the timeframe phrase is in the statement').toContain(spellTimeWords(outcome.timeframe!.phrase).toLowerCase().replace(/^(?:by|in)\s+/, ''));
  }
}
