// Benchmark: signature extraction from a realistic 200 KB HTML body (an Outlook reply on top of a long
// quoted thread with Word styling), median of several runs in Node with performance.now.

import { extractSignature } from '../src/core/match/signature/extract-signature.js';
import type { BenchTargets } from './bench-table.js';

/** Budget for one extraction from a 200 KB body; the pane runs it when the capture form opens. */
export const targets: BenchTargets = { 'match.signature200kbMs': { max: 50 } };

const TARGET_BYTES = 200 * 1024;
const WARMUP_RUNS = 3;
const MEASURED_RUNS = 15;

const STYLE = `<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!-- @font-face {font-family:"Cambria Math";} p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;} a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;} .MsoChpDefault {mso-style-type:export-only;} @page WordSection1 {size:8.5in 11.0in; margin:1.0in 1.0in 1.0in 1.0in;} --></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]--></head>`;

function signature(name: string, title: string, phone: string): string {
  return `<p class="MsoNormal"><b><span style="color:#1F3864">${name}</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="color:#595959">${title}</span><o:p></o:p></p>
<p class="MsoNormal"><span style="color:#595959">Northwind Logistics, Inc. &#8211; 1420 Fifth Avenue, Suite 900, Seattle, WA 98101</span><o:p></o:p></p>
<p class="MsoNormal"><span style="color:#595959">T:&nbsp;${phone}&nbsp;|&nbsp;M:&nbsp;(206)&nbsp;948-2231</span><o:p></o:p></p>
<p class="MsoNormal"><a href="https://www.northwindlogistics.com"><span>www.northwindlogistics.com</span></a><o:p></o:p></p>`;
}

function quotedReply(n: number): string {
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p class="MsoNormal">Item ${n}.${i}: the revised delivery schedule for lane ${n} moves the pickup window to 06:00&#8211;08:00 and adds a cross-dock stop; please confirm the dock assignments and the updated rate card before Friday.<o:p></o:p></p>`).join('\n');
  return `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal"><b>From:</b> Tom Becker &lt;tom.becker@contoso.com&gt;<br><b>Sent:</b> Monday, March ${(n % 28) + 1}, 2025 4:12 PM<br><b>To:</b> Megan Carter &lt;mcarter@northwindlogistics.com&gt;<br><b>Subject:</b> RE: Lane ${n} rates<o:p></o:p></p></div>
<blockquote style="margin-left:.5in">${paragraphs}${signature('Tom Becker', 'Procurement Lead', '(425) 882-8080')}</blockquote>`;
}

export function realisticHtmlBody(targetBytes = TARGET_BYTES): string {
  const head = `<html xmlns:o="urn:schemas-microsoft-com:office:office">${STYLE}<body lang="EN-US"><div class="WordSection1"><p class="MsoNormal">Hi Tom,<o:p></o:p></p><p class="MsoNormal">Thanks for the quick turnaround. The revised rates look good to us.<o:p></o:p></p><p class="MsoNormal">Best regards,<o:p></o:p></p>${signature('Megan Carter', 'Regional Operations Manager', '(206) 623-4410')}`;
  const parts = [head];
  let size = head.length;
  for (let n = 1; size < targetBytes; n += 1) {
    const reply = quotedReply(n);
    parts.push(reply);
    size += reply.length;
  }
  return `${parts.join('\n')}</div></body></html>`.slice(0, targetBytes);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export async function run(): Promise<Record<string, number>> {
  const body = realisticHtmlBody();
  const input = { body, bodyType: 'html' as const, senderName: 'Megan Carter', senderAddress: 'mcarter@northwindlogistics.com', defaultCountry: 'US' };
  for (let i = 0; i < WARMUP_RUNS; i += 1) extractSignature(input);
  const times: number[] = [];
  for (let i = 0; i < MEASURED_RUNS; i += 1) {
    const started = performance.now();
    extractSignature(input);
    times.push(performance.now() - started);
  }
  return { 'match.signature200kbMs': Math.round(median(times) * 100) / 100 };
}
