import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

/*
 * Rules that heard ordinary talk as harm, or set harm aside as ordinary talk: each is checked both ways, with plain
 * disclosures said in the same place still heard.
 */

const heard = (said: string) => expect(detectConcern(said).concern, said).toBe(true);
const heardForSure = (said: string) => expect(detectConcern(said), said).toMatchObject({ concern: true, sure: true });
const notForSure = (said: string) => expect(detectConcern(said).sure ?? false, said).toBe(false);

describe('burnt food with someone acting on the child is heard', () => {
  for (const said of ['my dad burned my toast and threw it at me', 'he burns the food and makes me eat it burnt', 'he burns my food on purpose so i cant eat it'])
    it(`heard: "${said}"`, () => heard(said));
  for (const said of ['i burnt the toast', 'no burnt pans and nothing gets burnt'])
    it(`ordinary: "${said}"`, () => expect(detectConcern(said).concern).toBe(false));
});

describe('"nobody hurts her but her uncle" names the one who hurts', () => {
  for (const said of ['nobody hurts her but her uncle', 'nobody hurts him but his uncle']) it(`heard: "${said}"`, () => heardForSure(said));
  it('"nobody hurts her but she gets upset" is no worry', () => expect(detectConcern('nobody hurts her but she gets upset').concern).toBe(false));
});

describe('hit, touched or attacked by a thing, a feeling or an illness is ordinary', () => {
  for (const said of ['at lunch i get hit with the ball in dodgeball', 'at break i was touched by how kind they were', 'at night i am hit by panic attacks', 'at school he is attacked by seizures'])
    it(`ordinary: "${said}"`, () => notForSure(said));
  for (const said of ['on the bus home, i get touched', 'the playground at lunch i get punched', 'at night i get hit by my dad', 'i get touched by a man on the bus'])
    it(`heard: "${said}"`, () => heardForSure(said));
  for (const said of ['i got hit by a football in the head at playtime'])
    it(`ordinary: "${said}"`, () => notForSure(said));
});

describe('giving things to someone named, with nothing about being gone, is a gift', () => {
  it('ordinary: "i want to give all my games away to my cousin"', () => notForSure('i want to give all my games away to my cousin'));
  for (const said of ['i want to give all my things away', 'my brother can have my stuff when im gone', 'i want to give all my things to my brother when im gone'])
    it(`heard: "${said}"`, () => heardForSure(said));
});

describe('bus drivers, drivers and neighbours count with harm said; key workers, carers and taxi drivers on fear alone', () => {
  for (const said of ['my neighbour scares me when he shouts at his dog', 'im scared of the bus driver he drives fast', 'i dont feel safe with a new driver'])
    it(`not for sure: "${said}"`, () => notForSure(said));
  for (const said of ['im scared of my key worker', 'i dont feel safe with my carer', 'my support worker scares me', 'my neighbour hits me', 'im scared of my neighbour he touches me', 'hes scared of his taxi driver'])
    it(`heard: "${said}"`, () => heardForSure(said));
});

describe('plain disclosures are still heard', () => {
  for (const said of ['my dad hits me', 'i want to die', 'he touches me', 'i dont get fed']) it(`heard: "${said}"`, () => heardForSure(said));
});
