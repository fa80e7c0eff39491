import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * A 15-year-old: "he asked me to hold a bag for his mate". Being asked to carry or keep things for someone is how
 * children are drawn into carrying drugs or money: a flag (exploitation) and an answer that says plainly they need not
 * carry things for anyone and are not in trouble, with Childline and 999; never an answer about money.
 */

const standard = createWords().forMode('standard');
const easy = createWords().forMode('easy_read');
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atWhatMakesItHard(age = 15, mode?: 'easy_read'): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02',
    name: 'Jay',
    age,
    ...(mode ? { journey: { mode } } : {}),
    hopes: [{ text: 'to go to college', theme: 'learning_and_work', needs: [] }],
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  }));
  return chat!;
}

describe('asked to carry or keep things for someone', () => {
  it.each([
    'he asked me to hold a bag for his mate',
    'they want me to drop a parcel off',
    'i have to take a package to someone in another town',
    'he says if i keep his stuff at mine hell pay me',
    'they told me to take some stuff round to a flat',
    'this lad wants me to keep a bag at mine',
    'hes asked me 2 take a bag to his mates house',
  ])('"%s" is flagged, and told they need not carry things and are not in trouble, with Childline and 999', async (said) => {
    const chat = await atWhatMakesItHard();
    const replies = saidIn(await chat.say(said));
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
    expect(replies).toContain(standard('safeguarding:exploited.heard'));
    expect(replies).toContain(standard('safeguarding:exploited.notOwe'));
    expect(replies).toContain(standard('safeguarding:childline'));
    expect(replies).toContain(standard('safeguarding:danger'));
    expect(replies).not.toContain(standard('safeguarding:control.heard'));
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.needs).toEqual([]);
  });

  it('is said in easy read too', async () => {
    const chat = await atWhatMakesItHard(15, 'easy_read');
    const replies = saidIn(await chat.say('he asked me to hold a bag for his mate'));
    expect(replies).toContain(easy('safeguarding:exploited.heard'));
  });

  it('"i just have to carry it to the station" is asked after', async () => {
    const chat = await atWhatMakesItHard();
    await chat.say('i just have to carry it to the station');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it.each(['my mum asked me to drop a parcel off at the post office', 'i have to take my pe kit to school', 'my teacher asked me to take the box to the office', 'i deliver parcels for a job at the weekend and they pay me'])(
    '"%s" is no worry',
    async (said) => {
      const chat = await atWhatMakesItHard(17);
      await chat.say(said);
      expect((await chat.draft())?.flags).toEqual([]);
      expect(chat.step).not.toBe(Step.safeguardingCheck);
    },
  );
});
