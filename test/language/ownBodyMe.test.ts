import { describe, expect, it } from 'vitest';
import { detectConcern, safeguardingInChat } from '../../src/language';

describe('"me" for "my" before a part of the body, said of oneself', () => {
  it.each(['i hurt me knee at football', 'i twisted me ankle at training', 'i hurt me ankle at netball', 'ive hurt me back', 'i hurt me back lifting boxes', 'ive sprained me wrist'])('%j is a sport or everyday injury: no concern, nothing asked', (typed) => {
    expect(detectConcern(typed).concern).toBe(false);
    expect(safeguardingInChat(typed, { parent: false }).action).toBe('none');
  });

  it.each(['he hurt me knee', 'i hurt me knee when dad pushed me', 'they hurt me at football', 'i hurt me', 'i hurt me head on wall when i sad', 'i hurt me arm on the wall when im angry', 'ive hurt me arm again on purpose', 'they hurt me back at home', 'i hit him and he hurt me back'])('leave alone: %j is still a disclosure', (typed) => {
    expect(safeguardingInChat(typed, { parent: false }).action).toBe('answer');
  });
});
