import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * "i hate maths i want to die lol" at "what makes this hard?", then "lol im fine its just maths": the hard thing
 * kept is maths, never the words about dying.
 */

const standard = createWords().forMode('standard');
const DEATH = /die|dead|kill/;

const teen = () =>
  startWith({
    today: '2026-12-04',
    name: 'Sam',
    age: 15,
    schoolYear: 10,
    hopes: [{ text: 'go to college', theme: 'learning_and_work', needs: [] }],
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  });

const needsOf = async (chat: Transcript) => (await chat.draft())!.needs.map((n) => n.text).join(' | ');

describe('a hard thing said beside words about dying, then "I\'m fine"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['i hate maths i wish i was dead lol', 'lol im fine its just maths', /^i hate maths$/],
    ['i hate spelling i wish i was dead lol', 'im fine honestly', /^i hate spelling$/],
    ['i hate maths lol i wish i was dead', 'lol im fine its just maths', /^i hate maths$/],
  ])('"%s" at the gentle check keeps the hard thing only', async (first, ok, kept) => {
    ({ chat } = await teen());
    expect(saidIn(await chat.say(first))).toContain(standard('safeguarding:gentle.question'));
    const after = await chat.say(ok);
    expect(after.at(-1)?.channelData?.outcomes?.step).toBe(Step.needsHelps);
    expect(await needsOf(chat)).toMatch(kept);
  });

  it.each(['i hate maths i want to die lol', 'maths makes me want to kill myself lol'])('"%s" gets the full answer, and no words about dying are kept', async (first) => {
    ({ chat } = await teen());
    expect(saidIn(await chat.say(first))).toMatch(/Childline/);
    await chat.say('lol im fine its just maths');
    await chat.say('carry on');
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
    expect(await needsOf(chat)).not.toMatch(DEATH);
  });
});
