import { it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { parentSeed, startWith } from './journeySeed';
const HOPES = [
  { text: 'Daniel will make friends', theme: 'friends_and_community' as const, needs: [] },
  { text: 'Daniel will read a book', theme: 'learning_and_work' as const, needs: [] },
];
it.each([['Stop please. You lost my hopes', 'no they are all there'], ['you lost what i said', 'no'], ['where is my other hope', 'Daniel will swim']])('peek %s', async (t, u) => {
  const { chat } = await startWith(parentSeed({ name: 'Daniel', age: 9, schoolYear: 4 }, HOPES, { at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
  let r = await chat.say(t);
  console.log('>>', t, '\n', r.map((a) => a.text).join('\n---\n'), chat.step);
  r = await chat.say(u);
  console.log('>>', u, '\n', r.map((a) => a.text).join('\n---\n'), chat.step, (await chat.draft())!.aspirations.map((a) => a.text));
  await chat.close();
});
