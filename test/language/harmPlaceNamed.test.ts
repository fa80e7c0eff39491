import { describe, expect, it } from 'vitest';
import { namesFamilyPlaceOrPerson } from '../../src/language/harmPlaceNamed';

/* A reply that only says where or who, right after a gentle check about a hurt: read with the message before it. */
describe('a reply naming only a family home or a family member', () => {
  it.each(['only at his dads', "just when she's at her nans", 'his step dad', 'at her dads house', 'when hes at his dads tho', 'its her mums boyfriend'])('%j names where or who', (text) => {
    expect(namesFamilyPlaceOrPerson(text)).toBe(true);
  });
  it.each(['only at school', 'at his dads we go swimming', 'im ok', 'not really', 'my dad hits me', 'i love my dad'])('%j does not', (text) => {
    expect(namesFamilyPlaceOrPerson(text)).toBe(false);
  });
});
