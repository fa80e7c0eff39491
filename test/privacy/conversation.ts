import { DirectLineClient, postBotFramework } from '../support/appClients';

/** The answers of a young person going through the welcome and into the first stages. */
export const ANSWERS = (name: string, words: string, birthday: string): string[] => [
  'Standard words',
  "Yes, that's OK",
  'Me, about myself',
  name,
  `I am 14, my birthday is ${birthday}`,
  'Year 9',
  'No code',
  words,
  'show my draft',
  'help',
  "I'm not sure",
  words,
  'stop',
];

/** One whole conversation over the web chat channel; resolves when every answer has had its reply. */
export async function talkOverDirectLine(url: string, answers: string[], user?: { id: string; name?: string }): Promise<DirectLineClient> {
  const client = await DirectLineClient.start(url, user);
  await client.nextQuestion();
  for (const text of answers) {
    const sent = await client.say(text);
    if (sent.status !== 200) throw new Error(`web chat post answered ${sent.status}`);
    await client.nextQuestion(2000);
  }
  return client;
}

/** The same conversation on the Bot Framework endpoint. */
export async function talkOverBotFramework(url: string, conversationId: string, answers: string[], from = { id: 'person-1' }): Promise<void> {
  await postBotFramework(url, { type: 'conversationUpdate', conversation: { id: conversationId }, from, membersAdded: [from] });
  for (const text of answers) {
    const reply = await postBotFramework(url, { type: 'message', text, conversation: { id: conversationId }, from });
    if (reply.status !== 200) throw new Error(`/api/messages answered ${reply.status}`);
  }
}
