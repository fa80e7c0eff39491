import { describe, expect, it } from 'vitest';
import { readsAsBenefit, readsAsMeasure } from '../../src/language/benefitNotMeasure';
import { measureAndFeeling } from '../../src/language/feelingAnswer';

describe('at "how would you know?", words that name evidence or someone who says so stay a measure', () => {
  it.each([
    'my timesheet shows i went every day',
    'we would have his timesheet',
    "she'd get a letter from college",
    'he would get his payslip',
    'i would have my attendance record',
    'we would get photos from the club',
    "his teacher would tell us he's done it",
    'they would say he went every time',
    'i will get a reference from my boss',
    'we will see him walk in on his own',
    'he would get a certificate',
    'she would get good marks in her spelling test',
    "we'd hear from the coach",
    'theyd be on my channel lol',
    'they would be up on youtube',
    'he would have them posted',
  ])('"%s" is a measure', (typed) => {
    expect(readsAsBenefit(typed)).toBe(false);
  });

  it.each([
    'hed be part of a team and make friends',
    'he would feel really proud of himself',
    'it would give him confidence',
    'so he can make friends his own age',
    "i'd have my own money",
    'she would feel like she belongs',
    'id make friends online',
    'he would feel safer online',
  ])('"%s" is what it would do for them', (typed) => {
    expect(readsAsBenefit(typed)).toBe(true);
  });
});

describe('at "what would it do for you?", words that only say how anyone would know read as a measure', () => {
  it.each(['my timesheet shows i went every day', 'his teacher would tell us', 'we will see him walk in on his own', 'she would get a certificate', 'her teacher does reading checks', 'she could read one to me'])('"%s" is a measure', (typed) => {
    expect(readsAsMeasure(typed)).toBe(true);
  });

  it.each(['i would feel proud', 'he would be happy and have friends', 'it would give her confidence', 'i would have my own money', 'i could get a job after', 'nothing really', "we'll see how she gets on"])(
    '"%s" is what it would do for them',
    (typed) => {
      expect(readsAsMeasure(typed)).toBe(false);
    },
  );
});

describe('a feeling said beside how everyone will know is not part of it', () => {
  it.each([
    ['the videos are on my channel. proud is how id feel', 'the videos are on my channel.', 'proud'],
    ['the coach picks me. happy lol', 'the coach picks me.', 'happy'],
  ])('"%s"', (typed, measure, feeling) => {
    expect(measureAndFeeling(typed)).toEqual({ measure, feeling });
  });

  it.each(['my teacher says so', 'she goes every day. she is happy', 'proud'])('"%s" stays as it is', (typed) => {
    expect(measureAndFeeling(typed)).toEqual({ measure: typed });
  });
});
