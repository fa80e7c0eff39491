import { describe, expect, it } from 'vitest';
import { asksToChangeWording } from '../../src/language/fieldEdit';

describe('the wording of a goal asked to change, with no goal named', () => {
  it.each(['change the sentence', 'can u fix the sentence', 'the wording is wrong', 'i want to change the wording', 'the words are wrong', 'sentance is rong', 'can i reword it'])('"%s" asks it', (said) => {
    expect(asksToChangeWording(said)).toBe(true);
  });
  it.each(['change the first goal', 'the wording of the job one is wrong', 'i dont want to change the sentence', 'change the date', 'the sentence is fine', 'i like the words'])('"%s" does not', (said) => {
    expect(asksToChangeWording(said)).toBe(false);
  });
});
