import { describe, expect, it } from 'vitest';
import { tellsOfTalkingWithChild } from '../../src/language/talkingWithChild';
import { tellsOfNappiesLeftBehind, tellsOfToiletingProgress } from '../../src/language/toiletingProgress';
import { safeguardingInChat } from '../../src/language/concernInChat';

/*
 * A parent's ordinary care talk: nappies left behind with a rash getting better, and how to talk with the child.
 * Never "Are you OK?" on the classifier's word alone; harm said beside the same words is still read.
 */

describe('advice on talking with the child', () => {
  it.each([
    'speak slow and short words. show him picture. he like when he know what happen next',
    'talk to her slowly. use pictures. she likes to know what happens next',
    'give him time to answer. use makaton',
    'short words please, show her a now and next board',
  ])('%j', (typed) => {
    expect(tellsOfTalkingWithChild(typed)).toBe(true);
  });

  it.each(['a man shows him pictures on his phone', 'show him pictures on my phone', 'speak slow. my uncle shows him pictures', 'he likes it when i touch him'])(
    'not advice: %j',
    (typed) => {
      expect(tellsOfTalkingWithChild(typed)).toBe(false);
    },
  );
});

describe('toileting with the skin getting better', () => {
  it.each(['no more nappy. he feel big boy. less rash', 'bye bye nappies. the rash is gone now'])('%j', (typed) => {
    expect(tellsOfNappiesLeftBehind(typed)).toBe(true);
  });
  it('"nappy rash is better now. he is dry in the day" is progress', () => {
    expect(tellsOfToiletingProgress('nappy rash is better now. he is dry in the day')).toBe(true);
  });
  it.each(['we have no more nappies', 'he has bruises and rash where his nappy is', 'less rash but he has bruises from his nappy', 'nobody changes his nappy all day'])(
    'still care missing: %j',
    (typed) => {
      expect(tellsOfToiletingProgress(typed)).toBe(false);
      expect(tellsOfNappiesLeftBehind(typed)).toBe(false);
    },
  );
});

describe('plain disclosures stay heard from a parent', () => {
  it.each([
    'he hits him',
    'someone hurt him at nursery',
    'his dad hurts him',
    'nobody changes his nappy all day',
    'he has bruises and rash where his nappy is',
    'nobody hurt him except his dad',
    'he told me nobody hurt him but he has bruises',
    'it was only he fall in park. his uncle hits him',
  ])(
    '%j',
    (typed) => {
      expect(safeguardingInChat(typed, { parent: true }).action).not.toBe('none');
    },
  );
});

describe('plain disclosures beside the set-asides stay heard from a young person', () => {
  it.each(['my dad hits me', 'he touches me', 'they take my money', 'someone hurt me'])('%j', (typed) => {
    expect(safeguardingInChat(typed, { parent: false }).action).not.toBe('none');
  });
  it.each(['nobody hurt him', 'i am fine. it was only he fall in park. nobody hurt him. why you keep ask me this'])('not a disclosure: %j', (typed) => {
    expect(safeguardingInChat(typed, { parent: true }).action).toBe('none');
  });
});
