import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { renderHtml } from '../../src/export';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type SeedHope } from './journeySeed';

/*
 * The draft a coordinator reads puts each need and each piece of help in its EHC section (SEND Code
 * of Practice): college life and learning in B and F, medical care in C and G, care at home in D
 * and H. Sam, 19, is at college but only said "19" at the age question.
 */
const COURSE: SeedHope = { text: 'finish my course and get a job in IT', theme: 'learning_and_work', needs: [] };
const ANSWERS: Record<string, string> = {
  [Step.outcomeWhen]: 'by july',
  [Step.outcomeMeasure]: 'my tutor will tell me',
  [Step.outcomeDoesForMe]: 'i would feel proud',
  [Step.outcomeMakesPossible]: 'i could get a job',
};
const words = createWords();

/** The page text of one section of the HTML export, tags removed. */
function sectionOf(html: string, title: string): string {
  const start = html.indexOf(`<span class="title">${title}</span>`);
  const end = html.indexOf('<section', start + 1);
  return html.slice(start, end === -1 ? undefined : end).replace(/<[^>]+>/g, ' ').replace(/&quot;|&#39;/g, "'");
}

describe('needs and help land in the section a coordinator expects', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a 19-year-old student: group work and a fast tutor are in Section B, cooking in D', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 19, hopes: [COURSE], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('group work is really hard');
    await chat.say('nothing really');
    await chat.say('yes my tutor talks too fast and i cant keep up');
    await chat.say('nothing');
    await chat.say('yes cooking my own tea is really hard');
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.suggestedSection)).toEqual(['education', 'education', 'social_care']);
    const html = renderHtml(draft, { mode: 'standard', words, now: new Date('2026-12-02T10:00:00Z') });
    expect(sectionOf(html, 'Special educational needs')).toContain('group work is really hard');
    expect(sectionOf(html, 'Social care needs')).toContain('cooking my own tea');
  });

  it.each(['her feeds through the tube are hard to fit in', 'she is tube fed so she cant eat with her friends'])('"%s" from a parent is a health need (Section C)', async (typed) => {
    ({ chat } = await startWith({ ...parentSeed({ name: 'Amira', age: 8, schoolYear: 3 }, [{ text: 'to eat lunch with her friends', theme: 'friends_and_community', needs: [] }]), at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.needs.find((n) => n.text.startsWith(typed.split(' ')[0]!))?.suggestedSection).toBe('health');
    const html = renderHtml(draft, { mode: 'standard', words, now: new Date('2026-12-02T10:00:00Z') });
    // "she is ..." is a sentence, so its line starts with a capital.
    expect(sectionOf(html, 'Health needs')).toContain(typed.replace(/^she\b/, 'She').slice(0, 12));
  });

  it.each([
    ['a quiet room at college', 'education'],
    ['a mentor at college', 'education'],
    ['help with group work', 'education'],
    ['someone to push my wheelchair on college trips', 'education'],
    ['speech and language therapy in class', 'education'],
    ['my tube feeds at college', 'health'],
    ['my epilepsy medicine at college', 'health'],
    // Near-misses: therapy at home stays with health, short breaks with social care.
    ['speech therapy at home', 'health'],
    ['short breaks at weekends', 'social_care'],
  ])('help "%s" is given by %s', async (help, by) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 19, hopes: [COURSE] }));
    await chat.say('I will finish my course by july');
    for (let i = 0; i < 8 && chat.step !== Step.outcomeProvides && ANSWERS[chat.step ?? '']; i++) await chat.say(ANSWERS[chat.step ?? '']!);
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say(help);
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.provision.map((p) => [p.text, p.by])).toEqual([[help, by]]);
    const title = { education: 'Special educational provision', health: 'Health provision', social_care: 'Social care provision' }[by]!;
    expect(sectionOf(renderHtml(draft, { mode: 'standard', words, now: new Date('2026-12-02T10:00:00Z') }), title)).toContain(help);
  });
});
