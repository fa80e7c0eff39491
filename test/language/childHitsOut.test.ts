import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';
import { describesChildHittingCarer } from '../../src/language/childsOwnWays';

describe('a parent telling of their child hitting out at them in distress', () => {
  it.each(['he hits me when he has a meltdown', "she bites me when she's overwhelmed", 'my son kicks us when he cant tell us whats wrong'])(
    '%j is the child\'s behaviour: no crisis answer, no check',
    (typed) => {
      expect(describesChildHittingCarer(typed)).toBe(true);
      expect(safeguardingInChat(typed, { parent: true }).action).toBe('none');
    },
  );

  it.each([
    'his dad hits him',
    'he hits me when he has a meltdown and his dad hits him',
    'he hits me when he is drunk',
    'he hits me when he gets angry',
    'my partner hits me when he has a meltdown',
    'he hits me when he has a meltdown and i cant cope any more',
  ])('leave alone: %j from a parent is still answered as before', (typed) => {
    expect(describesChildHittingCarer(typed)).toBe(false);
    expect(safeguardingInChat(typed, { parent: true }).action).not.toBe('none');
  });

  it('from a young person, "he hits me when he has a meltdown" is still harm to them', () => {
    expect(safeguardingInChat('he hits me when he has a meltdown', { parent: false }).action).toBe('answer');
  });
});
