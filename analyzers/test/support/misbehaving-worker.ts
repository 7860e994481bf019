/**
 * A measurement worker for pool tests: answers like the real one, but crashes the process (as a
 * native stack overflow would) for `crash.*` and never answers for `hang.*`.
 */
process.on(
  'message',
  (message: { jobs: Array<{ id: number; job: { path: string; content: Uint8Array } }> }) => {
    for (const { id, job } of message.jobs) {
      if (job.path.startsWith('crash')) process.kill(process.pid, 'SIGSEGV');
      if (job.path.startsWith('hang')) for (;;);
      process.send?.({
        id,
        ok: true,
        result: {
          lines: { code: job.content.length, comment: 0, blank: 0 },
          functions: null,
          imports: [],
          hasSyntaxErrors: false,
        },
      });
    }
  },
);
