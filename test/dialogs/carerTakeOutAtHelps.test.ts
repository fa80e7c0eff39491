import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * Pat, 61, special guardian of Ellie (6). Her aside about her own health was kept as a hope before.
 * At "what already helps?", "can you take out my health bit" asks to take that hope out: it is
 * offered, and the hard thing is never overwritten by another answer.
 */

const HEALTH = 'my own health isnt great either i have diabetes and my knees, so i worry who will look after her if anything happens to me';
const TALK = { text: 'to talk so people understand her', theme: 'friends_and_community' as const, needs: ['well her speech mainly, people cant understand her'] };
const ASIDE = { text: HEALTH, theme: null, needs: [] };

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atHelps(): Promise<Transcript> {
  ({ chat } = await startWith(parentSeed({ name: 'Ellie', age: 6, schoolYear: 1 }, [TALK, { text: 'to make a friend', theme: 'friends_and_community', needs: [] }, ASIDE], { at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id }) })));
  return chat!;
}

describe('"can you take out my health bit" at what helps', () => {
  it.each([
    'but did you see what i said about my health bit, can you take it out',
    'can you take out the bit about my health',
    'please remove the bit about my diabetes',
    'take my health bit off please',
    'the bit about my knees can come out',
    'can u delete wot i said about my health',
    'what i said about my knees, can you leave it out please',
  ])('%j offers to take out the health hope; the hard thing stays', async (said) => {
    const c = await atHelps();
    const replies = saidIn(await c.say(said));
    const draft = (await c.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(['well her speech mainly, people cant understand her']);
    expect(JSON.stringify(draft.needs)).not.toMatch(/take|remove|delete/);
    expect(replies).toMatch(/diabetes/i);
    expect(replies).not.toMatch(/I've changed/);
  });

  it.each(['the speech therapy when she gets it', 'she takes her time and we use pictures', 'taking her out to the park helps'])(
    '%j is help: kept beside the hard thing, nothing offered to take out',
    async (said) => {
      const c = await atHelps();
      const replies = saidIn(await c.say(said));
      expect(replies).not.toMatch(/Shall I take out/);
      expect((await c.draft())!.needs.map((n) => n.text)).toEqual(['well her speech mainly, people cant understand her']);
      expect((await c.draft())!.aspirations).toHaveLength(3);
    },
  );
});

/** Ellie's hard thing overwritten by her help earlier, as Pat met it. */
async function atHelpsOverwritten(hard: string): Promise<Transcript> {
  const hope = { ...TALK, needs: [hard] };
  ({ chat } = await startWith(parentSeed({ name: 'Ellie', age: 6, schoolYear: 1 }, [hope], { at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }) })));
  return chat!;
}

describe('"you put that where the hard bit was, the hard bit is her speech"', () => {
  it.each([
    ['so what helps is the speech therapy and Miss Khans lunchtime talking group. but you put that where the hard bit was, the hard bit is her speech', 'the speech therapy when she gets it', 'the speech therapy and Miss Khans lunchtime talking group', 'her speech'],
    ['what helps is her visual timetable. you put it as the hard thing, the hard thing is changes to routine', 'her visual timetable at school', 'her visual timetable', 'changes to routine'],
    ['the help is her ear defenders. youve put that in the hard bit. the hard bit was loud noises', 'ear defenders', 'her ear defenders', 'loud noises'],
    ['sensory breaks help. u put that where the problem was, the problem is sitting still', 'sensory breaks in class', 'sensory breaks help', 'sitting still'],
    ['her key worker helps. thats gone in the hard bit! the hard bit is mornings', 'her key worker', 'her key worker helps', 'mornings'],
  ])('%j: the help kept as help, the hard thing put back', async (said, overwritten, help, hard) => {
    const c = await atHelpsOverwritten(overwritten);
    const replies = saidIn(await c.say(said));
    const need = (await c.draft())!.needs[0]!;
    expect(need.text).toBe(hard);
    expect(need.helps).toEqual([help]);
    expect(replies).toContain(`"${hard}"`);
  });

  it('when the hard thing already says it, only the help is kept', async () => {
    const c = await atHelpsOverwritten('well her speech mainly, people cant understand her');
    await c.say('so what helps is the speech therapy. but you put that where the hard bit was, the hard bit is her speech');
    const need = (await c.draft())!.needs[0]!;
    expect(need.text).toBe('well her speech mainly, people cant understand her');
    expect(need.helps).toEqual(['the speech therapy']);
  });

  it.each(['the hard bit is her speech, the speech therapy helps', 'she put that where the toys go, which helps'])('%j is read as usual: the hard thing is not replaced', async (said) => {
    const c = await atHelpsOverwritten('well her speech mainly, people cant understand her');
    await c.say(said);
    expect((await c.draft())!.needs[0]!.text).toBe('well her speech mainly, people cant understand her');
  });
});
