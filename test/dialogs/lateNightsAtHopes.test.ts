import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { detectConcern } from '../../src/language';
import { safeguardingInChat } from '../../src/language/concernInChat';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/* Up late is no worry: "sleep better honestly, i'm up til 3 most nights" is a hope, kept with no check. */

const standard = createWords().forMode('standard');
const teen: Seed = { today: '2026-12-07', who: 'self', name: 'Kai', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) };

describe('a hope to sleep better, up late most nights', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is kept with no "Are you OK?"', async () => {
    ({ chat } = await startWith(teen));
    const replies = await chat.say("sleep better honestly, i'm up til 3 most nights");
    expect(saidIn(replies)).not.toContain(standard('safeguarding:gentle.question'));
    const draft = await chat.draft();
    expect(draft!.aspirations.map((a) => a.text).join(' ')).toMatch(/sleep better/);
    expect(draft!.flags).toHaveLength(0);
  });

  for (const [said, hope, worry] of [
    ['work with animals, some days i just dont want to be here', /work with animals/, /want to be here/],
    ['be a chef one day. i dont see the point in anything anymore', /chef/, /point/],
    ['go to college but i feel like theres no point in anything', /college/, /point/],
  ] as const) {
    it(`after "I'm OK", the hope part of "${said}" is kept, never the rest`, async () => {
      ({ chat } = await startWith(teen));
      expect(saidIn(await chat.say(said))).toContain(standard('safeguarding:gentle.question'));
      await chat.say('yeah im fine');
      const kept = (await chat.draft())!.aspirations.map((a) => a.text).join(' ');
      expect(kept).toMatch(hope);
      expect(kept).not.toMatch(worry);
      expect(chat.step).toBe(Step.hopesMore);
    });
  }
});

describe('up late beside harm or despair is still asked after or flagged', () => {
  for (const said of [
    "sleep better honestly, i'm up til 3 most nights cos dad is shouting",
    "sleep better, i'm up til 3 most nights thinking about killing myself",
    "i'm up til 3 most nights cutting myself",
    "sleep better honestly, i'm up til 3 most nights crying",
    "sleep better honestly, i'm up til 3 most nights and i dont see the point anymore",
    "im up til 3 most nights because my mum's boyfriend comes in my room",
  ]) {
    it(`"${said}"`, () => {
      const read = detectConcern(said);
      expect(read.concern || read.unclear).toBe(true);
      expect(safeguardingInChat(said, { parent: false }).action).not.toBe('none');
    });
  }
});
