import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { renderHtml } from '../../src/export';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { typedTo } from '../support/typedWay';

/*
 * The header of the draft a coordinator reads: a 19-year-old doing it alone is "The young person",
 * with no school year (school years are over at 19); "with someone helping" only when they said so.
 */
const words = createWords();
const header = async (chat: Transcript): Promise<string> => {
  const html = renderHtml((await chat.draft())!, { mode: 'standard', words, now: new Date('2025-03-10T10:00:00Z') });
  return html.slice(0, html.indexOf('<section')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
};

describe('who is answering and the school year in the header', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['no one is helping me', "nobody's helping, just me", 'me, on my own', "i'm doing this by myself"])('"%s" at 19: the young person, no school year', async (who) => {
    chat = await typedTo(Step.aboutMeStrengths, { age: "i'm 19, in my first year at college" }, { [Step.welcomeWho]: who });
    expect((await chat.draft())!.youngPerson.who).toBe('self');
    const top = await header(chat);
    expect(top).toContain('The young person');
    expect(top).not.toContain('someone helping');
    expect(top).not.toMatch(/Year \d+/);
  });

  it('"my mum is helping me" says so, and a pupil in Year 10 keeps the year', async () => {
    chat = await typedTo(Step.aboutMeStrengths, { age: 'year 10' }, { [Step.welcomeWho]: 'my mum is helping me' });
    const top = await header(chat);
    expect(top).toContain('with someone helping');
    expect(top).toContain('Year 10');
  });
});
