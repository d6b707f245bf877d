import { packagedApp } from './packagedApp';

/** Runs once per `npm run test:electron`: prints the one line that says why nothing runs. */
export default function globalSetup(): void {
  const app = packagedApp();
  if ('skip' in app) process.stdout.write(`${app.skip}\n`);
}
