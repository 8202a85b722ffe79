// Finds e-mail addresses and web addresses in signature lines by splitting on delimiters and
// checking each token's shape (no backtracking patterns). Social-network links are not websites.

import { looksLikeEmail, normalizeEmail, splitEmail } from '../../contact/normalize-email.js';

const DELIMITERS = /[\s<>()[\]{},;|"'“”‘’«»：、，]+/u;
const SOCIAL_HOSTS = ['linkedin.com', 'twitter.com', 'x.com', 'facebook.com', 'instagram.com', 'youtube.com', 'xing.com', 't.me', 'wa.me', 'github.com', 'tiktok.com', 'calendly.com', 'aka.ms', 'bit.ly'];
const MAX_TOKEN_CHARS = 256;
const DOMAIN_SHAPE = /^[a-z0-9](?:[a-z0-9-]{0,62}\.){1,5}[a-z]{2,24}(?:\/\S*)?$/i;

function tokensOf(line: string): string[] {
  return line.split(DELIMITERS).map((t) => t.replace(/^(?:mailto:|e-?mail:|mail:|e:)/iu, '').replace(/[.:!?]+$/u, '')).filter((t) => t !== '');
}

export function findEmails(line: string): string[] {
  return tokensOf(line).filter((token) => token.includes('@') && looksLikeEmail(token)).map(normalizeEmail);
}

function hostOf(url: string): string {
  const withoutScheme = url.replace(/^https?:\/\//iu, '');
  const host = withoutScheme.split(/[/?#]/u)[0] ?? '';
  return host.toLowerCase().replace(/^www\./u, '');
}

function isSocial(host: string): boolean {
  return SOCIAL_HOSTS.some((social) => host === social || host.endsWith(`.${social}`));
}

/**
 * Web addresses in a line: tokens with a scheme or `www.`, and bare domains when the line holds
 * little else (a label and the domain) or the domain is the sender's own.
 */
export function findWebsites(line: string, senderDomain: string | undefined): string[] {
  const tokens = tokensOf(line);
  const found: string[] = [];
  for (const token of tokens) {
    if (token.includes('@') || token.length > MAX_TOKEN_CHARS) continue;
    const explicit = /^https?:\/\/\S+$/iu.test(token) || /^www\.\S+\.\S+$/iu.test(token);
    const bare = !explicit && DOMAIN_SHAPE.test(token) && /[a-z]{2,}\./iu.test(token);
    const host = hostOf(token);
    if (isSocial(host) || host === '') continue;
    const ownDomain = senderDomain !== undefined && (host === senderDomain || senderDomain.endsWith(`.${host}`) || host.endsWith(`.${senderDomain}`));
    if (explicit || (bare && (tokens.length <= 2 || ownDomain))) found.push(token);
  }
  return found;
}

/** The domain of an address, for comparing websites and company names with the sender. */
export function domainOf(address: string | undefined): string | undefined {
  return address === undefined ? undefined : splitEmail(address)?.domain;
}
