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
