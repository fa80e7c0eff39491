import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { namesHelpAfterNothing, saysNobodyHelpsThere } from '../../src/language/nothingHelps';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/** A mother with simple English, asked about Arjun (7) at the needs questions. */
async function atHelps(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02', who: 'parent_carer', name: 'Arjun', age: 7, schoolYear: 2,
    hopes: [{ text: 'Arjun will be independent', theme: 'independent_living', needs: [] }],
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  });
  await chat.say('he cannot go toilet alone');
  expect(chat.step).toBe(Step.needsHelps);
  return chat;
}

describe('what already helps, typed by a parent in simple English', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"nothing yet. sometimes TA take him in small room, that is better" keeps the small room as help', async () => {
    chat = await atHelps();
    await chat.say('nothing yet. sometimes TA take him in small room, that is better');
    const need = (await chat.draft())!.needs[0]!;
    expect(need.helps).toEqual(['sometimes TA take him in small room, that is better']);
  });

  it('"nothing yet" alone keeps nothing', async () => {
    chat = await atHelps();
    const replies = await chat.say('nothing yet');
    expect(replies.map((r) => r.text).join(' ')).toMatch(/Finding what helps/);
    expect((await chat.draft())!.needs[0]!.helps ?? []).toEqual([]);
  });

  it('"what you mean helps? at playtime nobody help him..." is answered for a parent and kept as a hard thing, never as help', async () => {
    chat = await atHelps();
    const replies = (await chat.say('what you mean helps? at playtime nobody help him, dinner lady only watch')).map((r) => r.text).join(' ');
    expect(replies).toMatch(/What already helps Arjun/);
    expect(replies).not.toMatch(/my mum comes with me/);
    expect(replies).not.toMatch(/good to know what works/);
    const needs = (await chat.draft())!.needs;
    expect(needs.flatMap((n) => n.helps ?? [])).toEqual([]);
    expect(needs.map((n) => n.text)).toContain('at playtime nobody help him, dinner lady only watch');
  });

  it('"no. why you say good to know what works?" at "anything else?" is a no, never kept as a hard thing', async () => {
    chat = await atHelps();
    await chat.say('picture cards');
    expect(chat.step).toBe(Step.needsMore);
    await chat.say('no. why you say good to know what works?');
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['he cannot go toilet alone']);
  });
});

describe('readers of help beside "nothing" and "nobody"', () => {
  it('help named after "nothing yet", and where nobody helps', () => {
    expect(namesHelpAfterNothing('sometimes TA take him in small room, that is better')).toBe(true);
    expect(saysNobodyHelpsThere('at playtime nobody help him, dinner lady only watch')).toBe(true);
  });
  it('leaves alone what names no help, and a bare "nobody helps"', () => {
    expect(namesHelpAfterNothing('he is fine')).toBe(false);
    expect(namesHelpAfterNothing('nothing really helps')).toBe(false);
    expect(namesHelpAfterNothing('the timer does not help')).toBe(false);
    expect(saysNobodyHelpsThere('nobody helps')).toBe(false);
    expect(saysNobodyHelpsThere('nobody said that to him')).toBe(false);
  });
});
