import { describe, expect, it } from 'vitest';
import { isReviewOverdue } from '../../../src/domain/evacuation-review.ts';

describe('isReviewOverdue', () => {
  it('flags a plan never reviewed', () => {
    expect(isReviewOverdue(null, '2026-05-10')).toBe(true);
  });

  it('accepts a review exactly one year ago and flags one a day older', () => {
    expect(isReviewOverdue('2025-05-10', '2026-05-10')).toBe(false);
    expect(isReviewOverdue('2025-05-09', '2026-05-10')).toBe(true);
  });

  it('accepts a recent review', () => {
    expect(isReviewOverdue('2026-01-15', '2026-05-10')).toBe(false);
  });
});
