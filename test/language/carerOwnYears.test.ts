import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';

/* A carer's own years as the reason for a hope for the child are about the carer, not a disclosure. */

const asCarer = (text: string) => safeguardingInChat(text, { parent: true }).action;
const asYoungPerson = (text: string) => safeguardingInChat(text, { parent: false }).action;

describe("a carer's own age or years, said as the reason for a hope", () => {
  it.each([
    'I would like Mia to be able to look after herself one day. I am 61 and I will not be here forever.',
    'I hope she has good friends because I will not be here forever',
    "i wont be around forever so i want him to be independent",
    "I won't be around forever",
    "when I'm gone she will need someone to help her with money",
    "We are not getting any younger and when we are gone she needs a home of her own",
    "I can't be there for her forever, she needs to learn to cook",
  ])('%j interrupts nothing when a carer says it', (text) => {
    expect(asCarer(text)).toBe('none');
  });

  it.each([
    "I won't be here much longer",
    "she will be better off when I'm gone",
    "I won't be around forever, I have pills saved up",
    'I am not getting any younger and I am so tired of everything',
  ])('leave alone: an ending or a worry beside it (%j) is still answered or asked about', (text) => {
    expect(asCarer(text)).not.toBe('none');
  });

  it('leave alone: the rest of the message is read as usual ("her dad hits her" beside it gets the full answer)', () => {
    expect(asCarer('I will not be here forever, her dad hits her when I am at work')).toBe('answer');
  });

  it('leave alone: a young person saying "I won\'t be around forever" is still asked "Are you OK?"', () => {
    expect(asYoungPerson("I won't be around forever")).toBe('check');
    expect(asYoungPerson('I hope she has good friends because I will not be here forever')).not.toBe('none');
  });
});
