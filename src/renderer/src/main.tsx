import './platform/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { installStudio } from './platform/install-studio';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/panels.css';

installStudio(window);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
