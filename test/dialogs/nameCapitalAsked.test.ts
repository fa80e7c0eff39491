import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/* Margaret, Ellie-May's mum, asks for the capital letter her daughter's name was typed without. */
function seedNamed(name: string) {
  return parentSeed({ name, age: 6, schoolYear: 1 }, [
    { text: 'ellie-may to make a friend at school', theme: null, needs: ['ellie-may finds it hard to join in', 'she may get upset at playtime'] },
  ], { at: () => ({ stage: 'review', step: Step.reviewSummary }) });
}

describe('the name asked to have its capital letters', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['ellie-may', 'Can you put a capital E on Ellie-May'],
    ['Ellie-May', 'you still have her name with a small e'],
    ['Ellie-May', 'ellie-may should have capitals pls'],
  ])('kept as "%s", "%s" fixes every stored text and says so', async (name, typed) => {
    ({ chat } = await startWith(seedNamed(name)));
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/capital letters/);
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.youngPerson.name).toBe('Ellie-May');
    expect(draft.aspirations.map((a) => a.text)).toEqual(['Ellie-May to make a friend at school']);
    expect(draft.needs.map((n) => n.text)).toEqual(['Ellie-May finds it hard to join in', 'she may get upset at playtime']);
  });

  it('a child called Will: "she will need help" keeps its small w', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'will', age: 6, schoolYear: 1 }, [
      { text: 'I will learn to swim', theme: null, needs: ['she will need help in the water'] },
    ], { at: () => ({ stage: 'review', step: Step.reviewSummary }) })));
    await chat.say('Can you put a capital W on Will');
    const draft = (await chat.draft())!;
    expect(draft.youngPerson.name).toBe('Will');
    expect(draft.aspirations.map((a) => a.text)).toEqual(['I will learn to swim']);
    expect(draft.needs.map((n) => n.text)).toEqual(['she will need help in the water']);
  });

  it('"a capital city" beside no name changes nothing', async () => {
    ({ chat } = await startWith(seedNamed('Ellie-May')));
    await chat.say('she wants to visit a capital city');
    expect((await chat.draft())!.aspirations[0]!.text).toBe('ellie-may to make a friend at school');
  });
});
