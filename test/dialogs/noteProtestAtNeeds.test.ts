import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { atWhatHelpsWithANote } from '../support/noteAtNeeds';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn } from '../support/typedWay';

/*
 * A mum's words about her son were read as harm and got a note. At "what already helps?", she
 * protests: "Why you say no child treated like that?? Nobody hurt Yusuf...", "Please remove that note.
 * Nobody hurt him", "Bullying?? It is not bullying. He hit his own head". Each is a protest, never a new
 * worry and never her answer: a plain sorry, the note stays with her words beside it for the key
 * worker, and the question again. No second note, no "Are you OK?", no help lines again.
 */

const PARENT = { who: 'A parent or carer', name: 'Yusuf', age: '5' } as const;
const MISREAD = 'when Yusuf is overwhelmed he can be really rough with Poppy. He pushes her or pulls her hair';
const SORRY = /\bI'm (?:really |so )?sorry\b/i;
const NOTE_WITH_HER_WORDS = /The note stays, .*with your words beside it/;

let chat: Transcript | undefined;
closeAfterEach(() => chat);

const atWhatHelpsForYusuf = () =>
  atWhatHelpsWithANote(PARENT, 'to be able to tell us what he needs', MISREAD, [
    'yes we are safe',
    ['carry on', /You said: "when Yusuf is overwhelmed/],
    ['yes', /What already helps Yusuf with this\?/],
  ]);

describe('a parent protests at the note, at the next needs question', () => {
  it.each([
    'Why you say no child treated like that?? Nobody hurt Yusuf...',
    'Please remove that note. Nobody hurt him',
    'Bullying?? It is not bullying. He hit his own head',
    'why did you say that? it is not bullying',
  ])('%j: sorry, the note keeps her words, the question again; never kept, never a second note', async (typed) => {
    chat = await atWhatHelpsForYusuf();
    const before = JSON.stringify((await chat.draft())?.needs);
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(SORRY);
    expect(replies).toMatch(NOTE_WITH_HER_WORDS);
    expect(replies).not.toMatch(/Are you OK|No child should be treated like that/i);
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(/I kept/);
    expect(chat.step).toBe(Step.needsHelps);
    expect(replies).toMatch(/What already helps Yusuf with this\?/);
    const draft = await chat.draft();
    expect(draft?.flags).toHaveLength(1);
    expect(draft?.flags[0]?.takenBackAt).toBeDefined();
    const [concern] = await chat.concerns!.list();
    expect(JSON.stringify(await chat.concerns!.get(concern!.id))).toContain(JSON.stringify(typed).slice(1, -1));
    expect(JSON.stringify(draft?.needs)).toBe(before);
  });

  it('near-miss: "bullying? yes his brother bullies him" is a worry, not a protest', async () => {
    chat = await atWhatHelpsForYusuf();
    const replies = saidIn(await chat.say('bullying? yes his brother bullies him'));
    expect(replies).not.toMatch(NOTE_WITH_HER_WORDS);
    expect((await chat.draft())?.flags.every((f) => !f.takenBackAt)).toBe(true);
  });
});
