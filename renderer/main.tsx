import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// First: the areas' stylesheets come before the global ones, as they did before the split by area.
import './features/shell/areaStyles';
import { App } from './App';
import './i18n';
import './styles/base.css';
import './styles/buttons.css';
import './styles/fields.css';
import './styles/choices.css';
import './styles/feedback.css';
import './styles/tables.css';
import './styles/screens.css';
import './styles/shell.css';
import './styles/print.css';

/*
 * react-aria's usePress injects a <style> element (touch-action for pressable elements) unless
 * an element with this id already exists; under our CSP (style-src 'self') that injection is
 * refused and logged as a violation. The same rule lives in styles/base.css instead, and this
 * marker tells react-aria it is already there (react-aria/src/interactions/usePress.ts, STYLE_ID).
 */
const pressableStyleMarker = document.createElement('meta');
pressableStyleMarker.id = 'react-aria-pressable-style';
document.head.append(pressableStyleMarker);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
