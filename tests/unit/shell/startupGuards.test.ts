import { describe, expect, it } from 'vitest';
import { forbiddenSwitches } from '../../../electron/backend/shell/startupGuards';

const none = () => false;

describe('the debug switches the app refuses to start with', () => {
  it('finds remote debugging and inspect switches, however they were given', () => {
    expect(forbiddenSwitches((name) => name === 'remote-debugging-port')).toEqual(['remote-debugging-port']);
    expect(forbiddenSwitches(none, ['/opt/Kenes/kenes', '--inspect=9229'])).toEqual(['inspect']);
    expect(forbiddenSwitches(none, ['kenes'], ['--inspect-brk'])).toEqual(['inspect-brk']);
    expect(forbiddenSwitches(none, ['kenes', '--remote-debugging-pipe', '--inspect-port=0'])).toEqual(['inspect-port', 'remote-debugging-pipe']);
    expect(forbiddenSwitches((name) => name === 'inspect', ['--inspect'])).toEqual(['inspect']);
  });

  it('lets an ordinary start through, including look-alike arguments', () => {
    expect(forbiddenSwitches(none, ['/opt/Kenes/kenes', '--inspector', '--remote-debugging-portal', '--inspection-report', 'inspect', '--lang=kk'])).toEqual([]);
  });
});
