import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownVars } from '../../src/security/escape';
import { runApp, type RunningApp } from '../support/inProcessApp';
import { postBotFramework, repliesOf } from '../support/appClients';

interface MarkdownRenderer {
  render(markdown: string): string;
}
type MarkdownItConstructor = new (options: Record<string, boolean>) => MarkdownRenderer;

// markdown-it ships with Web Chat; loaded untyped, so it is given the one method used here.
const load = createRequire(path.join(process.cwd(), 'package.json'));
const MarkdownIt = load('markdown-it') as MarkdownItConstructor;
/** Web Chat's own Markdown settings (botframework-webchat/lib/markdown/renderMarkdown.js): HTML allowed. */
const webChat = new MarkdownIt({ breaks: false, html: true, linkify: true, typographer: true, xhtmlOut: true });

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '![pic](https://tracker.example/p.gif)',
  '<a href="https://evil.example">prize</a>',
  '# I am a heading\n- and a list\n1. numbered',
  '**bold** _it_ `code` ~~gone~~ | a | b |',
  '&lt;b&gt;entity&lt;/b&gt;',
  'Title\n===',
  '<https://evil.example>',
];

/**
 * The tags Markdown made from plain words, beyond paragraphs and line breaks. A web address typed
 * as such is linkified by Web Chat whatever the escaping (shown as typed, opened in a new tab):
 * such a link, whose text is its own address, is not counted.
 */
const markupIn = (html: string) =>
  [...html.replace(/<a href="([^"]+)">\1<\/a>/g, '$1').matchAll(/<\/?([a-z0-9]+)/gi)]
    .map((m) => m[1]!.toLowerCase())
    .filter((tag) => tag !== 'p' && tag !== 'br');

describe('escapeMarkdown', () => {
  it.each(HOSTILE)('shows %j as the words typed, never as markup', (typed) => {
    expect(markupIn(webChat.render(escapeMarkdown(typed)))).toEqual([]);
  });

  it('leaves everyday words alone', () => {
    expect(escapeMarkdown("I'd like to go to college, maybe? Yes!")).toBe("I'd like to go to college, maybe? Yes!");
    expect(webChat.render(escapeMarkdown('Tom & Jerry: 2-3 times a week.'))).toContain('Tom &amp; Jerry: 2-3 times a week.');
  });

  it('escapes only the text placeholders', () => {
    expect(escapeMarkdownVars({ name: '<b>Amira</b>', count: 3 })).toEqual({ name: '\\<b\\>Amira\\</b\\>', count: 3 });
  });
});

let running: RunningApp;

beforeAll(async () => {
  running = await runApp({ LOG_LEVEL: 'silent' });
});

afterAll(async () => {
  await running?.stop();
});

describe('a young person\'s words read back by the bot', () => {
  /**
   * Known gap outside this folder: the dialogs put the person's words into bot messages raw
   * (i18n interpolation has escapeValue: false; e.g. the thanks after welcome.name, the outcome
   * read-back, review.change). Fix: pass `escapeMarkdownVars(vars)` to `t()` for `text` in
   * dialogs/say.ts (questionActivity, statementActivity, sayAll) and in the review card builder,
   * keeping raw vars for `speak`. When fixed, change `it.fails` to `it`.
   */
  it('come back as words, never as HTML or links in Web Chat', async () => {
    const conversation = { id: 'escape-check' };
    const texts: string[] = [];
    const say = async (text: string) => {
      const reply = await postBotFramework(running.url, { type: 'message', text, conversation });
      texts.push(...repliesOf(reply).map((a) => a.text ?? ''));
    };
    await postBotFramework(running.url, { type: 'conversationUpdate', conversation, membersAdded: [{ id: 'person-1' }] });
    for (const text of ['Standard words', "Yes, that's OK", 'Me, about myself', '<img src=x onerror=alert(1)> [x](javascript:alert(1))', 'Year 9', 'No code']) {
      await say(text);
    }
    for (const text of ['I am kind', 'my dog', 'patience', 'yes i do']) await say(text);
    for (const text of [...HOSTILE.slice(0, 3), 'no', 'no', 'no']) await say(text);
    expect(texts.length).toBeGreaterThan(5);
    // The bot's own signpost to Childline's website is meant to be a link; everything else must be plain words.
    const ours = (text: string) => text.includes('childline.org.uk');
    for (const text of texts.filter((t) => !ours(t))) expect(markupIn(webChat.render(text)), text).toEqual([]);
  });
});
