import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLine, type Activity } from 'botframework-directlinejs';
import { Observable } from 'rxjs/Observable';
import type { AjaxRequest, AjaxResponse } from 'rxjs/observable/dom/AjaxObservable';
import WebSocket from 'ws';
import { WELCOME, api, startHarness, type Harness } from './harness';

/** botframework-directlinejs uses XMLHttpRequest, which Node lacks; this does the same over fetch. */
function fetchAjax(request: string | AjaxRequest): Observable<AjaxResponse> {
  const { url = '', method = 'GET', headers = {}, body } = typeof request === 'string' ? { url: request } : request;
  return Observable.create((subscriber: { next(value: unknown): void; error(error: unknown): void; complete(): void }) => {
    fetch(url, {
      method,
      headers: headers as Record<string, string>,
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(
      async (response) => {
        const text = await response.text();
        const parsed: unknown = text ? JSON.parse(text) : null;
        if (response.ok) {
          subscriber.next({ status: response.status, response: parsed });
          subscriber.complete();
        } else {
          subscriber.error({ status: response.status, response: parsed, xhr: { getResponseHeader: (name: string) => response.headers.get(name) } });
        }
      },
      () => subscriber.error({ status: 0 }),
    );
  }) as Observable<AjaxResponse>;
}

describe.each([
  { mode: 'WebSocket stream', webSocket: true },
  { mode: 'polling', webSocket: false },
])('the real botframework-directlinejs client ($mode)', ({ webSocket }) => {
  let harness: Harness;
  const globals = globalThis as { WebSocket?: unknown };
  const hadWebSocket = 'WebSocket' in globals;
  beforeAll(async () => {
    // The client decides between stream and polling by looking for a global WebSocket.
    if (!hadWebSocket) globals.WebSocket = WebSocket;
    harness = await startHarness();
  });
  afterAll(async () => {
    if (!hadWebSocket) delete globals.WebSocket;
    await harness.close();
  });

  it('starts a conversation, gets the welcome, sends a message and gets the reply', async () => {
    const generated = await api(harness.baseUrl, '/tokens/generate', { method: 'POST', json: { user: { id: 'client-user' } } });
    const directLine = new DirectLine({
      domain: `${harness.baseUrl}/v3/directline`,
      token: String(generated.body.token),
      webSocket,
      pollingInterval: 200,
      WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
      ajax: fetchAjax as unknown as DirectLine['services']['ajax'],
    });
    const seen: Activity[] = [];
    const subscription = directLine.activity$.subscribe((activity) => seen.push(activity));
    const waitFor = async (predicate: () => boolean) => {
      const deadline = Date.now() + 8000;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error('client did not see the expected activities');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    try {
      await waitFor(() => seen.some((activity) => activity.type === 'message' && activity.text === WELCOME));
      const id = await directLine
        .postActivity({ type: 'message', from: { id: 'client-user' }, text: 'hello from the client' })
        .toPromise();
      expect(id).toBe(`${String(generated.body.conversationId)}|0000002`);
      await waitFor(() => seen.some((activity) => activity.type === 'message' && activity.text === 'You said: hello from the client'));
      const texts = seen.map((activity) => (activity.type === 'message' ? activity.text : activity.type));
      expect(texts).toEqual([WELCOME, 'hello from the client', 'You said: hello from the client']);
      expect(seen[1]?.from.id).toBe('client-user');
    } finally {
      subscription.unsubscribe();
      directLine.end();
    }
  });
});
