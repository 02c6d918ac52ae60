// A small W3C WebDriver client over plain HTTP: just the commands the journeys use.

// The web element identifier of the W3C spec.
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

export type ElementRef = { [ELEMENT_KEY]: string };

type Reply = { value: unknown };

export class WebDriverError extends Error {}

export async function sendCommand(base: string, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
  });
  const reply = (await response.json()) as Reply;
  if (!response.ok) {
    const { error, message } = (reply.value ?? {}) as { error?: string; message?: string };
    throw new WebDriverError(`${method} ${path}: ${error ?? response.status} ${message ?? ''}`.trim());
  }
  return reply.value;
}

export const isElementRef = (value: unknown): value is ElementRef =>
  typeof value === 'object' && value !== null && ELEMENT_KEY in value;

export const elementId = (ref: ElementRef): string => ref[ELEMENT_KEY];

/** One WebDriver session: navigation, script, element click and typing. */
export class WebDriverSession {
  constructor(private readonly base: string, readonly id: string) {}

  static async create(base: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
    const value = (await sendCommand(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } })) as { sessionId: string };
    return new WebDriverSession(base, value.sessionId);
  }

  private send(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
    return sendCommand(this.base, method, `/session/${this.id}${path}`, body);
  }

  async navigate(url: string): Promise<void> {
    await this.send('POST', '/url', { url });
  }

  async refresh(): Promise<void> {
    await this.send('POST', '/refresh');
  }

  async url(): Promise<string> {
    return (await this.send('GET', '/url')) as string;
  }

  /** Runs `body` (a function body: arguments[0..]) synchronously in the page. */
  executeSync(body: string, args: unknown[]): Promise<unknown> {
    return this.send('POST', '/execute/sync', { script: body, args });
  }

  /** Runs `body` with a `done` callback as its last argument. */
  executeAsync(body: string, args: unknown[]): Promise<unknown> {
    return this.send('POST', '/execute/async', { script: body, args });
  }

  async click(element: ElementRef): Promise<void> {
    await this.send('POST', `/element/${elementId(element)}/click`);
  }

  async clear(element: ElementRef): Promise<void> {
    await this.send('POST', `/element/${elementId(element)}/clear`);
  }

  async sendKeys(element: ElementRef, text: string): Promise<void> {
    await this.send('POST', `/element/${elementId(element)}/value`, { text });
  }

  async delete(): Promise<void> {
    await this.send('DELETE', '');
  }
}
