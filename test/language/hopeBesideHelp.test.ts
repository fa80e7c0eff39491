import { describe, expect, it } from 'vitest';
import { coachStep } from '../../src/language/coaching';
import { coachHope } from '../../src/language/hopeCoaching';

// At the hopes question, a hope said beside the help it needs is kept as the hope.
describe('a hope said beside the help it needs', () => {
  it.each([
    "Uni. He's bright, he just needs the right setting. Wants to do computer science",
    'He needs a quiet room. He wants to go to college.',
    'She needs a TA at lunch. She would love to work with animals one day.',
  ])('"%s" is a hope', (text) => {
    expect(coachHope(text)).toBe('aspiration');
  });

  it.each([
    'She needs a TA. She wants to have someone with her at lunch.',
    'More help in class. I want to be left alone at break.',
    'He needs the right setting.',
    'I want to have my own room for exams and rest breaks',
  ])('leaves alone "%s", which only asks for help', (text) => {
    expect(coachHope(text)).toBe('support_as_hope');
  });
});

describe('support someone will be getting', () => {
  it.each([
    "She'll be getting support from a social worker and a PA to help her with the flat side of things",
    'he will be having speech therapy every week',
  ])('"%s" is provision at the step question', (text) => {
    expect(coachStep(text, { today: '2026-12-02', age: 19 }).action).toBe('provision');
  });

  it("leaves alone \"she'll be getting the bus on her own\", her own step", () => {
    expect(coachStep("she'll be getting the bus on her own", { today: '2026-12-02', age: 19 }).action).toBe('accept');
  });
});
