// Birthdays between the model's calendar date (`YYYY-MM-DD`) and the date forms CSV files and vCards carry.
// Dates are never read through a time zone: a time of day after the date is ignored.

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (days[month - 1] ?? 0);
}

function dateOf(year: number, month: number, day: number): string | undefined {
  if (!isCalendarDate(year, month, day)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The calendar date in `text`: ISO 8601 extended (`1990-05-12`, with or without a time after it) or basic
 * (`19900512`, vCard 4.0), or `M/D/YYYY` as Outlook writes it in en-US. Undefined for anything else,
 * including Outlook's empty date `0/0/00`.
 */
export function birthdayFromText(text: string): string | undefined {
  const value = text.trim();
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|T)/.exec(value);
  if (iso) return dateOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (us) return dateOf(Number(us[3]), Number(us[1]), Number(us[2]));
  return undefined;
}

/** The model's date in ISO 8601 basic form (`19900512`), as vCard 4.0 writes a date (RFC 6350 4.3.1). */
export function basicDate(birthday: string): string {
  return birthday.replaceAll('-', '');
}
