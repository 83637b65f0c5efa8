import { Worker, parentPort, workerData } from 'node:worker_threads';
import { StopRunError } from './jsonl.js';
import { extractQuotes, type ExtractOptions, type Quote } from '../index.js';

/** Marks a worker started by {@link ExtractPool}, so the entry file knows to serve. */
const WORKER_ROLE = 'quote-attribution-extract-worker';

/** How many times a document is given to a worker that then dies before it is reported as failed. */
const MAX_ATTEMPTS = 2;

interface WorkerSetup {
  readonly role: typeof WORKER_ROLE;
  readonly options: ExtractOptions;
}

interface TaskMessage {
  readonly taskId: number;
  readonly text: string;
}

/** Sent once by a worker when the library is loaded and it listens for tasks. */
interface ReadyMessage {
  readonly ready: true;
}

type ResultMessage =
  | { readonly taskId: number; readonly quotes: Quote[] }
  | { readonly taskId: number; readonly error: string };

interface Task extends TaskMessage {
  /** Workers this task has been given to, counting the current one. */
  attempts: number;
  readonly resolve: (quotes: Quote[]) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  task: Task | undefined;
  timer: NodeJS.Timeout | undefined;
  /** Why the worker is going away, once we know: its `error` event, or our time limit. */
  cause: Error | undefined;
  timedOut: boolean;
}

/** A document held by a worker that died, on each of its {@link MAX_ATTEMPTS} attempts. */
export class WorkerDiedError extends Error {
  override name = 'WorkerDiedError';
}

/** A document that took longer than the pool's time limit; its worker was stopped. */
export class TaskTimeoutError extends Error {
  override name = 'TaskTimeoutError';
}

/** Whether this thread was started by an {@link ExtractPool}. @internal */
export function isExtractWorker(): boolean {
  return parentPort !== null && (workerData as Partial<WorkerSetup> | null)?.role === WORKER_ROLE;
}

