// Renderer entry. zod-config comes first: it must run before any module uses a schema.
import './zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { App } from './app/App.tsx';
import { startRouter } from './data/router.ts';

const root = document.getElementById('root');
if (root) {
  startRouter();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
