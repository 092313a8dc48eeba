import { render } from 'preact';
import './styles.css';
import { startSession } from './state/app';
import { App } from './ui/App';

startSession();
render(<App />, document.getElementById('app')!);

// installable app: the service worker caches the shell (public/sw.js); not in the dev server
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void navigator.serviceWorker.register('/sw.js').catch(() => { /* works without it */ });
}
