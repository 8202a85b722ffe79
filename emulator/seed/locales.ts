// Name, place and phone material for seeded contacts in several scripts and locales. Phone numbers follow each
// country's usual written format (E.164 with national grouping); postal codes and cities are plausible, not real people.

export interface LocaleData {
  readonly country: string;
  readonly givenNames: readonly string[];
  readonly surnames: readonly string[];
  readonly places: readonly { readonly city: string; readonly state?: string; readonly postalCode: string }[];
  readonly streets: readonly string[];
  readonly companies: readonly string[];
  readonly domains: readonly string[];
  /** A phone number from 8 random digits. */
  readonly phone: (digits: string) => string;
  /** Family name first (East Asian order) in display names. */
  readonly surnameFirst?: boolean;
}

const g = (digits: string, ...sizes: number[]): string[] => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(digits.slice(at, at + size).padEnd(size, '0'));
    at += size;
  }
  return parts;
};

export const LOCALES: readonly LocaleData[] = [
  {
    country: 'United States', givenNames: ['James', 'Olivia', 'Michael', 'Emma', 'Tyrone', 'Ashley', "D'Andre", 'Mary-Kate'], surnames: ['Johnson', 'Williams', 'Brown', "O'Connor", 'Nguyen', 'Garcia', 'Miller', 'Van der Berg'],
    places: [{ city: 'Seattle', state: 'WA', postalCode: '98101' }, { city: 'Austin', state: 'TX', postalCode: '78701' }, { city: 'Boston', state: 'MA', postalCode: '02108' }],
    streets: ['Pine Street', 'Congress Avenue', 'Main Street'], companies: ['Northwind Traders', 'Fabrikam Inc.', 'Tailspin Toys'], domains: ['northwind.example', 'fabrikam.example', 'mail.example'],
    phone: (d) => { const [a, b, c] = g(d, 3, 3, 4); return `+1 (${a}) ${b}-${c}`; },
  },
  {
    country: 'United Kingdom', givenNames: ['Oliver', 'Amelia', 'Harry', 'Isla', 'Siobhan', 'Rhys'], surnames: ['Smith', 'Taylor', 'Davies', 'Evans', 'Ffoulkes', 'Ashworth-Hughes'],
    places: [{ city: 'London', postalCode: 'EC1A 1BB' }, { city: 'Manchester', postalCode: 'M1 1AE' }, { city: 'Cardiff', postalCode: 'CF10 1EP' }],
    streets: ['High Street', 'Station Road', 'Church Lane'], companies: ['Contoso Pharmaceuticals', 'Proseware Ltd', 'Litware plc'], domains: ['proseware.example', 'litware.example'],
    phone: (d) => { const [a, b] = g(d, 4, 4); return `+44 20 ${a} ${b}`; },
  },
  {
    country: 'Deutschland', givenNames: ['Lukas', 'Mia', 'Jürgen', 'Sophie', 'Björn', 'Käthe'], surnames: ['Müller', 'Schmidt', 'Schäfer', 'Weiß', 'Groß', 'von Hohenberg'],
    places: [{ city: 'München', state: 'Bayern', postalCode: '80331' }, { city: 'Köln', state: 'Nordrhein-Westfalen', postalCode: '50667' }, { city: 'Hamburg', postalCode: '20095' }],
    streets: ['Hauptstraße', 'Schillerstraße', 'Königsallee'], companies: ['Adatum GmbH', 'Wingtip Maschinenbau AG'], domains: ['adatum.example', 'wingtip.example'],
    phone: (d) => { const [a, b] = g(d, 3, 5); return `+49 89 ${a} ${b}`; },
  },
  {
    country: 'France', givenNames: ['Léa', 'Hugo', 'Chloé', 'Étienne', 'Anaïs', 'François'], surnames: ['Martin', 'Bernard', 'Lefèvre', 'Dubois', 'Girard', 'de La Fontaine'],
    places: [{ city: 'Paris', postalCode: '75008' }, { city: 'Lyon', postalCode: '69002' }, { city: 'Bordeaux', postalCode: '33000' }],
    streets: ['rue de Rivoli', 'avenue Jean Jaurès', 'boulevard Haussmann'], companies: ['Trey Research SA', 'Coho Vineyard'], domains: ['treyresearch.example', 'coho.example'],
    phone: (d) => { const [a, b, c, e] = g(d, 2, 2, 2, 2); return `+33 1 ${a} ${b} ${c} ${e}`; },
  },
  {
    country: 'España', givenNames: ['María José', 'Álvaro', 'Lucía', 'José Luis', 'Nuria', 'Íñigo'], surnames: ['García-López', 'Fernández', 'Martínez', 'Sánchez', 'Núñez', 'Ibáñez'],
    places: [{ city: 'Madrid', state: 'Madrid', postalCode: '28013' }, { city: 'Barcelona', state: 'Cataluña', postalCode: '08002' }, { city: 'Sevilla', state: 'Andalucía', postalCode: '41001' }],
    streets: ['Calle Mayor', 'Gran Vía', 'Paseo de Gracia'], companies: ['Alpine Ski House', 'Bodegas del Sur SL'], domains: ['alpineski.example', 'bodegas.example'],
    phone: (d) => { const [a, b, c] = g(d, 3, 3, 2); return `+34 91 ${a} ${b} ${c}`.replace(/ (\d{2})$/, '$1'); },
  },
  {
    country: 'Brasil', givenNames: ['João', 'Ana Luíza', 'Gonçalo', 'Beatriz', 'Thiago'], surnames: ['Silva', 'Conceição', 'Araújo', 'Gonçalves', 'Magalhães'],
    places: [{ city: 'São Paulo', state: 'SP', postalCode: '01310-100' }, { city: 'Rio de Janeiro', state: 'RJ', postalCode: '20040-002' }],
    streets: ['Avenida Paulista', 'Rua da Assembleia'], companies: ['Woodgrove Bank Brasil', 'Lucerne Publishing'], domains: ['woodgrove.example', 'lucerne.example'],
    phone: (d) => { const [a, b] = g(d, 4, 4); return `+55 11 9${a}-${b}`; },
  },
  {
    country: '日本', givenNames: ['翔太', '陽菜', '健一', 'さくら', '大輔'], surnames: ['佐藤', '鈴木', '高橋', '田中', '渡辺'], surnameFirst: true,
    places: [{ city: '千代田区', state: '東京都', postalCode: '100-0005' }, { city: '大阪市', state: '大阪府', postalCode: '530-0001' }],
    streets: ['丸の内1-1-1', '梅田2-4-9'], companies: ['株式会社コントソ', 'ファブリカム株式会社'], domains: ['contoso.example.jp', 'fabrikam.example.jp'],
    phone: (d) => { const [a, b] = g(d, 4, 4); return `+81 3-${a}-${b}`; },
  },
  {
    country: '中国', givenNames: ['伟', '芳', '磊', '静', '雷'], surnames: ['王', '李', '张', '刘', '陈'], surnameFirst: true,
    places: [{ city: '北京市', state: '北京', postalCode: '100006' }, { city: '上海市', state: '上海', postalCode: '200001' }],
    streets: ['长安街1号', '南京东路100号'], companies: ['北风贸易有限公司', '蓝天科技'], domains: ['beifeng.example.cn', 'lantian.example.cn'],
    phone: (d) => { const [a, b] = g(d, 4, 4); return `+86 138 ${a} ${b}`; },
  },
  {
    country: 'Россия', givenNames: ['Алексей', 'Мария', 'Дмитрий', 'Екатерина', 'Сергей'], surnames: ['Иванов', 'Смирнова', 'Кузнецов', 'Попова', 'Соколов'],
    places: [{ city: 'Москва', postalCode: '101000' }, { city: 'Санкт-Петербург', postalCode: '190000' }],
    streets: ['ул. Тверская, 7', 'Невский пр., 28'], companies: ['ООО «Северный ветер»', 'АО «Техносфера»'], domains: ['sever.example.ru', 'tekhno.example.ru'],
    phone: (d) => { const [a, b, c] = g(d, 3, 2, 2); return `+7 495 ${a}-${b}-${c}`; },
  },
  {
    country: 'India', givenNames: ['Aarav', 'Priya', 'Vikram', 'Ananya', 'Rohan'], surnames: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Chatterjee'],
    places: [{ city: 'Bengaluru', state: 'Karnataka', postalCode: '560001' }, { city: 'Mumbai', state: 'Maharashtra', postalCode: '400001' }],
    streets: ['MG Road', 'Marine Drive'], companies: ['Relecloud India Pvt Ltd', 'Humongous Insurance'], domains: ['relecloud.example.in', 'humongous.example'],
    phone: (d) => `+91 9${d.slice(0, 4)} ${d.slice(4, 8)}${d.slice(0, 1)}`,
  },
  {
    country: 'مصر', givenNames: ['محمد', 'فاطمة', 'أحمد', 'نور'], surnames: ['حسن', 'السيد', 'عبد الله', 'منصور'],
    places: [{ city: 'القاهرة', postalCode: '11511' }, { city: 'الإسكندرية', postalCode: '21500' }],
    streets: ['شارع التحرير', 'طريق الحرية'], companies: ['شركة النيل للتجارة'], domains: ['nile.example.eg'],
    phone: (d) => { const [a, b] = g(d, 4, 4); return `+20 2 ${a} ${b}`; },
  },
];
