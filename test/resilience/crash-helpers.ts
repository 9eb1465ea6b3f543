import type { Response } from 'supertest';
import type { ApiProcess } from '../utils/api-process.js';

/** What the client saw: the answer, or nothing (connection reset by the crash). */
export type Seen = { status: number; body: Record<string, unknown> } | { status: 'no answer' };

/**
 * Sends every request at once and SIGKILLs the API once `killAfterAcks` of
 * them were acknowledged (2xx), i.e. while the rest are in flight. Bounded:
 * the kill also happens after `maxMs` whatever was acknowledged.
 */
export async function fireAndCrash(api: ApiProcess, requests: Array<() => PromiseLike<Response>>, killAfterAcks: number, maxMs = 20_000): Promise<Seen[]> {
  let acks = 0;
  let killed: Promise<void> | undefined;
  const kill = () => (killed ??= api.crash());
  const timer = setTimeout(kill, maxMs);
  const seen = await Promise.all(requests.map(async (send): Promise<Seen> => {
    try {
      const res = await send();
      if (res.status >= 200 && res.status < 300 && ++acks >= killAfterAcks) void kill();
      return { status: res.status, body: res.body };
    } catch {
      return { status: 'no answer' };
    }
  }));
  clearTimeout(timer);
  await kill();
  return seen;
}

export const acknowledged = (seen: Seen[]) =>
  seen.flatMap((s, i) => (typeof s.status === 'number' && s.status >= 200 && s.status < 300 ? [{ index: i, body: (s as { body: Record<string, unknown> }).body }] : []));

/** After a retry with the same key: the first answer again, a fresh success, or "already done, response lost in the crash". */
export const retryOutcome = (res: Response) =>
  res.status === 201 ? 'created' : res.status === 409 && res.body.code === 'IDEMPOTENCY.IN_PROGRESS' ? 'done before the crash' : `${res.status} ${res.body.code}`;
