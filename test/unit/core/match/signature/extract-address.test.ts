import { describe, expect, it } from 'vitest';
import { extractAddress } from '../../../../../src/core/match/signature/extract-address.js';

type Row = [string, string[], { street?: string; postalCode?: string; city?: string; state?: string; countryOrRegion?: string; text?: string }];

const rows: Row[] = [
  ['United States', ['1420 Fifth Avenue, Suite 900', 'Seattle, WA 98101'], { street: '1420 Fifth Avenue, Suite 900', postalCode: '98101', city: 'Seattle', state: 'WA' }],
  ['United States on one line', ['2150 Blake St, Denver, CO 80205'], { street: '2150 Blake St', postalCode: '80205', city: 'Denver' }],
  ['United Kingdom', ['3rd Floor, 21 Bedford Row', 'London WC1R 4EB'], { street: '3rd Floor, 21 Bedford Row', postalCode: 'WC1R 4EB', city: 'London' }],
  ['Germany', ['Industriestraße 12', '70565 Stuttgart'], { street: 'Industriestraße 12', postalCode: '70565', city: 'Stuttgart' }],
  ['Germany with middots', ['Speicherstadt 7 · 20457 Hamburg'], { street: 'Speicherstadt 7', postalCode: '20457', city: 'Hamburg' }],
  ['France', ['12 rue de la Paix', '75002 Paris'], { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris' }],
  ['Netherlands', ['Keizersgracht 123', '1015 CJ Amsterdam'], { street: 'Keizersgracht 123', postalCode: '1015 CJ', city: 'Amsterdam' }],
  ['Switzerland past a PO box', ['Rue du Rhône 65', 'Case postale 3125', '1211 Genève 3'], { street: 'Rue du Rhône 65', postalCode: '1211', city: 'Genève 3' }],
  ['Portugal', ['Rua Augusta 100, 1100-053 Lisboa'], { street: 'Rua Augusta 100', postalCode: '1100-053', city: 'Lisboa' }],
  ['Brazil', ['Av. Paulista, 1000 - Bela Vista', 'São Paulo - SP, 01310-100'], { street: 'Av. Paulista, 1000 - Bela Vista', postalCode: '01310-100', city: 'São Paulo' }],
  ['Poland', ['ul. Marszałkowska 1, 00-624 Warszawa'], { street: 'ul. Marszałkowska 1', postalCode: '00-624', city: 'Warszawa' }],
  ['Sweden', ['Sveavägen 44, 111 34 Stockholm'], { street: 'Sveavägen 44', postalCode: '111 34', city: 'Stockholm' }],
  ['Canada', ['1000, rue Sherbrooke Ouest', 'Montréal (Québec) H3A 3G4'], { street: '1000, rue Sherbrooke Ouest', postalCode: 'H3A 3G4', city: 'Montréal' }],
  ['Australia', ['Level 12, 1 Martin Place, Sydney NSW 2000'], { street: 'Level 12, 1 Martin Place', postalCode: '2000', city: 'Sydney', state: 'NSW' }],
  ['Ireland', ['Hogan Place, Dublin 2, D02 TY74'], { street: 'Hogan Place', postalCode: 'D02 TY74', city: 'Dublin 2' }],
  ['India', ['Unit 402, Powai Plaza, Mumbai 400076'], { street: 'Unit 402, Powai Plaza', postalCode: '400076', city: 'Mumbai' }],
  ['Argentina', ['Av. Corrientes 1234, Piso 8', 'C1043AAZ Buenos Aires'], { street: 'Av. Corrientes 1234, Piso 8', postalCode: 'C1043AAZ', city: 'Buenos Aires' }],
  ['Japan', ['〒100-0005 東京都千代田区丸の内1-2-3'], { postalCode: '100-0005', state: '東京都', city: '千代田区', street: '丸の内1-2-3' }],
  ['China', ['地址：北京市海淀区中关村大街1号 100080'], { postalCode: '100080', city: '北京市', street: '海淀区中关村大街1号' }],
  ['company before the street', ['Bayern Solar GmbH | Leopoldstraße 44 | 80802 München'], { street: 'Leopoldstraße 44', postalCode: '80802', city: 'München' }],
  ['Japan, a designated city with wards', ['〒530-0001 大阪府大阪市北区梅田2-4-9'], { postalCode: '530-0001', state: '大阪府', city: '大阪市', street: '北区梅田2-4-9' }],
  ['China, a province and the country first', ['中国广东省深圳市南山区科苑路15号 518057'], { postalCode: '518057', state: '广东省', city: '深圳市', countryOrRegion: '中国' }],
  ['no postal code', ['Av. Apoquindo 4501, Las Condes, Santiago'], { street: 'Av. Apoquindo 4501, Las Condes', city: 'Santiago' }],
  ['the country after the city', ['Friedrichstraße 68 · 10117 Berlin · Deutschland'], { street: 'Friedrichstraße 68', postalCode: '10117', city: 'Berlin', countryOrRegion: 'Deutschland' }],
  ['the country after an Indian PIN', ['402, Maker Chambers V, Nariman Point,', 'Mumbai – 400021, India'], { postalCode: '400021', city: 'Mumbai', countryOrRegion: 'India' }],
  ['the country on its own line', ['Sendlinger Straße 12', '80331 München', 'Deutschland'], { street: 'Sendlinger Straße 12', city: 'München', countryOrRegion: 'Deutschland' }],
  ['a city of several words', ['Av. Paseo de la Reforma 250, 06600 Ciudad de México, México'], { postalCode: '06600', city: 'Ciudad de México', countryOrRegion: 'México' }],
  ['Canada with a province', ['200 King St W, Suite 1400, Toronto, ON M5H 3T4, Canada'], { street: '200 King St W, Suite 1400', city: 'Toronto', state: 'ON', postalCode: 'M5H 3T4', countryOrRegion: 'Canada' }],
  ['a country letter prefix and the country in words', ['Rue du Rhône 14, CH-1204 Genève, Suisse'], { street: 'Rue du Rhône 14', postalCode: '1204', city: 'Genève', countryOrRegion: 'Suisse' }],
  ['the country in brackets', ['Passeig de Gràcia 21, 08007 Barcelona (España)'], { street: 'Passeig de Gràcia 21', city: 'Barcelona', countryOrRegion: 'España' }],
  ['a line that opens with name and title', ['Ann Lee | CEO | Hauptstraße 5 | 50667 Köln | Germany'], { street: 'Hauptstraße 5', city: 'Köln', countryOrRegion: 'Germany', text: 'Hauptstraße 5, 50667 Köln, Germany' }],
  ['the country after the code without a separator', ['55 Water Street', 'New York, NY 10041 USA'], { street: '55 Water Street', postalCode: '10041', city: 'New York', countryOrRegion: 'USA' }],
  ['the country after the city without a separator', ['Maximilianstraße 30', '6020 Innsbruck Österreich'], { postalCode: '6020', city: 'Innsbruck', countryOrRegion: 'Österreich' }],
  ['a street named after a country', ['12 Avenue de France', '75013 Paris'], { street: '12 Avenue de France', postalCode: '75013', city: 'Paris' }],
  ['a US state written out', ['1801 Wewatta Street, Denver, Colorado 80202'], { street: '1801 Wewatta Street', city: 'Denver', state: 'Colorado', postalCode: '80202' }],
  ['Korea', ['서울특별시 강남구 테헤란로 152, 12층 (06236)'], { postalCode: '06236', city: '서울특별시', street: '강남구 테헤란로 152, 12층' }],
  ['Korea, a province and the code first', ['(13487) 경기도 성남시 분당구 판교로 256'], { postalCode: '13487', state: '경기도', city: '성남시' }],
  ['city, region and country', ['Rosario, Santa Fe, Argentina'], { city: 'Rosario', state: 'Santa Fe', countryOrRegion: 'Argentina' }],
  ['city and country closing a one-line signature', ['Sophie Turner | Marketing Lead | Thistle & Co | Edinburgh, Scotland'], { city: 'Edinburgh', countryOrRegion: 'Scotland' }],
  ['an Italian province code after the city', ['Corso Vittorio Emanuele II 15, 00186 Roma RM, Italia'], { street: 'Corso Vittorio Emanuele II 15', postalCode: '00186', city: 'Roma', countryOrRegion: 'Italia' }],
  ['the street above a bare PO box line', ['Bahnhofplatz 2', 'Postfach', '3001 Bern'], { street: 'Bahnhofplatz 2', postalCode: '3001', city: 'Bern' }],
  ['city and country only', ['Bogotá, Colombia'], { city: 'Bogotá', countryOrRegion: 'Colombia' }],
];

describe('extractAddress', () => {
  it.each(rows)('reads an address from %s', (_name, lines, expected) => {
    expect(extractAddress(lines, new Set())).toMatchObject(expected);
  });

  it('does not take a street number for a postal code', () => {
    expect(extractAddress(['1420 Fifth Avenue, Suite 900'], new Set())).toBeUndefined();
  });

  it('reads a line that also holds phones and links without those pieces', () => {
    expect(extractAddress(['Speicherstadt 7 · 20457 Hamburg · Tel. 040 3344 5520 · www.example.de'], new Set([0]))).toMatchObject({
      street: 'Speicherstadt 7',
      postalCode: '20457',
      city: 'Hamburg',
      text: 'Speicherstadt 7, 20457 Hamburg',
    });
    expect(extractAddress(['Tel. 040 3344 5520'], new Set([0]))).toBeUndefined();
  });
});
