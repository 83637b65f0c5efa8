// Preloaded into the CLI under test with NODE_OPTIONS=--import; it acts only in
// the CLI's worker threads, where its listener sees each task before the pool's
// own, so a marker in a document's text can make that worker fail for real:
//   WORKER-EXITS       the worker calls process.exit(70), which ends that thread only;
//   WORKER-EXITS-ONCE  the same, the first time any worker sees the text
//                      (the file $WORKER_FAULT_FLAG is created to remember it);
//   WORKER-HANGS       the worker spins until the pool's time limit stops it;
//   WORKER-RUNS-OUT-OF-MEMORY  the worker allocates until V8 stops it at its heap
//                      limit (set --max-old-space-size too, or it takes gigabytes).
// With WORKER_FAULT_AT_START=1 every worker throws before it is ready.
import { openSync } from 'node:fs';
import { isMainThread, parentPort } from 'node:worker_threads';

if (!isMainThread && parentPort) {
  if (process.env.WORKER_FAULT_AT_START === '1') throw new Error('worker-faults: failing at start');
  parentPort.on('message', (message) => {
    const text = typeof message?.text === 'string' ? message.text : '';
    if (text.includes('WORKER-EXITS-ONCE')) {
      if (firstTime(process.env.WORKER_FAULT_FLAG)) process.exit(70);
    } else if (text.includes('WORKER-EXITS')) {
      process.exit(70);
    } else if (text.includes('WORKER-HANGS')) {
      for (;;);
    } else if (text.includes('WORKER-RUNS-OUT-OF-MEMORY')) {
      const hoard = [];
      for (;;) hoard.push(new Array(100_000).fill(hoard.length));
    }
  });
}

/** Whether `path` did not exist yet; creates it atomically, so only one worker ever gets true. */
function firstTime(path) {
  try {
    openSync(path, 'wx');
    return true;
  } catch (error) {
    if (error.code === 'EEXIST') return false;
    throw error;
  }
}
