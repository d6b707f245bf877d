import { describe, expect, it } from 'vitest';
import { forbiddenSwitches } from '../../../electron/backend/shell/startupGuards';

const none = () => false;

describe('the debug switches the packaged app refuses to start with', () => {
  it('finds remote debugging and inspect switches, however they were given', () => {
    expect(forbiddenSwitches(true, (name) => name === 'remote-debugging-port')).toEqual(['remote-debugging-port']);
    expect(forbiddenSwitches(true, none, ['/opt/Kenes/kenes', '--inspect=9229'])).toEqual(['inspect']);
    expect(forbiddenSwitches(true, none, ['kenes'], ['--inspect-brk'])).toEqual(['inspect-brk']);
    expect(forbiddenSwitches(true, none, ['kenes', '--remote-debugging-pipe', '--inspect-port=0'])).toEqual([
      'inspect-port',
      'remote-debugging-pipe',
    ]);
    expect(forbiddenSwitches(true, (name) => name === 'inspect', ['--inspect'])).toEqual(['inspect']);
  });

  it('lets an ordinary start through, including look-alike arguments', () => {
    expect(
      forbiddenSwitches(true, none, [
        '/opt/Kenes/kenes',
        '--inspector',
        '--remote-debugging-portal',
        '--inspection-report',
        'inspect',
        '--lang=kk',
      ]),
    ).toEqual([]);
  });

  it('refuses nothing in the unpackaged build, which developers and the driven smoke test debug', () => {
    const all = (name: string) => name === 'remote-debugging-port' || name === 'inspect';
    const argv = ['electron', '.', '--inspect=0', '--remote-debugging-port=0'];
    expect(forbiddenSwitches(true, all, argv)).toEqual(['inspect', 'remote-debugging-port']);
    expect(forbiddenSwitches(false, all, argv, ['--inspect-brk'])).toEqual([]);
  });
});
