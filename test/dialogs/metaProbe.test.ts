import { afterEach, describe, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

const SEED: Seed = {
  today: '2026-12-03', name: 'Harvey', age: 15, schoolYear: 10,
  hopes: [
    { text: 'go to secondary school with my friends', theme: 'learning_and_work', needs: ['i get lost'] },
    { text: 'play the game with my mates', theme: 'friends_and_community', needs: ['i find reading hard'] },
    { text: 'get the bus on my own', theme: 'independent_living', needs: ['i get lost'] },
    { text: 'go to college', theme: 'learning_and_work', needs: ['i find writing hard'] },
  ],
};
async function show(chat: Transcript, typed: string) {
  const before = chat.step;
  const replies = await chat.say(typed);
  console.log(`\n[${before}] >> ${typed}\n` + replies.map((r) => '   ' + (r.text ?? '')).join('\n') + `\n   -> ${chat.step}`);
  return replies;
}
describe('probe', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  it('walk', async () => {
    ({ chat } = await startWith(SEED));
    await show(chat, 'not the hope, the HELP lol');
    await show(chat, 'go to school on my own');
    await show(chat, 'hang on did it change the sentence?');
    for (let i = 0; i < 3 && chat.step !== Step.outcomeMeasure; i++) await show(chat, chat.step === Step.outcomeWhen ? 'by easter' : 'walk to school with a map');
    await show(chat, 'omg no. thats wrong. can i just tell you the step again');
    await show(chat, 'by easter');
    for (let i = 0; i < 4 && chat.step !== Step.outcomeProvides; i++) await show(chat, chat.step === Step.outcomeWhen ? 'by easter' : chat.step === Step.outcomeMeasure ? 'my teacher sees me' : 'i would feel proud');
    await show(chat, 'what do you mean provide? if you mean help, a map on my phone');
    await show(chat, 'did you keep the secondary school hope?');
    await show(chat, 'did you save the help i need for the game one?');
    await show(chat, 'what did i say?');
    await show(chat, 'wheres the bus one and the cooking one gone?');
    await show(chat, 'isnt that kind of the same as the college one?');
    await show(chat, 'My question is: did you keep my hope about secondary school, yes or no? And for this hope no, nothing else.');
    console.log(JSON.stringify((await chat.draft())!.outcomes, null, 1));
  }, 120000);
});
