import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { withoutNoTouchPreference } from '../../src/language/careLookAlikes';

/*
 * Everyday care and a sore body are set aside only when nothing else is said: hurt told after a sore back, a night
 * visit by someone who is not paid staff, a hand washed when "naughty", "it hurts my body" after "dont touch me" are
 * all read as ever.
 */

const flags = (said: string): boolean => {
  const concern = detectConcern(said);
  return concern.concern || concern.unclear === true;
};

const STILL_FLAG = [
  // A parent out at work, with more said after it.
  'my dads not home hes at work and i am only 6',
  'my mums not here shes at work and i am 7 and my baby brother is here',
  'my mums not here shes at work, she left me by myself since this morning',
  'my mums not here shes at work, the man next door comes in when shes gone',
  // A sore body with hurt told after it.
  'my legs are killing me, he twisted them',
  'my neck is hurting me he grabbed it',
  'my neck is hurting me, he squeezed it',
  'my back is hurting me. i got a hiding',
  'my arms are hurting me i cut them',
  'my arms are hurting me i keep scratching them',
  'my back is hurting me, my boyfriend pushed me',
  'my tummy is hurting me, nobody gives me food',
  // Checked on at night, not by paid staff, or with more said.
  'he checks on me at night when mum is asleep',
  'my stepdad checks on me at night when mum is asleep',
  'he checks on me every night when mum is at work',
  'he checks on me at night, i dont like it',
  'he checks on me at night. i dont like it',
  'he checks on me at night',
  'my stepdad checks on me at night',
  'my carer checks on me at night and gets in my bed',
  // Hands washed as a punishment.
  'mum put my hands in the hot water to wash them every time i wet myself',
  'mum put my hands in the hot water to wash them when i was naughty',
  'mum held my hand under the hot tap to wash it, she does it when im bad',
  'my stepdad held my hand under the hot tap to clean it and laughed',
  'dad put my hands in the hot water to wash them off and held them down',
  // No touch, with a reason that is not the senses.
  'dont touch me it hurts my body',
  'no touching me it hurts my body',
  'never touch me im overwhelmed',
  'dont touch me like my uncle does it hurts my body',
];

const STAY_QUIET = [
  'my back is hurting me',
  'my legs are killing me today',
  'my knees are hurting me from football',
  'my staff check on me at nite. i feel safe',
  'yes, the carers check on me in the night',
  'dad held my hand under the cold tap after i burnt it',
  'mum put my hands in the hot water to wash them',
  'no touching me or crowding me please, it hurts my senses',
];

describe('care look-alikes set aside only when nothing else is said', () => {
  for (const said of STILL_FLAG) it(`flags: "${said}"`, () => expect(flags(said)).toBe(true));
  for (const said of STAY_QUIET) it(`quiet: "${said}"`, () => expect(flags(said)).toBe(false));
});

describe('a no-touch preference at how to help me', () => {
  it('"please dont hug me or crowd me, i get overwhelmed" is a preference there', () => {
    expect(withoutNoTouchPreference('please dont hug me or crowd me, i get overwhelmed')).toBe('');
  });
  for (const said of ['dont touch me it hurts my body', 'no touching me it hurts my body', 'dont touch me like my uncle does, i get overwhelmed']) {
    it(`"${said}" is read as ever, even there`, () => expect(withoutNoTouchPreference(said)).toBe(said));
  }
});
