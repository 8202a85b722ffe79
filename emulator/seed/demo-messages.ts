// The demo mailbox the host simulator shows (`GET /_emulator/mailbox/messages`): senders who are contacts and
// strangers, tricky display names, realistic plain-text and HTML signatures in several countries' formats,
// one message with 50 recipients, and one from a colleague in the user's organization who is not a contact
// (the people API knows him). Addresses of known senders come from anchor-contacts.ts.

export interface DemoAddress {
  readonly name: string;
  readonly address: string;
}

export interface DemoMessage {
  readonly id: string;
  readonly subject: string;
  readonly from: DemoAddress;
  readonly to: readonly DemoAddress[];
  readonly cc: readonly DemoAddress[];
  readonly receivedDateTime: string;
  readonly body: { readonly contentType: 'text' | 'html'; readonly content: string };
}

const ME: DemoAddress = { name: 'Dana Whitfield', address: 'dana.whitfield@contoso.example' };
const a = (name: string, address: string): DemoAddress => ({ name, address });

/** 25 + 24 recipients besides the user: anchors (known) and strangers, for the 50-recipient message. */
const CROWD: DemoAddress[] = [
  a('Emma Johnson', 'emma.johnson@northwind.example'), a('Olivia Brown', 'olivia.brown@tailspin.example'), a('Hugo Martin', 'hugo.martin@coho.example'),
  a('Rhys Evans', 'rhys.evans@litware.example'), a('Mia Schmidt', 'mia.schmidt@wingtip.example'), a('Aarav Patel', 'aarav.patel@humongous.example'),
  a('Vikram Iyer', 'vikram.iyer@relecloud.example.in'), a('Léa Dubois', 'lea.dubois@treyresearch.example'), a('Thiago Araújo', 'thiago.araujo@woodgrove.example'),
  ...Array.from({ length: 40 }, (_, i) => a(i % 4 === 0 ? '' : `Attendee ${String(i + 1).padStart(2, '0')}`, `attendee${String(i + 1).padStart(2, '0')}@events.example`)),
];

