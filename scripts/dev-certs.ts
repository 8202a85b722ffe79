// The localhost HTTPS certificate for the dev server: office-addin-dev-certs' files when installed
// (`npm run certs`, trusted by the system), else a self-signed one generated once into .cache/certs/.
import { X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import selfsigned from 'selfsigned';

export interface HttpsCredentials {
  readonly cert: string;
  readonly key: string;
  /** Where it came from: a trusted office-addin-dev-certs certificate, or a self-signed one the browser warns about once. */
  readonly source: 'office-addin-dev-certs' | 'self-signed';
  readonly certPath: string;
}

const VALIDITY_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A fresh self-signed certificate for localhost and 127.0.0.1 (EC P-256; generated in well under a second). */
export async function generateLocalhostCertificate(now = new Date()): Promise<{ cert: string; key: string }> {
  const result = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    notBeforeDate: new Date(now.getTime() - DAY_MS),
    notAfterDate: new Date(now.getTime() + VALIDITY_DAYS * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' }] },
    ],
  });
  return { cert: result.cert, key: result.private };
}

function stillValid(certPem: string, now: Date): boolean {
  try {
    return new Date(new X509Certificate(certPem).validTo).getTime() > now.getTime() + DAY_MS;
  } catch {
    return false;
  }
}

async function readPair(certPath: string, keyPath: string): Promise<{ cert: string; key: string } | undefined> {
  if (!existsSync(certPath) || !existsSync(keyPath)) return undefined;
  return { cert: await readFile(certPath, 'utf8'), key: await readFile(keyPath, 'utf8') };
}

export async function devCertificate(projectRoot: string, now = new Date()): Promise<HttpsCredentials> {
  const officeDir = path.join(homedir(), '.office-addin-dev-certs');
  const officeCert = path.join(officeDir, 'localhost.crt');
  const office = await readPair(officeCert, path.join(officeDir, 'localhost.key'));
  if (office && stillValid(office.cert, now)) return { ...office, source: 'office-addin-dev-certs', certPath: officeCert };

  const cacheDir = path.join(projectRoot, '.cache', 'certs');
  const certPath = path.join(cacheDir, 'localhost.crt');
  const keyPath = path.join(cacheDir, 'localhost.key');
  const cached = await readPair(certPath, keyPath);
  if (cached && stillValid(cached.cert, now)) return { ...cached, source: 'self-signed', certPath };

  const fresh = await generateLocalhostCertificate(now);
  await mkdir(cacheDir, { recursive: true });
  await writeFile(certPath, fresh.cert);
  await writeFile(keyPath, fresh.key, { mode: 0o600 });
  return { ...fresh, source: 'self-signed', certPath };
}
