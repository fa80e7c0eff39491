import { describe, expect, it } from 'vitest';
import { detectConcern, readFlagObjection, withoutTheNoteQuestion } from '../../src/language';

describe('an objection to the help lines or the note', () => {
  it.each([
    "honestly that was quite upsetting to read. A domestic abuse helpline? Nobody is being abused... Please don't put that down as a safeguarding thing.",
    "you gave me domestic abuse numbers... I'd like it taken off please, nobody is being abused, he's 4 and overwhelmed",
    "you've done it again and I'm honestly quite upset now",
    'its not abuse, please dont put that down as a safeguarding thing',
  ])('%j is an objection, never a disclosure', (typed) => {
    expect(readFlagObjection(typed)).toBeDefined();
    expect(detectConcern(typed).concern).toBe(false);
  });

  it('"can it go in his plan?" beside it asks for the words to be kept', () => {
    expect(readFlagObjection('A domestic abuse helpline? Nobody is being abused. Can it go in his plan?')?.wantsItInThePlan).toBe(true);
  });

  it.each(['nobody is being abused', 'im upset', 'no, his dad hits her', 'take it off, nobody is being abused except by his uncle', 'you gave me the helplines, but his dad does hit her'])(
    'leave alone: %j',
    (typed) => expect(readFlagObjection(typed)).toBeUndefined(),
  );

  it('"nobody is being abused except by his dad" is still a disclosure', () => {
    expect(detectConcern('nobody is being abused except by his dad').concern).toBe(true);
  });
});

describe('after the safety answer, at a plan question', () => {
  it.each(['No no Tia is SAFE… Why are you giving me the NSPCC number??', 'Tia is SAFE, nobody is hurting her!!', 'it is just kids being kids'])('%j is a protest', (typed) => {
    expect(readFlagObjection(typed, { afterTheAnswer: true })).toBeDefined();
  });
  it.each(['Tia is SAFE, nobody is hurting her!!', 'it is just kids being kids'])('%j at the safety questions answers them, no protest', (typed) => {
    expect(readFlagObjection(typed)).toBeUndefined();
  });
  it.each(['No no Tia is SAFE… Why are you giving me the NSPCC number??', 'it is just kids being kids'])('%j says it was a mix-up: the note is marked', (typed) => {
    expect(readFlagObjection(typed, { afterTheAnswer: true })?.takesBack).toBe(true);
  });
  it('"thats actually quite upsetting" alone takes nothing back', () => {
    expect(readFlagObjection('thats actually quite upsetting', { afterTheAnswer: true })?.takesBack).toBe(false);
  });
  it.each(['it is just kids being kids but her uncle hits her', 'Tia is SAFE. Why the NSPCC number?? her dad hits her'])('still heard: %j is no protest', (typed) => {
    expect(readFlagObjection(typed, { afterTheAnswer: true })).toBeUndefined();
  });
  it('near-miss: "she is safe now but her uncle hits her" is no protest', () => {
    expect(readFlagObjection('she is safe now but her uncle hits her', { afterTheAnswer: true })).toBeUndefined();
  });
});

describe('asking for the note off, afraid of what someone will read in it', () => {
  it.each([
    "Can you remove that note please? I don't want the key worker think there is bullying.",
    'can you remove that note please. i dont want the key worker to think hes being bullied',
    'please delete the note, i dont want school thinking there is abuse',
    'take the note off, i dont want my teacher to think there is abuse',
    'remove the note please. i dont want them to see there is bullying',
    'delete that note i dont want the social worker reading there is neglect',
    'please take the note off, i dont want people to think he is being bullied',
    'take the note off. i dont want staff to think there is harm',
    'im so upset you said that, take the note off',
  ])('%j is talk about the note (it stays, said kindly), and nothing is left to read for a worry', (typed) => {
    expect(withoutTheNoteQuestion(typed)).toBe('');
  });
  it('"that was so upsetting to read, please remove the note" is still an objection', () => {
    expect(readFlagObjection('that was so upsetting to read, please remove the note')).toBeDefined();
  });

  it.each([
    'remove that note. his dad hits him',
    'please remove that note. i dont want them to know he is being bullied',
    'i dont want the key worker to think there is bullying but the boys push him every day',
    'can you remove that note? the boys are bullying him',
    // Fear of the one named as the reader is a new worry.
    'take the note off. i dont want my dad to see there is abuse because he will go mental at me',
    'remove the note please, i dont want my mum to read there is neglect, she will hit me',
    'delete that note. i dont want my step dad to think there is abuse, im scared of him',
  ])('leave alone: %j', (typed) => {
    expect(readFlagObjection(typed)).toBeUndefined();
  });

  it.each(['please remove that note. i dont want them to know he is being bullied', 'can you remove that note? his dad hits him'])(
    '%j still has a worry to read',
    (typed) => expect(detectConcern(withoutTheNoteQuestion(typed))).toMatchObject({ concern: true, sure: true }),
  );
});
