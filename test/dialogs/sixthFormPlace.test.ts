import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';
import { renderHtml } from '../../src/export';
import { createWords } from '../../src/i18n';

/*
 * Ollie (17, Year 12) is at a sixth form, not a college. Asked which school year he is in, he says
 * so: he is kept at sixth form in Year 12, the safety question says "at sixth form", the "by when?"
 * choices name the end of sixth form (never a college year), and his draft's exports show it.
 */
const TODAY = { today: '2026-12-05' };
const OLLIE = { name: 'Ollie', age: '17' };

describe('a sixth form is its own place of learning', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"It is a sixth form, not a college" at the school year question: sixth form, Year 12, read back', async () => {
    chat = await typedTo(Step.welcomeAge, OLLIE, {}, TODAY);
    await chat.say('17');
    const said = await chat.say('It is a sixth form, not a college');
    const person = (await chat.draft())!.youngPerson;
    expect(person.education).toBe('sixth_form');
    expect(person.schoolYear).toBe(12);
    expect(saidIn(said)).toMatch(/at sixth form/);
    expect(chat.step).toBe(Step.welcomeInvite);
  });

  it('the safety question names sixth form', async () => {
    chat = await typedTo(Step.aboutMeSafe, OLLIE, { [Step.welcomeAge]: ['17', 'its sixth form not college'] }, TODAY);
    expect(chat.lastQuestion?.activity.text ?? '').toMatch(/at sixth form/);
    expect(chat.lastQuestion?.activity.text ?? '').not.toMatch(/college/);
  });

  it('"by when?" offers the end of sixth form, never a college year, and the export shows sixth form', async () => {
    chat = await typedTo(Step.outcomeWhen, OLLIE, { [Step.welcomeAge]: ['17', 'It is a sixth form, not a college'], [Step.hopesDream]: 'get a job in a garage', [Step.hopesMore]: 'no', [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'], [Step.needsBarrier]: 'i get lost on buses', [Step.needsHelps]: 'my mum shows me', [Step.needsMore]: 'no', [Step.outcomeStep]: 'get the bus to work on my own' }, TODAY);
    const choices = chat.lastQuestion?.choices ?? [];
    expect(choices).toContain('End of sixth form');
    expect(choices.join(' ')).not.toMatch(/college/i);
    await chat.say('end of sixth form');
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.timeframe?.date).toBe('2028-07-21');
    expect(draft.youngPerson.education).toBe('sixth_form');
    const html = renderHtml(draft, { mode: 'standard', words: createWords(), now: new Date('2026-12-05T12:00:00Z') });
    expect(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toMatch(/Education Sixth form/);
  });
});
