import { Worker, parentPort, workerData } from 'node:worker_threads';
import { extractQuotes, type ExtractOptions, type Quote } from '../index.js';

/** Marks a worker started by {@link ExtractPool}, so the entry file knows to serve. */
const WORKER_ROLE = 'quote-attribution-extract-worker';

interface WorkerSetup {
  readonly role: typeof WORKER_ROLE;
  readonly options: ExtractOptions;
}

interface TaskMessage {
  readonly taskId: number;
  readonly text: string;
}

type ResultMessage =
  | { readonly taskId: number; readonly quotes: Quote[] }
  | { readonly taskId: number; readonly error: string };

interface Task extends TaskMessage {
  readonly resolve: (quotes: Quote[]) => void;
  readonly reject: (error: Error) => void;
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
}

/**
 * A fixed set of worker threads that run {@link extractQuotes}. Each worker
 * takes one text at a time; texts wait in a queue until a worker is free, so
 * the caller bounds memory by bounding how many `run` calls are unsettled.
 *
 * @internal
 */
export class ExtractPool {
  readonly #idle: Worker[] = [];
  readonly #queue: Task[] = [];
  readonly #running = new Map<Worker, Task>();
  readonly #workers: Worker[];
  #nextTaskId = 0;

  /**
   * @param size Number of worker threads.
   * @param entry The module each worker runs; it must call {@link serveExtractWorker} when {@link isExtractWorker}.
   * @param options Passed to every {@link extractQuotes} call.
   */
  constructor(size: number, entry: URL, options: ExtractOptions) {
    const setup: WorkerSetup = { role: WORKER_ROLE, options };
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(entry, { workerData: setup });
      worker.on('message', (message: ResultMessage) => this.#settle(worker, message));
      worker.on('error', (error) => this.#fail(worker, error));
      worker.on('exit', (code) => this.#fail(worker, new Error(`worker stopped with exit code ${code}`)));
      return worker;
    });
    this.#idle.push(...this.#workers);
  }

  /** Extract the quotes of `text` on the next free worker. */
  run(text: string): Promise<Quote[]> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ taskId: this.#nextTaskId++, text, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stop every worker; tasks still queued are rejected. */
  async close(): Promise<void> {
    for (const task of this.#queue.splice(0)) task.reject(new Error('pool closed'));
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop() as Worker;
      const task = this.#queue.shift() as Task;
      this.#running.set(worker, task);
      const message: TaskMessage = { taskId: task.taskId, text: task.text };
      worker.postMessage(message);
    }
  }

  #settle(worker: Worker, message: ResultMessage): void {
    const task = this.#running.get(worker);
    if (!task || task.taskId !== message.taskId) return;
    this.#running.delete(worker);
    this.#idle.push(worker);
    if ('error' in message) task.reject(new Error(message.error));
    else task.resolve(message.quotes);
    this.#dispatch();
  }

  /** Hint: a dead worker is not replaced; its task fails and the others carry on. */
  #fail(worker: Worker, error: Error): void {
    const task = this.#running.get(worker);
    this.#running.delete(worker);
    task?.reject(error);
    removeItem(this.#idle, worker);
    removeItem(this.#workers, worker);
    if (this.#workers.length === 0) {
      for (const queued of this.#queue.splice(0)) queued.reject(new Error(`no worker left: ${error.message}`));
    }
  }
}

function removeItem<T>(items: T[], item: T): void {
  const index = items.indexOf(item);
  if (index !== -1) items.splice(index, 1);
}
