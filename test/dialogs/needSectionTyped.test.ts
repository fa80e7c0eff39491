import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { needSection } from '../../src/language';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * Reece (16) says what makes his hopes hard, one thing at a time. Each need is filed by its words:
 * getting about on his own is social care's (D), sleep is health's (C), noise and touch are a
 * sensory need, one of the four areas of special educational need (B).
 */
async function atBarrier(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02', name: 'Reece', age: 16, schoolYear: 11,
    hopes: [{ text: 'go to college to do motor mechanics', theme: 'learning_and_work', needs: [] }],
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  });
  return chat;
}

describe('the section of each need, from its words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('Reece\'s needs said one by one are each filed by what they are about', async () => {
    chat = await atBarrier();
    const turns = ['loud noise and people touching me', 'headphones', 'yes', 'i cant get the bus on my own', 'my mum takes me', 'yes', 'i cant sleep'];
    for (const said of turns) {
      await chat.say(said);
    }
    const sections = Object.fromEntries((await chat.draft())!.needs.map((n) => [n.text, n.suggestedSection]));
    expect(sections).toMatchObject({ 'loud noise and people touching me': 'education', 'i cant get the bus on my own': 'social_care', 'i cant sleep': 'health' });
  });

  it('reads other wordings of the same needs', () => {
    for (const said of ['i cant get the bus on my own', 'getting the train by myself', 'i cant go out on my own']) expect(needSection(said)).toBe('social_care');
    for (const said of ['i cant sleep', 'i lie awake all night', 'i never get to sleep till 3']) expect(needSection(said)).toBe('health');
    for (const said of ['loud noise and people touching me', 'loud noises and being touched', 'crowds and bright lights']) expect(needSection(said)).toBe('education');
  });
});
