import { describe, expect, it } from 'vitest';
import { isBarrier } from '../../src/language/barrier';

describe('isBarrier: saying something is good is not a hard thing', () => {
  it.each(['my reading is good', 'my maths is really good', 'my friends are great'])('leaves alone %s', (t) => {
    expect(isBarrier(t)).toBe(false);
  });
  it.each(['my reading is not good', "my maths isn't great", 'my reading is poor', 'my spelling is really bad'])(
    'still reads %s as hard',
    (t) => {
      expect(isBarrier(t)).toBe(true);
    },
  );
});

describe('isBarrier: getting distracted is a hard thing', () => {
  it.each(['i get distracted loads', 'i get distracted in class', 'he gets easily distracted', 'he is easily distracted'])('reads %s as hard', (t) =>
    expect(isBarrier(t)).toBe(true),
  );
  it.each(['i dont get distracted anymore', 'i get a lot of help', 'i get dressed myself', 'i get to choose my lessons', 'i get my spelling checked by miss', 'the dog distracted me'])(
    'leaves alone %s',
    (t) => expect(isBarrier(t)).toBe(false),
  );
});
