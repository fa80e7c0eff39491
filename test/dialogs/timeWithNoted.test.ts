import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * Skye (14) told of Reece (19) who says she owes him for vapes and lifts; then "go out wiv reece without my mum movin"
 * was kept as a hope and coached into staying at his. A hope to spend time with the person the note is about is
 * never kept: she is told kindly the bot can't help with that, a safe adult can talk it through, and it goes to the note.
 */
const standard = createWords().forMode('standard');

let chat: Transcript | undefined;
closeAfterEach(() => chat);

async function withReeceNoted(): Promise<Transcript> {
  const c = await typedTo(Step.hopesDream, { name: 'Skye', age: '14' });
  const said = saidIn(await c.say('reece is 19 n he says i owe him for the vapes n lifts'));
  expect(said).toMatch(/Childline/);
  await c.say('yes');
  await c.say('carry on');
  return c;
}

describe('a hope to spend time with the person a note is about', () => {
  it.each(['go out wiv reece without my mum movin', 'i want to see reece more', 'stay round reeces on weekends', 'me n reece going to the beach', 'live with Reece when im 16'])(
    '%j: not kept, said kindly, the question again',
    async (typed) => {
      chat = await withReeceNoted();
      const at = chat.step;
      const said = saidIn(await chat.say(typed));
      expect(said).toContain(standard('safeguarding:timeWithNoted.cantPlan', { name: 'Reece' }));
      expect(said).toContain(standard('safeguarding:timeWithNoted.talk'));
      expect(JSON.stringify((await chat.draft())?.aspirations)).not.toMatch(/reece/i);
      expect(chat.step).toBe(at);
    },
  );

  it.each(['i want to stop seeing reece', 'go out with my mates', 'i want to be a chef'])('%j: kept as a hope as ever', async (typed) => {
    chat = await withReeceNoted();
    const said = saidIn(await chat.say(typed));
    expect(said).not.toContain(standard('safeguarding:timeWithNoted.cantPlan', { name: 'Reece' }));
    expect((await chat.draft())?.aspirations.length).toBeGreaterThan(0);
  });
});
