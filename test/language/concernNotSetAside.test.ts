import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';
import { withoutTheNoteQuestion } from '../../src/language/worryNote';

/*
 * Everyday words are set aside before a worry is read: dread of an exam, a little brother in my bed after a nightmare,
 * a child scared of a new step dad, giving away toys he wants, a parent settling a child, a parent in recovery, a
 * parent tipsy at a wedding. Each is set aside only as far as it goes: what is said after it, that widens it or tells
 * of harm, is still heard. What a young person or a parent would notice: the full answer, "Are you OK?", or nothing.
 */
const reply = (text: string, parent = false) => safeguardingInChat(text, { parent }).action;
const FULL = 'answer';

describe('a wish not to be here, widened after a school day', () => {
  it.each([
    'i wish i wasnt here for the exam or for anything',
    'i wish i wasnt here for the exams, or at all',
    'i wish i wasnt here for my gcses or ever',
    'wish i wasnt here for maths or anything anymore',
    'i wish i wasnt here for the test tomorrow or ever again',
  ])('%j gets the full answer', (typed) => {
    expect(reply(typed)).toBe(FULL);
    expect(safeguardingInChat(typed, { parent: false })).toMatchObject({ category: 'self_harm_or_suicide' });
  });

  it('"i wish i wasnt here for the exam" is still ordinary dread', () => {
    expect(reply('i wish i wasnt here for the exam')).toBe('none');
  });
});

describe('a brother or sister in my bed, afraid of a person', () => {
  it('"my little brother gets into my bed when he is frightened of mums boyfriend" gets the full answer', () => {
    expect(reply('my little brother gets into my bed when he is frightened of mums boyfriend')).toBe(FULL);
  });

  it.each([
    'my little brother climbs into my bed when he is scared of our dad',
    'my little sister sleeps in my bed when she is scared because dad shouts',
    'i sleep in my mums bed when i have nightmares about what my uncle did',
    'my little sister gets in my bed when shes scared of my dad',
  ])('%j is heard', (typed) => {
    expect(reply(typed)).not.toBe('none');
  });

  it.each([
    'my little brother sleeps in my bed when he has nightmares',
    'i sleep in my mums bed when im poorly',
    'my little brother sleeps in my bed when he is scared of the dark',
    'my little sister gets in my bed when shes scared of thunder',
  ])('%j stays ordinary', (typed) => {
    expect(reply(typed)).toBe('none');
  });
});

describe('a child scared of a grown-up at home, with harm said beside the reason', () => {
  it('"hes scared of his step dad because he is new, he bruised his arm" gets the full answer', () => {
    expect(reply('hes scared of his step dad because he is new, he bruised his arm', true)).toBe(FULL);
  });

  it('"he wets the bed because hes scared of his dad shouting" gets the full answer', () => {
    expect(reply('he wets the bed because hes scared of his dad shouting', true)).toBe(FULL);
  });

  it('"hes scared of his uncle because he has a beard" stays ordinary', () => {
    expect(reply('hes scared of his uncle because he has a beard', true)).toBe('none');
  });
});

describe('giving things away and not being around', () => {
  it('"giving away my stuff to people because they want them and i wont be around" gets the full answer', () => {
    expect(reply('giving away my stuff to people because they want them and i wont be around')).toBe(FULL);
  });

  it('"i want to give my games to my cousin because i got new ones" stays ordinary', () => {
    expect(reply('i want to give my games to my cousin because i got new ones')).toBe('none');
  });
});

describe('a grown-up making a child share his bed, with a reason about someone else', () => {
  it.each(['my stepdad makes me sleep in his bed when mum is ill', 'my uncle makes me get in bed with him until i fall asleep'])('%j gets the full answer', (typed) => {
    expect(reply(typed)).toBe(FULL);
    expect(safeguardingInChat(typed, { parent: false })).toMatchObject({ category: 'sexual_abuse' });
  });
});

describe("a parent's drug or drink use, told by a carer", () => {
  it.each(['his mum is an addict, he is never clean', 'her dad is on heroin, she used to be happy'])('%j gets the full answer', (typed) => {
    expect(reply(typed, true)).toBe(FULL);
  });

  it('"her dad is a recovering addict" stays ordinary', () => {
    expect(reply('her dad is a recovering addict', true)).toBe('none');
  });

  it.each([
    ['his mum was high on gas and air when he was born', true],
    ['my mum was off her face on painkillers after her operation', false],
    ['our parents were wasted after the marathon', false],
    ['my parents were drunk at the wedding and it was funny', false],
  ] as const)('%j stays ordinary', (typed, parent) => {
    expect(reply(typed, parent)).toBe('none');
  });
});

describe('asking the note off, with harm split across commas', () => {
  it('"remove the note, he said if i tell anyone, he will kill my dog" keeps the threat whole and gets the full answer', () => {
    const rest = withoutTheNoteQuestion('remove the note, he said if i tell anyone, he will kill my dog');
    expect(rest).toMatch(/he said if i tell anyone.*he will kill my dog/);
    expect(reply(rest)).toBe(FULL);
  });

  it('"take the note off, my mums boyfriend, when she is at work, makes me get in his bed" keeps who did it', () => {
    const rest = withoutTheNoteQuestion('take the note off, my mums boyfriend, when she is at work, makes me get in his bed');
    expect(rest).toMatch(/my mums boyfriend/);
    expect(reply(rest)).toBe(FULL);
  });

  it('"remove that note please, im so upset you said that" keeps nothing to read', () => {
    expect(withoutTheNoteQuestion('remove that note please, im so upset you said that')).toBe('');
  });
});
