import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/ui/format';

describe('formatDate', () => {
  // Two times near midnight in opposite offsets: converting either to UTC or to any reader's zone
  // moves at least one of them to another day.
  it('shows the day the page states in its own offset', () => {
    expect(formatDate('2025-04-05T00:30:00+02:00', 'en-US')).toBe('April 5, 2025');
    expect(formatDate('2025-04-05T23:30:00-05:00', 'en-US')).toBe('April 5, 2025');
  });

  it('reads a bare day and gives nothing for what is not a date', () => {
    expect(formatDate('2024-03-12', 'en-US')).toBe('March 12, 2024');
    expect(formatDate('', 'en-US')).toBe('');
    expect(formatDate('soon', 'en-US')).toBe('');
  });
});
