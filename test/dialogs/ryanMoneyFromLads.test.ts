import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Ryan, 15, later in the chat after his worry about dropping stuff off for older lads was noted: "i got a bit saved from
 * the lads in town" at what helps, "only money i get is from dropping stuff off for the older lads" at what makes it
 * hard. Both are more of the noted worry: added to the note with a short word, never kept as help or a need, never a
 * second "Are you OK?". Before any note, the second is the full answer.
 */

const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const USED_NOTE = (d: Draft): Draft => ({ ...d, flags: [{ kind: 'safeguarding', category: 'exploitation', at: '2026-12-02T09:00:00.000Z', step: 'hopes.theme' }] });

async function at(step: typeof Step.needsHelps | typeof Step.needsBarrier, noted: boolean): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02',
    name: 'Ryan',
    age: 15,
    schoolYear: 10,
    hopes: [{ text: 'get my own car', theme: 'independent_living', needs: [] }],
    ...(noted ? { change: USED_NOTE } : {}),
    at: (d) => ({ stage: 'needs', step, topic: d.aspirations[0]!.id }),
  }));
  return chat!;
}

const kept = async (c: Transcript) => JSON.stringify((await c.draft())?.needs ?? []);
const flagCount = async (c: Transcript) => (await c.draft())?.flags.length ?? 0;

describe('after the note: more of the same worry joins it', () => {
  it.each([
    [Step.needsHelps, 'i got a bit saved from the lads in town'],
    [Step.needsHelps, 'the older lads sorted me out with cash'],
    [Step.needsHelps, 'got a few quid off the olders'],
    [Step.needsBarrier, 'only money i get is from dropping stuff off for the older lads'],
    [Step.needsBarrier, 'my money comes from dropping stuff off for some older boys'],
    [Step.needsBarrier, 'i earn a bit from doing runs for my mates brother'],
  ] as const)('at %s, %j gets a short word, no check, no new note, nothing kept', async (step, said) => {
    const c = await at(step, true);
    const replies = saidIn(await c.say(said));
    expect(c.step).toBe(step);
    expect(await flagCount(c)).toBe(1);
    expect(replies).not.toMatch(/0800 1111|Are you OK/);
    expect(replies).toMatch(new RegExp(`${escape(standard('safeguarding:toldMore.added'))}|${escape(standard('safeguarding:reminder.noLead'))}|${escape(standard('safeguarding:reminder.lead'))}`));
    expect(await kept(c)).not.toMatch(/lads|olders|older boys|dropping|runs/);
  });

  it.each(['i got a bit saved from my paper round', 'my nan helps me save money'])('%j at what helps is kept as help', async (said) => {
    const c = await at(Step.needsHelps, true);
    const replies = saidIn(await c.say(said));
    expect(replies).not.toContain(standard('safeguarding:toldMore.added'));
    expect(c.step).not.toBe(Step.safeguardingCheck);
  });
});

describe('after the note: a worry beside the money is read as ever', () => {
  it.each([
    'i got a bit saved from the lads in town and i dont eat at home',
    'got a few quid off the olders, theres never any food in',
    'got money off the lads in town, i cant sleep cos of the shouting',
    'got a bit off the older lads, i havent been in for weeks and nobody noticed',
    'the older lads sorted me out with cash. my dad hits me when hes drunk',
  ])('%j at what helps is checked or answered, never only added to the note', async (said) => {
    const c = await at(Step.needsHelps, true);
    const replies = saidIn(await c.say(said));
    expect(replies).not.toContain(standard('safeguarding:toldMore.added'));
    expect(replies).toMatch(/Are you OK|0800 1111/);
  });

  it.each(['got a few quid off the olders, its for trainers', 'i got a bit saved from the lads in town lol'])('%j still joins the note', async (said) => {
    const c = await at(Step.needsHelps, true);
    const replies = saidIn(await c.say(said));
    expect(replies).not.toMatch(/0800 1111|Are you OK/);
    expect(await flagCount(c)).toBe(1);
  });
});

describe('before any note', () => {
  it.each(['only money i get is from dropping stuff off for the older lads', 'all my money is from doing runs for this guy', 'i get my cash from running stuff for the lads from town'])(
    '%j gets the exploitation answer and a note',
    async (said) => {
      const c = await at(Step.needsBarrier, false);
      const replies = saidIn(await c.say(said));
      expect((await c.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
      expect(replies).toContain(standard('safeguarding:exploited.heard'));
    },
  );
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
