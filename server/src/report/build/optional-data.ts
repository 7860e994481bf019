/**
 * Sections whose tables another analysis stage writes. Until the stage exists, the report says so
 * in one sentence instead of showing a number.
 */
export const optionalData = {
  coverage: {
    available: false,
    reason: 'Test coverage was not analyzed: the database has no file_test_status table.',
  },
  redFlags: {
    available: false,
    reason: 'Red flags were not computed: the database has no red_flags table.',
  },
} as const;
