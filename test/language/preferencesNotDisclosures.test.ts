import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

/*
 * How to support someone, said as an instruction ("don't touch me without asking"), and a wish that
 * nobody thinks harm happened, are not disclosures; the same words telling of harm still are.
 */
describe('support asked for and harm denied are not disclosures', () => {
  it.each([
    "Don't touch me without asking",
    'please dont touch me unless you tell me first',
    'Tell me things exactly. Do not touch me suddenly. Write things down.',
    "take the worrying note off. I don't want Mrs Okafor to think someone hurt me.",
    'i dont want people to think someone hurt me, nobody did',
    'tell me before stuff changes. and dont touch me',
    'ask me dont order me. tell me before stuff changes. dont touch me or crowd me',
    'no touching me or crowding me, its a sensory thing',
  ])('"%s" raises no sure concern', (text) => {
    expect(detectConcern(text).sure ?? false).toBe(false);
  });

  it.each([
    'he touches me without asking',
    'i said dont touch me but he did it again',
    'i dont want anyone to think someone hurt me but my uncle does',
    'dont touch me he says but he does',
    'i told him dont touch me and he still did',
    'i keep telling him dont touch me',
    'i said no touching me but she still does it',
    'my uncle wont stop touching me',
    // a plea that names a person, or tells of touch going on or of crying out, is a touch told
    'please dont touch me daddy',
    'i cry and say dont touch me',
    'i scream dont touch me but he doesnt listen',
    'dont touch me i told him. he did it anyway',
    'dont touch me like he does',
    'dont touch me, my brother does that when mum is out',
    'dont touch me. he does it every night in my room',
    'i keep telling my mums boyfriend dont touch me',
    'no touching me, thats what i say to my stepdad every night',
  ])('"%s" is still a disclosure', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, sure: true });
  });
});