/** Worker side: answer each text with its quotes until the pool closes the port. @internal */
export function serveExtractWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('serveExtractWorker must run inside a worker thread');
  const { options } = workerData as WorkerSetup;
  port.on('message', ({ taskId, text }: TaskMessage) => {
    let message: ResultMessage;
    try {
      message = { taskId, quotes: extractQuotes(text, options) };
    } catch (error) {
      message = { taskId, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(message);
  });
  const ready: ReadyMessage = { ready: true };
  port.postMessage(ready);
}

/**
 * Worker threads that run {@link extractQuotes}, one text per worker at a
 * time; texts wait in a queue until a worker is free, so the caller bounds
 * memory by bounding how many `run` calls are unsettled.
 *
 * A worker that dies while it holds a text (out of memory, a crash) is
 * replaced, and the text is given to a worker once more before its `run`
 * rejects with a {@link WorkerDiedError}. A text that takes longer than the
 * time limit stops its worker, which is replaced, and rejects with a
 * {@link TaskTimeoutError} without a retry: it would take as long again.
 * A worker that dies before it is ready is not replaced, since its
 * replacement would fail the same way; when none is left, every `run`
 * rejects with a {@link StopRunError}.
 *
 * piscina and tinypool were weighed against this class: both replace a dead
 * worker, but neither retries a task or has a per-task time limit (only an
 * AbortSignal), and both start their workers from a file of their own beside
 * their module, which bundling them into dist/cli.js would break.
 *
 * @internal
 */
export class ExtractPool {
  readonly #slots = new Set<Slot>();
  readonly #queue: Task[] = [];
  readonly #entry: URL;
  readonly #setup: WorkerSetup;
  readonly #timeoutMs: number | undefined;
  #nextTaskId = 0;
  #closed = false;
  /** Why the last worker that could not start did not, once no worker is left. */
  #broken: Error | undefined;

  /**
   * @param size Number of worker threads.
   * @param entry The module each worker runs; it must call {@link serveExtractWorker} when {@link isExtractWorker}.
   * @param options Passed to every {@link extractQuotes} call.
   * @param timeoutMs Longest a worker may spend on one text; `undefined` for no limit.
   */
  constructor(size: number, entry: URL, options: ExtractOptions, timeoutMs: number | undefined) {
    this.#entry = entry;
    this.#setup = { role: WORKER_ROLE, options };
    this.#timeoutMs = timeoutMs;
    for (let index = 0; index < size; index++) this.#spawn();
  }

  /** Extract the quotes of `text` on the next free worker. */
  run(text: string): Promise<Quote[]> {
    if (this.#broken) return Promise.reject(this.#broken);
    if (this.#closed) return Promise.reject(new Error('pool closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ taskId: this.#nextTaskId++, text, attempts: 0, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stop every worker; tasks still queued or running are rejected. */
  async close(): Promise<void> {
    this.#closed = true;
    const closed = new Error('pool closed');
    for (const task of this.#queue.splice(0)) task.reject(closed);
    const slots = [...this.#slots];
    for (const slot of slots) {
      clearTimeout(slot.timer);
      slot.task?.reject(closed);
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  #spawn(): void {
    const worker = new Worker(this.#entry, { workerData: this.#setup });
    const slot: Slot = { worker, ready: false, task: undefined, timer: undefined, cause: undefined, timedOut: false };
    this.#slots.add(slot);
    worker.on('message', (message: ReadyMessage | ResultMessage) => {
      if ('ready' in message) {
        slot.ready = true;
        this.#dispatch();
      } else {
        this.#settle(slot, message);
      }
    });
    // Hint: an `error` event (an uncaught exception, ERR_WORKER_OUT_OF_MEMORY) is always followed by `exit`.
    worker.on('error', (error) => {
      slot.cause ??= error;
    });
    worker.on('exit', (code) => this.#onExit(slot, code));
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) return;
      if (!slot.ready || slot.task || slot.cause) continue;
      const task = this.#queue.shift() as Task;
      task.attempts++;
      slot.task = task;
      if (this.#timeoutMs !== undefined) slot.timer = setTimeout(() => this.#timeOut(slot), this.#timeoutMs);
      const message: TaskMessage = { taskId: task.taskId, text: task.text };
      slot.worker.postMessage(message);
    }
  }

  #settle(slot: Slot, message: ResultMessage): void {
    const task = slot.task;
    if (!task || task.taskId !== message.taskId) return;
    clearTimeout(slot.timer);
    slot.task = undefined;
    if ('error' in message) task.reject(new Error(message.error));
    else task.resolve(message.quotes);
    this.#dispatch();
  }

  #timeOut(slot: Slot): void {
    slot.timedOut = true;
    slot.cause = new TaskTimeoutError(`took longer than the time limit of ${(this.#timeoutMs ?? 0) / 1000} s`);
    void slot.worker.terminate();
  }

  #onExit(slot: Slot, code: number): void {
    clearTimeout(slot.timer);
    this.#slots.delete(slot);
    if (this.#closed) return;
    const cause = slot.cause ?? new Error(`exit code ${code}`);
    const task = slot.task;
    if (!slot.ready) {
      this.#noWorkerLeft(cause);
      return;
    }
    this.#spawn();
    if (task) {
      if (slot.timedOut) {
        task.reject(cause);
      } else if (task.attempts < MAX_ATTEMPTS) {
        this.#queue.unshift(task);
      } else {
        task.reject(new WorkerDiedError(`its worker died on each of ${MAX_ATTEMPTS} attempts (last: ${describeCause(cause)})`));
      }
    }
    this.#dispatch();
  }

  /** A worker died while starting: without a replacement, fail every task once no worker is left. */
  #noWorkerLeft(cause: Error): void {
    if (this.#slots.size > 0) return;
    this.#broken = new StopRunError(`no extraction worker could start (${describeCause(cause)})`);
    for (const task of this.#queue.splice(0)) task.reject(this.#broken);
  }
}

function describeCause(cause: Error): string {
  const code = (cause as NodeJS.ErrnoException).code;
  return code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : cause.message;
}
