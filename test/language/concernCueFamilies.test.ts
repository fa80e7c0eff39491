import { describe, expect, it } from 'vitest';
import { clearedConcernText } from '../../src/language/concern';
import { CUE_FAMILIES, cuesOf } from '../../src/language/concernCues';

/** Each cue family the classifier reads: a phrase that shows it, and one that does not. */
const CUE_CASES: Record<string, [string, string]> = {
  self: ['i hurt myself on purpose', 'i hurt my knee'],
  death: ['i want to disappear', 'i want to be a vet'],
  noFuture: ['i wont be around for my next birthday', 'i will be at college next year'],
  despair: ['everything is too much', 'everything is fine'],
  selfInjury: ['i use a blade', 'i use a pencil'],
  violence: ['he grabbed my arm', 'he held my hand'],
  sexual: ['he touched me', 'he waved at me'],
  images: ['he wants pictures', 'he wants chips'],
  online: ['a man on snapchat', 'a man at the shop'],
  family: ['my step dad', 'my teacher'],
  partner: ['my boyfriend', 'my friend'],
  older: ['an older man', 'a kid in my class'],
  peer: ['kids at school', 'people at the shop'],
  fear: ['im scared', 'im happy'],
  secret: ['he said not to tell', 'he said hello'],
  threat: ['they said they will hurt me', 'they said they will call me'],
  money: ['i owe them', 'i like them'],
  gifts: ['he bought me trainers', 'i bought some bread'],
  crime: ['i carry packages', 'i read books'],
  control: ['he checks my phone', 'he fixes my phone'],
  noCare: ['nobody feeds me', 'nobody is perfect'],
  basicNeeds: ['i am hungry', 'i am ready'],
  medical: ['i need my inhaler', 'i need my coat'],
  home: ['at home', 'at the park'],
  marriage: ['they want me to marry him', 'they want me to meet him'],
  honour: ['i will shame the family', 'i will help the family'],
  fgm: ['the cutting ceremony', 'the birthday party'],
  extremism: ['a race war', 'a football match'],
  missing: ['i ran away', 'i walked home'],
  homeless: ['im sofa surfing', 'im on the sofa watching tv'],
  substance: ['i smoke weed', 'i eat sweets'],
  hurtMe: ['he hit me', 'he hit the ball'],
  lesson: ['we watched a documentary about it', 'it happened at home'],
  helping: ['i want to help people', 'i went to the shop'],
  resolved: ['it used to happen but it stopped', 'it happens every day'],
  fiction: ['in eastenders the dad was hitting the mum', 'at home the dad was hitting the mum'],
  sorted: ['i was homeless for a bit but now things are loads better', 'the school knows and it still happens'],
  joke: ['lol jk', 'i mean it'],
  independence: ['the adult helps less and less until he can do it on his own', 'nobody helps me on my own'],
  caution: ['the big road by the shops, my dad says its too busy', 'mum says its not safe at home'],
  accident: ['i fell playing football', 'he hit me on purpose'],
  safeNow: ['i feel safe at home', 'i feel sick at home'],
  wish: ['i want to learn to drive', 'i drive'],
  negated: ['nobody does', 'everybody does'],
  past: ['it was last week', 'it is every day'],
  parentVoice: ['my son is 6', 'i am 16'],
};

describe('concern cue families', () => {
  it('covers every family', () => {
    expect(Object.keys(CUE_CASES).sort()).toEqual(CUE_FAMILIES.map(([name]) => name).sort());
  });

  for (const [family, [shows, not]] of Object.entries(CUE_CASES)) {
    it(`${family}: ${JSON.stringify(shows)} shows it, ${JSON.stringify(not)} does not`, () => {
      expect(cuesOf(clearedConcernText(shows))).toContain(family);
      expect(cuesOf(clearedConcernText(not))).not.toContain(family);
    });
  }
});
