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

  async function toNeeds(): Promise<string> {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Ollie', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSafe }) }));
    await chat.say('not always, i get really anxious on the bus');
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('yes');
    let asked = '';
    for (let turn = 0; turn < 10 && chat.step !== Step.needsBarrier; turn++) asked = saidIn(await chat.say(TO_NEEDS[chat.step as keyof typeof TO_NEEDS] ?? 'no'));
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
});
