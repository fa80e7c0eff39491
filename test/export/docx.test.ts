import { createWords } from '../../src/i18n';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/export';

const words = createWords();
import { HOSTILE, hostileDraft, NOW, sampleDraft } from './sampleDraft';

async function asHtml(buffer: Buffer): Promise<string> {
  return (await mammoth.convertToHtml({ buffer })).value;
}

async function asText(buffer: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer })).value;
}

const headingsOf = (html: string, level: number) =>
  [...html.matchAll(new RegExp(`<h${level}>(.*?)</h${level}>`, 'g'))].map((m) => m[1]);

describe('renderDocx', () => {
  it('opens as a Word document with the title, name, date and sections A to H as headings', async () => {
    const html = await asHtml(await renderDocx(sampleDraft({ flag: true }), { mode: 'standard', words, now: NOW }));
    expect(headingsOf(html, 1)).toEqual([
      'Section A: Views, interests and aspirations',
      'Section B: Special educational needs',
      'Section C: Health needs',
      'Section D: Social care needs',
      'Section E: Outcomes',
      'Section F: Special educational provision',
      'Section G: Health provision',
      'Section H: Social care provision',
    ]);
    expect(html).toContain('My views and outcomes: a draft for my Education, Health and Care (EHC) plan');
    expect(html).toContain('<strong>Maya</strong>');
    expect(html).toContain('10 March 2026');
  });

  it('puts each outcome in a table with its timeframe and the three questions', async () => {
    const html = await asHtml(await renderDocx(sampleDraft(), { mode: 'standard', words, now: NOW }));
    expect(headingsOf(html, 3)).toEqual(expect.arrayContaining(['Outcome 1: Learning and work', 'Outcome 3: Friends and community']));
    const tables = html.match(/<table>.*?<\/table>/g) ?? [];
    const second = tables.find((t) => t.includes('By next summer I will take the bus to town and back on my own'));
    expect(second).toBeDefined();
    expect(second).toContain('By next summer (31 July 2026)');
    expect(second).toContain('<strong>What would it do for me?</strong></p></td><td><p>I would not have to wait for my mum');
    expect(second).toContain('<strong>What would it make possible for me?</strong></p></td><td><p>Meeting my friends at the weekend');
    expect(second).toContain('Someone to talk to about my anxiety (Health)');
  });

  it('leaves out safeguarding flags', async () => {
    const text = await asText(await renderDocx(sampleDraft({ flag: true }), { mode: 'standard', words, now: NOW }));
    expect(text).not.toContain('harm_at_home');
    expect(text.toLowerCase()).not.toContain('safeguarding');
  });

  it('the key worker’s copy says a concern was raised for the safeguarding lead, never its kind', async () => {
    const text = await asText(await renderDocx(sampleDraft({ flag: true }), { mode: 'standard', words, now: NOW, forKeyWorker: { contributors: ['Kai'] } }));
    expect(text).toContain('recorded for the safeguarding lead');
    expect(text).not.toContain('harm_at_home');
  });

  it('keeps the person’s words as plain text, even when they look like markup', async () => {
    const buffer = await renderDocx(hostileDraft(), { mode: 'standard', words, now: NOW });
    const text = await asText(buffer);
    for (const payload of Object.values(HOSTILE)) expect(text).toContain(payload);
    const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
    expect(xml).not.toContain('<script');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('is marked as British English', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(sampleDraft(), { mode: 'standard', words, now: NOW }));
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('<w:lang w:val="en-GB"/>');
  });

  it('uses simple headings and larger type in easy-read', async () => {
    const buffer = await renderDocx(sampleDraft(), { mode: 'easy_read', words, now: NOW });
    const html = await asHtml(buffer);
    expect(headingsOf(html, 1)).toContain('Part E: My goals');
    expect(headingsOf(html, 1)).toContain('Part B: What makes it hard: learning');
    expect(headingsOf(html, 3)).toContain('Goal 1: Learning and work');
    expect(html).not.toMatch(/\bEHC\b/);
    const styles = await (await JSZip.loadAsync(buffer)).file('word/styles.xml')!.async('string');
    expect(styles).toContain('<w:sz w:val="28"/>');
  });
});
