import { createWords } from '../../src/i18n';
import { describe, expect, it } from 'vitest';
import { addAspiration, addNeed, addOutcomeStep, addProvision, createDraft, setStatus, updateOutcome } from '../../src/domain/draft';
import { needSection } from '../../src/language';
import { renderHtml } from '../../src/export';
import { HOSTILE, hostileDraft, NOW, sampleDraft } from './sampleDraft';

const words = createWords();

const STANDARD_HEADINGS = [
  'Views, interests and aspirations',
  'Special educational needs',
  'Health needs',
  'Social care needs',
  'Outcomes',
  'Special educational provision',
  'Health provision',
  'Social care provision',
];

/** The h2 texts in page order, tags removed. */
function headings(html: string): string[] {
  return [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
}

/** The part of the page between the heading containing `from` and the next section. */
function sectionText(html: string, title: string): string {
  const start = html.indexOf(`<span class="title">${title}</span>`);
  expect(start).toBeGreaterThan(-1);
  const end = html.indexOf('<section', start);
  return html.slice(start, end === -1 ? undefined : end);
}

describe('renderHtml', () => {
  const html = renderHtml(sampleDraft({ flag: true }), { mode: 'standard', words, now: NOW });

  it('is an en-GB page with sections A to H in plan order', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(headings(html)).toEqual(STANDARD_HEADINGS.map((title, i) => `Section ${'ABCDEFGH'[i]} ${title}`));
  });

  it('stands alone: no script, no external resource, print styles inline', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)=/i);
    expect(html).toContain('@media print');
    expect(html).toContain('10 March 2026');
  });

  it('puts each outcome in a table with its timeframe and the three questions', () => {
    const outcomes = sectionText(html, 'Outcomes');
    expect(outcomes.match(/<table class="outcome">/g)).toHaveLength(3);
    expect(outcomes).toContain('<caption>Outcome 2: Independent living</caption>');
    expect(outcomes).toContain('By next summer (31 July 2026)');
    expect(outcomes).toContain('What would it do for me?</th><td class="own-words">I would not have to wait for my mum');
    expect(outcomes).toContain('What would it make possible for me?</th><td class="own-words">Meeting my friends at the weekend');
    expect(outcomes).toContain('<li>Travel training for 12 weeks (Social care)</li>');
  });

  it('sorts needs into B, C and D and provision into F, G and H', () => {
    expect(sectionText(html, 'Special educational needs')).toContain('I find it hard to start talking to people I do not know');
    expect(sectionText(html, 'Special educational needs')).toContain('I have not sorted my needs');
    expect(sectionText(html, 'Health needs')).toContain('I get anxious when the bus is late or busy');
    expect(sectionText(html, 'Social care needs')).toContain('I do not know about clubs near me');
    expect(sectionText(html, 'Health provision')).toContain('Someone to talk to about my anxiety</td><td>Outcome 2');
    expect(sectionText(html, 'Social care provision')).toContain('Short breaks worker to go with me the first few times</td><td>Outcome 3');
    expect(sectionText(html, 'Health provision')).not.toContain('Travel training');
  });

  it('leaves out safeguarding flags', () => {
    expect(html).not.toContain('harm_at_home');
    expect(html.toLowerCase()).not.toContain('safeguarding');
  });

  it('the key worker’s copy says a concern was raised for the safeguarding lead, and when, never its kind', () => {
    const copy = renderHtml(sampleDraft({ flag: true }), { mode: 'standard', words, now: NOW, forKeyWorker: { contributors: ['Kai', 'Kim (key worker)'] } });
    expect(copy).toMatch(/A safeguarding concern was raised in the chat on \d{1,2} \w+ \d{4} and recorded for the safeguarding lead/);
    expect(copy).not.toContain('harm_at_home');
    const unflagged = renderHtml(sampleDraft(), { mode: 'standard', words, now: NOW, forKeyWorker: { contributors: ['Kai'] } });
    expect(unflagged.toLowerCase()).not.toContain('safeguarding');
  });

  it('shows the person’s words as text, never as markup', () => {
    const page = renderHtml(hostileDraft(), { mode: 'standard', words, now: NOW });
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    // An event handler inside any tag would run; as text between tags it is harmless.
    expect(page).not.toMatch(/<[^>]*\bon\w+=/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('**bold** [link](javascript:alert(1))');
    expect(page).toContain('<th scope="row">Name</th><td>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</td>');
    // Interpolation happens once: text that looks like a placeholder stays as typed.
    expect(page).toContain('{{phrase}} $t(export:title) (by 31 July 2026)');
  });

  it('drops control characters that would corrupt the page', () => {
    const draft = sampleDraft({ name: 'Ma\u0000ya\u0007' });
    expect(renderHtml(draft, { mode: 'standard', words, now: NOW })).toContain('<td>Maya</td>');
  });

  it('marks what is not answered yet instead of leaving gaps', () => {
    const page = renderHtml(createDraft({ now: NOW }), { mode: 'standard', words, now: NOW });
    expect(headings(page)).toHaveLength(8);
    expect(page.match(/Not answered yet\./g)).toHaveLength(4);
    expect(page.match(/Nothing here yet\./g)).toHaveLength(7);
  });
});

