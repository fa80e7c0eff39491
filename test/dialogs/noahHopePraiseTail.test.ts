import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* Noah's mum says how much a hope would mean after it: the hope kept is what is wanted. */

const noahAtDream = () => startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Noah', age: 2, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) });

describe('a hope kept without "would be amazing"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const [said, kept] of [
    ['using a spoon himself would be amazing', 'use a spoon himself'],
    ['walking to school on her own would be a dream', 'walk to school on her own'],
    ['getting dressed by himself would be great', 'get dressed by himself'],
    ['sleeping through the night would be a dream come true', 'sleep through the night'],
    ['riding a bike would mean the world to us', 'ride a bike'],
  ]) {
    it(`keeps "${kept}" from "${said}"`, async () => {
      ({ chat } = await noahAtDream());
      await chat.say(said!);
      expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual([kept]);
    });
  }

  for (const said of ['to play with his sister', 'he would be great at football one day']) {
    it(`leave alone: "${said}" is kept as said`, async () => {
      ({ chat } = await noahAtDream());
      await chat.say(said);
      expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual([said]);
    });
  }
});
