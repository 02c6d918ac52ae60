import { request } from 'node:http';
import { PushResponseSchema, type Mutation, type PushResult } from '../../../src/schema/sync-protocol.ts';

/**
 * A push whose body is sent in two halves: `between` runs once the server has parsed the headers (it answers
 * `Expect: 100-continue`) and holds the first half, so the request is certainly in flight, and unfinished.
 */
export function pushInTwoHalves(url: string, token: string, mutations: Mutation[], between: () => Promise<void>): Promise<PushResult[]> {
  const body = Buffer.from(JSON.stringify({ clientId: 'two-halves', mutations }));
  const half = Math.floor(body.length / 2);
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': body.length, expect: '100-continue' },
    });
    req.on('error', reject);
    req.on('continue', () => {
      req.write(body.subarray(0, half), () => {
        between().then(() => req.end(body.subarray(half)), reject);
      });
    });
    req.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        if (response.statusCode !== 200) return reject(new Error(`push answered ${response.statusCode}`));
        resolve(PushResponseSchema.parse(JSON.parse(Buffer.concat(chunks).toString())).results);
      });
    });
  });
}
