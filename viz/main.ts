/** Page entry: styles, the engine worker, and the default scenario. */
import './style.css';
import defaultScenario from '../scenarios/default.json';
import { createApp } from './app/app';
import { startEngine } from './app/engine';

// The worker may fail before the app exists (e.g. its module does not load): report to the console until then.
let fail: (message: string) => void = (message) => console.error(message);
const engine = startEngine((message) => fail(message));
const app = createApp(document, engine, { kind: 'object', value: defaultScenario }, navigator.language);
fail = app.fail;
