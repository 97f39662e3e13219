/**
 * Methods only a desktop shell can answer (native dialogs) and the commands its menus
 * send. The Electron main process handles these; in a browser the client reports them
 * unsupported and the renderer uses its in-app equivalents instead.
 */
import { z } from 'zod';
import { defineEvent, defineMethod } from './define.ts';

export const PickPurpose = z.enum(['open-case', 'new-case', 'import-files', 'import-folder', 'merge-case', 'export-case', 'save-file']);
export type PickPurpose = z.infer<typeof PickPurpose>;

/** Shows a native open/save dialog; an empty list means the analyst cancelled. */
export const shellPickPath = defineMethod(
  'shell:pickPath',
  'Show a native file dialog',
  z.object({ purpose: PickPurpose, defaultPath: z.string().optional(), title: z.string().optional() }),
  z.object({ paths: z.array(z.string()) }),
);

/** Shows a file in the system's file manager. */
export const shellReveal = defineMethod('shell:reveal', 'Show a file in the file manager', z.object({ path: z.string() }), z.object({}));

export const shellMethods = {
  [shellPickPath.name]: shellPickPath,
  [shellReveal.name]: shellReveal,
} as const;
export type ShellMethods = typeof shellMethods;
export type ShellMethodName = keyof ShellMethods;

/** Commands a menu item sends to the focused window ("case.new", "view.toggleTheme" …). */
export const shellCommandEvent = defineEvent('shell:command', 'A menu command for the focused window', z.object({ command: z.string() }));
