import { render } from 'preact';
import './styles.css';
import { startSession } from './state/app';
import { App } from './ui/App';

startSession();
render(<App />, document.getElementById('app')!);
