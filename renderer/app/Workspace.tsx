/** The workspace of an open case: header, navigation, the active view, the status bar. */
import type { AppInfo } from '../../shared/contract/app.ts';
import { useCase } from './case-context.tsx';
import { DocumentImport } from '../features/documents/DocumentImport.tsx';
import { CommandPalette } from './CommandPalette.tsx';
import { shortcutLabel, useCommand } from './commands.tsx';
import { Icons, Logo } from './icons.tsx';
import { StatusBar } from './StatusBar.tsx';
import type { Theme } from './theme.ts';
import { useCaseFlows } from './use-open-case-flow.tsx';
import { VIEWS, type ViewDefinition } from './views.tsx';
import { useWorkspace } from './workspace-state.tsx';

function ViewCommand({ view }: { view: ViewDefinition }) {
  const { navigate } = useWorkspace();
  useCommand(`view.${view.id}`, `Go to ${view.label}`, view.shortcut, () => navigate(view.id));
  return null;
}

export function Workspace({ app, theme, toggleTheme }: { app: AppInfo; theme: Theme; toggleTheme(): void }) {
  const { info, close, openSample } = useCase();
  const { view, navigate } = useWorkspace();
  const flows = useCaseFlows(app.defaultCaseDir);
  useCommand('case.new', 'New case…', 'Mod+Shift+N', flows.newCase);
  useCommand('case.open', 'Open case…', 'Mod+O', flows.openCase);
  useCommand('case.openSample', 'Open the sample case', undefined, () => void openSample());
  useCommand('case.close', 'Close case', undefined, () => void close());
  useCommand('view.toggleTheme', theme === 'dark' ? 'Switch to light mode' : 'Switch to dark mode', 'Mod+Shift+L', toggleTheme);

  const active = VIEWS.find((v) => v.id === view) ?? VIEWS[0]!;
  const Active = active.component;
  return (
    <div className="workspace">
      <header className="app-header">
        <Logo />
        <div className="case-title">
          <h1 dir="auto" title={info?.path}>
            {info?.title}
          </h1>
        </div>
        <span className="grow" />
        <span className="faint" title="Your name on every change you make">
          {app.user.name}
        </span>
        <button className="button ghost icon" onClick={toggleTheme} aria-label={theme === 'dark' ? 'Light mode' : 'Dark mode'} title="Toggle dark mode">
          {theme === 'dark' ? <Icons.sun /> : <Icons.moon />}
        </button>
        <button className="button ghost" onClick={() => void close()} title="Close this case">
          Close case
        </button>
      </header>
      <nav className="side-nav" aria-label="Views">
        {VIEWS.map((v) => {
          const Icon = Icons[v.icon];
          return (
            <button key={v.id} className={`nav-item ${v.id === active.id ? 'active' : ''}`} aria-current={v.id === active.id ? 'page' : undefined} onClick={() => navigate(v.id)} title={`${v.label} (${shortcutLabel(v.shortcut)})`}>
              <Icon />
              <span>{v.label}</span>
            </button>
          );
        })}
      </nav>
      <main className="view" aria-label={active.label}>
        <Active />
      </main>
      <StatusBar />
      {VIEWS.map((v) => (
        <ViewCommand key={v.id} view={v} />
      ))}
      <CommandPalette />
      <DocumentImport />
      {flows.dialogs}
    </div>
  );
}
