import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/*
 * A list of help typed at "what help would she need?": each piece of help is a row of its own; a
 * clause about the help before it ("and she likes it", "which she wears in assembly") stays with
 * that help, never a row of its own.
 */

const SEED = parentSeed({ name: 'Mia', age: 9, schoolYear: 4 }, [{ text: 'stay calm at school', theme: 'health_and_wellbeing', needs: ['she gets overwhelmed in class'] }]);
const TO_HELP = ['Mia will stay in class for the whole lesson', 'by the summer', 'her teacher will tell me', 'she would feel proud', 'she could join clubs'];

async function helpKept(typed: string): Promise<string[]> {
  ({ chat } = await startWith(SEED));
  for (const said of TO_HELP) await chat.say(said);
  await chat.say(typed);
  return (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text);
}

let chat: Transcript;

describe('a list of help with clauses in it', () => {
  afterEach(async () => chat?.close());

  it('"a TA, a quiet room, extra time, visual timetable" is four pieces of help', async () => {
    expect(await helpKept('a TA, a quiet room, extra time, visual timetable')).toEqual(['a TA', 'a quiet room', 'extra time', 'visual timetable']);
  });

  it('"..., visual timetable, and she likes it": "she likes it" stays with the timetable', async () => {
    const help = await helpKept('a TA, a quiet room, extra time, visual timetable, and she likes it');
    expect(help).toHaveLength(4);
    expect(help.slice(0, 3)).toEqual(['a TA', 'a quiet room', 'extra time']);
    expect(help[3]).toMatch(/^visual timetable\b.*she likes it$/);
  });

  it('"which she wears in assembly" and "because the hall is loud" stay with the help they are about', async () => {
    expect(await helpKept('ear defenders, which she wears in assembly, a movement break, and a visual timetable')).toEqual([
      'ear defenders, which she wears in assembly',
      'a movement break',
      'a visual timetable',
    ]);
    const help = await helpKept('her TA, she trusts her, and a quiet room at lunch, because the hall is loud');
    expect(help).toEqual(['her TA, she trusts her', 'a quiet room at lunch, because the hall is loud']);
  });
});
