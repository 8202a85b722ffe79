import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../../../src/core/match/signature/html-entities.js';
import { htmlToText } from '../../../../../src/core/match/signature/html-to-text.js';

describe('htmlToText', () => {
  it.each([
    ['breaks lines at <br>', 'a<br>b<BR/>c', 'a\nb\nc'],
    ['breaks lines around block elements', '<div>a</div><p>b</p><div><div>c</div></div>', 'a\nb\nc'],
    ['collapses whitespace like a browser', '<p>  a \n\t b  </p>', 'a b'],
    ['drops style, script, head and title content', '<head><title>T</title><style>p{}</style></head><script>x=1</script><p>body</p>', 'body'],
    ['drops comments and Outlook conditional comments', 'a<!-- hidden --><!--[if gte mso 9]><xml><o:x/></xml><![endif]-->b', 'ab'],
    ['decodes entities', '<p>Smith &amp; Co &#8211; &#x20AC;5&nbsp;&lt;ok&gt;</p>', 'Smith & Co – €5 <ok>'],
    ['keeps an unknown entity as written', '&bogus; &amp', '&bogus; &amp'],
    ['prefixes quoted text once whatever the depth', '<p>mine</p><blockquote>q1<blockquote>q2</blockquote></blockquote><p>after</p>', 'mine\n> q1\n> q2\nafter'],
    ['joins one-line cells of a row', '<table><tr><td>Office</td><td>+1 303 294 1180</td></tr></table>', 'Office | +1 303 294 1180'],
    ['ends the line after a multi-line cell', '<tr><td>Ann<br>CEO</td><td>T 1<br>M 2</td></tr>', 'Ann\nCEO\nT 1\nM 2'],
    ['reads a > inside a quoted attribute as part of the tag', '<a title="x > y" href="#">link</a>', 'link'],
    ['keeps a stray < as text', 'a < b and 3<4', 'a < b and 3<4'],
    ['ignores namespaced Word tags', '<p class=MsoNormal>x<o:p></o:p></p>', 'x'],
    ['survives an unclosed tag at the end', 'text <a href="unterminated', 'text'],
    ['shows the target of an icon e-mail link', 'E <a href="mailto:ann@acme.test"><img alt="mail"></a>', 'E ann@acme.test'],
    ['shows the number behind a "Call me" link', '<a href="tel:+14258828080">Call me</a>', 'Call me +14258828080'],
    ['does not repeat a target the link text shows', '<a href="mailto:ann@acme.test">Ann@Acme.test</a> | <a href="tel:+14258828080">(425) 882-8080</a>', 'Ann@Acme.test | (425) 882-8080'],
    ['ignores ordinary links', '<a href="https://acme.test/track?id=1">Acme</a>', 'Acme'],
    ['reads an image signature from its alt text, on a line of its own', 'Thanks<img src="cid:image001.png" alt="Ann Lee | CFO | Acme &amp; Co">Bye', 'Thanks\nAnn Lee | CFO | Acme & Co\nBye'],
    ['reads an unquoted alt text', '<img alt=Signature-banner-text src=x>', 'Signature-banner-text'],
    ['leaves out icons, file names and empty alts', '<img alt="LinkedIn"><img alt="image002.png"><img alt=""><img alt="  "><img alt="☎">x', 'x'],
    ['leaves out logos, which the text names in full', '<img src="cid:logo@acme" alt="Acme"><img src="x" alt="Acme logo">Acme Holdings Ltd', 'Acme Holdings Ltd'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('stops once the text cap is reached', () => {
    const text = htmlToText('<p>abcdefghij</p>'.repeat(10_000), 100);
    expect(text.length).toBeLessThanOrEqual(100);
  });

  it('never builds output from tag content it skips', () => {
    expect(htmlToText(`<style>${'x'.repeat(100_000)}`)).toBe('');
  });
});

describe('decodeEntities', () => {
  it('replaces invalid code points with the replacement character', () => {
    expect(decodeEntities('&#xD800;&#0;')).toBe('\uFFFD\uFFFD');
  });

  it('does not treat an ampersand far from a semicolon as a reference', () => {
    expect(decodeEntities('R&D department; Q&A')).toBe('R&D department; Q&A');
  });
});
