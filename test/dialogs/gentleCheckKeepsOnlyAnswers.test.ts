import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* After "That sounds hard. Are you OK?" and "I'm OK", the worrying words are kept only where they answer the question. */

const standard = createWords().forMode('standard');

const teen = (at: Parameters<typeof startWith>[0]['at']) =>
  startWith({ today: '2026-12-04', name: 'Sam', age: 15, schoolYear: 10, hopes: [{ text: 'go to college', theme: 'learning_and_work', needs: [] }], at });

describe('the worrying message after "I\'m OK"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is no hope: "what do you hope for?" is asked again, nothing kept', async () => {
    ({ chat } = await teen(() => ({ stage: 'hopes', step: Step.hopesMore })));
    const before = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(saidIn(await chat.say("I've had enough of everything"))).toContain(standard('safeguarding:gentle.question'));
    const replies = await chat.say('yeah im ok');
    expect(replies.at(-1)?.channelData?.outcomes?.step).toBe(Step.hopesMore);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(before);
  });

  it('is kept at "what makes this hard?", where it is the answer', async () => {
    ({ chat } = await teen((d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id })));
    const check = await chat.say('i just want to disappear when i get there');
    expect(saidIn(check)).toContain(standard('safeguarding:gentle.question'));
    const replies = await chat.say('yeah im ok');
    expect(replies.at(-1)?.channelData?.outcomes?.step).toBe(Step.needsHelps);
    expect((await chat.draft())!.needs.map((n) => n.text).join(' ')).toMatch(/disappear when i get there/);
  });
});
