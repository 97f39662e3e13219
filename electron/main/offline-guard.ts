/**
 * Offline is absolute: every request the app's pages make must stay inside the app
 * (app://, devtools, the dev server in development). Anything else is cancelled and logged.
 */
import type { Session } from 'electron';

export function allowedRequest(url: string, devServerUrl: string | undefined): boolean {
  if (url.startsWith('app://sightline/') || url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:')) return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    try {
      const target = new URL(url);
      if (target.hostname === dev.hostname && target.port === dev.port) return true;
    } catch {
      return false;
    }
  }
  return false;
}

export function enforceOffline(session: Session, devServerUrl: string | undefined): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = allowedRequest(details.url, devServerUrl);
    if (!allowed) console.warn(`[sightline] blocked a network request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}
