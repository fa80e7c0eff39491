import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';

/* An adult's own injury told, and being talked into an activity, are ordinary; harm done to them is still heard. */
describe("mum's own injury and being pushed into an activity", () => {
  it.each([
    'my mum hurt her back at work',
    'my dad hurt his knee playing football',
    'my nan hurt her hip',
    'he pushed me into doing the bungee jump',
    'my mum pushed me into doing the school play',
    'my mate pushed me into trying the zip wire',
    'she pushed me into going on the big slide',
    'they pushed me into doing the fun run',
  ])('"%s" is ordinary', (text) => {
    expect(safeguardingInChat(text, { parent: false }).action).toBe('none');
  });

  it.each([
    'he pushed me into the wall',
    'my mum hurt me',
    'he pushed me into doing drugs',
    'he pushed me into doing things i didnt want',
    'my dad hurt her arm',
    'my mum hurt her back at work and my dad hurt me',
  ])('"%s" is still answered', (text) => {
    expect(safeguardingInChat(text, { parent: false }).action).toBe('answer');
  });
});

describe('persuaded into an activity, with more told after it', () => {
  it.each(['my coach pushed me into joining the club and now he wants pics', 'my coach pushed me into joining the team and now he wants pics', 'he pushed me into doing the show and then he touched me'])(
    '"%s" is still heard',
    (text) => {
      expect(safeguardingInChat(text, { parent: false }).action).toBe('answer');
    },
  );
});
