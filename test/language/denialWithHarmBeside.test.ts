import { describe, expect, it } from 'vitest';
import { safeguardingInChat, withoutTheNoteQuestion } from '../../src/language';

/*
 * A denial ("nobody hurts them"), a goodbye to nappies, or a fear of a visit said beside harm: the harm is still
 * heard, as a parent typed it.
 */
describe('harm said beside a denial or a goodbye to nappies', () => {
  it.each([
    'nobody hurts them, my partner just shakes them when they cry',
    'nobody bullies him now but they used to hit him',
    'no more nappies. he stays wet all day',
  ])('"%s" is still heard', (text) => {
    expect(safeguardingInChat(text, { parent: true }).action).not.toBe('none');
  });

  it.each(['nobody hurt him', 'nobody hits her at home', 'i am fine. it was only he fall in park. nobody hurt him. why you keep ask me this'])(
    '"%s" is a denial and interrupts nothing',
    (text) => {
      expect(safeguardingInChat(text, { parent: true }).action).toBe('none');
    },
  );
});

describe('a note asked off with a fear of a visit', () => {
  it.each([
    'please delete that note. we are good family. i am scared social worker come to my house and then he will beat me',
    'please remove the note we are a good family. im scared they will take him away, his dad pushed him',
  ])('"%s" still tells of harm once the request is read apart', (text) => {
    expect(safeguardingInChat(withoutTheNoteQuestion(text), { parent: true }).action).not.toBe('none');
  });

  it('the fear alone tells of none', () => {
    const text = 'please delete that note. i am scared now social worker come to my house. we are good family';
    expect(safeguardingInChat(withoutTheNoteQuestion(text), { parent: true }).action).toBe('none');
  });
});