export const DEMO_MESSAGES: readonly DemoMessage[] = [
  {
    id: 'msg-01', subject: 'Q1 order forecast', receivedDateTime: '2026-11-24T08:12:00Z',
    from: a('Doe, John', 'john.doe@fabrikam.example'), to: [ME], cc: [a('Sophie Müller', 'sophie.mueller@adatum.example')],
    body: { contentType: 'text', content: 'Hi Dana,\n\nAttached is our forecast for Q1. Can we talk on Thursday?\n\nBest regards,\n\nJohn Doe\nPurchasing Manager | Fabrikam Inc.\n1200 Pine Street, Suite 400\nSeattle, WA 98101\nOffice: +1 (206) 555-0142\nMobile: (206) 555-0187\nwww.fabrikam.example\n' },
  },
  {
    id: 'msg-02', subject: 'Pedido de muestras – vendimia 2026', receivedDateTime: '2026-11-24T09:30:00Z',
    from: a('María José García-López', 'mj.garcia-lopez@bodegas.example'), to: [ME], cc: [],
    body: { contentType: 'html', content: '<p>Hola Dana:</p><p>Te confirmo el envío de las muestras para el lunes.</p><p>Un saludo,</p><table><tr><td><b>María José García-López</b><br>Directora Comercial<br>Bodegas del Sur SL<br>Calle Mayor 14, 41001 Sevilla, España<br>Tel. +34 954 21 43 65 · Móvil +34 612 345 678<br><a href="https://www.bodegas.example">www.bodegas.example</a></td></tr></table>' },
  },
  {
    id: 'msg-03', subject: '产品发布会日程', receivedDateTime: '2026-11-23T02:05:00Z',
    from: a('李雷', 'lilei@lantian.example.cn'), to: [ME], cc: [a('王芳', 'wang.fang@lantian.example.cn')],
    body: { contentType: 'text', content: 'Dana 您好，\n\n附件是下周发布会的日程安排，请查收。\n\n祝好\n李雷\n产品经理 | 蓝天科技\n上海市南京东路100号 200001\n电话：+86 21 6123 4567\n手机：+86 138 0013 8000\n' },
  },
  {
    id: 'msg-04', subject: 'Re: Partnership renewal', receivedDateTime: '2026-11-22T16:45:00Z',
    from: a('"O\'Brien, Patrick (Sales)"', 'patrick.obrien@graphicdesigninstitute.example'), to: [ME], cc: [],
    body: { contentType: 'html', content: '<div>Dana, thanks for the call today. Summary below.</div><br><div style="font-family:Calibri">Patrick O\'Brien<br><i>Regional Sales Director, EMEA</i><br>Graphic Design Institute<br>4 Harbour Square, Dublin 2, D02 XY45, Ireland<br>T: +353 1 234 5678 | M: +353 87 123 4567<br><a href="https://graphicdesigninstitute.example">graphicdesigninstitute.example</a></div>' },
  },
  {
    id: 'msg-05', subject: 'Your invoice INV-20931 is ready', receivedDateTime: '2026-11-22T06:00:00Z',
    from: a('', 'noreply-billing@wideworldimporters.example'), to: [ME], cc: [],
    body: { contentType: 'text', content: 'Your invoice INV-20931 for November is available in the portal.\n\n--\nWide World Importers – Billing\n+1 800 555 0100\nhttps://wideworldimporters.example/billing\n' },
  },
  {
    id: 'msg-06', subject: 'Kick-off: Partner Summit 2027 (all invitees)', receivedDateTime: '2026-11-21T10:00:00Z',
    from: a('Priya Sharma', 'priya.sharma@relecloud.example.in'), to: [ME, ...CROWD.slice(0, 24)], cc: CROWD.slice(24, 49),
    body: { contentType: 'html', content: '<p>Dear all,</p><p>Welcome to the Partner Summit planning group.</p><p>Warm regards,<br><b>Priya Sharma</b><br>Head of Partnerships, Relecloud India Pvt Ltd<br>MG Road, Bengaluru 560001, Karnataka, India<br>Phone: +91 98450 67890<br>Web: <a href="https://relecloud.example.in">relecloud.example.in</a></p>' },
  },
  {
    id: 'msg-07', subject: 'Angebot Wartungsvertrag', receivedDateTime: '2026-11-20T13:20:00Z',
    from: a('Klaus Fischer', 'k.fischer@fischer-technik.example'), to: [ME], cc: [a('Jürgen Weiß', 'juergen.weiss@adatum.example')],
    body: { contentType: 'html', content: '<p>Sehr geehrte Frau Whitfield,</p><p>anbei unser Angebot.</p><p>Mit freundlichen Grüßen</p><p>Dipl.-Ing. Klaus Fischer<br>Geschäftsführer<br>Fischer Technik GmbH<br>Friedrichstraße 123<br>10117 Berlin<br>Tel.: +49 (0)30 1234567<br>Mobil: +49 171 2345678<br>Fax: +49 (0)30 1234568<br><a href="http://www.fischer-technik.example">www.fischer-technik.example</a></p>' },
  },
  {
    id: 'msg-08', subject: 'お見積りの件', receivedDateTime: '2026-11-20T01:10:00Z',
    from: a('山田 太郎', 'taro.yamada@yamada-shoji.example.jp'), to: [ME], cc: [a('佐藤健一', 'k.sato@contoso.example.jp')],
    body: { contentType: 'text', content: 'Whitfield様\n\nいつもお世話になっております。お見積りをお送りします。\n\n――――――――――――\n山田 太郎\n営業部 課長\n山田商事株式会社\n〒100-0005 東京都千代田区丸の内1-1-1\nTEL: 03-1234-5678\n携帯: 090-1234-5678\nhttps://yamada-shoji.example.jp\n――――――――――――\n' },
  },
  {
    id: 'msg-09', subject: 'RE: Contract draft v3', receivedDateTime: '2026-11-19T15:55:00Z',
    from: a("Siobhan O'Connor", 'siobhan.oconnor@proseware.example'), to: [ME], cc: [a('Rhys Evans', 'rhys.evans@litware.example')],
    body: { contentType: 'text', content: "Dana,\n\nComments inline. Clause 7 still needs work.\n\nKind regards,\nSiobhan O'Connor\nSolicitor, Proseware Ltd\n12 Fleet Street, London EC4Y 1AA\nDirect: +44 20 7946 0321\nMobile: +44 7700 900123\n\n-----Original Message-----\nFrom: Dana Whitfield <dana.whitfield@contoso.example>\nSent: Tuesday, 18 November 2026 17:02\nTo: Doe, John <john.doe@fabrikam.example>\nSubject: Contract draft v3\n\nPlease review the attached draft.\n\nDana Whitfield\nAccount Manager, Contoso\n+351 912 345 678\n" },
  },
  {
    id: 'msg-10', subject: 'Invitation : comité scientifique', receivedDateTime: '2026-11-18T11:00:00Z',
    from: a('Dr. Amélie Laurent, PhD', 'amelie.laurent@institut-recherche.example.fr'), to: [ME], cc: [a('Léa Dubois', 'lea.dubois@treyresearch.example')],
    body: { contentType: 'html', content: '<p>Chère Dana,</p><p>Nous serions ravis de vous accueillir au comité.</p><p>Bien cordialement,</p><p>Dr Amélie Laurent<br>Directrice de recherche<br>Institut de Recherche Appliquée<br>15 rue de l\'École de Médecine, 75006 Paris, France<br>Tél. : +33 1 44 27 12 34<br>Portable : 06 12 34 56 78</p>' },
  },
  {
    id: 'msg-11', subject: 'Shipping update (personal address)', receivedDateTime: '2026-11-17T19:40:00Z',
    from: a('Emma J.', 'emma.j@home.example'), to: [ME], cc: [],
    body: { contentType: 'text', content: 'Sent from my phone — the pallets leave Austin tomorrow.\n\nEmma\n' },
  },
  {
    id: 'msg-12', subject: 'Proposta comercial', receivedDateTime: '2026-11-16T14:25:00Z',
    from: a('Fernanda Gonçalves', 'fernanda@lojasverdes.example.com.br'), to: [ME, a('Thiago Araújo', 'thiago.araujo@woodgrove.example')], cc: [],
    body: { contentType: 'html', content: '<p>Olá Dana,</p><p>Segue a proposta.</p><p>Atenciosamente,<br>Fernanda Gonçalves<br>Gerente de Compras – Lojas Verdes Ltda.<br>Av. Paulista, 1578 – Bela Vista, São Paulo – SP, 01310-200<br>Tel: (11) 3456-7890 | Cel: (11) 98765-4321<br>www.lojasverdes.example.com.br</p>' },
  },
  {
    id: 'msg-13', subject: 'Pipeline review on Friday', receivedDateTime: '2026-11-15T10:05:00Z',
    from: a('Ravi Menon', 'ravi.menon@contoso.example'), to: [ME], cc: [],
    body: { contentType: 'text', content: 'Hi Dana,\n\nCould you send me the Fabrikam renewal numbers before the pipeline review?\n\nThanks,\nRavi\n' },
  },
];
