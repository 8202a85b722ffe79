import { describe, expect, it } from 'vitest';
import {
  desktopSideloadCommand,
  devCertPaths,
  missingCertsMessage,
  parseStartOutlookArgs,
  webSideloadSteps,
} from '../../../scripts/manifest/sideload-plan.js';

describe('parseStartOutlookArgs', () => {
  it.each([
    [[], { kind: 'run', target: 'desktop' }],
    [['--desktop'], { kind: 'run', target: 'desktop' }],
    [['--web'], { kind: 'run', target: 'web' }],
    [['web'], { kind: 'run', target: 'web' }],
    [['--help'], { kind: 'help' }],
  ])('reads %j', (argv, expected) => {
    expect(parseStartOutlookArgs(argv)).toEqual(expected);
  });

  it('rejects an unknown option and shows the usage', () => {
    const result = parseStartOutlookArgs(['--port', '4000']);
    expect(result.kind).toBe('error');
    if (result.kind === 'error') expect(result.message).toMatch(/Unknown option "--port"[\s\S]*Usage: npm run start:outlook/);
  });

  it('rejects asking for web and desktop at once', () => {
    expect(parseStartOutlookArgs(['--web', '--desktop']).kind).toBe('error');
  });
});

describe('sideload plan', () => {
  it('looks for the certificates office-addin-dev-certs installs', () => {
    expect(devCertPaths('/home/ada')).toEqual({
      cert: '/home/ada/.office-addin-dev-certs/localhost.crt',
      key: '/home/ada/.office-addin-dev-certs/localhost.key',
      ca: '/home/ada/.office-addin-dev-certs/ca.crt',
    });
  });

  it('tells the user to run npm run certs when certificates are missing', () => {
    const message = missingCertsMessage(devCertPaths('/home/ada'), ['localhost.key']);
    expect(message).toContain('localhost.key');
    expect(message).toMatch(/^\s+npm run certs$/m);
  });

  it('runs office-addin-debugging 7 on demand for desktop, against the already running server', () => {
    expect(desktopSideloadCommand('manifest.xml')).toEqual({
      command: 'npx',
      args: ['--yes', 'office-addin-debugging@7', 'start', 'manifest.xml', 'desktop', '--app', 'outlook', '--dev-server-port', '3000'],
    });
  });

  it('walks the user through My add-ins, Custom Addins and Add from File on the web', () => {
    const steps = webSideloadSteps('/work/manifest.xml').join('\n');
    expect(steps).toMatch(/My add-ins[\s\S]*Custom Addins[\s\S]*Add from File[\s\S]*\/work\/manifest\.xml/);
  });
});
