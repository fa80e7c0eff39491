import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

/*
 * A parent settling their own young child at night, and a fear with an everyday reason ("because she doesnt see
 * him much"), are ordinary talk. A bed shared by force, touch or hurt beside the settling, and fear with harm after
 * it, still count.
 */

describe('a parent settling a young child at night raises nothing', () => {
  for (const said of [
    'his dad gets him to sleep in bed with him or he wont settle',
    'i let her sleep in my bed when shes poorly',
    'her mum has to get her to sleep in bed with her or she wont go off',
    'we put him to sleep in our bed when he has nightmares',
  ]) {
    it(`"${said}"`, () => expect(detectConcern(said).concern).toBe(false));
  }
});

describe('leave alone: a bed shared by force, or touch, hurt or secrecy beside the settling', () => {
  for (const said of [
    'my stepdad makes me sleep in his bed when mum is ill',
    'he makes me sleep in his bed',
    'his uncle gets him to sleep in bed with him or he wont settle',
    'my dad gets me to sleep in his bed or i wont settle',
    'his dad gets him to sleep in bed with him or he wont settle and touches him',
    'his dad gets him to sleep in bed with him or he wont settle and touches his privates',
    'his dad gets him to sleep in bed with him or he wont settle and says its a secret',
  ]) {
    it(`"${said}" is still a concern`, () => expect(detectConcern(said).concern).toBe(true));
  }
  for (const said of ['he hits me', 'i want to die', 'my uncle touches me', 'they make me sell stuff']) {
    it(`"his dad gets him to sleep in bed with him or he wont settle. ${said}" is still a sure disclosure`, () => {
      expect(detectConcern(`his dad gets him to sleep in bed with him or he wont settle. ${said}`)).toMatchObject({ concern: true, sure: true });
    });
  }
});

describe('fear of someone close with an everyday reason raises nothing firm', () => {
  for (const said of ['she is scared of her step dad because she doesnt see him much', 'shes scared of her dad because he has a beard', 'im scared of him because he is new']) {
    it(`"${said}" gets no answer and no check`, () => {
      const read = detectConcern(said);
      expect(read.sure).not.toBe(true);
      expect(read.concern && !read.faint).toBe(false);
    });
  }
});

describe('leave alone: fear with harm after it', () => {
  for (const said of [
    'she is scared of her step dad because he hits her',
    'she is scared of her step dad because he gets angry and grabs her',
    'im scared of him because he hits me',
    'im scared of my dad',
    'im scared to go home',
  ]) {
    it(`"${said}" is a sure disclosure`, () => expect(detectConcern(said)).toMatchObject({ concern: true, sure: true }));
  }
});
