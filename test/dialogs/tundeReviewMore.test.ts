import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type Seed } from './journeySeed';
import { withConfirmedOutcomes } from './reviewSeed';

/*
 * A long draft at the review: a father's four hopes for Tunde (8), each with two needs and an
 * outcome, make more parts than fit as buttons. The list comes a page at a time with "More";
 * "more" or "next" typed shows the rest, and a part on a later page can be tapped. A page holds
 * at most 8 buttons ("More" among them), so a phone shows it without scrolling far.
 */

const HOPES = [
  { text: 'one day he can cross the road safe', theme: 'independent_living' as const, needs: ['he run and not look at cars', 'he does not know the green man'] },
  { text: 'he use the toilet by himself at school', theme: 'independent_living' as const, needs: ['he is scared of the school toilet', 'he cannot do his buttons'] },
  { text: 'he has a friend to play with', theme: 'friends_and_community' as const, needs: ['he plays alone at break', 'he grabs toys'] },
  { text: 'he can tell people what he wants', theme: 'friends_and_community' as const, needs: ['he has few words', 'he gets upset when not understood'] },
];
const STATEMENTS = ['stop at the kerb and wait', 'go to the toilet alone at school', 'play a game with one other child', 'ask for help with his picture cards'];

const withOutcomes = (draft: Draft): Draft =>
  withConfirmedOutcomes(draft, (i) => ({ statement: `By July 2027, Tunde will ${STATEMENTS[i]!}.`, timeframe: { phrase: 'by July 2027', date: '2027-07-23' }, measure: 'his teacher writes it in his book' }));

const SEED: Seed = parentSeed({ name: 'Tunde', age: 8, schoolYear: 3 }, HOPES, { today: '2027-03-10', change: withOutcomes, at: () => ({ stage: 'review', step: Step.reviewSummary }) });

describe('a long list of parts to change', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['more', 'next please', 'show me the rest'])('"%s" shows the parts after the first page, and one of them can be tapped', async (typed) => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    const first = chat.lastQuestion!.choices;
    expect(first.length).toBeLessThanOrEqual(8);
    expect(first.at(-1)).toBe('More');
    await chat.say(typed);
    expect(chat.step).toBe(Step.reviewChange);
    const second = chat.lastQuestion!.choices;
    expect(second[0]).toMatch(/^8\. /);
    expect(second.length).toBeLessThanOrEqual(8);
    const last = second.find((c) => c.startsWith('14. '));
    expect(last).toBeDefined();
    await chat.say(last!);
    expect(chat.lastQuestion!.activity.text).toMatch(/go to the toilet alone at school/);
  });

  it('"More" tapped again goes on to the next page, back to the start only after the last', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    expect(chat.lastQuestion!.choices[0]).toMatch(/^1\. /);
    await chat.say('More');
    expect(chat.lastQuestion!.choices[0]).toMatch(/^8\. /);
    expect(chat.lastQuestion!.choices.at(-1)).toBe('More');
    await chat.say('More');
    expect(chat.lastQuestion!.choices[0]).toMatch(/^15\. /);
    await chat.say('More');
    expect(chat.lastQuestion!.choices[0]).toMatch(/^1\. /);
  });

  it('"14" typed on the first page picks part 14 straight away', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    await chat.say('more');
    const fourteen = chat.lastQuestion!.choices.find((c) => c.startsWith('14. '))!.slice(4).replace(/\s*\([^)]*\)$/, '').replace(/…$/, '');
    await chat.say('more');
    await chat.say('more');
    expect(chat.lastQuestion!.choices[0]).toMatch(/^1\. /);
    await chat.say('14');
    expect(chat.lastQuestion!.activity.text).toContain(fourteen);
    expect(chat.lastQuestion!.activity.text).toMatch(/say instead/);
  });
});
