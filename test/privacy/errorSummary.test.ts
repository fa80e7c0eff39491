import { describe, expect, it } from 'vitest';
import { errorSummary } from '../../src/log';

describe('an error as the logs keep it', () => {
  it('never keeps a message that could quote what a person typed, only where it was thrown', () => {
    const summary = errorSummary(new Error('could not read "my dad hits me when he is drunk"'));
    expect(JSON.stringify(summary)).not.toMatch(/dad|drunk/);
    expect(summary.type).toBe('Error');
    expect(summary.at).toMatch(/errorSummary\.test\.ts:\d+:\d+$/);
  });

  it('keeps a system error\'s own message, which names no person', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(errorSummary(refused)).toEqual({ type: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:5432' });
  });
});
