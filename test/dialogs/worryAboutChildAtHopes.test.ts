import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Position } from '../../dialogs/journey';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * A parent at "Do you have another hope or dream for Ben?" types "I worry the other children will
 * notice": a worry about how others see the child, neither a hope nor the family's own worry, and no
 * disclosure. It is heard as a worry and left for the question about what is hard.
 */

const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('"I worry the other children will notice" at "another hope?"', () => {
  it('is heard as a worry, never kept as a hope, and raises no flag', async () => {
    ({ chat } = await startWith(
      parentSeed({ name: 'Ben', age: 8, schoolYear: 3 }, [{ text: 'to have friends at school', theme: 'friends_and_community', needs: [] }], {
        at: (): Position => ({ stage: 'hopes', step: Step.hopesMore }),
      }),
    ));
    expect(chat.step).toBe(Step.hopesMore);
    const replies = saidIn(await chat.say('I worry the other children will notice'));
    expect(replies).toContain(standard('hopes:worryAboutChild'));
    expect(replies).not.toContain(standard('hopes:carerWorry'));
    const draft = await chat.draft();
    expect(draft?.aspirations.map((a) => a.text)).toEqual(['to have friends at school']);
    expect(JSON.stringify(draft?.needs)).not.toMatch(/notice/);
    expect(draft?.flags).toEqual([]);
    expect(chat.step).toBe(Step.hopesMore);
  });
});
