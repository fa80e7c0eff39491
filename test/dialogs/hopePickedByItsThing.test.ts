import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { hopePickedByWords } from '../../src/language/hopePicked';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * "yeah one for the flat hope" with a hope to "have my own place one day": the hope is chosen by
 * another word for the same thing, and the next question quotes the hope's own words.
 */

const HOPES = [
  { id: 'a', text: 'get a job at the football ground' },
  { id: 'b', text: 'have my own place one day' },
];

describe('a hope picked by another word for the same thing', () => {
  it.each(['yeah one for the flat hope', 'no i mean my own place hope', 'one for my home', 'the work one'])('"%s"', (words) => {
    expect(hopePickedByWords(words, HOPES)?.id).toBe(words === 'the work one' ? 'a' : 'b');
  });
});

describe('at "add another outcome?"', () => {
  let chat: Transcript | undefined;
  afterEach(async () => chat?.close());

  it('"yeah one for the flat hope" asks the step question for that hope, in its own words', async () => {
    ({ chat } = await startWith({
      today: '2026-12-02', name: 'Josh', age: 20,
      hopes: [
        { text: 'get a job at the football ground', theme: 'learning_and_work', needs: ['forms confuse me'] },
        { text: 'have my own place one day', theme: 'independent_living', needs: ['I cant cook'] },
      ],
    }));
    await chat.say('i will fill in a job form with my support worker');
    await chat.say('stop');
    await chat.say('just this goal');
    expect(chat.step).toBe(Step.outcomeAnother);
    const replies = await chat.say('yeah one for the flat hope');
    const said = replies.map((a) => a.text ?? '').join('\n');
    expect(said).not.toContain('flat hope');
    expect(said).toContain('have my own place one day');
    expect(chat.step).toBe(Step.outcomeStep);
  });
});
