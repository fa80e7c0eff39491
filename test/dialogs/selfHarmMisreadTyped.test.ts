import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addFlag } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import { CRISIS } from '../support/typedWay';
import type { Transcript } from '../support/transcript';
import { saidIn as texts, startWith } from './journeySeed';

/*
 * Jasmine, 18, dyspraxic, wants to cook for herself. Burns and cuts told with their everyday reason, and a wish to
 * cook safely, get no help lines and no note. After a mistaken self-harm note, "pls dont tell my key worker i self
 * harm cos i dont" is an objection: an apology and the note marked as taken back, never the help lines again. A real
 * disclosure with "dont tell" still gets the answer and a note of its own.
 */

const standard = createWords().forMode('standard');
const JASMINE = { today: '2026-12-06', name: 'Jasmine', age: 18, schoolYear: 14 } as const;
const COOK = { text: 'cook for myself', theme: 'independent_living' as const, needs: ['my hands are clumsy'] };
const noted = (d: Parameters<typeof addFlag>[0]) => addFlag(d, { category: 'self_harm_or_suicide', at: new Date('2026-12-06T09:30:00Z'), step: 'outcome.step' });

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function cooking(withNote = false): Promise<Transcript> {
  ({ chat } = await startWith({ ...JASMINE, hopes: [COOK], ...(withNote ? { change: noted } : {}) }));
  return chat!;
}

describe('an accident with its reason, or a wish to cook safely, is no disclosure', () => {
  for (const text of [
    'i burnt myself last time cos of my hands being clumsy',
    'i burned myself on the oven tray cos im so clumsy',
    'i want to cook so i can use a knife without hurting myself',
    'i want to make my own tea without burning myself',
  ]) {
    it(`"${text}": no help lines, no note`, async () => {
      const c = await cooking();
      const replies = texts(await c.say(text));
      expect(replies).not.toMatch(CRISIS);
      expect((await c.draft())?.flags ?? []).toHaveLength(0);
    });
  }

  it('leave alone: "i burn myself with a lighter when im stressed" gets the answer and a note', async () => {
    const c = await cooking();
    expect(texts(await c.say('i burn myself with a lighter when im stressed'))).toMatch(CRISIS);
    expect((await c.draft())?.flags).toHaveLength(1);
  });
});

describe('a mistaken self-harm note objected to', () => {
  for (const text of [
    'pls dont tell my key worker i self harm cos i dont',
    'please dont tell my worker that i self harm, i dont',
    'dont tell my teacher i hurt myself cos i dont. it was a mistake',
  ]) {
    it(`"${text}": sorry, the note marked as taken back, no help lines`, async () => {
      const c = await cooking(true);
      const replies = texts(await c.say(text));
      expect(replies).toContain(standard('safeguarding:objection.sorry'));
      expect(replies).not.toMatch(CRISIS);
      const flags = (await c.draft())?.flags ?? [];
      expect(flags).toHaveLength(1);
      expect(flags[0]?.takenBackAt).toBeDefined();
    });
  }

  it('leave alone: "dont tell anyone but i cut myself" is heard and keeps its note', async () => {
    const c = await cooking(true);
    const replies = texts(await c.say('dont tell anyone but i cut myself'));
    expect(replies).not.toContain(standard('safeguarding:objection.sorry'));
    expect((await c.draft())?.flags.every((f) => !f.takenBackAt)).toBe(true);
  });
});

describe('at "Are you OK?", an accident explained is no disclosure', () => {
  for (const text of ['i mean knife accidents', 'no i mean like cutting my finger by accident', 'i just mean when im cooking']) {
    it(`"${text}": no help lines, no note`, async () => {
      ({ chat } = await startWith({ ...JASMINE, hopes: [COOK], at: () => ({ stage: 'hopes', step: Step.hopesMore }) }));
      expect(texts(await chat!.say("I've had enough of everything"))).toContain(standard('safeguarding:gentle.question'));
      const replies = texts(await chat!.say(text));
      expect(replies).not.toMatch(CRISIS);
      expect((await chat!.draft())?.flags ?? []).toHaveLength(0);
    });
  }

  it('leave alone: "no i mean he hurts me by accident on purpose" gets the answer and a note', async () => {
    ({ chat } = await startWith({ ...JASMINE, hopes: [COOK], at: () => ({ stage: 'hopes', step: Step.hopesMore }) }));
    await chat!.say("I've had enough of everything");
    expect(texts(await chat!.say('no i mean he hurts me by accident on purpose'))).toMatch(CRISIS);
    expect((await chat!.draft())?.flags).toHaveLength(1);
  });
});

describe('a message or the bot\'s words cut short', () => {
  for (const text of ['it cut off the end', 'your text cut off halfway', 'the call cut off']) {
    it(`"${text}": no help lines, no note`, async () => {
      const c = await cooking();
      expect(texts(await c.say(text))).not.toMatch(CRISIS);
      expect((await c.draft())?.flags ?? []).toHaveLength(0);
    });
  }
});
