/**
 * Entry of a measurement worker process: measures the files of each message in order, answering
 * each as soon as it is done (the pool blames a hang or crash on the first unanswered file). Runs
 * in its own process so a parser that overflows the native stack (a segfault, which no worker
 * thread survives) costs this process only.
 */
import { measureFile, type FileJob } from '../measure-file.ts';

interface JobsMessage {
  jobs: Array<{ id: number; job: FileJob }>;
}

process.on('message', (message: JobsMessage) => {
  for (const { id, job } of message.jobs) {
    try {
      process.send?.({ id, ok: true, result: measureFile(job) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      process.send?.({ id, ok: false, reason: `analyzer failed: ${reason}` });
    }
  }
});
