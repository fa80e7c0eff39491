import { describe, expect, it } from 'vitest';
import {
  findResumeCode,
  generateResumeCode,
  hashResumeCode,
  isResumeCode,
  normaliseResumeCode,
  RESUME_CODE_ALPHABET,
  RESUME_CODE_BITS,
} from '../../src/domain/resumeCode';

const PEPPER = 'test-pepper';

describe('resume codes', () => {
  it('have at least 40 bits of entropy', () => {
    expect(RESUME_CODE_BITS).toBeGreaterThanOrEqual(40);
  });

  it('use no look-alike characters', () => {
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) expect(RESUME_CODE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(RESUME_CODE_ALPHABET).size).toBe(RESUME_CODE_ALPHABET.length);
  });

  it('are three groups of three symbols from the alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateResumeCode();
      expect(code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$/);
      for (const symbol of code.replace(/-/g, '')) expect(RESUME_CODE_ALPHABET).toContain(symbol);
      expect(normaliseResumeCode(code)).toBe(code);
    }
  });

  it('always hold a digit, so one typed in small letters never reads as three words', () => {
    const codes = Array.from({ length: 5_000 }, generateResumeCode);
    expect(codes.filter((code) => !/\d/.test(code))).toEqual([]);
  });

  it('are distinct over many samples and use the whole alphabet', () => {
    const codes = Array.from({ length: 20_000 }, generateResumeCode);
    expect(new Set(codes).size).toBe(codes.length);
    const used = new Set(codes.join('').replace(/-/g, ''));
    expect(used.size).toBe(RESUME_CODE_ALPHABET.length);
  });

  it('accept any case and spacing the person types', () => {
    for (const typed of ['k7m-4px-r9t', 'K7M 4PX R9T', ' k7m4pxr9t ', 'K7M.4px.R9T', 'k7m–4px–r9t']) {
      expect(normaliseResumeCode(typed)).toBe('K7M-4PX-R9T');
    }
  });

  it('reject what cannot be a code', () => {
    for (const typed of ['', 'K7M-4PX-R9', 'K7M-4PX-R9TT', 'K0M-4PX-R9T', 'K7M-4PX-R1T', 'hello there', 'K7M-4PX-R9!']) {
      expect(isResumeCode(typed)).toBe(false);
    }
  });

  it('are found inside a sentence, preferring a real code over a nine-letter word', () => {
    expect(findResumeCode('my code is k7m-4px-r9t thanks')).toBe('K7M-4PX-R9T');
    expect(findResumeCode('I got it yesterday: k7m 4px r9t')).toBe('K7M-4PX-R9T');
    expect(findResumeCode('I have a code')).toBeNull();
  });

  it('hash the same for every spelling, differently per code and per pepper', () => {
    const hash = hashResumeCode('K7M-4PX-R9T', PEPPER);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashResumeCode('k7m 4px r9t', PEPPER)).toBe(hash);
    expect(hashResumeCode('K7M-4PX-R9V', PEPPER)).not.toBe(hash);
    expect(hashResumeCode('K7M-4PX-R9T', 'other-pepper')).not.toBe(hash);
    expect(hash).not.toContain('K7M');
  });

  it('refuse to hash a typo or without a pepper', () => {
    expect(() => hashResumeCode('K7M-4PX', PEPPER)).toThrow(RangeError);
    expect(() => hashResumeCode('K7M-4PX-R9T', '')).toThrow(RangeError);
  });
});
