import { describe, expect, it } from 'vitest';
import { detectConcern, safeguardingInChat } from '../../src/language';

/*
 * A foster carer telling what would change in her child's own behaviour ("less chairs getting thrown,
 * less kids scared of him") tells of no harm to the child; things thrown at him, or him afraid, still do.
 */

describe("a parent on the child's own behaviour getting better", () => {
  it.each([
    'less chairs getting thrown basically… less kids scared of him',
    'less kids scared of him, less chairs thrown',
    'the other kids wont be scared of him anymore',
    'fewer children frightened of her at playtime',
    'no more chairs getting thrown in class',
    'his class would not be so scared of him',
  ])('"%s" is no disclosure', (typed) => {
    expect(detectConcern(typed).sure).not.toBe(true);
    expect(safeguardingInChat(typed, { parent: true, goal: true }).action).not.toBe('answer');
    expect(safeguardingInChat(typed, { parent: true }).action).not.toBe('answer');
  });

  it.each(["he'd feel like he belongs there and not the naughty kid. but seriously what date have u put", "she'd feel like she fits in at last"])(
    '"%s", what the outcome would do for the child, is never "Are you OK?"',
    (typed) => {
      expect(safeguardingInChat(typed, { parent: true }).action).toBe('none');
    },
  );

  it.each(['chairs getting thrown at him every day', 'im scared of him', 'my sister is scared of him', 'i keep getting thrown against the wall'])('leave alone: "%s" is still a sure disclosure', (typed) => {
    expect(detectConcern(typed)).toMatchObject({ concern: true, sure: true });
  });

  it.each(['the other kids throw chairs at him', 'they call him the naughty kid every day'])('leave alone: "%s" is still caught', (typed) => {
    expect(detectConcern(typed).concern).toBe(true);
    expect(safeguardingInChat(typed, { parent: true }).action).not.toBe('none');
  });
});
