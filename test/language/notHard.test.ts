import { describe, expect, it } from 'vitest';
import { saysNotHard } from '../../src/language/notHard';

describe('saysNotHard', () => {
  it.each(['Cleaning kennels is not hard', "Cleaning kennels isn't hard", 'its not hard tbh', 'that part is easy'])('%j says nothing is hard', (t) => expect(saysNotHard(t)).toBe(true));
  it.each(['cleaning kennels is hard', 'talking to people is not easy', 'the job isnt hard but the bus is', 'its not hard its the bus', 'money is a problem'])('%j names something hard', (t) =>
    expect(saysNotHard(t)).toBe(false));
});
