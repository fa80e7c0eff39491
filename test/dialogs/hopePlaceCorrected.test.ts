import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/* Karen puts a hope right by its place or in plain words, at the hopes and the needs questions. */

const TODAY = '2026-12-03';
const hope = (text: string): SeedHope => ({ text, theme: null, needs: [] });
const HOPES = [hope('be be a mechanic like his uncle and more'), hope('play football for a proper team'), hope('have a proper mate')];

describe('a hope put right by its place or in plain words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"the first one should be ..." at "another hope?" changes the first hope and asks again', async () => {
    chat = (await startWith({ today: TODAY, name: 'Jayden', age: 13, hopes: HOPES, at: () => ({ stage: 'hopes', step: 'hopes.more' }) })).chat;
    await chat.say("that's wrong, the first one should be be a mechanic like his uncle");
    expect(chat.step).toBe(Step.hopesMore);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['be a mechanic like his uncle', 'play football for a proper team', 'have a proper mate']);
  });

  it('"no thats still not right, just put: be a mechanic" is never a no to more hopes', async () => {
    chat = (await startWith({ today: TODAY, name: 'Jayden', age: 13, hopes: HOPES, at: () => ({ stage: 'hopes', step: 'hopes.more' }) })).chat;
    await chat.say("no that's still not right, just put: be a mechanic");
    expect(chat.step).toBe(Step.hopesMore);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['be a mechanic', 'play football for a proper team', 'have a proper mate']);
  });

  it('"change have a proper mate to have a best mate" at what makes it hard changes that hope', async () => {
    chat = (await startWith({ today: TODAY, name: 'Jayden', age: 13, hopes: HOPES, at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[1]!.id }) })).chat;
    await chat.say('change have a proper mate to have a best mate at school');
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['be be a mechanic like his uncle and more', 'play football for a proper team', 'have a best mate at school']);
  });
});

describe('plain new words while another hope is asked about', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"just put: have a proper mate at school" changes the mate hope, not the one asked about', async () => {
    chat = (await startWith({ today: TODAY, name: 'Jayden', age: 13, hopes: HOPES, at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) })).chat;
    await chat.say("no that's still not right, just put: have a proper mate at school");
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['be be a mechanic like his uncle and more', 'play football for a proper team', 'have a proper mate at school']);
  });
});
