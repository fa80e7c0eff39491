import { describe, expect, it } from 'vitest';
import { needSection, providerOf } from '../../src/language/planPart';

describe('ears, hearing and toileting with a medical condition in a parent\'s words are health (C and G)', () => {
  it('needs about glue ear, hearing and the toilet', () => {
    expect(needSection('he has glue ear so he cannot hear the teacher')).toBe('health');
    expect(needSection('his hearing is bad, he miss words')).toBe('health');
    expect(needSection('he has a bladder condition so needs help with toileting')).toBe('health');
    expect(needSection('she is constipated a lot so toileting is hard')).toBe('health');
    // Without a condition, help in the toilet is personal care: everyday life's (Section D).
    expect(needSection('he needs help with toileting')).toBe('social_care');
  });
  it('help that is a hearing check or grommets', () => {
    expect(providerOf('hearing check again')).toBe('health');
    expect(providerOf('maybe grommets again')).toBe('health');
  });
  it('leaves learning and talk alone', () => {
    expect(needSection('he finds reading hard')).toBe('education');
    expect(needSection('he cant talk in sentences')).toBe('education');
    expect(providerOf('a TA in class')).toBe('education');
  });
});
