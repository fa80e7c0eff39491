import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language';

/*
 * A carer's hope for the child that names other children afraid of him, and a carer sorting an
 * answer under one hope rather than another: neither tells of harm to the child. Plain disclosures
 * said in the same way must still be heard.
 */

const interrupts = (text: string) => safeguardingInChat(text, { parent: true }).action !== 'none';

describe('a carer speaking of the plan, not of harm', () => {
  it.each([
    'he would be happier and the other kids wouldnt be scared of him. and he wouldnt get sent out of class',
    'the other kids might not be scared of him then',
    'the words are fine i just want it to go under the talking more dream not the friend dream',
    'can you put that under the going to school hope',
  ])('"%s" raises no alarm and no check', (text) => {
    expect(detectConcern(text).concern).toBe(false);
    expect(interrupts(text)).toBe(false);
  });
});

describe('harm said in the same words is still heard', () => {
  it.each([
    'the other kids are scared of him because his dad hits him in front of them',
    'the other kids hit him',
    'my dad hits me',
    'i want to die',
    'he touches me',
    'i dont get fed',
    'i want to die. put it under the friend dream',
    'my dad hits me, it can go under the home dream',
  ])('"%s" is heard', (text) => {
    expect(detectConcern(text).concern).toBe(true);
    expect(interrupts(text)).toBe(true);
  });
});

it('the child afraid of his dad still earns a check at least', () => {
  expect(interrupts('he is scared of his dad')).toBe(true);
});
