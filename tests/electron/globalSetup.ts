import { drivenApp } from './drivenApp';
import { packagedApp } from './packagedApp';

/** Runs once per `npm run test:electron`: one line per skipped spec file, saying why nothing of it runs. */
export default function globalSetup(): void {
  for (const app of [packagedApp(), drivenApp()]) if ('skip' in app) process.stdout.write(`${app.skip}\n`);
}
