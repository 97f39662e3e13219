/**
 * The one interface the UI talks to. It does not know whether the services are behind
 * Electron IPC or the HTTP bridge; create-client.ts picks the transport at start-up.
 */
import type { EventName, EventPayload } from '../../shared/contract/events.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/methods.ts';
import type { PickPurpose } from '../../shared/contract/shell.ts';

export interface SightlineClient {
  readonly transport: 'ipc' | 'http';
  /** Calls an API method; rejects with an ApiError (code + clear message). */
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Subscribes to a service event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** True when native open/save dialogs exist (Electron); the browser uses the in-app picker. */
  readonly nativeDialogs: boolean;
  /** Shows a native dialog; resolves to the chosen paths ([] when cancelled). */
  pickPath(purpose: PickPurpose, options?: { defaultPath?: string; title?: string }): Promise<string[]>;
  /** Menu commands sent by the desktop shell. */
  onCommand(listener: (command: string) => void): () => void;
  /**
   * The path on disk of a File the analyst dropped, when the transport can know it
   * (Electron); null in a browser, which never reveals paths (send the bytes instead).
   */
  pathForFile(file: File): string | null;
  /** URL of a file shipped in resources/ (basemap, glyphs …). */
  resourceUrl(path: string): string;
}
