import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/** Jade, 17, in Year 12, at the first question of her outcome for working in a cafe. */
async function jade(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02',
    who: 'self',
    name: 'Jade',
    age: 17,
    schoolYear: 12,
    hopes: [{ text: 'i want to work in a cafe', theme: 'learning_and_work', needs: ['i get nervous with customers'] }],
  });
  return chat;
}

describe("a time in someone else's words never makes a short target; the person's own time is kept", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ["my teacher said 'by friday' but I mean by summer", 'by summer'],
    ['my tutor wanted it by next week but i mean by the end of year 12', 'by the end of year 12'],
  ])('at "by when?": "%s"', async (typed, phrase) => {
    chat = await jade();
    await chat.say('go to my work placement at the cafe');
    expect(chat.step).toBe(Step.outcomeWhen);
    const said = saidIn(await chat.say(typed));
    expect(said).not.toContain('quite soon');
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())?.outcomes[0]?.timeframe?.phrase).toBe(phrase);
  });

  it('said with the step, the step is kept as an outcome with their own time', async () => {
    chat = await jade();
    const said = saidIn(await chat.say("go to my work placement at the cafe, my teacher said 'by friday' but I mean by summer"));
    expect(said).not.toContain('step on the way');
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())?.outcomes[0]?.timeframe?.phrase).toBe('by summer');
  });

  it('said at "how would you know?", it is read as the date, never kept as the measure', async () => {
    chat = await jade();
    await chat.say('go to my work placement at the cafe');
    await chat.say('by july');
    await chat.say("my teacher said 'by friday' but I mean by summer");
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())?.outcomes[0]?.measure ?? null).toBeNull();
  });
});
