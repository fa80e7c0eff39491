import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

/*
 * A ball, a door or one's own sore body as what hits or hurts ("ball hit me", "the only thing hurting me is my knee"):
 * never the full answer. Anyone named, "his thing", or a dog next door still count.
 */

describe('a thing or a sore body that hurts gets no full answer', () => {
  for (const said of [
    'The only thing hurting me is my knee after five-a-side last night',
    'i got black eye from football. ball hit me',
    'i got a black eye playing cricket when the ball hit me',
    'my back is hurting me',
    'the door hit me in the face',
  ]) {
    it(`"${said}"`, () => expect(detectConcern(said).sure).not.toBe(true));
  }
});

describe('leave alone: someone who hits or hurts', () => {
  for (const said of [
    'he hits me',
    'his thing hurts me',
    'the only thing is he hits me',
    'my dad is hurting me',
    'the ball hit me then he kicked me',
    'my knee is hurting me because he kicked me',
    'the dog next door bit me and my arm has gone all swollen and hot. dad said put a plaster on it. that was a week ago',
    'i want to die',
    'my uncle touches me',
    'they make me sell stuff',
  ]) {
    it(`"${said}" is a sure disclosure`, () => expect(detectConcern(said)).toMatchObject({ concern: true, sure: true }));
  }
});