describe('renderHtml in easy-read', () => {
  const standard = renderHtml(sampleDraft(), { mode: 'standard', words, now: NOW });
  const easy = renderHtml(sampleDraft(), { mode: 'easy_read', words, now: NOW });

  it('uses simple headings and larger type', () => {
    expect(headings(easy)).toEqual([
      'Part A About me and what I want',
      'Part B What makes it hard: learning',
      'Part C What makes it hard: my health',
      'Part D What makes it hard: everyday life',
      'Part E My goals',
      'Part F Help with learning',
      'Part G Help with my health',
      'Part H Help with everyday life',
    ]);
    expect(easy).toContain('<body class="easy-read">');
    expect(easy).toMatch(/html \{ font-size: 1\.2rem; \}/);
    expect(easy).toContain('<caption>Goal 1: Learning and work</caption>');
    expect(easy).toContain('<h3>What I want</h3>');
  });

  it('spells out the plan’s name and keeps the same words of the person', () => {
    expect(easy).toContain('Education, Health and Care plan');
    expect(easy).not.toMatch(/\bEHC\b/);
    for (const words of ['I never give up on a drawing', 'By Christmas I will go to a youth club every week']) {
      expect(easy).toContain(words);
      expect(standard).toContain(words);
    }
  });
});

describe('renderHtml: what a coordinator needs from the coaching', () => {
  it('shows the measure, how often, the short steps, the PfA area and the suggested need sections', () => {
    let draft = sampleDraft();
    const outcome = draft.outcomes[0]!;
    draft = addProvision(draft, outcome.id, 'travel training', 'social_care', 'twice a week').draft;
    draft = addOutcomeStep(draft, outcome.id, { text: 'get the bus with my TA', timeframe: { phrase: 'by Easter', date: '2026-03-27' } });
    draft = updateOutcome(draft, outcome.id, { pfaArea: 'employment' });
    draft = setStatus(draft, 'ready_for_review');
    const html = renderHtml(draft, { mode: 'standard', words, now: NOW });
    const outcomes = sectionText(html, 'Outcomes');
    expect(outcomes).toContain('How we will know');
    expect(outcomes).toContain(outcome.measure!);
    expect(outcomes).not.toContain(`(${outcome.measure!}`);
    expect(outcomes).toContain('travel training, twice a week (Social care)');
    expect(outcomes).toContain('get the bus with my TA (by Easter, 27 March 2026)');
    expect(outcomes).toContain('Employment');
    expect(html).toContain('Ready for my key worker to review');
  });
});

describe('needs in Section B carry their area, from their words', () => {
  it('"his speech" reads as talking, "his temper" as feelings; a health need stays in Section C with no area', () => {
    const hope = addAspiration(createDraft({ id: 'areas', now: NOW, who: 'parent_carer' }), 'to have friends', 'friends_and_community');
    const typed = ['his speech, he cant say what he wants', 'he loses his temper a lot', 'he is tired all the time'];
    const draft = typed.reduce((d, text) => addNeed(d, text, [hope.aspiration.id], needSection(text)).draft, hope.draft);
    const html = renderHtml(draft, { mode: 'standard', words, now: NOW });
    const needs = sectionText(html, 'Special educational needs');
    expect(needs).toContain('his speech, he cant say what he wants (talking and understanding)');
    // A need typed as a sentence starts with a capital on its own line; a phrase ("his speech, ...") stays as typed.
    expect(needs).toContain('He loses his temper a lot (feelings and getting on with others)');
    expect(sectionText(html, 'Health needs')).toMatch(/He is tired all the time\s*</);
  });
});
