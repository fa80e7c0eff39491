import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import { needArea } from '../../src/language/needArea';
import { needSection } from '../../src/language';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/*
 * Reggie is 8 and has cerebral palsy. What his body will not do ("his hands get tired") is a
 * physical need, also beside a pencil or writing; being left out by the other children is getting
 * on with others, whatever the reason he cannot keep up. Labelled so in the read-back and the draft.
 */

const PHYSICAL = 'he cant hold a pencil for long, his hands get tired';
const SOCIAL = 'he cant join in at play cos he cant keep up';
const SEED = parentSeed({ name: 'Reggie', age: 8, schoolYear: 3 }, [{ text: 'to enjoy school and have friends', theme: 'friends_and_community', needs: [] }]);

describe('a physical need and a social one, typed by a parent', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('are labelled senses and body, and feelings and getting on with others', async () => {
    ({ chat } = await startWith({ ...SEED, at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say(PHYSICAL);
    await chat.say('nothing really');
    await chat.say(`yes ${SOCIAL}`);
    await chat.say('nothing really');
    const typed = (await chat.draft())!;
    expect(typed.needs.map((n) => [n.text, n.suggestedSection])).toEqual([
      [PHYSICAL, 'education'],
      [SOCIAL, 'education'],
    ]);
    await chat.close();

    ({ chat } = await startWith({ ...SEED, change: (): Draft => typed, at: () => ({ stage: 'review', step: Step.reviewSummary }) }));
    await chat.say('what makes things hard');
    const card = JSON.stringify(chat.lastQuestion!.activity.attachments);
    expect(card).toContain(`${PHYSICAL} (senses and body)`);
    expect(card).toContain(`${SOCIAL} (feelings and getting on with others)`);
    await chat.say('show my draft');
    expect(JSON.stringify(await chat.draft())).not.toMatch(/"health"/);
  });

  it.each([
    ['his hands get tired when he is writing', 'senses_body'],
    ['he falls over a lot', 'senses_body'],
    ['he gets left out at play cos he cant keep up', 'feelings'],
    ['he gets left out at play cos he cant keep up, his legs get tired', 'feelings'],
    ['nobody plays with him at break', 'feelings'],
    ['i cant catch up with work', 'learning'],
    ['i cant hold my temper in class', 'feelings'],
  ])('"%s" is %s, in Section B', (typed, area) => {
    expect(needSection(typed)).toBe('education');
    expect(needArea(typed, 'education')).toBe(area);
  });
});
