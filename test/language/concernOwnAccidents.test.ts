import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { readFlagObjection } from '../../src/language/flagObjection';
import { readSafetyCheck } from '../../src/language/closedAnswers';

const isSure = (said: string): boolean => {
  const verdict = detectConcern(said);
  return verdict.concern && verdict.sure === true && verdict.category === 'self_harm_or_suicide';
};
/** No full answer: nothing, or at most a gentle check. */
const noAnswer = (said: string): boolean => {
  const verdict = detectConcern(said);
  return !verdict.concern || verdict.sure !== true;
};

describe('a burn or a cut told with its everyday reason is an accident', () => {
  it.each([
    'i burnt myself last time cos of my hands being clumsy',
    'i burned myself on the oven tray cos im so clumsy',
    'i cut myself chopping onions cos of my dyspraxia',
    'i burnt myself cooking pasta cos im dyspraxic',
    'i cut myself by accident when i was making a sandwich',
  ])('"%s" gets no full answer', (said) => {
    expect(noAnswer(said)).toBe(true);
  });
});

describe('wanting to do a kitchen task safely is a hope', () => {
  it.each([
    'i want to cook without hurting myself',
    'i want to cook so i can use a knife without hurting myself',
    'i want to make my own tea without burning myself',
    'id like to learn to use the oven without hurting myself',
  ])('"%s" is not a concern', (said) => {
    expect(detectConcern(said).concern).toBe(false);
  });
});

describe('words about the chat being cut short', () => {
  it.each(['it cut off the end', 'my message got cut off', 'your text cut off halfway', 'it cut me off', 'the call cut off'])('"%s" is not a concern', (said) => {
    expect(detectConcern(said).concern).toBe(false);
  });
});

describe('self-harm told beside the same words still gets the full answer', () => {
  it.each([
    'i burnt myself on purpose',
    'i burn myself with a lighter when im stressed',
    'i burnt myself again last night',
    'i cut myself cos i deserve it',
    'i burnt myself on purpose cos im clumsy',
    'i burnt myself cooking again cos i was stressed',
    'i tell them i burnt myself cooking but i did it on purpose',
    'i want to get through the week without hurting myself',
    'i want to go a day without cutting myself',
    'i cant cook without hurting myself again',
    'i want to cut myself',
    'i cut my arms',
    'dont tell anyone but i cut myself',
    'i cut myself with a knife in the kitchen when i feel empty',
    'i cut myself cooking so no one asks about the marks',
  ])('"%s" is a sure self-harm concern', (said) => {
    expect(isSure(said)).toBe(true);
  });

  it.each(['i burn myself on the hob when nobody is looking', 'i scald myself with the kettle when im sad', 'he cut me off from my friends', 'i cut off the end of my finger on purpose', 'i want to cut it all off'])('"%s" is still a concern', (said) => {
    expect(detectConcern(said).concern).toBe(true);
  });

  it('harm by someone else with the same words is still a concern', () => {
    expect(detectConcern('he burns me with a lighter when im clumsy').concern).toBe(true);
  });
});

describe('a mistaken self-harm note objected to', () => {
  it.each([
    'pls dont tell my key worker i self harm cos i dont',
    'please dont tell my worker that i self harm, i dont',
    'dont tell my teacher i hurt myself cos i dont. it was a mistake',
  ])('"%s" is an objection that denies it', (said) => {
    expect(readFlagObjection(said)?.denies).toBe(true);
  });

  it.each([
    'dont tell anyone but i cut myself',
    'dont tell my key worker i self harm cos i dont know what else to do',
    'dont tell my mum i cut myself cos i dont want her to worry',
    'dont tell my key worker i self harm i dont tell anyone',
    'i dont self harm any more but dont tell my mum',
    'i never self harm except when hes been drinking',
  ])('"%s" is no objection', (said) => {
    expect(readFlagObjection(said)).toBeUndefined();
  });
});

describe('an accident explained at a safety question is a "yes"', () => {
  it.each(['i mean knife accidents', 'i mean accidents', 'no i mean like cutting my finger by accident', 'i just mean when im cooking'])('"%s" is safe', (said) => {
    expect(readSafetyCheck(said)).toBe('safe');
  });

  it.each(['no i mean he hurts me by accident on purpose', 'i mean i cut myself by accident but im not ok', 'no i mean i want to die', 'i mean accidents but i still dont feel safe'])('"%s" is not safe', (said) => {
    expect(readSafetyCheck(said)).toBe('not_safe');
  });
});
