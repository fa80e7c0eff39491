import { describe, expect, it } from 'vitest';
import { tellsOfChildPlayingAlone } from '../../src/language/childsOwnWays';
import { safeguardingInChat } from '../../src/language/concernInChat';
import { tellsOfParentSubstanceMisuse } from '../../src/language/parentSubstance';

describe('a carer: the child plays alone (a friendship need)', () => {
  it.each([
    'at the moment when i ask who she played with she says nobody',
    'she says nobody plays with her at dinner time',
    'i ask who she played with and she says no one',
    'he plays on his own at playtime',
    'nobody plays with him at break',
  ])('%j', (said) => expect(tellsOfChildPlayingAlone(said)).toBe(true));

  it.each([
    'she says nobody loves her',
    'she says nobody is nice to her at home',
    'she sits on her own at lunch and cries',
    'she says nobody plays with her and the big girls push her over',
    'nobody plays with him because they say hes weird and laugh at him',
  ])('not only that: %j', (said) => expect(tellsOfChildPlayingAlone(said)).toBe(false));
});

describe("a carer: the child's parent misusing drugs or drink", () => {
  it.each([
    'her mum is my daughter Kerry but she has problems with drugs',
    'his dad is on drugs and turns up shouting',
    'her mum drinks and comes round kicking off',
    'his mum is an addict',
    'her mums on drugs n she turns up at mine',
    'their dad is an alcoholic',
    'her dad has an addiction to crack',
  ])('%j', (said) => expect(tellsOfParentSubstanceMisuse(said)).toBe(true));

  it.each([
    'her mum is my daughter, she lives in Leeds now',
    'her dad likes a drink at christmas',
    'his dad is on drugs for his heart',
    'her mum works with people who have problems with drugs',
    'her mum drinks lots of water',
    'his dad is high up in the council',
    'her mum is addicted to her phone',
    'his dad drinks tea all day',
  ])('not misuse: %j', (said) => expect(tellsOfParentSubstanceMisuse(said)).toBe(false));
});

describe('playing alone told beside an adult at home', () => {
  it.each([
    'she plays on her own at dinner, her dad locks her in her room',
    'she says nobody plays with her and her stepdad shouts at her',
    'nobody plays with her, her mum leaves her home alone',
    'she sits on her own at lunch and says her step dad shouts at her all night',
  ])('"%s" is read as ever, never set aside as a friendship need', (text) => {
    expect(tellsOfChildPlayingAlone(text)).toBe(false);
    expect(safeguardingInChat(text, { parent: true }).action).not.toBe('none');
  });
});
