import { describe, expect, it } from 'vitest';
import { parseJsonBody } from '../../src/security/bodyReader';
import { MAX_DEPTH, TooDeepError } from '../../src/security/safeText';

/* A request body is cleaned as it is parsed, and copied only when its text could hold an unsafe character. */
describe('a JSON body as the bot reads it', () => {
  const parse = (text: string) => parseJsonBody(Buffer.from(text, 'utf8'), 'application/json');

  it('takes out NUL and mends a lone surrogate written as escapes, keeping an emoji', () => {
    expect(parse('{"text":"a\\u0000b \\ud83d x \\ud83d\\ude00","k\\u0000ey":1}')).toEqual({ text: 'ab \uFFFD x 😀', key: 1 });
  });

  it('gives a body without such escapes as it is, a "__proto__" field only a field', () => {
    const body = parse('{"text":"im good at maths 😀","__proto__":{"x":1},"list":[1,"two"]}') as Record<string, unknown>;
    expect(body.text).toBe('im good at maths 😀');
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(Object.keys(body)).toEqual(['text', '__proto__', 'list']);
  });

  it('refuses a body nested too deeply, with or without escapes', () => {
    const deep = (inner: string) => '['.repeat(MAX_DEPTH + 1) + inner + ']'.repeat(MAX_DEPTH + 1);
    expect(() => parse(deep('1'))).toThrow(TooDeepError);
    expect(() => parse(deep('"\\u0000"'))).toThrow(TooDeepError);
    expect(parse('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH))).toBeDefined();
  });
});
