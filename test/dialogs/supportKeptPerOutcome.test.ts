import { afterEach, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/*
 * Femi, Grace's father, at "What help would Grace need?" for her feelings outcome: "Same feeling
 * cards at home and at nursery..." names that outcome's own help. Before, "same" was read as "the
 * same help as before", and every help said earlier (other outcomes', and what already helps) was
 * copied in its place.
 */

const GRACE = { name: 'Grace', age: 4, schoolYear: -1 };
const FEELINGS = { text: 'she can tell us what she wants and how she is feeling', theme: 'health_and_wellbeing' as const, needs: ['when she is upset she cannot say why'] };
const HELPS = ['A hug and quiet place helps her calm down', 'Mrs Bello made some cards with faces, happy and sad'];

let chat: Transcript;
afterEach(async () => chat?.close());

async function atProvides(): Promise<Transcript> {
  ({ chat } = await startWith(parentSeed(GRACE, [FEELINGS], { change: (d) => ({ ...d, needs: d.needs.map((n) => ({ ...n, helps: HELPS })) }) })));
  await chat.say('Grace will point to a happy, sad or hurt picture card to show an adult how she is feeling when she is upset.');
  await chat.say('In 6 months');
  await chat.say('When she is upset, the staff or us will show her the cards and she will point to the right one, most times.');
  await chat.say('We will know what is wrong quicker and help her.');
  await chat.say('Later she can say the feeling words with her mouth.');
  expect(chat.step).toBe(Step.outcomeProvides);
  return chat;
}

const help = async () => (await chat.draft())?.outcomes[0]?.provision.map((p) => p.text) ?? [];

it('"Same feeling cards at home and at nursery ..." keeps this outcome\'s own help, nothing copied from before', async () => {
  await atProvides();
  await chat.say(
    'Same feeling cards at home and at nursery and later in Reception, and the staff to teach her the Makaton signs for feelings, maybe in small group time two or three times a week.',
  );
  const kept = (await help()).join(' | ');
  expect(kept).toMatch(/feeling cards at home/);
  expect(kept).toMatch(/Makaton signs for feelings/);
  expect(kept).not.toMatch(/hug and quiet place|Mrs Bello/);
});

it('leave alone: "same as before" still keeps the help said before', async () => {
  await atProvides();
  await chat.say('same as before');
  expect((await help()).length).toBeGreaterThan(0);
  expect((await help()).join(' | ')).toMatch(/Mrs Bello|hug/);
});
