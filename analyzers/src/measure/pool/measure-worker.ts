/**
 * Entry of a measurement worker process: measures one file per message. Runs in its own process
 * so a parser that overflows the native stack (a segfault, which no worker thread survives) costs
 * this process only.
 */
import { measureFile, type FileJob } from '../measure-file.ts';

interface JobMessage {
  id: number;
  job: FileJob;
}

process.on('message', (message: JobMessage) => {
  try {
    process.send?.({ id: message.id, ok: true, result: measureFile(message.job) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.send?.({ id: message.id, ok: false, reason: `analyzer failed: ${reason}` });
  }
});
