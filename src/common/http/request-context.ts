import { AsyncLocalStorage } from 'node:async_hooks';

import type { IdempotencyClaim } from '../../idempotency/idempotency-claim.js';

export interface RequestContextData {
  requestId: string;
  ip: string;
  /** Set by the idempotency interceptor for a request with an `Idempotency-Key`. */
  idempotency?: IdempotencyClaim;
}

const storage = new AsyncLocalStorage<RequestContextData>();

/** Request id and client address for the current request, read by the audit trail. */
export const RequestContext = {
  run<T>(data: RequestContextData, fn: () => T): T {
    return storage.run(data, fn);
  },
  current(): RequestContextData | undefined {
    return storage.getStore();
  },
};
