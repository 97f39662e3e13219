/** Ctrl+K: every command by name. */
import { useMemo, useState } from 'react';
import { shortcutLabel, useCommand, useCommands } from './commands.tsx';
import { Dialog } from './Dialog.tsx';

export function CommandPalette() {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { list, run } = useCommands();
  useCommand('app.palette', 'Show all commands', 'Mod+K', () => {
    setQuery('');
    setActive(0);
    setOpen(true);
  });
  const matches = useMemo(() => list.filter((c) => c.id !== 'app.palette' && c.label.toLowerCase().includes(query.toLowerCase())), [list, query]);
  if (!open) return null;
  const choose = (id: string): void => {
    setOpen(false);
    run(id);
  };
  return (
    <Dialog title="Commands" onClose={() => setOpen(false)} width={560}>
      <input
        className="input palette-input"
        autoFocus
        placeholder="Type a command…"
        aria-label="Command"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, matches.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && matches[active]) choose(matches[active].id);
        }}
      />
      <ul className="palette-list" role="listbox">
        {matches.map((command, index) => (
          <li key={command.id} role="option" aria-selected={index === active} className={index === active ? 'selected' : ''} onMouseEnter={() => setActive(index)} onClick={() => choose(command.id)}>
            <span className="grow">{command.label}</span>
            {command.shortcut && <kbd>{shortcutLabel(command.shortcut)}</kbd>}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
