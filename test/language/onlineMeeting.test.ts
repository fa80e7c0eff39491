import { describe, expect, it } from 'vitest';
import { tellsOfOnlineContact, tellsOfOnlineMeetingAsked, tellsOfSecrecyAsked } from '../../src/language/onlineMeeting';

describe('someone known online who wants to meet', () => {
  it.each(['someone online wants to meet up should i go', 'my online friend said lets meet at the shops dont tell ur mum', 'a guy from roblox wants my address', 'this girl from tiktok keeps asking where i live', 'my roblox friend wants to meet me'])(
    '"%s" is a meeting asked by someone online',
    (said) => expect(tellsOfOnlineMeetingAsked(said)).toBe(true),
  );

  it.each(['he wants to meet me. what should i do', 'he wants to link up irl'])('"%s" is one only after someone online was told of', (said) => {
    expect(tellsOfOnlineMeetingAsked(said)).toBe(false);
    expect(tellsOfOnlineMeetingAsked(said, true)).toBe(true);
  });

  it.each(['i want to meet new people', 'my mum wants to meet my teacher', 'i really want to meet him', 'my teacher wants to meet my mum'])('"%s" is none, whatever was said before', (said) => {
    expect(tellsOfOnlineMeetingAsked(said, true)).toBe(false);
  });

  it.each(['i talk to a boy on roblox', 'theres a guy i play fortnite with', 'my online friend is nice'])('"%s" tells of someone met online', (said) => expect(tellsOfOnlineContact(said)).toBe(true));
  it.each(['i like playing roblox online', 'i play minecraft'])('"%s" tells of a game, nobody in it', (said) => expect(tellsOfOnlineContact(said)).toBe(false));

  it('a secret asked for is heard; "dont tell me" is not', () => {
    expect(tellsOfSecrecyAsked('lets meet at the shops dont tell ur mum')).toBe(true);
    expect(tellsOfSecrecyAsked('he says keep it a secret')).toBe(true);
    expect(tellsOfSecrecyAsked('i like surprises')).toBe(false);
  });
});
