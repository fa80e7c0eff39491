import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { botWordsIn } from '../support/signable';
import { playJourney, type JourneyRun } from './journeyDriver';

const TODAY = '2025-01-13';

/**
 * A person who taps every button the bot offers, once each, at every step (then types an answer):
 * nothing the bot said (a button's words, yes / no, "I'm not sure") may end up in the draft as a
 * hope, need, outcome, measure or provision.
 */
async function tapEveryButton(readingMode: string): Promise<{ run: JourneyRun; tapped: string[] }> {
  const tapped = new Set<string>();
  const tappedAt = new Map<string, Set<string>>();
  const run = await playJourney({
    today: TODAY,
    maxTurns: 260,
    answers: {
      [Step.welcomeReadingMode]: [readingMode],
      [Step.hopesDream]: ['I want to be a mechanic'],
      [Step.hopesTheme]: ['live in my own flat', 'have friends to go out with', 'be fit and healthy'],
      [Step.needsBarrier]: ['reading manuals is hard', 'I cannot cook', 'I get nervous with new people', 'I get tired'],
      [Step.outcomeStep]: ['I will fix a bike on my own', 'I will cook a meal once a week', 'I will go to a club every Friday', 'I will walk for 30 minutes three times a week'],
      [Step.outcomeConfirm]: ['yes', 'yes', 'yes', 'yes', 'yes', 'yes'],
      [Step.reviewChange]: ['I am kind and I like to help people'],
      // Once every "by when?" button is tapped: a time so soon it is a first step, then one further ahead, for two outcomes
      // (an outcome that already has its first step is not asked step-or-bigger again).
      [Step.outcomeWhen]: ['by Easter', 'next summer', 'by Easter', 'next summer', 'next summer', 'next summer'],
    },
    onStep: async (chat, step) => {
      const question = chat.lastQuestion!;
      // Buttons that would stop the journey or withdraw consent are tapped in their own tests.
      // At the read-back every button is tapped too; of the items to change, the first (then new words are typed).
      if (step === Step.welcomeReadingMode || step === Step.welcomeConsent || step === Step.reviewDone) return false;
      if (step === Step.reviewChange && (tappedAt.has(`${step}|`) || question.choices.length === 0)) return false;
      // Keyed by the buttons on show, so a question that changes its buttons (a short time's two ways on) is walked too.
      // The read-back's buttons differ by part (easy read reads one hope at a time); each is tapped once in all.
      const at = step === Step.reviewSummary ? `${step}|` : `${step}|${question.choices.join('|')}`;
      const seen = tappedAt.get(at) ?? new Set<string>();
      tappedAt.set(at, seen);
      // At the read-back, "Change something" (which comes back here) before "Looks good" (which moves on).
      const order = step === Step.reviewSummary ? [...question.choices].reverse() : question.choices;
      const next = order.find((choice) => !seen.has(choice));
      if (!next) return false;
      // Easy read asks which part first ("My dreams", ...): only once an item itself is tapped are new words typed.
      if (step === Step.reviewChange && /^\d+\.\s/.test(next)) tappedAt.set(`${step}|`, new Set());
      seen.add(next);
      tapped.add(next);
      await chat.say(next);
      return true;
    },
  });
  return { run, tapped: [...tapped] };
}

describe('tapping every button', () => {
  let run: JourneyRun | undefined;
  afterEach(async () => run?.chat.close());

  for (const mode of ['Standard words', 'Easy read']) {
    it(`stores none of the bot's own words (${mode})`, async () => {
      const walked = await tapEveryButton(mode);
      run = walked.run;
      expect(walked.tapped).toEqual(expect.arrayContaining([expect.stringMatching(/add another|one more/i), expect.stringMatching(/bigger/i), expect.stringMatching(/short step/i), expect.stringMatching(/change/i)]));
      expect(run.draft.youngPerson.readingMode).toBe(mode === 'Easy read' ? 'easy_read' : 'standard');
      expect(botWordsIn(run.draft, walked.tapped)).toEqual([]);
      const stored = JSON.stringify({ ...run.draft, youngPerson: {}, comments: [] });
      for (const label of walked.tapped.filter((l) => l.split(' ').length >= 2)) expect(stored).not.toContain(`"${label}"`);
      expect(run.draft.outcomes.length).toBeGreaterThanOrEqual(3);
      for (const outcome of run.draft.outcomes) {
        expect(outcome.statement).not.toMatch(/add another|one more|that's all|that is all|not sure/i);
        expect(outcome.measure).toBeTruthy();
      }
    });
  }
});
