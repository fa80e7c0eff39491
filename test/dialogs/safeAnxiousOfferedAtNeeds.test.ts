import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, walkTo } from './journeySeed';

/*
 * "not always, i get really anxious on the bus" at "do you feel safe?": the worry gets the
 * safeguarding answer and its flag. At the needs questions the anxiety is offered once in their
 * words; a yes keeps it as a hard thing, a no keeps nothing. The flag stays either way.
 */

const TO_NEEDS = { [Step.safeguardingCheck]: 'carry on', [Step.hopesDream]: 'go to college to do music', [Step.hopesMore]: 'no', [Step.hopesTheme]: 'no' };

describe('a hard thing said at the safety question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function toNeeds(to: Record<string, string | string[]> = TO_NEEDS): Promise<string> {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Ollie', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSafe }) }));
    await chat.say('not always, i get really anxious on the bus');
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('yes');
    let asked = '';
    const times = new Map<string, number>();
    for (let turn = 0; turn < 10 && chat.step !== Step.needsBarrier; turn++) {
      const step = chat.step ?? '';
      const typed = to[step] ?? 'no';
      const time = times.get(step) ?? 0;
      times.set(step, time + 1);
      asked = saidIn(await chat.say(typeof typed === 'string' ? typed : (typed[time] ?? 'no')));
    }
    return asked;
  }

  it('is offered at the needs questions, and a yes keeps it', async () => {
    const asked = await toNeeds();
    expect(chat.step).toBe(Step.needsBarrier);
    expect(asked).toMatch(/You said "I get really anxious on the bus"\. Is that something that makes things hard\?/);
    await chat.say('yes');
    expect(chat.step).toBe(Step.needsHelps);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(['i get really anxious on the bus']);
    expect(draft.flags.map((f) => f.step)).toEqual([Step.aboutMeSafe]);
  });

  it('a no keeps nothing, and what makes it hard is asked', async () => {
    await toNeeds();
    const said = saidIn(await chat.say('no'));
    expect(chat.step).toBe(Step.needsBarrier);
    expect(said).not.toMatch(/anxious on the bus/);
    const draft = (await chat.draft())!;
    expect(draft.needs).toEqual([]);
    expect(draft.flags).toHaveLength(1);
  });

  const OFFER = /anxious on the bus/;
  const TWO_HOPES = { ...TO_NEEDS, [Step.hopesMore]: ['i want to live on my own one day', 'no'] };

  it('a no at the first hope: never offered again, at that hope or the next', async () => {
    expect(await toNeeds(TWO_HOPES)).toMatch(OFFER);
    const said = [saidIn(await chat.say('nope'))];
    for (const typed of ['the music room is really noisy', 'my headphones', 'no thats it']) said.push(saidIn(await chat.say(typed)));
    expect(chat.step).toBe(Step.needsBarrier);
    said.push(saidIn(await chat.say('i cant cook')));
    expect(said.join('\n')).not.toMatch(OFFER);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['the music room is really noisy', 'i cant cook']);
  });

  it('two hopes said in one message: not at the first hope\'s question, which is about them both; offered at the next hope\'s', async () => {
    const first = await toNeeds({ ...TO_NEEDS, [Step.hopesDream]: 'go to college to do music and live on my own' });
    expect(first).not.toMatch(OFFER);
    for (const typed of ['the music room is really noisy', 'my headphones']) await chat.say(typed);
    const next = saidIn(await chat.say('no thats it'));
    expect(chat.step).toBe(Step.needsBarrier);
    expect(next).toMatch(/You said "I get really anxious on the bus"/);
    await chat.say('yeah it is');
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['the music room is really noisy', 'i get really anxious on the bus']);
  });

  it('"what?" at the offer: the offer is asked again, and a yes then keeps it', async () => {
    await toNeeds();
    expect(saidIn(await chat.say('what?'))).toMatch(OFFER);
    await chat.say('yes');
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['i get really anxious on the bus']);
  });
});
