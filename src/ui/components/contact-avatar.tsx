// A contact's photo, or its initials on a colour of its own when it has none (or while the photo loads).
// The photo is an object URL the mirror made from cached bytes; the name is untrusted text, shown as text.
import { avatarColorIndex, initialsOf } from '../../core/contact/avatar-initials.js';
import { format, strings } from '../strings/strings.js';
import { AVATAR_BACKGROUNDS } from '../theme/identity-colors.js';

export interface ContactAvatarProps {
  readonly name: string;
  /** What the colour is chosen by: the contact's local id, stable for its life. */
  readonly colorKey: string;
  readonly photoUrl?: string;
  readonly class?: string;
}

export function ContactAvatar({ name, colorKey, photoUrl, class: className = 'contact-card__photo' }: ContactAvatarProps) {
  if (photoUrl !== undefined) return <img class={className} src={photoUrl} alt={format(strings.match.card.photo, { name })} data-testid="contact-photo" />;
  const background = AVATAR_BACKGROUNDS[avatarColorIndex(colorKey, AVATAR_BACKGROUNDS.length)];
  return (
    <span class={`${className} ${className}--initials`} style={{ background }} aria-hidden="true" data-testid="contact-initials">
      {initialsOf(name)}
    </span>
  );
}
