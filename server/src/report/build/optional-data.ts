/**
 * Sections whose tables another analysis stage writes. Until the stage exists, the report says so
 * in one sentence instead of showing a number.
 */
export const optionalData = {
  redFlags: {
    available: false,
    reason: 'Red flags were not computed: the database has no red_flags table.',
  },
} as const;
