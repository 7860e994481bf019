/**
 * A measurement worker for pool tests: answers like the real one, but crashes the process (as a
 * native stack overflow would) for `crash.*` and never answers for `hang.*`.
 */
process.on('message', (message: { id: number; job: { path: string; content: Uint8Array } }) => {
  const { path, content } = message.job;
  if (path.startsWith('crash')) process.kill(process.pid, 'SIGSEGV');
  if (path.startsWith('hang')) for (;;);
  process.send?.({
    id: message.id,
    ok: true,
    result: {
      lines: { code: content.length, comment: 0, blank: 0 },
      functions: null,
      imports: [],
      hasSyntaxErrors: false,
    },
  });
});
