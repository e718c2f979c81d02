/**
 * One share-card drawing thread (see draw-pool.ts): receives a card's input, answers with its PNG.
 * Runs as plain Node (type stripping), so it imports only modules Node can load without a bundler.
 */
import { parentPort } from 'node:worker_threads';
import type { CardInput } from './layout.ts';
import { drawCardSvg, svgToPng } from './render.ts';

export interface DrawRequest {
  id: number;
  input: CardInput;
}

export type DrawAnswer = { id: number; png: Uint8Array; drawMs: number } | { id: number; error: string };

parentPort?.on('message', ({ id, input }: DrawRequest) => {
  try {
    const started = performance.now();
    // A copy in its own buffer: a small Buffer may share its memory with others, which cannot be handed over.
    const png = new Uint8Array(svgToPng(drawCardSvg(input), input.map !== undefined));
    parentPort!.postMessage({ id, png, drawMs: performance.now() - started } satisfies DrawAnswer, [png.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) } satisfies DrawAnswer);
  }
});
