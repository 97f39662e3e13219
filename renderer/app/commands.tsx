/**
 * Commands: named actions reachable from the keyboard, the desktop menu and the command
 * palette. Components register the commands they can run while they are mounted.
 */
import { createContext, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { useClient } from '../api/client-context.tsx';

export interface Command {
  id: string;
  label: string;
  /** "Mod+K", "Mod+Shift+D", "Alt+1" … (Mod is Ctrl, or Cmd on a Mac). */
  shortcut?: string;
  run(): void;
}

class CommandRegistry {
  private readonly commands = new Map<string, Command>();
  private readonly subscribers = new Set<() => void>();
  private snapshot: Command[] = [];

  register(command: Command): () => void {
    this.commands.set(command.id, command);
    this.changed();
    return () => {
      if (this.commands.get(command.id) === command) {
        this.commands.delete(command.id);
        this.changed();
      }
    };
  }

  run(id: string): boolean {
    const command = this.commands.get(id);
    command?.run();
    return command !== undefined;
  }

  list = (): Command[] => this.snapshot;

  subscribe = (callback: () => void): (() => void) => {
    this.subscribers.add(callback);
    return () => this.subscribers.delete(callback);
  };

  private changed(): void {
    this.snapshot = [...this.commands.values()].sort((a, b) => a.label.localeCompare(b.label));
    for (const callback of this.subscribers) callback();
  }

  /** The command whose shortcut matches a key press, if any. */
  match(event: KeyboardEvent): Command | undefined {
    const isMac = navigator.platform.startsWith('Mac');
    for (const command of this.commands.values()) {
      if (command.shortcut && matches(command.shortcut, event, isMac)) return command;
    }
    return undefined;
  }
}

export function matches(shortcut: string, event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, isMac: boolean): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop()!.toLowerCase();
  const wants = new Set(parts.map((p) => p.toLowerCase()));
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (wants.has('mod') !== mod) return false;
  if (wants.has('shift') !== event.shiftKey) return false;
  if (wants.has('alt') !== event.altKey) return false;
  if (!wants.has('mod') && (isMac ? event.ctrlKey : event.metaKey)) return false;
  return event.key.toLowerCase() === key;
}

/** Shortcuts a text field needs for itself: plain keys (typing) and the editing keys. */
const TEXT_EDITING = new Set(['mod+z', 'mod+shift+z', 'mod+y', 'mod+a', 'mod+c', 'mod+x', 'mod+v']);

function isTextField(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return true;
  if (element.tagName !== 'INPUT') return false;
  return !['button', 'checkbox', 'radio', 'range', 'color', 'submit', 'reset', 'file'].includes((element as HTMLInputElement).type);
}

/**
 * True when a key press belongs to the text field it happened in, not to a command:
 * a shortcut without Mod or Alt (H, Shift+F3 …) would otherwise steal the letter being
 * typed, and Mod+Z in a field is the field's own undo.
 */
export function belongsToTextField(shortcut: string, target: EventTarget | null): boolean {
  if (!isTextField(target)) return false;
  const normalized = shortcut.toLowerCase();
  if (TEXT_EDITING.has(normalized)) return true;
  const parts = normalized.split('+');
  return !parts.includes('mod') && !parts.includes('alt') && !/^f\d+$/.test(parts[parts.length - 1]!) && parts[parts.length - 1] !== 'escape';
}

/** How a shortcut reads on this platform ("Ctrl+Shift+D" or "⌘⇧D"). */
export function shortcutLabel(shortcut: string): string {
  const isMac = typeof navigator !== 'undefined' && navigator.platform.startsWith('Mac');
  if (!isMac) return shortcut.replace('Mod', 'Ctrl');
  return shortcut.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}

const RegistryContext = createContext<CommandRegistry | null>(null);

function useRegistry(): CommandRegistry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('useCommand outside CommandProvider');
  return registry;
}

export function CommandProvider({ children }: { children: ReactNode }) {
  const registry = useMemo(() => new CommandRegistry(), []);
  const client = useClient();
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const command = registry.match(event);
      if (!command || belongsToTextField(command.shortcut!, event.target)) return;
      event.preventDefault();
      event.stopPropagation();
      command.run();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    const offMenu = client.onCommand((id) => registry.run(id));
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      offMenu();
    };
  }, [registry, client]);
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

/** Registers a command while the calling component is mounted. */
export function useCommand(id: string, label: string, shortcut: string | undefined, run: () => void): void {
  const registry = useRegistry();
  const latest = useRef(run);
  latest.current = run;
  useEffect(
    () => registry.register({ id, label, ...(shortcut ? { shortcut } : {}), run: () => latest.current() }),
    [registry, id, label, shortcut],
  );
}

export function useCommands(): { list: Command[]; run(id: string): boolean } {
  const registry = useRegistry();
  const list = useSyncExternalStore(registry.subscribe, registry.list);
  return { list, run: (id) => registry.run(id) };
}
