// A moment shown to the user: date and time in the pane's locale (see intl-format) and the device's time zone.
import { formatDateTime } from '../../strings/intl-format.js';

export function timeText(at: number): string {
  return formatDateTime(at);
}
