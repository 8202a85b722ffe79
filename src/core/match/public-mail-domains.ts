// Mail domains shared by unrelated people: a different address at one of these is no hint that two
// people belong together, so the same-domain rule ignores them.

const PUBLIC_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'outlook.de', 'outlook.fr', 'outlook.es', 'hotmail.com',
  'hotmail.co.uk', 'hotmail.de', 'hotmail.fr', 'hotmail.es', 'hotmail.it', 'hotmail.nl', 'live.com', 'live.co.uk',
  'live.de', 'live.fr', 'live.nl', 'msn.com', 'passport.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.de', 'yahoo.fr',
  'yahoo.es', 'yahoo.it', 'yahoo.co.jp', 'yahoo.com.br', 'ymail.com', 'rocketmail.com', 'icloud.com', 'me.com',
  'mac.com', 'aol.com', 'aim.com', 'gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'gmx.com', 'web.de', 't-online.de',
  'freenet.de', 'posteo.de', 'mailbox.org', 'proton.me', 'protonmail.com', 'pm.me', 'tutanota.com', 'tuta.io',
  'fastmail.com', 'fastmail.fm', 'hey.com', 'zoho.com', 'zohomail.com', 'yandex.ru', 'yandex.com', 'mail.ru',
  'inbox.ru', 'bk.ru', 'list.ru', 'rambler.ru', 'qq.com', '163.com', '126.com', 'yeah.net', 'sina.com', 'sohu.com',
  'aliyun.com', 'naver.com', 'daum.net', 'hanmail.net', 'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net',
  'sfr.fr', 'bbox.fr', 'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'tin.it', 'terra.com.br', 'uol.com.br',
  'bol.com.br', 'telefonica.net', 'movistar.es', 'ziggo.nl', 'kpnmail.nl', 'planet.nl', 'home.nl', 'hetnet.nl',
  'xs4all.nl', 'telenet.be', 'skynet.be', 'bluewin.ch', 'btinternet.com', 'sky.com', 'virginmedia.com',
  'talktalk.net', 'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'cox.net', 'charter.net',
  'earthlink.net', 'mail.com', 'email.com', 'usa.com', 'gmx.us', 'seznam.cz', 'wp.pl', 'onet.pl', 'o2.pl',
  'interia.pl', 'rediffmail.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'softbank.ne.jp', 'i.softbank.jp',
]);

/** True when the domain (any case) is a public mailbox provider. */
export function isPublicMailDomain(domain: string): boolean {
  return PUBLIC_MAIL_DOMAINS.has(domain.trim().toLowerCase());
}
