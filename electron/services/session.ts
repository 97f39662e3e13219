/**
 * A session is one client's view of the services: the Electron window, the browser tab
 * set behind one bridge token, or one CLI command. It holds the open case.
 */
import { ApiError } from '../../shared/contract/errors.ts';
import type { OpenCase } from './casefile/open-case.ts';
import type { WritableDb } from './casefile/case-db.ts';

export class Session {
  private openCase: OpenCase | null = null;

  constructor(readonly id: string) {}

  get current(): OpenCase | null {
    return this.openCase;
  }

  /** Replaces the open case (closing the previous one). */
  setCase(next: OpenCase | null): void {
    if (this.openCase && this.openCase !== next) this.openCase.close();
    this.openCase = next;
  }

  requireCase(): OpenCase {
    if (!this.openCase) throw new ApiError('no_case', 'No case is open. Create or open a case first.');
    return this.openCase;
  }

  requireWritable(): WritableDb {
    const open = this.requireCase();
    if (!open.writable) throw new ApiError('unsupported', `${open.path} is open read-only.`);
    return open.writable;
  }

  close(): void {
    this.setCase(null);
  }
}
