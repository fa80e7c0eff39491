import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * A kept fact put right is set aside from "Are you OK?" only when the fact now is that they do it themselves (or
 * nobody does). "my step dad does it in the bathroom" names someone new: asked after, and the need is not rewritten.
 */

const DRESSED: SeedHope = { text: 'get ready for college on my own', theme: 'independent_living', needs: ['My dad helps me get dressed'] };
const SAM: Seed = { today: '2026-12-03', name: 'Sam', age: 15, schoolYear: 11, hopes: [DRESSED] };

describe('a fact put right with someone new in it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"no thats wrong. dad doesnt help me get dressed now. my step dad does it in the bathroom" is asked after', async () => {
    ({ chat } = await startWith(SAM));
    const replies = await chat.say('no thats wrong. dad doesnt help me get dressed now. my step dad does it in the bathroom');
    expect(JSON.stringify(replies)).toMatch(/Are you OK/);
    expect((await chat.draft())!.needs.map((n) => n.text)).toContain('My dad helps me get dressed');
  });

  it('leave alone: "no thats wrong. dad doesnt help me get dressed now. i do it myself" is put right, not checked', async () => {
    ({ chat } = await startWith(SAM));
    const replies = await chat.say('no thats wrong. dad doesnt help me get dressed now. i do it myself');
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect(JSON.stringify(replies)).not.toMatch(/Are you OK/);
    expect((await chat.draft())!.needs.map((n) => n.text)).not.toContain('My dad helps me get dressed');
  });
});
