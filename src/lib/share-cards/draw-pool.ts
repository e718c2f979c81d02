/**
 * Draws share cards on worker threads, one per core (at most four, the number of pages Astro renders
 * at once). A card is 50–100 ms of CPU (text outlines, resvg, PNG encoding) and a guide of 10 000
 * opportunities has 20 000 of them; Astro renders on one thread, so without workers a cold build
 * leaves every other core idle. Threads start with the first card to draw and end once idle, so a
 * build whose cards all come from the cache starts none.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DrawAnswer } from './draw-worker.ts';
import type { CardInput } from './layout.ts';

/**
 * The worker runs from the source file: page code is bundled by Astro, and a bundle has no file
 * a thread could start from. Commands run from the project folder (as `cacheDirectory()` assumes).
 */
export const drawWorkerFile = path.resolve('src/lib/share-cards/draw-worker.ts');

/** Threads end after this long without a card, so a finished build exits at once. */
const idleMs = 1000;

interface Job {
  id: number;
  input: CardInput;
  resolve: (drawn: { png: Buffer; drawMs: number }) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  job?: Job;
}

export class DrawPool {
  private readonly threads: Thread[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly size: number;
  private readonly file: string;

  // Plain fields, not parameter properties: the worker loads this file through Node's type stripping.
  constructor(size: number, file = drawWorkerFile) {
    this.size = size;
    this.file = file;
  }

  /** The card's PNG and the thread's drawing time, or the worker's error with its stack. */
  draw(input: CardInput): Promise<{ png: Buffer; drawMs: number }> {
    clearTimeout(this.idleTimer);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, resolve, reject });
      this.dispatch();
    });
  }

  /** Ends every thread now; a card still being drawn fails. */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const threads = this.threads.splice(0);
    for (const thread of threads) thread.job?.reject(new Error('share-card drawing stopped'));
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const thread = this.threads.find((candidate) => !candidate.job) ?? (this.threads.length < this.size ? this.start() : undefined);
      if (!thread) return;
      thread.job = this.queue.shift()!;
      // A thread with work keeps the process alive; an idle one must not hold a finished build open.
      thread.worker.ref();
      thread.worker.postMessage({ id: thread.job.id, input: thread.job.input });
    }
    if (this.threads.every((thread) => !thread.job)) this.idleTimer = setTimeout(() => void this.close(), idleMs).unref();
  }

  private start(): Thread {
    const thread: Thread = { worker: new Worker(this.file) };
    thread.worker.on('message', (answer: DrawAnswer) => {
      const job = thread.job;
      if (!job || job.id !== answer.id) return;
      thread.job = undefined;
      thread.worker.unref();
      if ('error' in answer) job.reject(new Error(answer.error));
      else job.resolve({ png: Buffer.from(answer.png.buffer, answer.png.byteOffset, answer.png.byteLength), drawMs: answer.drawMs });
      this.dispatch();
    });
    // A thread that dies takes only its own card with it; the next card starts a fresh thread.
    thread.worker.on('error', (error: Error) => {
      this.threads.splice(this.threads.indexOf(thread), 1);
      thread.job?.reject(error);
      thread.job = undefined;
      this.dispatch();
    });
    this.threads.push(thread);
    return thread;
  }
}

/** Threads for the build: one per core, up to four; none on a single core, or without the worker's file. */
export function poolSize(cores = availableParallelism(), workerAvailable = existsSync(drawWorkerFile)): number {
  return workerAvailable && cores > 1 ? Math.min(cores, 4) : 0;
}
