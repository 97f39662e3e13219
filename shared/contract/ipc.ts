/**
 * The IPC surface between preload and main. Plain constants and types only: the sandboxed
 * preload bundles this file and must not pull in any library.
 */
/** Channel names between preload and main. */
export const IPC_INVOKE = 'sightline:invoke';
export const IPC_SHELL = 'sightline:shell';
export const IPC_EVENT = 'sightline:event';

/** What travels back over IPC: Electron would strip an Error's fields, so results are wrapped. */
export type IpcEnvelope = { ok: true; output: unknown } | { ok: false; error: { code: string; message: string; details?: unknown } };

/** A DOM File as this runtime-neutral file sees it (shared/ has no DOM types). */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
}

/** The surface preload exposes as `window.sightline` (and nothing else). */
export interface PreloadApi {
  invoke(method: string, input: unknown): Promise<IpcEnvelope>;
  shell(method: string, input: unknown): Promise<IpcEnvelope>;
  on(listener: (name: string, payload: unknown) => void): () => void;
  /** The path of a file dropped on the window (Electron's webUtils.getPathForFile); '' when it has none. */
  pathForFile(file: DroppedFile): string;
}
