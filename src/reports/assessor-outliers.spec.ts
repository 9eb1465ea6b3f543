import { outlierFigures } from './assessor-outliers.js';

describe('outlierFigures', () => {
  it('computes the rates and the z-score against the scheme rate', () => {
    // 6 of 10 BK against a scheme rate of 20 of 100: se = sqrt(0.2 * 0.8 / 10) = 0.12649; z = 0.4 / 0.12649 = 3.1623
    expect(outlierFigures({ decided: 10, bk: 6, schemeDecided: 100, schemeBk: 20 }, 5)).toEqual({ bkRate: 0.6, schemeBkRate: 0.2, zScore: 3.1623, outlier: true });
  });

  it('does not flag a rate within two standard errors', () => {
    // 3 of 10 against 0.2: z = 0.1 / 0.12649 = 0.7906
    expect(outlierFigures({ decided: 10, bk: 3, schemeDecided: 100, schemeBk: 20 }, 5)).toMatchObject({ zScore: 0.7906, outlier: false });
  });

  it('flags a rate far below the scheme rate too (lenient assessors)', () => {
    // 0 of 25 against 0.5: se = 0.1, z = -5
    expect(outlierFigures({ decided: 25, bk: 0, schemeDecided: 200, schemeBk: 100 }, 5)).toMatchObject({ zScore: -5, outlier: true });
  });

  it('needs at least minDecisions decisions before it flags', () => {
    expect(outlierFigures({ decided: 4, bk: 4, schemeDecided: 100, schemeBk: 10 }, 5).outlier).toBe(false);
    expect(outlierFigures({ decided: 4, bk: 4, schemeDecided: 100, schemeBk: 10 }, 4).outlier).toBe(true);
  });

  it('handles a scheme rate without spread', () => {
    expect(outlierFigures({ decided: 5, bk: 0, schemeDecided: 50, schemeBk: 0 }, 5)).toEqual({ bkRate: 0, schemeBkRate: 0, zScore: 0, outlier: false });
    expect(outlierFigures({ decided: 0, bk: 0, schemeDecided: 0, schemeBk: 0 }, 0)).toEqual({ bkRate: 0, schemeBkRate: 0, zScore: 0, outlier: false });
  });
});
