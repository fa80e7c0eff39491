import { describe, expect, it } from 'vitest';
import { analyseStatement } from '../../src/language/analyseStatement';
import { detectConcern } from '../../src/language/concern';
import { statementFeatures } from '../../src/language/features';
import { concernFeatures } from '../../src/language/concernFeatures';
import { clearedConcernText } from '../../src/language/concernRuleMatch';
import { forgetAllReadings, readingsHold } from '../../src/language/recentReadings';
import { saysWhoWillDoWhat } from '../../src/language/willSaid';
import { JoinedNames } from '../../src/language/featureNames';

/* Feature names are made once and handed out again: the same names as ever, and none of a person's words kept after "delete my data". */
const context = { today: '2026-12-07' };

describe('feature names made once', () => {
  it('gives the same stem pairs, first words and cues on a second reading as on the first', () => {
    const typed = 'zorbaline will cook her own tea by the end of year 11';
    const first = statementFeatures(typed, context, null).features;
    expect(first).toContain('#tf_none');
    expect(first.some((f) => f.startsWith('^'))).toBe(true);
    expect(first.some((f) => /^[a-z]+_[a-z]+$/.test(f))).toBe(true);
    expect(statementFeatures(typed, context, null).features).toEqual(first);
  });

  it('gives the concern classifier the same pairs of cues and roles again', () => {
    const cleared = clearedConcernText('my step dad hits me and takes my money');
    const first = concernFeatures(cleared, ['violence']);
    expect(first).toContain('#rule:violence');
    expect(first.some((f) => f.includes('+'))).toBe(true);
    expect(first.some((f) => f.includes('>'))).toBe(true);
    expect(concernFeatures(cleared, ['violence'])).toEqual(first);
  });

  it('keeps no pair of a person\'s words after the readings are forgotten', () => {
    const typed = 'zorbaline quibble wibblestreet';
    analyseStatement(typed, context);
    expect(readingsHold(typed)).toBe(true);
    forgetAllReadings();
    expect(readingsHold(typed)).toBe(false);
    // Forgetting changes no reading: a disclosure still flags.
    expect(detectConcern('my dad hits me when he is drunk').concern).toBe(true);
  });
});

describe('feature names kept', () => {
  it('keeps at most its cap, then starts again with the same names', () => {
    const names = new JoinedNames('#', 2);
    expect(names.of('', 'tf')).toBe('#tf');
    expect(names.of('', 'num')).toBe('#num');
    expect(names.size).toBe(2);
    expect(names.of('', 'want')).toBe('#want');
    expect(names.size).toBe(1);
    expect(names.of('', 'tf')).toBe('#tf');
  });
});

describe('"<name> will ..." read with the child\'s name', () => {
  it('reads each child\'s name, one after another, and only that name', () => {
    expect(saysWhoWillDoWhat('Jayden will use his time out card', 'Jayden')).toBe(true);
    expect(saysWhoWillDoWhat('Mia will ask for help', 'Mia')).toBe(true);
    expect(saysWhoWillDoWhat('Jayden will use his time out card', 'Mia')).toBe(false);
    expect(saysWhoWillDoWhat('Jo (Joanne) will ask for help', 'Jo (Joanne)')).toBe(true);
  });

  it('does not keep the name after the readings are forgotten', () => {
    saysWhoWillDoWhat('Zorbaline will walk to school', 'Zorbaline');
    expect(readingsHold('Zorbaline')).toBe(true);
    forgetAllReadings();
    expect(readingsHold('Zorbaline')).toBe(false);
  });
});
