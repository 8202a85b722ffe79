// The first 20 contacts of every seeded mailbox, fixed whatever the rng: the demo messages come from several of
// them, so a seed of 20 or more always contains the known senders (and the strangers stay unknown).
import type { ContactProps } from '../store/records.js';

type Row = readonly [given: string, surname: string, display: string, email: string, company: string, title: string, phone: string, city: string, country: string, extra?: ContactProps];

const ROWS: readonly Row[] = [
  ['John', 'Doe', 'John Doe', 'john.doe@fabrikam.example', 'Fabrikam Inc.', 'Purchasing Manager', '+1 (206) 555-0142', 'Seattle', 'United States', { fileAs: 'Doe, John', categories: ['Clients'] }],
  ['María José', 'García-López', 'María José García-López', 'mj.garcia-lopez@bodegas.example', 'Bodegas del Sur SL', 'Directora Comercial', '+34 954 21 43 65', 'Sevilla', 'España', { categories: ['Suppliers'] }],
  ['雷', '李', '李雷', 'lilei@lantian.example.cn', '蓝天科技', '产品经理', '+86 138 0013 8000', '上海市', '中国'],
  ['Priya', 'Sharma', 'Priya Sharma', 'priya.sharma@relecloud.example.in', 'Relecloud India Pvt Ltd', 'Head of Partnerships', '+91 98450 67890', 'Bengaluru', 'India', { categories: ['VIP', 'Clients'] }],
  ['Jürgen', 'Weiß', 'Jürgen Weiß', 'juergen.weiss@adatum.example', 'Adatum GmbH', 'Leiter Einkauf', '+49 89 1234 5678', 'München', 'Deutschland'],
  ['Siobhan', "O'Connor", "Siobhan O'Connor", 'siobhan.oconnor@proseware.example', 'Proseware Ltd', 'Solicitor', '+44 20 7946 0321', 'London', 'United Kingdom'],
  ['Léa', 'Dubois', 'Léa Dubois', 'lea.dubois@treyresearch.example', 'Trey Research SA', 'Chargée de projet', '+33 1 42 68 53 00', 'Paris', 'France'],
  ['健一', '佐藤', '佐藤健一', 'k.sato@contoso.example.jp', '株式会社コントソ', '部長', '+81 3-1234-5678', '千代田区', '日本', { yomiGivenName: 'ケンイチ', yomiSurname: 'サトウ' }],
  ['Алексей', 'Иванов', 'Алексей Иванов', 'a.ivanov@sever.example.ru', 'ООО «Северный ветер»', 'Генеральный директор', '+7 495 123-45-67', 'Москва', 'Россия'],
  ['أحمد', 'حسن', 'أحمد حسن', 'ahmed.hassan@nile.example.eg', 'شركة النيل للتجارة', 'مدير المبيعات', '+20 2 2345 6789', 'القاهرة', 'مصر'],
  ['Emma', 'Johnson', 'Emma Johnson', 'emma.johnson@northwind.example', 'Northwind Traders', 'Logistics Lead', '+1 (512) 555-0199', 'Austin', 'United States', { emailAddresses: [{ name: 'Emma Johnson', address: 'emma.johnson@northwind.example' }, { name: 'Emma Johnson', address: 'emma.j@home.example' }] }],
  ['Thiago', 'Araújo', 'Thiago Araújo', 'thiago.araujo@woodgrove.example', 'Woodgrove Bank Brasil', 'Gerente de Contas', '+55 11 98765-4321', 'São Paulo', 'Brasil'],
  ['Olivia', 'Brown', 'Olivia Brown', 'olivia.brown@tailspin.example', 'Tailspin Toys', 'CEO', '+1 (617) 555-0123', 'Boston', 'United States', { categories: ['VIP'] }],
  ['Hugo', 'Martin', 'Hugo Martin', 'hugo.martin@coho.example', 'Coho Vineyard', 'Sommelier', '+33 5 56 00 12 34', 'Bordeaux', 'France'],
  ['Ana Luíza', 'Silva', 'Ana Luíza Silva', 'ana.silva@lucerne.example', 'Lucerne Publishing', 'Editora', '+55 21 99876-5432', 'Rio de Janeiro', 'Brasil'],
  ['Rhys', 'Evans', 'Rhys Evans', 'rhys.evans@litware.example', 'Litware plc', 'Engineer', '+44 29 2018 0000', 'Cardiff', 'United Kingdom'],
  ['Mia', 'Schmidt', 'Mia Schmidt', 'mia.schmidt@wingtip.example', 'Wingtip Maschinenbau AG', 'Projektleiterin', '+49 221 987 6543', 'Köln', 'Deutschland'],
  ['Aarav', 'Patel', 'Aarav Patel', 'aarav.patel@humongous.example', 'Humongous Insurance', 'Actuary', '+91 22 6600 1234', 'Mumbai', 'India'],
  ['Sophie', 'Müller', 'Sophie Müller', 'sophie.mueller@adatum.example', 'Adatum GmbH', 'Buchhaltung', '+49 89 1234 5600', 'München', 'Deutschland', { categories: ['Family'], birthday: '1988-02-29T11:59:00Z' }],
  ['Vikram', 'Iyer', 'Vikram Iyer', 'vikram.iyer@relecloud.example.in', 'Relecloud India Pvt Ltd', 'Engineering Manager', '+91 80 4123 4567', 'Bengaluru', 'India'],
];

export const ANCHOR_COUNT = ROWS.length;

/** The anchor contacts' properties, in order. */
export function anchorContacts(): ContactProps[] {
  return ROWS.map(([givenName, surname, displayName, address, companyName, jobTitle, phone, city, country, extra]) => ({
    givenName,
    surname,
    displayName,
    emailAddresses: [{ name: displayName, address }],
    companyName,
    jobTitle,
    businessPhones: [phone],
    businessAddress: { city, countryOrRegion: country },
    categories: [],
    ...extra,
  }));
}

/** Addresses of anchor contacts that the demo messages use as senders or recipients. */
export const KNOWN_SENDER_ADDRESSES = ROWS.map((row) => row[3]);
