/** Page entry: styles, the engine workers, the run the address describes (or the default), and the two views. */
import './style.css';
import { createApp } from './app/app';
import { enginePool } from './app/engine';
import { installViews } from './app/views';

// A worker may fail before the app exists (e.g. its module does not load): report to the console until then.
let fail: (message: string) => void = (message) => console.error(message);
const engines = enginePool((message) => fail(message));
const app = createApp(document, engines, navigator.language);
fail = app.fail;
installViews(document, app);
void app.start(location.hash);
