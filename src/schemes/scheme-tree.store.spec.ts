import type { EntityManager } from 'typeorm';
import type { SchemeVersion } from './entities/scheme-version.entity.js';
import { SchemeTreeStore } from './scheme-tree.store.js';

describe('SchemeTreeStore', () => {
  // Found by the soak run: four overlapping queries on a transaction's one pg client
  // (deprecated by pg 8, an error in pg 9).
  it('loads a tree with one query in flight at a time', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const em = {
      find: async () => {
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        return [];
      },
    } as unknown as EntityManager;
    const sut = new SchemeTreeStore();
    const tree = await sut.load(em, { id: 'v', certificationBodyId: 'b' } as SchemeVersion);
    expect(tree.units).toEqual([]);
    expect(maxInFlight).toBe(1);
  });
});
