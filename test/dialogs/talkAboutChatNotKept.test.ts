import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';
import { typeUntil } from '../support/typedWay';

/*
 * Harvey (15, speech-to-text, long run-on messages) and Precious (a mum, English her second
 * language) say things ABOUT the chat at an outcome's questions: a complaint, a question to the bot,
 * a correction. None of it is ever kept as content; the bot answers and asks again.
 */

const SEED: Seed = {
  today: '2026-12-03',
  name: 'Harvey',
  age: 15,
  schoolYear: 10,
  hopes: [
    { text: 'go to secondary school with my friends', theme: 'learning_and_work', needs: ['i get lost'] },
    { text: 'play the game with my mates', theme: 'friends_and_community', needs: ['i find reading hard'] },
  ],
};

async function outcomeText(chat: Transcript): Promise<string> {
  return JSON.stringify((await chat.draft())!.outcomes);
}

describe('talk about the chat at an outcome is never kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"not the hope, the HELP lol" at the step is a complaint: sorry, and the step asked again', async () => {
    ({ chat } = await startWith(SEED));
    const replies = await chat.say('not the hope, the HELP lol');
    expect(saidIn(replies)).toMatch(/^Sorry/);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(await outcomeText(chat)).not.toMatch(/HELP|hope/);
  });

  it('"hang on did it change the sentence? it said it couldn\'t find my mum." is answered with the sentence so far, and asked again', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('meet my friends at the school gate on my own');
    if (chat.step === Step.outcomeWhen) await chat.say('by easter');
    const at = chat.step;
    expect(at).not.toBe(Step.outcomeStep);
    const replies = await chat.say("hang on did it change the sentence? it said it couldn't find my mum.");
    expect(saidIn(replies)).toMatch(/meet my friends at the school gate/);
    expect(chat.step).toBe(at);
    expect(await outcomeText(chat)).not.toMatch(/hang on|sentence|find my mum/);
  });

  it('"hang on did it change the sentence?" at the step question is never a step', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('hang on did it change the sentence? it said it couldn\'t find my mum.');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(await outcomeText(chat)).not.toMatch(/hang on|sentence|find my mum/);
  });

  it('"omg no. thats wrong. can i just tell you the step again" at the measure goes back to the step; nothing is kept', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('walk to school on my own');
    if (chat.step === Step.outcomeWhen) await chat.say('end of year 11');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const replies = await chat.say('omg no. thats wrong. can i just tell you the step again');
    expect(saidIn(replies)).not.toMatch(/kept "/);
    if (chat.step !== Step.outcomeStep) await chat.say('yes');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(await outcomeText(chat)).not.toMatch(/omg|tell you|step again/);
    await chat.say('walk to school with my friend');
    expect((await chat.draft())!.outcomes.map((o) => o.statement).join(' ')).toMatch(/with my friend/);
  });

  it('"what do you mean provide? if you mean help, a map on my phone" says what it means and keeps only the help', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('walk to school on my own');
    await typeUntil(chat, Step.outcomeProvides, { [Step.outcomeWhen]: 'end of year 11', [Step.outcomeMeasure]: 'my teacher sees me', [Step.outcomeDoesForMe]: 'i would feel proud', [Step.outcomeMakesPossible]: 'i could go to town' });
    const replies = await chat.say('what do you mean provide? if you mean help, a map on my phone');
    expect(saidIn(replies)).toMatch(/help/i);
    const provision = (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text);
    expect(provision).toEqual(['a map on my phone']);
  });

  const ALL_HOPES: Seed = { ...SEED, hopes: [...SEED.hopes, { text: 'get the bus on my own', theme: 'independent_living', needs: [] }, { text: 'go to college', theme: 'learning_and_work', needs: ['i find writing hard'] }] };
  const atNeedsMore = (d: { aspirations: { id: string }[] }) => ({ stage: 'needs' as const, step: Step.needsMore, topic: d.aspirations[1]!.id });

  it.each([Step.needsMore, Step.outcomeMeasure])('at %s, questions about what was kept are answered from the draft, and nothing is kept', async (step) => {
    ({ chat } = await startWith(step === Step.needsMore ? { ...ALL_HOPES, at: atNeedsMore } : ALL_HOPES));
    if (step === Step.outcomeMeasure) {
      await chat.say('play the game online with my mates');
      if (chat.step === Step.outcomeWhen) await chat.say('end of year 11');
    }
    expect(chat.step).toBe(step);
    const before = JSON.stringify((await chat.draft())!.needs);
    const kept = await chat.say('did you keep the secondary school hope?');
    expect(saidIn(kept)).toMatch(/Yes, I kept it: "go to secondary school with my friends"/);
    const gone = await chat.say('wheres the bus one and the cooking one gone?');
    expect(saidIn(gone)).toMatch(/Yes, I kept it: "get the bus on my own"/);
    expect(saidIn(gone)).toMatch(/No, I haven't kept a hope about "?cooking/);
    const same = await chat.say('isnt that kind of the same as the college one?');
    expect(saidIn(same)).toMatch(/join two hopes into one/);
    expect(chat.step).toBe(step);
    expect(JSON.stringify((await chat.draft())!.needs)).toBe(before);
    expect(await outcomeText(chat)).not.toMatch(/bus one|cooking|college one|same as/);
  });

  it('"My question is: did you keep my hope about secondary school, yes or no? And for this hope no, nothing else." answers the question and takes the no', async () => {
    ({ chat } = await startWith({ ...ALL_HOPES, at: atNeedsMore }));
    const before = JSON.stringify((await chat.draft())!.needs);
    const replies = await chat.say('My question is: did you keep my hope about secondary school, yes or no? And for this hope no, nothing else.');
    expect(saidIn(replies)).toMatch(/Yes, I kept it: "go to secondary school with my friends"/);
    expect(chat.step).not.toBe(Step.needsMore);
    expect(JSON.stringify((await chat.draft())!.needs)).toBe(before);
  });

  it('"Do what? You did not ask me what is the step" at "By when?" asks the step question instead, and keeps nothing', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('she will speak to other children');
    expect(chat.step).toBe(Step.outcomeWhen);
    const replies = await chat.say('Do what? You did not ask me what is the step');
    expect(saidIn(replies)).toMatch(/^Sorry/);
    expect(saidIn(replies)).not.toMatch(/kept "Do what/);
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes).toEqual([]);
  });

  it('"I tell you this already before: a laptop and a reading pen" at "What would it provide?" keeps each help once, without the lead-in', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('do my homework on a laptop with a reading pen');
    await typeUntil(chat, Step.outcomeProvides, { [Step.outcomeWhen]: 'end of year 11', [Step.outcomeMeasure]: 'my teacher sees it', [Step.outcomeDoesForMe]: 'i would feel clever', [Step.outcomeMakesPossible]: 'i could do my homework at home' });
    await chat.say('I tell you this already before: a laptop and a reading pen');
    const provision = (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text);
    expect(provision.join(' | ')).not.toMatch(/tell you|already|before/i);
    expect(provision.filter((p) => /reading pen/.test(p))).toHaveLength(1);
    expect(provision.filter((p) => /laptop/.test(p))).toHaveLength(1);
  });

  it('"No don\'t keep that. The answer is: it would make him feel clever" keeps only the answer as what it does for them', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('he will read a book on his own');
    await typeUntil(chat, Step.outcomeDoesForMe, { [Step.outcomeWhen]: 'end of year 11', [Step.outcomeMeasure]: 'his teacher sees it' });
    await chat.say("No don't keep that. The answer is: it would make him feel clever");
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.doesForMe).toBe('it would make him feel clever');
    expect(outcome.measure).toBe('his teacher sees it');
    expect(JSON.stringify(outcome)).not.toMatch(/keep that|answer is/);
  });

  it.each(['walk to school on my own like i said before', 'walk to school on my own no offence mum', 'walk to school on my own lol', 'not the hope, the HELP lol'])('%j never leaves a remark in the outcome\'s own words', async (typed) => {
    ({ chat } = await startWith(SEED));
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0];
    expect(outcome?.inTheirWords ?? '').not.toMatch(/said before|offence|lol|hope/i);
  });
});
