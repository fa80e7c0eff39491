import { describe, expect, it } from 'vitest';
import { withDictatedMarks } from '../../src/language/dictatedMarks';
import { withoutAsideTail } from '../../src/language/asideTail';
import { readWho } from '../../src/language/whoAnswer';
import { readVolunteered } from '../../src/language/volunteered';

describe('marks said as words by speech-to-text', () => {
  it.each([
    ['yeah thats ok full stop who is my key worker though is that sophie', 'yeah thats ok. who is my key worker though is that sophie'],
    ['im funny comma kind and good at drawing full stop', 'im funny, kind and good at drawing'],
    ['help with typing full stop extra time in exams comma a laptop', 'help with typing. extra time in exams, a laptop'],
    ['who is my key worker question mark', 'who is my key worker?'],
    ['give me time new line dont rush me', 'give me time\ndont rush me'],
    ['my mum and my cat Full Stop', 'my mum and my cat'],
  ])('"%s" reads "%s"', (said, read) => {
    expect(withDictatedMarks(said)).toBe(read);
  });

  it.each([
    'I need to remember a full stop at the end',
    'I forget the commas and full stops',
    'put a question mark on it',
    'i get confused where the full stop goes',
    'comma',
    'full stop',
    'my period pain is bad',
    'im good at commando games',
    'in the first one the help bit says full stop can you take it out',
    'take full stop out of my strengths',
    'it says comma in my strengths',
  ])('"%s" is left as typed', (said) => {
    expect(withDictatedMarks(said)).toBe(said);
  });
});

describe('asides at the end of an answer', () => {
  it.each([
    ['live in my own flat one day no offence mum', 'live in my own flat one day'],
    ['swimming and physio please then im done my hands are getting tired', 'swimming and physio'],
    ['get my own flat, no offense to my dad lol', 'get my own flat'],
    ['writing is hard please my hands are tired', 'writing is hard'],
    ['get my gcses thats it im done now', 'get my gcses'],
    ['get my gcses, thats it im done now thanks', 'get my gcses'],
  ])('"%s" keeps "%s"', (said, kept) => {
    expect(withoutAsideTail(said)).toBe(kept);
  });

  it.each(['finish college and then im done with school', 'get my gcses and then im finished school and go to college to be a mechanic', 'my hands get tired when I write', 'writing is hard my hands are tired', 'no offence but i hate maths'])(
    '"%s" is kept whole',
    (said) => {
      expect(withoutAsideTail(said)).toBe(said);
    },
  );
});

describe('a key worker asked about is not who is chatting', () => {
  it.each(['yeah thats ok. who is my key worker though is that sophie', 'is my key worker sophie', 'do i have a key worker', 'yes. im 18. who is my key worker'])(
    '"%s" names no parent or worker chatting',
    (said) => {
      expect(readWho(said)).toBeUndefined();
      expect(readVolunteered(said)?.who ?? 'young_person').toBe('young_person');
    },
  );

  it.each(['im her key worker', 'i am a teacher', 'im his support worker, who is his key worker'])('"%s" is still a supporter', (said) => {
    expect(readWho(said)?.who).toBe('supporter');
  });
});
