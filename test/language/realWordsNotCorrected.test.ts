import { describe, expect, it } from 'vitest';
import { concernText, detectConcern } from '../../src/language/concern';

/*
 * The spelling tidy the concern detector reads through corrects slips of key words ("sucide"), but
 * never turns one real word into another: "his times tables" is not "tablets", "she pinched my
 * pen" is not "punched". Forms of the key word itself ("attack", "choke") still read as it.
 */
describe('real words are never corrected into other words', () => {
  it.each([
    'he cant learn his times tables',
    'he took all his times tables sheets home and lost them',
    'he wont do his tables',
    'he took all his tables home to learn and forgot the lot',
    'he wont take his tables seriously',
    'she pinched my pen',
    'i do ballet on saturdays',
    'we were hurrying to school',
  ])('%j raises no worry and keeps its words', (typed) => {
    expect(detectConcern(typed).concern).toBe(false);
    expect(concernText(typed).trim()).toBe(typed);
  });

  it.each([
    ['he took all the tablits', 'tablets'],
    ['i want to commit sucide', 'suicide'],
    ['they attack me after school', 'attacks'],
  ])('%j is still read with its key word', (typed, word) => expect(concernText(typed)).toContain(` ${word} `));

  it('"he took all the tablets" is still a worry', () => expect(detectConcern('he took all the tablets').concern).toBe(true));
});
