/** Renderer entry: pick the transport, then mount the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ClientProvider } from './api/client-context.tsx';
import { createClient } from './api/create-client.ts';
import { App } from './app/App.tsx';
import { applyTheme } from './app/theme.ts';
import './app/theme.css';
import './app/layout.css';

const stored = localStorage.getItem('sightline.theme');
applyTheme(stored === 'dark' || stored === 'light' ? stored : window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

const root = createRoot(document.getElementById('root')!);
const client = createClient();
root.render(
  <StrictMode>
    {'error' in client ? (
      <div className="empty-state">
        <h3>Sightline cannot connect</h3>
        <p>{client.error}</p>
      </div>
    ) : (
      <ClientProvider client={client}>
        <App />
      </ClientProvider>
    )}
  </StrictMode>,
);
