import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

describe('visual support asked for is not something shown to a child', () => {
  it.each(['talk slowly and show him pictures', 'show her pictures first', 'please use them symbols'])('"%s" raises no worry', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });

  it.each(['he showed me pictures of his willy', 'he shows me pictures of naked people'])('"%s" is still a disclosure', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'sexual_abuse' });
  });
});

describe('an injury told with nothing to explain it', () => {
  it('"I have bruises on my arms" gets the gentle check', () => {
    expect(detectConcern('I have bruises on my arms')).toMatchObject({ concern: true, category: 'harm_from_others' });
    expect(detectConcern('I have bruises on my arms').faint).toBeFalsy();
  });

  it('bruises from football raise no worry', () => {
    expect(detectConcern('i have bruises on my legs from football').concern).toBe(false);
  });
});
