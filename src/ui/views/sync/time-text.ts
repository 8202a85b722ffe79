// A moment shown to the user: date and time in the pane's locale and time zone.
const FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function timeText(at: number): string {
  return FORMAT.format(new Date(at));
}
